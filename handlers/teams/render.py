"""Neutral replies and forms → Adaptive Cards 1.5, attached to Bot Framework message activities.

Text goes into RichTextBlocks of TextRuns, which Teams shows as they are: no Markdown is read
in them, so a name with `**` or a synpunkt with `[klicka här](https://…)` is shown as typed.
Bold, code and links are TextRun properties. Teams refuses a message over its size limit,
counted in UTF-16 (413 MessageSizeTooBig); the documented limit has been 28 KB (Teams
connectors), 40 KB and 100 KB ("Format your bot messages") at different times, so a message is
kept within the smallest. A reply that would not fit is sent as several cards, in order, with
the buttons on the last; a single line longer than a card is folded over several.
"""

from __future__ import annotations

import json

from bot import markup
from bot.replies import Button, Form, FormField, Menu, Reply

CARD_TYPE = "application/vnd.microsoft.card.adaptive"
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"
MAX_MESSAGE_BYTES = 28 * 1024  # the smallest documented limit, UTF-16 encoded
# The connector adds the conversation, sender and recipient around what we post.
ENVELOPE_BYTES = 4 * 1024
MAX_BUTTONS = 6  # Teams shows at most six actions in one set
BUTTON_STYLES = {"primary": "positive", "danger": "destructive"}
MENU_CHOICE = "menu.choice"  # the choice set's id: its value comes back in the submit's data


def utf16_size(value) -> int:
    """Bytes of a JSON value in UTF-16, as Teams measures a message."""
    return len(json.dumps(value, ensure_ascii=False).encode("utf-16-le"))


def _run(span: markup.Span) -> dict:
    run: dict = {"type": "TextRun", "text": span.text}
    if span.kind == "bold":
        run["weight"] = "Bolder"
    elif span.kind == "code":
        run["fontType"] = "Monospace"
    elif span.kind == "link":
        run.update(color="Accent", underline=True,
                   selectAction={"type": "Action.OpenUrl", "url": span.url})
    return run


def _block(line: markup.Line, spacing: str | None) -> dict:
    if line.pre:
        runs = [{"type": "TextRun", "text": line.plain, "fontType": "Monospace"}]
    else:
        runs = [_run(span) for span in line.spans if span.text]
    if line.quoted:
        for run in runs:
            run["italic"] = True
    block: dict = {"type": "RichTextBlock", "inlines": runs}
    if spacing:
        block["spacing"] = spacing
    return block


def text_blocks(text: str, separator: bool = False) -> list[dict]:
    """One block a line (Teams clients disagree on line breaks inside one block); a quoted
    run of lines sits in an emphasised container, as a quote does in Slack."""
    blocks: list[dict] = []
    quote: dict | None = None
    gap = False
    for line in markup.parse(text):
        if not line.plain.strip() and not line.pre:
            gap = True
            continue
        spacing = ("Medium" if gap else "None") if blocks or quote else None
        block = _block(line, spacing)
        if line.quoted:
            if quote is None:
                quote = {"type": "Container", "style": "emphasis", "items": []}
                if spacing:
                    quote["spacing"] = spacing
                blocks.append(quote)
            block.pop("spacing", None)
            quote["items"].append(block)
        else:
            quote = None
            blocks.append(block)
        gap = False
    if blocks and separator:
        blocks[0]["separator"] = True
        blocks[0]["spacing"] = "Medium"
    return blocks


def action(button: Button) -> dict:
    submit = {
        "type": "Action.Submit",
        "title": markup.plain(button.label),
        "data": {"action": button.action, "value": button.value},
        "associatedInputs": "none",
    }
    if button.style in BUTTON_STYLES:
        submit["style"] = BUTTON_STYLES[button.style]
    return submit


def _menu_blocks(menu: Menu) -> list[dict]:
    """A drop-down and the button that sends it: the card adds the choice to the button's data
    (`associatedInputs`), and `menu` says to put it before the value (activities.py)."""
    choices = {"type": "Input.ChoiceSet", "id": MENU_CHOICE, "style": "compact",
               "placeholder": markup.plain(menu.placeholder),
               "choices": [{"title": markup.plain(label), "value": value}
                           for value, label in menu.options]}
    submit = action(menu.button)
    submit["data"]["menu"] = "1"  # card data is strings only (guard.py)
    submit["associatedInputs"] = "auto"
    return [choices, {"type": "ActionSet", "actions": [submit]}]


