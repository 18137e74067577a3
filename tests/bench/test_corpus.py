"""The reader's scorecard on real minutes: the matching rules, the development part holding what
the reader reached, and the measured part's figures printed (never asserted on: never tuned on)."""

from __future__ import annotations

import json

import pytest

from bench.bench_corpus import CORPUS, LOCK, report, score_part, summary, truth_of
from bench.corpus_score import item_key, name_key, same_place, score
from bench.corpus_split import once_in_dev, source_key, twins


@pytest.mark.parametrize(
    ("truth", "found", "same"),
    [
        ("Anna Bürger Sjödin", "anna burger sjodin", True),
        ("Jeanette Wäppling", "Jeanette Wäppling (v), ordförande", True),
        ("Lise Hjemgaard Svensson", "Lise Hjemgaard Svensson, M", True),
        ("Ann-Katrin Karlsson", "Ann Katrin Karlsson", True),
        ("Björn von Essen", "Björn Essen", False),
        ("Per Lind", "Per Lindh", False),
    ],
)
def test_names_match_without_case_diacritics_party_or_role(truth, found, same):
    assert (name_key(truth) == name_key(found)) is same


@pytest.mark.parametrize(
    ("truth", "found", "same"),
    [
        ("Konferensrum 1, Krondikesvägen 60", "Konferensrum 1 Krondikesvägen 60", True),
        ("Konferensrum 1, Krondikesvägen 60", "Konferensrum 1", True),
        ("Immanuelkyrkan, Karlsdalsallén 35 Örebro", "Örebro", False),
        ("Kommunstyrelsen", "Kommunstyrelsens arbetsutskott", False),
        ("Kommunstyrelsens arbetsutskott", "kommunstyrelsens arbetsutskott", True),
        ("Sothönan", "Ekoxen", False),
    ],
)
def test_body_and_place_match_as_a_run_of_words(truth, found, same):
    assert same_place(truth, found) is same


@pytest.mark.parametrize("written", ["3", "§ 3", "Punkt 3", "Ärende 3", "p 3"])
def test_an_items_number_matches_however_the_minutes_label_it(written):
    # truth writes the number as the minutes do ("3"); the reader keeps the label it was
    # written with ("Punkt 3", "Ärende 3"), which is the same item
    assert item_key(written) == item_key("3") == "3"


TRUTH = {
    "file": "x.txt", "minutes": True, "body": "Socialnämnden", "date": "2016-06-09",
    "start": "13:00", "end": None, "place": None, "present": ["Anna Berg", "Per Lind"],
    "absent": ["Olle Strand"], "substitutes": [{"substitute": "Per Lind", "for": "Olle Strand"}],
    "decisions": [
        {"item": "49", "title": "Val av justerare", "says": "Anna Berg utsågs att justera"},
        {"item": "50", "title": "Budget", "says": "att godkänna budgeten"},
    ],
    "deadlines": [], "next_meeting": None,
}  # fmt: skip


def test_a_document_scored_fact_by_fact():
    found = {
        "groups": ["Socialnämnden"], "date": "2016-06-09", "start": "13:00", "end": None,
        "place": "Folkets hus", "present": ["Anna Berg", "Per Lind", "Ekonomichefen Bo"],
        "absent": [], "substitutes": [{"substitute": "Per Lind", "for": "Olle Stråhle"}],
        "decisions": [
            {"number": "§ 49", "item": "Val av justerare", "text": "Anna Berg utsågs att justera."},
            {"number": "51", "item": "Övrigt", "text": "Att godkänna budgeten."},
            {"number": "52", "item": "Övrigt", "text": "Mötet avslutades."},
        ],
        "deadlines": [{"date": "2016-09-30"}], "next_meeting": None,
    }  # fmt: skip
    counts = {c: vars(n) for c, n in score(TRUTH, found).counts.items()}
    assert counts["refused-or-not"]["right"] == 1
    assert counts["body"]["right"] == counts["date"]["right"] == 1
    assert counts["time"]["wrong"] == 0 and counts["time"]["right"] == 1
    assert counts["place"]["invented"] == 1
    assert counts["present"] == {"right": 2, "wrong": 0, "missed": 0, "invented": 1}
    assert counts["absent"]["missed"] == 1
    assert counts["substitutes"]["wrong"] == 1
    assert counts["decisions"] == {"right": 1, "wrong": 1, "missed": 0, "invented": 1}
    assert counts["deadlines"]["invented"] == 1 and counts["next meeting"]["right"] == 1


