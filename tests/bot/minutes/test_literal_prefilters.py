"""The reader's cheap tests before its patterns find exactly what the patterns alone find: on
every paragraph and sentence of the five samples and the dev corpus, and on invented edge
cases (an abbreviation far back, odd letters that re.I takes for ASCII ones)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.minutes.reading.attendance import (
    _PROSE_WORDS,
    _RUN_IN_LABEL,
    _RUN_IN_WORDS,
    _SIGN_LINE,
    _has_sign_line,
    _speaks_of_attendance,
)
from bot.minutes.reading.decisions import (
    _ABBREVIATION,
    _AGENDA_HEADING,
    _DECIDES_COLON,
    _abbreviation_ends,
    _agenda_heading,
    _decides_colon,
    sentences,
)
from bot.minutes.reading.header import _NEXT, next_named
from bot.minutes.reading.layout import clean
from bot.minutes.reading.readers import read_file
from bot.minutes.reading.sections import _PART, cut_parts
from bot.minutes.reading.segments import _FOLDED_WORD, _LABEL, _unfold, labels_in, restore_labels
from bot.minutes.reading.verdicts import _VERB, _verbs

ROOT = Path(__file__).resolve().parents[3]

EDGE_CASES = [
    "Ordföranden hälsar välkommen. Mötet godkände dagordningen ordförande  resp.",
    "Beslutet fattades av ordförande" + " " * 30 + "resp.",
    "Till justerare valdes bl.a. Anna Berg. Nämnden beslutar att godkänna budgeten.",
    "Styrelsen BESLUTAR ATT", "Dagordning:", "Förslag till DAGORDNING", "beslöt",
    "Narvarande Anna Berg, Ovriga deltagare Per Lind", "Förhındrade: Per Lind",
    "Styrelsen ställer sig bakom förslaget och är helt överens om att gå vidare.",
    "Kommunstyrelsens förslag till kommunfullmäktige Kommunfullmäktige beslutar att anta planen.",
    "Plats och tid: Kulturhuset BESLUTANDE Anna Berg ANSLAG/BEVIS ande Per Lind Tid: kl 13",
    "ſtyrelsen beslutar", "\u212aommunstyrelsen godkände",
    "NÄSTA MÖTE 12 maj", "Vi ſes İGEN den 4 maj", "Gruppen träffas ıgen i höst",
    "Styrelsemöte den 3 mars", "KOMMANDE STYRELSEMÖTE: 4 april", "Vi ses härnäſt",
    "Justeras ……", "Ordförande _ Anna Berg", "Sekreterare ........ Per Lind", "FÖRHİNDER: Eva Ek",
    "Närvarande Anna Berg, Per Ek Förhinder Eva Holm", "ERSATTE Per Lind", "Tjänstgjorde",
]


def _texts() -> list[str]:
    paths = sorted((ROOT / "examples" / "protokoll").iterdir())
    paths += sorted(p for p in (ROOT / "tests" / "corpus" / "dev").iterdir()
                    if p.suffix in (".txt", ".md", ".docx"))  # fmt: skip
    texts = list(EDGE_CASES)
    for path in paths:
        raw = read_file(path)
        texts += clean(raw.lines, raw.links).paragraphs
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_the_end_anchored_patterns(texts):
    for text in texts:
        stripped = text.strip()
        assert _agenda_heading(stripped) == bool(_AGENDA_HEADING.search(stripped)), text
        assert _decides_colon(stripped) == bool(_DECIDES_COLON.search(stripped)), text
        for sentence in sentences(text) + [text.strip() + " resp."]:
            if sentence.endswith((".", "!", "?")):
                assert _abbreviation_ends(sentence) == bool(_ABBREVIATION.search(sentence))


def test_the_verb_pattern_and_the_labels(texts):
    for text in texts:
        assert [m.span() for m in _verbs(text)] == [m.span() for m in _VERB.finditer(text)], text
        assert restore_labels(text) == _FOLDED_WORD.sub(_unfold, text), text
        assert [m.span() for m in labels_in(text)] == [m.span() for m in _LABEL.finditer(text)]
        if len(text) >= 40 and "\t" not in text and not list(_PART.finditer(text)):
            assert cut_parts(text) == ([text.strip()] if text.strip() else [])


def test_the_next_meeting_pattern(texts):
    for text in texts:
        found, expected = next_named(text), _NEXT.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_the_attendance_patterns(texts):
    for text in texts:
        assert _has_sign_line(text) == bool(_SIGN_LINE.search(text)), text
        assert _speaks_of_attendance(text) == bool(_PROSE_WORDS.search(text)), text
        run_in = "\t" not in text and bool(_RUN_IN_LABEL.search(text))
        cheap = "\t" not in text and any(w in text for w in _RUN_IN_WORDS) and bool(
            _RUN_IN_LABEL.search(text))
        assert cheap == run_in, text