def _action_sets(buttons: list[Button]) -> list[dict]:
    return [{"type": "ActionSet", "actions": [action(b) for b in buttons[i:i + MAX_BUTTONS]]}
            for i in range(0, len(buttons), MAX_BUTTONS)]


def _pieces(reply: Reply) -> list[list[dict]]:
    """The reply's body in pieces that stay together: the lead, each section, the buttons."""
    lead = text_blocks(reply.text)
    # A refused form: Slack marks the fields, Teams shows the reasons under the lead sentence.
    for message in dict.fromkeys(reply.field_errors.values()):
        if message != reply.text:
            lead.extend(text_blocks(message))
    pieces = [lead] if lead else []
    for part in reply.sections:
        section = text_blocks(part.text, separator=bool(pieces))
        for item in part.fields:
            section.extend(text_blocks(item))
        if section:
            pieces.append(section)
    if reply.attachment is not None:
        pieces.append(_attachment_blocks(reply.attachment))
    if reply.menu is not None:
        pieces.append(_menu_blocks(reply.menu))
    if reply.buttons:
        pieces.append(_action_sets(reply.buttons))
    return pieces


def _attachment_blocks(attachment) -> list[dict]:
    """A bot cannot simply send a file in Teams (that takes a consent card and OneDrive), so an
    export comes as preformatted text, in blocks small enough to be spread over cards."""
    from bot.texts import privacy as t

    blocks = text_blocks(t.EXPORT_AS_TEXT.format(name=attachment.name), separator=True)
    chunk: list[str] = []
    for line in attachment.content.decode("utf-8", errors="replace").splitlines():
        chunk.append(line)
        if sum(len(part) for part in chunk) > 4000:
            blocks.extend(text_blocks(markup.preformatted("\n".join(chunk))))
            chunk = []
    if chunk:
        blocks.extend(text_blocks(markup.preformatted("\n".join(chunk))))
    return blocks


def _budget() -> int:
    return MAX_MESSAGE_BYTES - ENVELOPE_BYTES - utf16_size(_activity(_card([]), ""))


def reply_cards(reply: Reply) -> list[dict]:
    """The reply as one card, or several in order when one would pass Teams' size limit."""
    budget = _budget()
    cards: list[list[dict]] = [[]]
    for piece in _pieces(reply):
        # A piece (a section) that fits on a card of its own is not split; one that does not
        # fills the card it starts on and goes on in the next, block by block.
        whole = utf16_size(piece) <= budget
        if whole and cards[-1] and utf16_size(cards[-1] + piece) > budget:
            cards.append([])
        for block in (part for whole_block in piece for part in _folded(whole_block, budget)):
            if cards[-1] and utf16_size(cards[-1] + [block]) > budget:
                cards.append([])
            if not cards[-1] and block.get("separator"):
                block = dict(block, separator=False)
            cards[-1].append(block)
    return [_card(body) for body in cards]


