"""Neutral replies and forms → Block Kit; modal submissions → plain values."""

from __future__ import annotations

from bot.replies import Form, FormField, Reply

SECTION_LIMIT = 2900  # Slack refuses section text over 3,000 characters
MAX_BLOCKS = 50


def split_text(text: str, limit: int = SECTION_LIMIT) -> list[str]:
    """Long text folded at line (or sentence) boundaries, never mid-sentence."""
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(". ", 0, limit)
            cut = cut + 1 if cut > 0 else limit
            chunks.append(line[:cut].strip())
            line = line[cut:].strip()
        if current and len(current) + 1 + len(line) > limit:
            chunks.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        chunks.append(current)
    return chunks


def section(text: str, fields: tuple[str, ...] = ()) -> list[dict]:
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": chunk}}
              for chunk in split_text(text)]
    if fields:
        block = blocks[-1] if blocks else {"type": "section"}
        block["fields"] = [{"type": "mrkdwn", "text": f[:1990]} for f in fields[:10]]
        if not blocks:
            blocks.append(block)
    return blocks


def reply_blocks(reply: Reply) -> list[dict]:
    blocks = section(reply.text) if reply.text else []
    for part in reply.sections:
        if blocks:
            blocks.append({"type": "divider"})
        blocks.extend(section(part.text, part.fields))
    if reply.buttons:
        elements = []
        for button in reply.buttons[:25]:
            element = {
                "type": "button",
                "text": {"type": "plain_text", "text": button.label[:75]},
                "action_id": f"{button.action}:{button.value}"[:255],
                "value": button.value,
            }
            if button.style:
                element["style"] = button.style
            elements.append(element)
        blocks.append({"type": "actions", "elements": elements})
    return blocks[:MAX_BLOCKS]


def home_view(reply: Reply) -> dict:
    blocks = [{"type": "header", "text": {"type": "plain_text", "text": reply.text[:150]}}]
    for part in reply.sections:
        blocks.extend(section(part.text, part.fields))
        blocks.append({"type": "divider"})
    return {"type": "home", "blocks": blocks[:100]}


def form_view(form: Form) -> dict:
    return {
        "type": "modal",
        "callback_id": form.callback,
        "private_metadata": form.metadata,
        "title": {"type": "plain_text", "text": form.title[:24]},
        "submit": {"type": "plain_text", "text": form.submit_label[:24]},
        "close": {"type": "plain_text", "text": "Avbryt"},
        "blocks": [_input(field) for field in form.fields],
    }


def _input(field: FormField) -> dict:
    element: dict = {"action_id": "value"}
    if field.kind in ("text", "long_text"):
        element["type"] = "plain_text_input"
        element["multiline"] = field.kind == "long_text"
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
        "label": {"type": "plain_text", "text": field.label},
        "element": element,
    }
    if field.hint:
        block["hint"] = {"type": "plain_text", "text": field.hint}
    return block


def _option(value: str, label: str) -> dict:
    return {"text": {"type": "plain_text", "text": label[:75]}, "value": value}


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
