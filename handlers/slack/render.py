"""Neutral replies and forms → Block Kit, within Slack's limits; modal submissions → values.

Slack refuses a message of more than 50 blocks, a section text over 3,000 characters, and
(undocumented, as `msg_blocks_too_long`) a message whose block text passes about 12,000
characters. A long reply is therefore split into several messages, never cut: `reply_messages`
packs the blocks in order and the buttons always come last, in the last message.
"""

from __future__ import annotations

from bot import markup
from bot.markup import fit
from bot.replies import Form, FormField, Reply
from handlers.slack.mrkdwn import escape, escape_code, line_mrkdwn, mrkdwn

SECTION_LIMIT = 2900  # Slack refuses section text over 3,000 characters
FIELD_LIMIT = 1990  # and a field over 2,000
MAX_BLOCKS = 50
MESSAGE_TEXT_LIMIT = 11_000  # block text per message; Slack refuses about 12,000
MAX_FIELDS = 10
MAX_BUTTONS = 25  # elements in one actions block
HOME_BLOCKS = 100
MAX_OPTIONS = 100  # options in one static_select
OPTION_TEXT = 75  # characters of an option's text
BUTTON_TEXT = 75  # and of a button's
MENU_BLOCK = "menu"  # the actions block of a reply's menu and its button
MENU_CHOICE = "menu.choice"  # the select's action_id: choosing sends nothing, the button does
FALLBACK_LIMIT = 3000  # the notification text beside the blocks


def split_text(text: str, limit: int = SECTION_LIMIT) -> list[str]:
    """Neutral markup → mrkdwn chunks of at most `limit` characters.

    Chunks end at line boundaries (a line too long on its own is folded at a sentence or a
    space), and each chunk opens and closes its own ``` blocks: none is left open. Each line is
    measured once and the chunk's length kept as it grows (re-rendering the chunk for every
    line made a long agenda cost its square).
    """
    chunks: list[str] = []
    current: list[markup.Line] = []
    done: list[str] = []  # each line of `current` in mrkdwn, rendered once
    size = 0  # len(lines_mrkdwn(current))
    for line in markup.parse(text):
        rendered = escape_code(line.plain) if line.pre else line_mrkdwn(line)
        if current and _grown(size, current[-1], line, rendered) > limit:
            chunks.append(_joined(current, done))
            current, done, size = [], [], 0
        alone = len(rendered) + (FENCES if line.pre else 0)  # len(lines_mrkdwn([line]))
        if alone <= limit:
            size = _grown(size, current[-1], line, rendered) if current else alone
            current.append(line)
            done.append(rendered)
            continue
        if current:
            chunks.append(_joined(current, done))
            current, done, size = [], [], 0
        pieces = _fold(rendered, limit - FENCES)
        chunks.extend(f"```\n{piece}\n```" if line.pre else piece for piece in pieces)
    if current:
        chunks.append(_joined(current, done))
    return [chunk for chunk in chunks if chunk.strip()]


def _joined(lines: list[markup.Line], rendered: list[str]) -> str:
    """lines_mrkdwn(lines), from each line's mrkdwn as split_text rendered it already."""
    out: list[str] = []
    in_pre = False
    for line, text in zip(lines, rendered, strict=True):
        if line.pre != in_pre:
            out.append("```")
            in_pre = line.pre
        out.append(text)
    if in_pre:
        out.append("```")
    return "\n".join(out)


FENCES = len("```\n\n```")  # what a run of preformatted lines adds around itself


def _grown(size: int, last: markup.Line, line: markup.Line, rendered: str) -> int:
    """len(lines_mrkdwn(lines + [line])) from len(lines_mrkdwn(lines)) and its last line: a
    newline and the line, and the fences of a preformatted run that the line opens."""
    return size + 1 + len(rendered) + (FENCES if line.pre and not last.pre else 0)


def _fold(text: str, limit: int) -> list[str]:
    """One long line in pieces: at a sentence end, else a space, never inside `<…|…>`."""
    pieces = []
    while len(text) > limit:
        cut = text.rfind(". ", 0, limit)
        cut = cut + 1 if cut > limit // 2 else text.rfind(" ", 0, limit)
        if cut <= 0:
            cut = limit
        opened = text.rfind("<", 0, cut)
        if opened > text.rfind(">", 0, cut) and opened > 0:
            cut = opened  # keep a link whole
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    pieces.append(text)
    return pieces


