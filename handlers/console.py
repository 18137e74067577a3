"""The terminal as a chat platform: each line a slash command or free text, in a DM."""

from __future__ import annotations

import json
import sys
from typing import TextIO

from sqlalchemy.engine import Engine

from bot import commands, markup
from bot.clock import Clock
from bot.context import Context
from bot.replies import Button, Reply, Request
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
    """A button of the last reply, pressed by typing its label in brackets: [Jag kommer]."""
    request = Request("console", user_id, now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle_action(Context(session, clock), request, button.action, button.value)


def find_button(line: str, last: Reply | None) -> Button | None:
    label = line.strip()
    if not (label.startswith("[") and label.endswith("]")) or last is None:
        return None
    wanted = label[1:-1].strip().lower()
    return next((b for b in last.buttons if markup.plain(b.label).lower() == wanted), None)


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
    interactive = stdin.isatty() and not json_output
    last: Reply | None = None
    while True:
        if interactive:
            stdout.write("> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        if not line.strip():
            continue
        if line.strip() in ("/avsluta", "/exit", "/quit"):
            break
        button = find_button(line, last)
        if button is not None:
            reply = press(engine, clock, user_id, button)
        else:
            reply = answer(engine, clock, to_request(line, user_id, clock))
        last = reply
        stdout.write((as_json(reply) if json_output else plain(reply)) + "\n")
        if not json_output:
            stdout.write("\n")
        stdout.flush()
    return 0
