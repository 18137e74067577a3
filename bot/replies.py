"""The neutral request and reply shapes: what every platform turns its payloads into and back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot import markup


@dataclass(frozen=True)
class Request:
    """One thing a person said to the bot, on any platform."""

    platform: str  # "slack", "teams", "console"
    user_id: str  # the platform's id of the person (Slack: U…)
    text: str = ""
    command: str | None = None  # "dagordning" for `/dagordning`, None for free text
    channel_id: str | None = None  # None or a DM channel when `is_dm`
    is_dm: bool = True
    now: datetime | None = None
    # The Slack workspace (team id) the request came from; with several workspaces installed,
    # each sees only its own groups (bot.roster.permissions.Actor.workspace).
    workspace: str | None = None


@dataclass(frozen=True)
class Button:
    label: str
    action: str  # e.g. "meeting.add_item"
    value: str = ""
    style: str | None = None  # "primary" or "danger"


@dataclass(frozen=True)
class Menu:
    """One choice among more options than buttons can show (a Slack select menu, a Teams
    choice set), sent by its button: the action gets `chosen:value`, where `chosen` is the
    option's value ("" when nothing was chosen) and `value` the button's."""

    placeholder: str
    options: tuple[tuple[str, str], ...]  # (value, label)
    button: Button

    def pressed(self, chosen: str) -> Button:
        """The button as pressed with `chosen` picked in the menu."""
        return Button(self.button.label, self.button.action, f"{chosen}:{self.button.value}")

    def as_buttons(self) -> list[Button]:
        """One button an option, for a platform without menus (the console)."""
        return [Button(label, self.button.action, f"{value}:{self.button.value}")
                for value, label in self.options]


@dataclass(frozen=True)
class Section:
    text: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    kind: str = "text"  # text, long_text, date, time, select, multi_select (comma-joined)
    required: bool = True
    initial: str = ""
    hint: str = ""
    options: tuple[tuple[str, str], ...] = ()  # (value, label)
    max_length: int = 0  # characters a text field takes (0: the platform's own limit)


@dataclass(frozen=True)
class Form:
    """A dialog to fill in: a Slack modal, a Teams card; the console cannot show one."""

    callback: str
    title: str
    submit_label: str
    fields: tuple[FormField, ...]
    metadata: str = ""


@dataclass(frozen=True)
class Attachment:
    """A file that goes with a reply (an export): Slack uploads it to the person's DM."""

    name: str  # "mina-uppgifter-2026-08-24.json"
    content: bytes
    mime: str = "application/json"


@dataclass
class Reply:
    """What the bot answers: a lead sentence, details, buttons, maybe a form to open.

    `text` and the sections are in the neutral markup (bot/markup.py): each platform renders
    them in its own. Text from people goes in escaped, through the sentences' `format`.
    """

    text: str
    sections: list[Section] = field(default_factory=list)
    buttons: list[Button] = field(default_factory=list)
    ephemeral: bool = True
    form: Form | None = None
    # When a form submission is refused, Slack wants the errors per field instead of a message.
    field_errors: dict[str, str] = field(default_factory=dict)
    # A refusal by bot.roster.permissions: the web answers it with 403, the tests count it.
    refused: bool = False
    attachment: Attachment | None = None
    menu: Menu | None = None  # shown after the sections, before the buttons

    def plain_text(self) -> str:
        """Everything a person reads, as plain text (console, notifications, fallbacks)."""
        parts = [markup.plain(self.text)]
        for section in self.sections:
            parts.append(markup.plain(section.text))
            parts.extend(markup.plain(item) for item in section.fields)
        if self.menu is not None:
            parts.append(markup.plain(self.menu.placeholder) + "\n" + "\n".join(
                f"[{markup.plain(label)}]" for _, label in self.menu.options))
        if self.buttons:
            parts.append("  ".join(f"[{markup.plain(button.label)}]" for button in self.buttons))
        return "\n\n".join(part for part in parts if part)


def _button(b: Button) -> dict:
    return {"label": b.label, "action": b.action, "value": b.value, "style": b.style}


def reply_to_payload(reply: Reply) -> dict:
    """A reply as JSON for the outbox; each platform renders it when the message is sent."""
    data = {
        "text": reply.text,
        "sections": [{"text": s.text, "fields": list(s.fields)} for s in reply.sections],
        "buttons": [_button(b) for b in reply.buttons],
    }
    if reply.menu is not None:  # a menu sent later is a menu still, not its lead sentence only
        data["menu"] = {"placeholder": reply.menu.placeholder,
                        "options": [list(o) for o in reply.menu.options],
                        "button": _button(reply.menu.button)}
    return {"reply": data}


def reply_from_payload(payload: dict) -> Reply:
    data = payload["reply"]
    menu = data.get("menu")
    return Reply(
        text=data.get("text", ""),
        sections=[Section(s["text"], tuple(s.get("fields", ()))) for s in data.get("sections", [])],
        buttons=[Button(**b) for b in data.get("buttons", [])],
        ephemeral=False,
        menu=Menu(menu["placeholder"], tuple((v, label) for v, label in menu["options"]),
                  Button(**menu["button"])) if menu else None,
    )