def section(text: str, fields: tuple[str, ...] = ()) -> list[dict]:
    """A neutral section as section blocks; fields ten to a block, none dropped."""
    blocks: list[dict] = [{"type": "section", "text": {"type": "mrkdwn", "text": chunk}}
                          for chunk in split_text(text)]
    rendered = [chunk for item in fields for chunk in split_text(item, FIELD_LIMIT)]
    for start in range(0, len(rendered), MAX_FIELDS):
        group = [{"type": "mrkdwn", "text": f} for f in rendered[start:start + MAX_FIELDS]]
        if start == 0 and blocks and "fields" not in blocks[-1]:
            blocks[-1]["fields"] = group
        else:
            blocks.append({"type": "section", "fields": group})
    return blocks


def _button_blocks(reply: Reply) -> list[dict]:
    elements = []
    for button in reply.buttons:
        element = {
            "type": "button",
            "text": {"type": "plain_text", "text": fit(markup.plain(button.label), BUTTON_TEXT)},
            "action_id": f"{button.action}:{button.value}"[:255],
            "value": button.value[:2000],
        }
        if button.style:
            element["style"] = button.style
        elements.append(element)
    return [{"type": "actions", "elements": elements[start:start + MAX_BUTTONS]}
            for start in range(0, len(elements), MAX_BUTTONS)]


def _menu_blocks(reply: Reply) -> list[dict]:
    """The menu and its button side by side; the button's press carries the choice in the
    payload's state (handlers/slack/actions.py)."""
    menu = reply.menu
    if menu is None:
        return []
    select = {
        "type": "static_select",
        "action_id": MENU_CHOICE,
        "placeholder": {"type": "plain_text", "text": fit(markup.plain(menu.placeholder), 150)},
        "options": [_option(value, label) for value, label in menu.options[:MAX_OPTIONS]],
    }
    button = {
        "type": "button",
        "text": {"type": "plain_text", "text": fit(markup.plain(menu.button.label), BUTTON_TEXT)},
        "action_id": menu.button.action[:255],
        "value": menu.button.value[:2000],
    }
    if menu.button.style:
        button["style"] = menu.button.style
    return [{"type": "actions", "block_id": MENU_BLOCK, "elements": [select, button]}]


def _content_blocks(reply: Reply) -> list[dict]:
    blocks = section(reply.text) if reply.text else []
    for part in reply.sections:
        if blocks:
            blocks.append({"type": "divider"})
        blocks.extend(section(part.text, part.fields))
    return blocks


def block_text_length(block: dict) -> int:
    """The characters of text a block carries, as Slack counts them against a message."""
    text = block.get("text")
    size = len(text.get("text", "")) if text else 0
    fields = block.get("fields")
    if fields:
        size += sum(len(item.get("text", "")) for item in fields)
    elements = block.get("elements")
    if elements:
        size += sum(len(e.get("text", {}).get("text", "")) for e in elements)
    return size


def pack(blocks: list[dict]) -> list[list[dict]]:
    """Blocks in order into messages of at most 50 blocks and MESSAGE_TEXT_LIMIT characters."""
    messages: list[list[dict]] = [[]]
    size = 0
    for block in blocks:
        length = block_text_length(block)
        current = messages[-1]
        if current and (len(current) >= MAX_BLOCKS or size + length > MESSAGE_TEXT_LIMIT):
            messages.append([])
            size = 0
            current = messages[-1]
        if not current and block["type"] == "divider":
            continue  # a continuation starts with its text, not a line
        current.append(block)
        size += length
    return [message for message in messages if message]


def reply_messages(reply: Reply) -> list[dict]:
    """The reply as one or more chat messages: {"text": notification text, "blocks": [...]}."""
    messages = pack(_content_blocks(reply) + _menu_blocks(reply) + _button_blocks(reply)) or [[]]
    lead = fallback_text(reply)
    out = []
    for number, blocks in enumerate(messages):
        text = lead if number == 0 else _first_text(blocks) or lead
        out.append({"text": text, "blocks": blocks})
    return out


