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

import functools
import re
from dataclasses import dataclass
from urllib.parse import quote

SPECIAL = "\\*`<>"
# A reply escapes every name, title and place in it (a third of writing out a meeting's
# agenda), and most hold no special character: one search in C finds that, where `re.sub` with a
# replacement template ran Python code on every call (and str.translate with a table raised and
# caught a KeyError in C for every character not in it).
_ESCAPE = re.compile(r"([\\*`<>])")
_URL = re.compile(r"^(https?://|mailto:)[^\s]+$", re.I)


class Markup(str):
    """A string in the neutral markup; anything mixed into it that is not Markup is escaped."""

    __slots__ = ()

    def format(self, *args, **kwargs) -> Markup:
        return Markup(str.format(self, *map(_Escaped, args),
                                 **{name: _Escaped(value) for name, value in kwargs.items()}))

    def format_map(self, mapping) -> Markup:
        return Markup(str.format_map(self, _EscapedMap(mapping)))

    def join(self, parts) -> Markup:
        return Markup(str.join(self, (escape(part) for part in parts)))


class _Escaped:
    """A value formatted into Markup: escaped after its format spec is applied, unless it is
    Markup already. str.format does the formatting (string.Formatter, in Python, cost more than
    any other part of writing a reply); the fields it reads (`{x.name}`, `{x[0]}`) and the
    conversions (`{x!r}`) are escaped too."""

    __slots__ = ("value",)

    def __init__(self, value) -> None:
        self.value = value

    def __format__(self, format_spec: str) -> str:
        value = self.value
        if isinstance(value, Markup):
            return format(str(value), format_spec)
        return escape(format(value, format_spec))

    def __getattr__(self, name: str) -> _Escaped:
        return _Escaped(getattr(self.value, name))

    def __getitem__(self, key) -> _Escaped:
        return _Escaped(self.value[key])

    def __str__(self) -> str:
        return escape(str(self.value))

    def __repr__(self) -> str:
        return escape(repr(self.value))


class _EscapedMap:
    __slots__ = ("mapping",)

    def __init__(self, mapping) -> None:
        self.mapping = mapping

    def __getitem__(self, key) -> _Escaped:
        return _Escaped(self.mapping[key])


def escape(text) -> Markup:
    """Plain text (from a person, a file, the roster) as markup that shows exactly that text."""
    if isinstance(text, Markup):
        return text
    text = "" if text is None else str(text)
    if _ESCAPE.search(text) is None:
        return Markup(text)
    return Markup(_ESCAPE.sub(r"\\\1", text))


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
    return list(_parsed(text if type(text) in (str, Markup) else str(text)))


# A reply's text is read more than once on its way out (its blocks, the notification text
# beside them, the length checks); the lines are immutable, so each text is read once.
@functools.lru_cache(maxsize=256)
def _parsed(text: str) -> tuple[Line, ...]:
    lines: list[Line] = []
    pre = False
    for raw in text.split("\n"):
        if raw.strip() == "```":
            pre = not pre
            continue
        if pre:
            lines.append(Line((Span("text", unescape(raw)),), pre=True))
        else:
            lines.append(_line(raw))
    return tuple(lines)


# What can start markup within a line; a line without any is one span of text as it is (most
# lines of a reply: read character by character, they were a tenth of a command's CPU). In a
# line with markup, the text between these characters is taken in one piece, not one by one.
_MARKUP = re.compile(r"[\\*`<]")
_CLOSERS = {char: re.compile(r"[\\" + re.escape(char) + "]") for char in "*`>"}


def _line(raw: str) -> Line:
    quoted = raw.startswith(">")
    if quoted:
        raw = raw[1:]
        raw = raw[1:] if raw.startswith(" ") else raw
    found = _MARKUP.search(raw)
    if found is None:
        return Line((Span("text", raw),) if raw else (), quoted)
    spans: list[Span] = []
    plain: list[str] = []
    index, size = 0, len(raw)

    def flush() -> None:
        if plain:
            spans.append(Span("text", "".join(plain)))
            plain.clear()

    while found is not None:
        at = found.start()
        if at > index:
            plain.append(raw[index:at])
        char, index = raw[at], at
        if char == "\\" and index + 1 < size and raw[index + 1] in SPECIAL:
            plain.append(raw[index + 1])
            index += 2
        elif char in "*`" and (end := _closing(raw, index + 1, char)) > index + 1:
            flush()
            spans.append(Span("bold" if char == "*" else "code", unescape(raw[index + 1:end])))
            index = end + 1
        elif char == "<" and (link := _link(raw, index)) is not None:
            flush()
            spans.append(link[0])
            index = link[1]
        else:
            plain.append(char)
            index += 1
        found = _MARKUP.search(raw, index)
    if index < size:
        plain.append(raw[index:])
    flush()
    return Line(tuple(spans), quoted)


def _link(raw: str, index: int) -> tuple[Span, int] | None:
    """The link that opens at `index` and where it ends, or None when it is no link."""
    end = _closing(raw, index + 1, ">")
    if end < 0:
        return None
    target, _, label = raw[index + 1:end].partition("|")
    url = unescape(target)
    if not _URL.match(url):
        return None
    return Span("link", unescape(label) or url, url), end + 1


def _closing(raw: str, start: int, char: str) -> int:
    """Index of the next unescaped `char` from `start`, or -1."""
    closer = _CLOSERS[char]
    while (found := closer.search(raw, start)) is not None:
        at = found.start()
        if raw[at] != "\\":
            return at
        start = at + 2  # an escaped character is skipped, whatever it is
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


def fit(text: str, limit: int) -> str:
    """Plain text within a platform's limit for a label: a longer one ends in "…" after a
    whole word (where one ends in the second half), never in the middle of one."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if text[limit - 1] != " " and " " in cut[limit // 2:]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–-(") + "…"
