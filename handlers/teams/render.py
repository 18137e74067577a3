"""Neutral replies and forms → Adaptive Cards 1.5, attached to a Bot Framework message activity."""

from __future__ import annotations

import json
import re

from bot.replies import Button, Form, FormField, Reply

CARD_TYPE = "application/vnd.microsoft.card.adaptive"
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"
# Teams refuses activities over about 28 KB; leave room for the envelope around the card.
MAX_CARD_CHARS = 24_000
MAX_BUTTONS = 6  # Teams shows at most six actions in one set

LINK = re.compile(r"<(https?://[^|>\s]+)\|([^>]+)>")
BARE_LINK = re.compile(r"<(https?://[^|>\s]+)>")
BOLD = re.compile(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])")
BUTTON_STYLES = {"primary": "positive", "danger": "destructive"}


def markdown(text: str) -> str:
    """Slack's mrkdwn (what bot/texts is written in) → the markdown subset Adaptive Cards read."""
    text = LINK.sub(lambda m: f"[{m.group(2)}]({m.group(1)})", text)
    text = BARE_LINK.sub(lambda m: m.group(1), text)
    return BOLD.sub(r"**\1**", text)


def text_blocks(text: str, separator: bool = False) -> list[dict]:
    """One TextBlock a line: Teams clients disagree on single line breaks inside one block, and
    an indented line ("    <url|Underlag>") would otherwise become a code block."""
    blocks: list[dict] = []
    gap = False
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            gap = True
            continue
        block = {"type": "TextBlock", "text": markdown(line), "wrap": True}
        if blocks:
            block["spacing"] = "Medium" if gap else "None"
        blocks.append(block)
        gap = False
    if blocks and separator:
        blocks[0]["separator"] = True
        blocks[0]["spacing"] = "Medium"
    return blocks


def action(button: Button) -> dict:
    submit = {
        "type": "Action.Submit",
        "title": button.label,
        "data": {"action": button.action, "value": button.value},
        "associatedInputs": "none",
    }
    if button.style in BUTTON_STYLES:
        submit["style"] = BUTTON_STYLES[button.style]
    return submit


def reply_card(reply: Reply) -> dict:
    body = text_blocks(reply.text)
    # A refused form: Slack marks the fields, Teams shows the reasons under the lead sentence.
    for message in dict.fromkeys(reply.field_errors.values()):
        if message != reply.text:
            body.extend(text_blocks(message))
    for part in reply.sections:
        section = text_blocks(part.text, separator=bool(body))
        for item in part.fields:
            section.extend(text_blocks(item))
        if len(json.dumps(body + section, ensure_ascii=False)) > MAX_CARD_CHARS:
            break  # the lead and the first sections are what matters; the rest would be refused
        body.extend(section)
    if reply.buttons:
        actions = [action(button) for button in reply.buttons[:MAX_BUTTONS]]
        body.append({"type": "ActionSet", "actions": actions})
    return _card(body)


def form_card(form: Form) -> dict:
    body: list[dict] = [
        {"type": "TextBlock", "text": form.title, "weight": "Bolder", "size": "Medium",
         "wrap": True},
    ]
    for item in form.fields:
        body.append(_input(item))
        if item.hint:
            body.append({"type": "TextBlock", "text": markdown(item.hint), "isSubtle": True,
                         "size": "Small", "wrap": True, "spacing": "None"})
    submit = {
        "type": "Action.Submit",
        "title": form.submit_label,
        "data": {"form": form.callback, "metadata": form.metadata},
        "style": "positive",
    }
    return _card(body, [submit])


def _input(item: FormField) -> dict:
    element: dict = {"id": item.name, "label": item.label, "isRequired": item.required}
    if item.kind in ("text", "long_text"):
        element.update(type="Input.Text", isMultiline=item.kind == "long_text")
    elif item.kind == "date":
        element["type"] = "Input.Date"  # submits YYYY-MM-DD, as Slack's datepicker does
    elif item.kind == "time":
        element["type"] = "Input.Time"  # submits HH:MM, as Slack's timepicker does
    elif item.kind in ("select", "multi_select"):
        element.update(
            type="Input.ChoiceSet",
            style="compact",
            choices=[{"title": label, "value": value} for value, label in item.options],
        )
        if item.kind == "multi_select":
            # Teams submits the chosen values comma-joined, which is what the bot expects.
            element["isMultiSelect"] = True
    else:
        element["type"] = "Input.Text"
    if item.initial:
        element["value"] = item.initial
    return element


def _card(body: list[dict], actions: list[dict] | None = None) -> dict:
    card = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION, "body": body}
    if actions:
        card["actions"] = actions
    # Without it Teams draws the card at a fixed width and cuts the agenda's longer lines.
    card["msteams"] = {"width": "Full"}
    return card


def reply_activity(reply: Reply) -> dict:
    """A message activity carrying the reply (or the form to fill in) as one Adaptive Card."""
    card = form_card(reply.form) if reply.form is not None else reply_card(reply)
    return {
        "type": "message",
        # The notification preview and screen readers use the summary; the card is the message.
        "summary": BOLD.sub(r"\1", reply.form.title if reply.form else reply.text)[:200],
        "attachments": [{"contentType": CARD_TYPE, "content": card}],
    }