def test_refusals_are_scored_both_ways():
    refused = score(TRUTH, None).counts
    assert refused["refused-or-not"].wrong == 1 and refused["present"].missed == 2
    letter = dict(TRUTH, minutes=False)
    assert score(letter, None).counts["refused-or-not"].right == 1
    assert score(letter, {"groups": []}).counts["refused-or-not"].missed == 1


def test_the_development_part_holds_what_the_reader_reached():
    scores = score_part("dev")
    assert scores, "tests/corpus/dev has no truth.yaml"
    crashed = [f"{s.file}: {s.crashed}" for s in scores if s.crashed]
    assert not crashed, "the reader crashed or hung on real minutes:\n" + "\n".join(crashed)
    lock = json.loads(LOCK.read_text(encoding="utf-8"))
    worse = []
    for s in scores:
        for category, (right, not_right) in lock.get(s.file, {}).items():
            n = s.counts[category]
            if n.right < right or n.total - n.right > not_right:
                worse.append(f"{s.file}, {category}: {n.right} right, {n.total - n.right} not "
                             f"(was {right} and {not_right}); " + "; ".join(s.notes[:6]))
    assert not worse, (
        "The reader finds less on the development part than it did:\n" + "\n".join(worse)
        + "\n(If truth.yaml was corrected on purpose: python -m bench.bench_corpus --lock)"
    )
    locked = [s for s in scores if s.file in lock]
    assert summary(locked)["invented_dates"] == 0
    assert summary(locked)["wrong_refusals"] == 0


def test_the_measured_part_is_only_printed(record_property):
    scores = {part: score_part(part) for part in ("dev", "measured")}
    assert not [s.file for s in scores["measured"] if s.crashed], "crashed on measured minutes"
    text = report({part: summary(s) for part, s in scores.items()}, None, "")
    record_property("terminal_summary", text)


def test_no_minutes_are_in_both_parts():
    """A dev document that is a measured one (same page, or same body and date) would let the
    reader be tuned on the measured part; only file names are said, never what is in them."""
    pairs = twins(truth_of("dev"), truth_of("measured"))
    assert not pairs, "in both parts (take the dev one out, list it in removed_from_dev.yaml): " + \
        ", ".join(dev for dev, _ in pairs)


def test_twins_are_found_however_the_address_is_written():
    docplayer = "https://docplayer.se/amp/3583387-Sammantradesprotokoll-sida-1-18.html"
    assert source_key(docplayer) == source_key("http://www.docplayer.se/3583387-Annan-titel.html")
    assert source_key(docplayer) != source_key("https://docplayer.se/35833870-x.html")
    dev = [{"file": "a.txt", "source": "https://example.se/a", "body": "Socialnämnden",
            "date": "2011-10-12"}]
    same_meeting = [{"file": "b.docx", "source": "https://other.se/b", "body": "socialnamnden",
                     "date": "2011-10-12"}]
    other_day = [{"file": "c.txt", "source": "https://other.se/c", "body": "Socialnämnden",
                  "date": "2011-10-13"}]
    assert twins(dev, same_meeting) == [("a.txt", "b.docx")]
    assert twins(dev, other_day) == []


def test_the_measured_twins_of_removed_dev_documents_are_known():
    gone = once_in_dev(truth_of("measured"), CORPUS)
    assert len(gone) == 7  # the seven listed in removed_from_dev.yaml, each a measured document
