"""The bot's neutral markup: what bot/texts is written in, and what every platform renders.

It looks like Slack's mrkdwn so the sentences read naturally, but it belongs to no platform:

    *bold*     `code`     <https://example.se/a.pdf|label>     <https://example.se>
    a line starting with ">" is quoted (a synpunkt, a message from a person)
    lines between two lines of ``` are preformatted (an export, a table)
    a backslash before \\ * ` < > makes that character plain text

Text from people (names, titles, minutes, synpunkter, questions, file names) is never markup.
It goes in through `escape()`, which `Markup.format()` and `Markup.join()` call for every
value that is not Markup already, so `texts.X.format(name=person.name)` is safe by
construction: a name like "<!channel>" or "*Viktigt*" reaches every platform as those
characters. Each renderer (handlers/slack, handlers/teams, the console) reads `parse()`'s lines
and writes its own markup, escaping plain text the way its platform needs.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from urllib.parse import quote

SPECIAL = "\\*`<>"
_ESCAPE = re.compile(r"([\\*`<>])")
_URL = re.compile(r"^(https?://|mailto:)[^\s]+$", re.I)


class Markup(str):
    """A string in the neutral markup; anything mixed into it that is not Markup is escaped."""

    __slots__ = ()

    def format(self, *args, **kwargs) -> Markup:
        return Markup(_FORMATTER.vformat(self, args, kwargs))

    def format_map(self, mapping) -> Markup:
        return Markup(_FORMATTER.vformat(self, (), mapping))

    def join(self, parts) -> Markup:
        return Markup(str.join(self, (escape(part) for part in parts)))


class _Formatter(string.Formatter):
    def format_field(self, value, format_spec):
        if isinstance(value, Markup):
            return Markup(format(str(value), format_spec))
        return escape(format(value, format_spec))


_FORMATTER = _Formatter()


def escape(text) -> Markup:
    """Plain text (from a person, a file, the roster) as markup that shows exactly that text."""
    if isinstance(text, Markup):
        return text
    return Markup(_ESCAPE.sub(r"\\\1", "" if text is None else str(text)))


def mark(text: str) -> Markup:
    """A string of ours that already is markup (a sentence from bot/texts)."""
    return Markup(text)


def mark_module(namespace: dict, skip_prefix: str = "CLI_") -> None:
    """Every sentence of a bot/texts module becomes Markup, so formatting it escapes values.

    The command line's sentences (CLI_…) are printed as they are, so they stay plain strings.
    """
    for name, value in list(namespace.items()):
        if name.isupper() and not name.startswith(skip_prefix):
            if type(value) is str:
                namespace[name] = Markup(value)
            elif isinstance(value, tuple) and all(type(v) is str for v in value):
                namespace[name] = tuple(Markup(v) for v in value)
            elif isinstance(value, dict) and all(type(v) is str for v in value.values()):
                namespace[name] = {k: Markup(v) for k, v in value.items()}


def bold(text) -> Markup:
    return Markup(f"*{escape(text)}*") if str(text).strip() else escape(text)


def code(text) -> Markup:
    return Markup(f"`{escape(text)}`") if str(text).strip() else escape(text)


def link(url: str, label=None) -> Markup:
    """A link; a URL that is not http(s) or mailto is shown as text, never made clickable."""
    url = (url or "").strip()
    label = url if label is None or not str(label).strip() else label
    if not _URL.match(url):
        return escape(label if label == url else f"{label} ({url})")
    safe = quote(url, safe="/:?#[]@!$&'()*+,;=%~-._")
    return Markup(f"<{escape(safe)}|{escape(label)}>")


def preformatted(text) -> Markup:
    """Text shown as it is, in a fixed-width block (an export with its columns)."""
    return Markup("```\n" + "\n".join(escape(line) for line in str(text).rstrip("\n").split("\n"))
                  + "\n```")


def quote_lines(text) -> Markup:
    """A person's text quoted, line by line (a synpunkt in a receipt, a message to an ersättare)."""
    lines = str(text).strip("\n").split("\n")
    return Markup("\n".join(f">{escape(line)}" for line in lines))


@dataclass(frozen=True)
class Span:
    kind: str  # "text", "bold", "code" or "link"
    text: str
    url: str = ""


@dataclass(frozen=True)
class Line:
    spans: tuple[Span, ...]
    quoted: bool = False
    pre: bool = False  # inside a ``` block: one text span, shown as it is

    @property
    def plain(self) -> str:
        return "".join(span.text for span in self.spans)


def unescape(text: str) -> str:
    return re.sub(r"\\([\\*`<>])", r"\1", text)


def parse(text: str) -> list[Line]:
    """Markup → lines of spans, escapes resolved. Unclosed markup is plain text."""
    lines: list[Line] = []
    pre = False
    for raw in str(text).split("\n"):
        if raw.strip() == "```":
            pre = not pre
            continue
        if pre:
            lines.append(Line((Span("text", unescape(raw)),), pre=True))
        else:
            lines.append(_line(raw))
    return lines


# What can start markup within a line; a line without any is one span of text as it is (most
# lines of a reply: read character by character, they were a tenth of a command's CPU).
_MARKUP = re.compile(r"[\\*`<]")


def _line(raw: str) -> Line:
    quoted = raw.startswith(">")
    if quoted:
        raw = raw[1:]
        raw = raw[1:] if raw.startswith(" ") else raw
    if not _MARKUP.search(raw):
        return Line((Span("text", raw),) if raw else (), quoted)
    spans: list[Span] = []
    plain: list[str] = []
    index = 0

    def flush() -> None:
        if plain:
            spans.append(Span("text", "".join(plain)))
            plain.clear()

    while index < len(raw):
        char = raw[index]
        if char == "\\" and index + 1 < len(raw) and raw[index + 1] in SPECIAL:
            plain.append(raw[index + 1])
            index += 2
            continue
        if char in "*`":
            end = _closing(raw, index + 1, char)
            if end > index + 1:
                flush()
                inner = unescape(raw[index + 1:end])
                spans.append(Span("bold" if char == "*" else "code", inner))
                index = end + 1
                continue
        if char == "<":
            end = _closing(raw, index + 1, ">")
            if end > 0:
                target, _, label = raw[index + 1:end].partition("|")
                url = unescape(target)
                if _URL.match(url):
                    flush()
                    spans.append(Span("link", unescape(label) or url, url))
                    index = end + 1
                    continue
        plain.append(char)
        index += 1
    flush()
    return Line(tuple(spans), quoted)


def _closing(raw: str, start: int, char: str) -> int:
    """Index of the next unescaped `char` from `start`, or -1."""
    index = start
    while index < len(raw):
        if raw[index] == "\\":
            index += 2
            continue
        if raw[index] == char:
            return index
        index += 1
    return -1


def plain(text: str, quote_prefix: str = "    ") -> str:
    """Markup as plain text (terminal, notification previews, exports, length checks).

    Links become "label (url)", quoted and preformatted lines are indented; no markup
    character is left over.
    """
    out = []
    for line in parse(text):
        words = []
        for span in line.spans:
            if span.kind == "link" and span.text != span.url:
                words.append(f"{span.text} ({span.url})")
            else:
                words.append(span.text)
        indent = quote_prefix if line.quoted or line.pre else ""
        out.append(indent + "".join(words))
    return "\n".join(out)
