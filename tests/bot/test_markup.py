"""The neutral markup: sentences format people's text in escaped, and it reads back exactly."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import bot.texts
from bot import markup
from bot.markup import Markup

HOSTILE = [
    "<!channel>",
    "<@U0DANIELB>",
    "<https://evil.example/|Protokollet>",
    "*Viktigt* och `kod` & mer",
    "> inte ett citat",
    "\\*redan\\* escapat",
    "```",
    "[klicka här](https://evil.example/)",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_text_from_people_formatted_into_a_sentence_reads_back_exactly(text):
    sentence = Markup("Synpunkt från {name}: ”{text}”").format(name="Per", text=text)
    assert markup.plain(sentence) == f"Synpunkt från Per: ”{text}”"
    (line,) = markup.parse(sentence)
    assert [span.kind for span in line.spans] == ["text"] and not line.quoted


def test_our_own_markup_is_read_as_markup():
    text = Markup("*{title}* – skriv `/synpunkt {word}: text`, se {link}").format(
        title="Remiss <1>", word="vfu*", link=markup.link("https://example.se/a.pdf?x=1&y=2",
                                                          "utkastet"))
    (line,) = markup.parse(text)
    assert [(s.kind, s.text) for s in line.spans] == [
        ("bold", "Remiss <1>"), ("text", " – skriv "), ("code", "/synpunkt vfu*: text"),
        ("text", ", se "), ("link", "utkastet"),
    ]
    assert line.spans[-1].url == "https://example.se/a.pdf?x=1&y=2"


def test_a_link_that_is_not_http_is_shown_as_text_never_made_clickable():
    assert markup.plain(markup.link("javascript:alert(1)", "Öppna")) == \
        "Öppna (javascript:alert(1))"
    assert all(span.kind == "text"
               for span in markup.parse(markup.link("javascript:alert(1)", "Öppna"))[0].spans)


def test_quoted_and_preformatted_text_cannot_break_out_of_its_block():
    quoted = markup.quote_lines("rad ett\n```\n*fet*")
    assert [line.quoted for line in markup.parse(quoted)] == [True, True, True]
    block = markup.preformatted("| a | b |\n```\n<!here>")
    lines = markup.parse(block)
    assert [line.pre for line in lines] == [True, True, True]
    assert [line.plain for line in lines] == ["| a | b |", "```", "<!here>"]


def test_join_escapes_plain_parts_and_keeps_markup():
    joined = Markup(", ").join(["*a*", markup.bold("b")])
    assert [(s.kind, s.text) for s in markup.parse(joined)[0].spans] == [
        ("text", "*a*, "), ("bold", "b")]


def _texts_modules():
    yield bot.texts
    for info in pkgutil.iter_modules(bot.texts.__path__):
        yield importlib.import_module(f"bot.texts.{info.name}")


def test_every_chat_sentence_in_bot_texts_is_markup_so_formatting_it_escapes():
    """A sentence added as a plain str would put people's text in unescaped."""
    for module in _texts_modules():
        if module.__name__ == "bot.texts.roster":  # the roster loader's reasons: CLI only
            continue
        for name, value in vars(module).items():
            if name.isupper() and not name.startswith("CLI_") and isinstance(value, str):
                assert isinstance(value, Markup), f"{module.__name__}.{name}"


@pytest.mark.parametrize("text", HOSTILE)
def test_fields_specs_and_conversions_are_escaped_too(text):
    """Whatever part of a value a sentence reads (an attribute, an item, a padded or converted
    value), it reaches the reader as its own characters; Markup stays markup."""
    class Person:
        name = text

    sentence = Markup("{p.name}|{items[0]}|{named[k]}|{n:>3}|{t!s}|{0}|{fet}").format(
        text, p=Person(), items=[text], named={"k": text}, n=7, t=text, fet=markup.bold("Åsa"))
    assert markup.plain(sentence) == f"{text}|{text}|{text}|  7|{text}|{text}|Åsa"
    assert Markup("{t}").format_map({"t": text}) == Markup("{t}").format(t=text)
    assert [s.kind for s in markup.parse(sentence)[0].spans] == ["text", "bold"]


def test_a_line_with_markup_reads_as_before_character_for_character():
    """Lines with markup are read by jumping to the next character that can start markup; the
    spans are what reading them one character at a time gave."""
    line = markup.parse(r"a \*b\* *fet* `kod` <https://x.se/a|län\>k> <ftp://x|nej> \q *öppen")
    assert [(s.kind, s.text, s.url) for s in line[0].spans] == [
        ("text", "a *b* ", ""), ("bold", "fet", ""), ("text", " ", ""), ("code", "kod", ""),
        ("text", " ", ""), ("link", "län>k", "https://x.se/a"),
        ("text", r" <ftp://x|nej> \q *öppen", "")]


def test_escaping_puts_a_backslash_before_each_special_character_and_nothing_else():
    text = "Åsa *viktigt* `kod` <!channel> \\ ~_ & | {x} 3 > 2 < 4 – ”citat”"
    expected = "".join("\\" + char if char in markup.SPECIAL else char for char in text)
    assert markup.escape(text) == expected
    assert markup.escape(None) == "" and markup.escape(42) == "42"
    assert markup.escape(markup.Markup("*fet*")) == "*fet*"  # markup already: kept