def reply_blocks(reply: Reply) -> list[dict]:
    """The first message's blocks (callers that can post only one use reply_messages)."""
    return reply_messages(reply)[0]["blocks"]


def fallback_text(reply: Reply) -> str:
    """The `text` beside the blocks: notifications and screen readers. It is mrkdwn too."""
    text = mrkdwn(reply.text) if reply.text.strip() else escape(reply.plain_text())
    return text if len(text) <= FALLBACK_LIMIT else _fold(text, FALLBACK_LIMIT - 1)[0] + "…"


def _first_text(blocks: list[dict]) -> str:
    for block in blocks:
        text = (block.get("text") or {}).get("text")
        if text:
            return text if len(text) <= FALLBACK_LIMIT else _fold(text, FALLBACK_LIMIT)[0]
    return ""


def home_view(reply: Reply) -> dict:
    blocks = [{"type": "header",
               "text": {"type": "plain_text", "text": fit(markup.plain(reply.text), 150)}}]
    for part in reply.sections:
        blocks.extend(section(part.text, part.fields))
        blocks.append({"type": "divider"})
    return {"type": "home", "blocks": blocks[:HOME_BLOCKS]}


def form_view(form: Form) -> dict:
    return {
        "type": "modal",
        "callback_id": form.callback,
        "private_metadata": form.metadata,
        "title": {"type": "plain_text", "text": fit(markup.plain(form.title), 24)},
        "submit": {"type": "plain_text", "text": fit(markup.plain(form.submit_label), 24)},
        "close": {"type": "plain_text", "text": "Avbryt"},
        "blocks": [_input(field) for field in form.fields],
    }


def _input(field: FormField) -> dict:
    element: dict = {"action_id": "value"}
    if field.kind in ("text", "long_text"):
        element["type"] = "plain_text_input"
        element["multiline"] = field.kind == "long_text"
        if field.max_length:
            element["max_length"] = field.max_length
        if field.initial:
            element["initial_value"] = field.initial
    elif field.kind == "date":
        element["type"] = "datepicker"
        if field.initial:
            element["initial_date"] = field.initial
    elif field.kind == "time":
        element["type"] = "timepicker"
        if field.initial:
            element["initial_time"] = field.initial
    elif field.kind == "select":
        options = [_option(value, label) for value, label in field.options]
        element.update(type="static_select", options=options)
        initial = [o for o in options if o["value"] == field.initial]
        if initial:
            element["initial_option"] = initial[0]
    elif field.kind == "multi_select":
        element.update(type="multi_static_select",
                       options=[_option(value, label) for value, label in field.options])
    block = {
        "type": "input",
        "block_id": field.name,
        "optional": not field.required,
        "label": {"type": "plain_text", "text": markup.plain(field.label)[:2000]},
        "element": element,
    }
    if field.hint:
        block["hint"] = {"type": "plain_text", "text": markup.plain(field.hint)[:2000]}
    return block


def _option(value: str, label: str) -> dict:
    """Slack refuses an option text over 75 characters: a longer one ends in "…"."""
    return {"text": {"type": "plain_text", "text": fit(markup.plain(label), OPTION_TEXT)},
            "value": value}


def view_values(view: dict) -> dict[str, str]:
    """{block_id: value} from a view_submission, whatever the input element."""
    values: dict[str, str] = {}
    for block_id, actions in (view.get("state", {}).get("values") or {}).items():
        for element in actions.values():
            kind = element.get("type")
            if kind == "datepicker":
                values[block_id] = element.get("selected_date") or ""
            elif kind == "timepicker":
                values[block_id] = element.get("selected_time") or ""
            elif kind == "multi_static_select":
                chosen = element.get("selected_options") or []
                values[block_id] = ",".join(option["value"] for option in chosen)
            elif kind in ("static_select", "external_select"):
                option = element.get("selected_option") or {}
                values[block_id] = option.get("value", "")
            elif kind == "users_select":
                values[block_id] = element.get("selected_user") or ""
            else:
                values[block_id] = element.get("value") or ""
    return values
