"""The neutral markup as Slack mrkdwn, and Slack's message text back as plain text.

Slack reads `&`, `<` and `>` as the start of its own syntax (`<!channel>`, `<@U123>`,
`<https://x|disguised>`), so every piece of plain text is escaped as Slack asks
(https://api.slack.com/reference/surfaces/formatting#escaping): a synpunkt that says
`<!channel>` is shown as those characters and notifies nobody.

`*`, `_` and `~` (bold, italic, strike) have no escape in Slack: a backslash stays visible and
takes no formatting away (slackhq/slack-api-docs#34). A mark formats only where it can open
(at the start or after a non-letter, with no space after it) or close (no space before it, at
the end or before a non-letter). Slack's staff name a space on either side as what stops it;
a zero-width space is a boundary to Slack (it is how people bold half a word), so inserting
one would make formatting, not stop it. A mark from a person that could open or close is
therefore shown as a look-alike (∗ ˍ ∼, as ` becomes ˋ); one that cannot is left as typed, so
"budget_2027_v2.pdf", "5*3" and "2 * 3" stay copyable and searchable. A letter other than
A–Z counts as a boundary (as for \\w in JavaScript, which the parsers written after Slack's
use), so "Region*Örebro" gets the look-alike. Slack formats nothing inside code and ```
blocks, which keep every mark; so do bare links, whose marks belong to the address.
"""

from __future__ import annotations

import re

from bot import markup

_SLACK_ENTITY = re.compile(r"<([@#!])([^>|]*)(?:\|([^>]*))?>")
_SLACK_LINK = re.compile(r"<((?:https?|mailto):[^>|]*)(?:\|([^>]*))?>")


# Look-alikes of the marks Slack reads as formatting; from_slack turns them back.
_LOOKALIKES = {"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"}
_UNLOOK = str.maketrans({shown: typed for typed, shown in _LOOKALIKES.items()})
_SPECIAL = re.compile(r"[&<>`*_~]")
_MARK = re.compile(r"[*_~]")
_BARE_LINK = re.compile(r"(?:https?://|mailto:)\S+")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def escape(text: str) -> str:
    """Plain text for mrkdwn: shown as written, nothing in it formats or notifies.

    Slack has no escape for a backtick, and a person's ``` would open a code block that
    swallows the bot's own text after it, so a backtick from a person is shown as the
    look-alike ˋ; a `*`, `_` or `~` that Slack could read as a mark likewise (see above)."""
    if _SPECIAL.search(text) is None:
        return text  # most text: nothing to replace
    if "*" in text or "_" in text or "~" in text:
        text = _without_marks(text)
    return escape_code(text)


def escape_code(text: str) -> str:
    """Plain text inside `code` or a ``` block, where Slack formats nothing: only what would
    end the code or start Slack's own syntax is replaced."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("`", "\u02cb"))


def _without_marks(text: str) -> str:
    pieces, start = [], 0
    for link in _BARE_LINK.finditer(text):
        pieces.append(_MARK.sub(_mark, text[start:link.start()]))
        pieces.append(link.group())
        start = link.end()
    pieces.append(_MARK.sub(_mark, text[start:]))
    return "".join(pieces)


def _mark(match: re.Match) -> str:
    """A mark between two letters or digits (mid-word) or between two spaces can neither open
    nor close; any other may, and shows as its look-alike. The ends of a piece of text count
    as "may": what stands beside it (the bot's own `*`, another piece) is not known here."""
    text, at = match.string, match.start()
    before = text[at - 1] if at else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    if (before in _ALNUM and after in _ALNUM) or (before.isspace() and after.isspace()):
        return match.group()
    return _LOOKALIKES[match.group()]


def _url(url: str) -> str:
    return (url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E")
            .replace("|", "%7C").replace(" ", "%20"))


def _wrap(mark: str, text: str, inner=escape) -> str:
    """`*bold*` with the spaces outside the marks: Slack ignores `* bold*`."""
    core = text.strip()
    if not core:
        return escape(text)
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    return f"{lead}{mark}{inner(core)}{mark}{trail}"


def line_mrkdwn(line: markup.Line) -> str:
    parts = []
    for span in line.spans:
        if span.kind == "bold":
            parts.append(_wrap("*", span.text))
        elif span.kind == "code":
            parts.append(_wrap("`", span.text, escape_code))
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
        out.append(escape_code(line.plain) if line.pre else line_mrkdwn(line))
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
    keeps its id (`<@U123>`), which the bot resolves against the roster. The look-alikes the
    bot shows for marks (ˋ ∗ ˍ ∼) are the marks again, so a title copied from the bot's
    message finds what it names.
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
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return text.translate(_UNLOOK)