def _folded(block: dict, budget: int) -> list[dict]:
    """A block as it is, or, when it alone passes the budget (a synpunkt or a decision of one
    long paragraph), as several of the same kind: a quote's lines in several quotes, a line's
    text cut at spaces into several lines."""
    if utf16_size([block]) <= budget:
        return [block]
    if block.get("type") == "Container" and len(block.get("items", [])) > 1:
        items = block["items"]
        half = len(items) // 2
        return (_folded(dict(block, items=items[:half]), budget)
                + _folded(dict(block, items=items[half:], spacing="None"), budget))
    if block.get("type") == "Container":
        return [dict(block, items=[part], **({"spacing": "None"} if n else {}))
                for n, part in enumerate(_folded(block["items"][0], budget))]
    if block.get("type") != "RichTextBlock":
        return [block]  # nothing else grows with what people write
    runs = [dict(run, text=piece) for run in block["inlines"]
            for piece in _cut(run.get("text", ""), budget // 12)]
    blocks, current = [], []
    for run in runs:
        if current and utf16_size([dict(block, inlines=current + [run])]) > budget:
            blocks.append(current)
            current = []
        current.append(run)
    blocks.append(current)
    return [dict(block, inlines=inlines, **({"spacing": "None"} if n else {}))
            for n, inlines in enumerate(blocks)]


def _cut(text: str, size: int) -> list[str]:
    """Text in pieces of at most `size` characters, each ending after a space where one is."""
    pieces = []
    while len(text) > size:
        cut = text.rfind(" ", size // 2, size) + 1 or size
        pieces.append(text[:cut])
        text = text[cut:]
    return pieces + [text] if text or not pieces else pieces


def reply_card(reply: Reply) -> dict:
    """The first card (for callers that show one)."""
    return reply_cards(reply)[0]


OPTION_TEXT = 75  # a choice's title when the whole form would not fit: as long as Slack's


def form_card(form: Form) -> dict:
    """The form as one card (a form cannot go on in the next); when its choices make it too
    large (two 40-item agendas to choose parts of), their titles are shortened as Slack's are."""
    card = _form_card(form)
    if utf16_size(_activity(card, markup.plain(form.title))) > MAX_MESSAGE_BYTES - ENVELOPE_BYTES:
        card = _form_card(form, OPTION_TEXT)
    return card


def _form_card(form: Form, option_text: int | None = None) -> dict:
    body: list[dict] = [
        {"type": "TextBlock", "text": markup.plain(form.title), "weight": "Bolder",
         "size": "Medium", "wrap": True},
    ]
    for item in form.fields:
        body.append(_input(item, option_text))
        if item.hint:
            body.append({"type": "RichTextBlock", "spacing": "None",
                         "inlines": [{"type": "TextRun", "text": markup.plain(item.hint),
                                      "isSubtle": True, "size": "Small"}]})
    submit = {
        "type": "Action.Submit",
        "title": markup.plain(form.submit_label),
        "data": {"form": form.callback, "metadata": form.metadata},
        "style": "positive",
    }
    return _card(body, [submit])


def _input(item: FormField, option_text: int | None = None) -> dict:
    element: dict = {"id": item.name, "label": markup.plain(item.label),
                     "isRequired": item.required}
    if item.kind in ("text", "long_text"):
        element.update(type="Input.Text", isMultiline=item.kind == "long_text")
        if item.max_length:
            element["maxLength"] = item.max_length
    elif item.kind == "date":
        element["type"] = "Input.Date"  # submits YYYY-MM-DD, as Slack's datepicker does
    elif item.kind == "time":
        element["type"] = "Input.Time"  # submits HH:MM, as Slack's timepicker does
    elif item.kind in ("select", "multi_select"):
        element.update(
            type="Input.ChoiceSet",
            style="compact",
            choices=[{"title": markup.fit(label, option_text) if option_text else label,
                      "value": value} for value, label in item.options],
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


def _activity(card: dict, summary: str, locale: str | None = None) -> dict:
    activity = {
        "type": "message",
        # The notification preview and screen readers use the summary; the card is the message.
        "summary": summary[:200],
        "attachments": [{"contentType": CARD_TYPE, "content": card}],
    }
    if locale:
        activity["locale"] = locale
    return activity


def reply_activities(reply: Reply, locale: str | None = None) -> list[dict]:
    """Message activities carrying the reply (or the form to fill in), in order."""
    if reply.form is not None:
        return [_activity(form_card(reply.form), markup.plain(reply.form.title), locale)]
    # A reply that is all sections (the agenda) is summarised by its first words, as Slack's
    # notification text is: an empty summary shows the person nothing but "sent a card".
    summary = " ".join(markup.plain(reply.text).split()) or " ".join(reply.plain_text().split())
    return [_activity(card, summary, locale) for card in reply_cards(reply)]


def reply_activity(reply: Reply, locale: str | None = None) -> dict:
    """The first activity (for callers that send one)."""
    return reply_activities(reply, locale)[0]


def card_text(card: dict) -> str:
    """What a person reads on a card, line by line (tests, logs of what was sent)."""
    lines: list[str] = []

    def walk(items: list[dict]) -> None:
        for item in items:
            if item.get("type") == "RichTextBlock":
                lines.append("".join(run.get("text", "") for run in item.get("inlines", [])))
            elif item.get("type") == "TextBlock":
                lines.append(item.get("text", ""))
            elif item.get("type") == "Container":
                walk(item.get("items", []))
            elif item.get("type") == "Input.ChoiceSet":
                lines.append(item.get("placeholder", ""))
                lines.extend(f"- {c.get('title')}" for c in item.get("choices", []))
            elif item.get("type") == "ActionSet":
                lines.append("  ".join(f"[{a.get('title')}]" for a in item.get("actions", [])))

    walk(card.get("body", []))
    return "\n".join(lines)
