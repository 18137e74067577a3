"""The terminal as a chat platform: each line a slash command or free text, in a DM."""

from __future__ import annotations

import json
import sys
from typing import TextIO

from sqlalchemy.engine import Engine

from bot import commands, markup
from bot.clock import Clock, local
from bot.context import Context
from bot.meetings.home import home
from bot.replies import Button, Form, Reply, Request
from bot.texts import console as ct
from handlers import console_forms
from handlers.slack.render import form_view, reply_messages
from storage.engine import unit_of_work


def plain(reply: Reply) -> str:
    """The neutral reply as a terminal shows it: no markup, links as "label (url)"; a file that
    goes with it is shown too."""
    text = reply.plain_text()
    if reply.attachment is not None:
        content = reply.attachment.content.decode("utf-8", errors="replace")
        text += f"\n\n--- {reply.attachment.name} ---\n{content}"
    return text


def to_request(line: str, user_id: str, clock: Clock) -> Request:
    line = line.strip()
    if line.startswith("/"):
        command, _, text = line[1:].partition(" ")
        return Request("console", user_id, text.strip(), command, now=clock.now())
    return Request("console", user_id, line, None, now=clock.now())


def answer(engine: Engine, clock: Clock, request: Request) -> Reply:
    with unit_of_work(engine) as session:
        return commands.handle(Context(session, clock), request)


def press(engine: Engine, clock: Clock, user_id: str, button: Button) -> Reply:
    """A button shown earlier, pressed by typing its label in brackets: [Jag kommer]."""
    request = Request("console", user_id, now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle_action(Context(session, clock), request, button.action, button.value)


def button_label(line: str) -> str | None:
    """`[Jag kommer]` → "jag kommer"; None when the line is not a button press."""
    line = line.strip()
    if line.startswith("[") and line.endswith("]"):
        return line[1:-1].strip().lower()
    return None


def find_button(line: str, shown: list[Button] | Reply | None) -> Button | None:
    """The latest button with that label among those shown so far (any earlier reply)."""
    wanted = button_label(line)
    if wanted is None or shown is None:
        return None
    buttons = pressable(shown) if isinstance(shown, Reply) else shown
    return next((b for b in reversed(buttons) if markup.plain(b.label).lower() == wanted), None)


def pressable(reply: Reply) -> list[Button]:
    """The reply's buttons; a menu's options are buttons here, typed as `[label]` too."""
    return (reply.menu.as_buttons() if reply.menu is not None else []) + reply.buttons


def as_json(reply: Reply) -> str:
    messages = reply_messages(reply)
    payload: dict = {"text": plain(reply), "blocks": [b for m in messages for b in m["blocks"]],
                     "messages": len(messages)}
    if reply.form:
        payload["form"] = form_view(reply.form)
    return json.dumps(payload, ensure_ascii=False)


def run(
    engine: Engine,
    clock: Clock,
    user_id: str,
    *,
    json_output: bool = False,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> int:
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout  # looked up now, not at import
    session = Session(engine, clock, user_id, stdin, stdout, json_output)
    while True:
        line = session.read("> ")
        if line is None:
            break
        if not line.strip():
            continue
        if line.strip() in ("/avsluta", "/exit", "/quit"):
            break
        session.handle(line)
    return 0


class Session:
    """One person at the terminal: what they typed, the buttons shown so far, forms."""

    def __init__(self, engine, clock, user_id, stdin, stdout, json_output):
        self.engine, self.clock, self.user_id = engine, clock, user_id
        self.stdin, self.stdout, self.json_output = stdin, stdout, json_output
        self.interactive = stdin.isatty() and not json_output
        self.buttons: list[Button] = []

    def read(self, prompt: str) -> str | None:
        if self.interactive:
            self.stdout.write(prompt)
            self.stdout.flush()
        line = self.stdin.readline()
        return line.rstrip("\n") if line else None

    def say(self, text: str) -> None:
        self.stdout.write(text + "\n\n")
        self.stdout.flush()

    def handle(self, line: str) -> None:
        if button_label(line) is not None:
            button = find_button(line, self.buttons)
            if button is None:
                self.say(self._no_button(line))
                return
            reply = press(self.engine, self.clock, self.user_id, button)
        elif line.strip().lower() in HOME_COMMANDS:
            reply = home_reply(self.engine, self.clock, self.user_id)
        else:
            reply = answer(self.engine, self.clock, to_request(line, self.user_id, self.clock))
        self.show(reply)

    def show(self, reply: Reply) -> None:
        if self.json_output:
            self.stdout.write(as_json(reply) + "\n")
            self.stdout.flush()
            self.buttons.extend(pressable(reply))
            return
        if reply.form is not None:
            self.show(self.fill(reply.form))
            return
        self.say(plain(reply))
        self.buttons.extend(pressable(reply))

    def fill(self, form: Form) -> Reply:
        """The form, asked field by field, then sent as a modal's submission would be."""
        self.say(markup.plain(ct.FORM_START.format(title=form.title)))

        def ask(prompt: str) -> str | None:
            self.stdout.write(prompt + "\n")
            return self.read("> ")

        today = local(self.clock.now()).date()
        try:
            values = console_forms.fill(form, ask, today)
            while True:
                reply = submit(self.engine, self.clock, self.user_id, form, values)
                if not reply.field_errors:
                    return reply
                values = console_forms.fill(form, ask, today, reply.field_errors, values)
        except console_forms.Cancelled:
            return Reply(ct.CANCELLED)

    def _no_button(self, line: str) -> str:
        labels = list(dict.fromkeys(f"[{markup.plain(b.label)}]" for b in self.buttons))
        if not labels:
            return markup.plain(ct.NO_BUTTONS)
        return markup.plain(ct.NO_SUCH_BUTTON.format(label=line.strip()[1:-1].strip(),
                                                     labels=", ".join(labels[-8:])))


HOME_COMMANDS = ("/hem", "/home")


def home_reply(engine: Engine, clock: Clock, user_id: str) -> Reply:
    """The App Home tab, as the console shows it."""
    request = Request("console", user_id, now=clock.now())
    with unit_of_work(engine) as session:
        return home(Context(session, clock), request)


def submit(engine: Engine, clock: Clock, user_id: str, form: Form, values: dict) -> Reply:
    request = Request("console", user_id, now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle_form(Context(session, clock), request, form.callback,
                                    form.metadata, values)
