"""The neutral markup as Slack mrkdwn, and Slack's message text back as plain text.

Slack reads `&`, `<` and `>` as the start of its own syntax (`<!channel>`, `<@U123>`,
`<https://x|disguised>`), so every piece of plain text is escaped as Slack asks
(https://api.slack.com/reference/surfaces/formatting#escaping): a synpunkt that says
`<!channel>` is shown as those characters and notifies nobody.
"""

from __future__ import annotations

import re

from bot import markup

_SLACK_ENTITY = re.compile(r"<([@#!])([^>|]*)(?:\|([^>]*))?>")
_SLACK_LINK = re.compile(r"<((?:https?|mailto):[^>|]*)(?:\|([^>]*))?>")


def escape(text: str) -> str:
    """Plain text for mrkdwn. Slack has no escape for a backtick, and a person's ``` would
    open a code block that swallows the bot's own text after it, so a backtick from a person
    is shown as the look-alike ˋ."""
    if "&" not in text and "<" not in text and ">" not in text and "`" not in text:
        return text  # most text: nothing to replace, and four replace() calls the less
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("`", "\u02cb"))


def _url(url: str) -> str:
    return (url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E")
            .replace("|", "%7C").replace(" ", "%20"))


def _wrap(mark: str, text: str) -> str:
    """`*bold*` with the spaces outside the marks: Slack ignores `* bold*`."""
    core = text.strip()
    if not core:
        return escape(text)
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    return f"{lead}{mark}{escape(core)}{mark}{trail}"


def line_mrkdwn(line: markup.Line) -> str:
    parts = []
    for span in line.spans:
        if span.kind == "bold":
            parts.append(_wrap("*", span.text))
        elif span.kind == "code":
            parts.append(_wrap("`", span.text))
        elif span.kind == "link":
            parts.append(f"<{_url(span.url)}|{escape(span.text)}>")
        else:
            parts.append(escape(span.text))
    text = "".join(parts)
    return f">{text}" if line.quoted else text


def lines_mrkdwn(lines: list[markup.Line]) -> str:
    """Lines → mrkdwn; a run of preformatted lines is one ``` block, opened and closed here."""
    out: list[str] = []
    in_pre = False
    for line in lines:
        if line.pre != in_pre:
            out.append("```")
            in_pre = line.pre
        out.append(escape(line.plain) if line.pre else line_mrkdwn(line))
    if in_pre:
        out.append("```")
    return "\n".join(out)


def mrkdwn(text: str) -> str:
    """Neutral markup → Slack mrkdwn."""
    return lines_mrkdwn(markup.parse(text))


def from_slack(text: str) -> str:
    """Message or command text as Slack sends it → what the person typed, unescaped.

    Slack escapes `&`, `<` and `>` and wraps mentions and links in `<…>`; the bot stores and
    answers with the plain text, so Teams and exports show "&", not "&amp;". A user mention
    keeps its id (`<@U123>`), which the bot resolves against the roster.
    """

    def entity(match: re.Match) -> str:
        kind, target, label = match.group(1), match.group(2), match.group(3)
        if kind == "@":
            return f"<@{target}>"
        if kind == "#":
            return f"#{label or target}"
        return "@" + (label or target.split("^")[0])  # <!channel>, <!here>, <!subteam^…|@x>

    def link(match: re.Match) -> str:
        url, label = match.group(1), match.group(2)
        return url if not label or label == url else f"{label} ({url})"

    text = _SLACK_ENTITY.sub(entity, text or "")
    text = _SLACK_LINK.sub(link, text)
    # Only these three are escaped by Slack; "&copy;" typed by a person stays as typed.
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
