"""Swedish analysis and question parsing, as tables of inputs and what they must become."""

from __future__ import annotations

from datetime import date

import pytest

from bot.retrieval import analysis, query
from bot.retrieval.ranking import THRESHOLD, judge

TODAY = date(2026, 8, 24)


def terms(text: str) -> set[str]:
    return set(analysis.index_terms(text, analysis.SEED_ACRONYMS))


@pytest.mark.parametrize(
    ("asked", "written"),
    [
        ("familjecentralerna", "familjecentral"),
        ("familjecentral", "familjecentralsliknande verksamhet"),
        ("VFU-avtalet", "VFU-avtal"),
        ("avtalet", "förslag till VFU-avtal"),
        ("riktlinjen", "riktlinjerna"),
        ("överenskommelsen", "SIP-överenskommelse"),
        ("barnet", "barn"),
        ("protokollet", "protokoll"),
        ("insatser", "insats"),
        ("revidering", "revidera"),
        ("kartlägga", "kartläggning"),
        ("placering", "placerade"),
        ("samverkansgruppen", "samverkansgrupp"),
        ("SAMS", "modellen SAMS"),
        ("sams", "SAMS"),
        ("primärvårdsrehabilitering", "primärvårdens rehabilitering"),
        ("TSI", "tidiga samordnade insatser"),
    ],
)
def test_a_word_finds_its_other_forms(asked, written):
    concepts, _ = query.concepts_of(asked, analysis.SEED_ACRONYMS)
    found = terms(written)
    assert all(any(set(alt) <= found for alt in c.alternatives) for c in concepts)


@pytest.mark.parametrize(
    ("asked", "written"),
    [
        ("SAMS", "samma sak"),  # the stemmer would make both "sam"
        ("år", "ar"),  # å is a letter of its own
        ("ADHD-riktlinjen", "riktlinjerna för barnhälsoteam"),  # every part must be there
        ("kollektivtrafik", "trafik och kollektiv"),
    ],
)
def test_a_word_does_not_find_what_it_is_not(asked, written):
    concepts, _ = query.concepts_of(asked, analysis.SEED_ACRONYMS)
    found = terms(written)
    assert not all(any(set(alt) <= found for alt in c.alternatives) for c in concepts)


@pytest.mark.parametrize(
    ("text", "learned"),
    [
        ("för en hållbar modell för tidiga samordnade insatser (TSI) i länet",
         {"tsi": "tidiga samordnade insatser"}),
        ("bygger på SAMS (samverkan för placerade barn och ungas kontinuerliga skolgång) som",
         {"sams": "samverkan för placerade barn och ungas kontinuerliga skolgång"}),
        ("Tidiga samordnade insatser i Örebro län (TSI) - Nuläge",
         {"tsi": "tidiga samordnade insatser"}),
        ("har KCRDs (kommunche-\nfer/direktörer och regiondirektör) uppdrag",
         {"kcrd": "kommunchefer/direktörer och regiondirektör"}),
        ("Viktigt med nära koppling till familjecentral (FC).", {"fc": "familjecentral"}),
        ("Ett möte (i juni) hölls.", {}),
    ],
)  # fmt: skip
def test_acronyms_are_learned_from_the_text(text, learned):
    assert analysis.learn_acronyms(text) == learned


def test_an_expansion_in_the_text_indexes_its_acronym():
    glossary = {"tsi": "tidiga samordnade insatser"}
    assert "tsi" in analysis.index_terms(
        "en överenskommelse om tidiga samordnade insatser", glossary
    )
    assert "tsi" not in analysis.index_terms("tidiga insatser", glossary)


class Group:
    def __init__(self, id, slug, name):
        self.id, self.slug, self.name, self.aliases = id, slug, name, []


GROUPS = [
    Group(1, "sbu", "Samverkansgrupp Barn och unga"),
    Group(2, "svoo", "Specifika samverkansrådet för social välfärd samt vård och omsorg"),
    Group(3, "cg-skola", "Chefsgrupp för skola, utbildning och kompetensförsörjning"),
    Group(4, "cg-svvo", "Chefsgrupp för social välfärd samt vård och omsorg"),
]


@pytest.mark.parametrize(
    ("question", "subject", "groups", "period"),
    [
        ("vad beslutades om SAMS?", "SAMS", None, (None, None)),
        ("Vad beslutade vi om Backa barnet förra året?", "Backa barnet", None,
         (date(2025, 1, 1), date(2025, 12, 31))),
        ("finns det något beslut om VFU-avtalet?", "VFU-avtalet", None, (None, None)),
        ("vad sa chefsgruppen om familjecentralerna 2024?", "familjecentralerna", [3, 4],
         (date(2024, 1, 1), date(2024, 12, 31))),
        ("beslut om ADHD-riktlinjen", "ADHD-riktlinjen", None, (None, None)),
        ("vad beslutades om SIP i mars?", "SIP", None, (date(2026, 3, 1), date(2026, 3, 31))),
        ("vad beslutades om SIP i oktober?", "SIP", None,
         (date(2025, 10, 1), date(2025, 10, 31))),
        ("vad beslutade SBU om utvärderingen?", "utvärderingen", [1], (None, None)),
        ("beslut om dagordningen i rådet", "dagordningen", [2], (None, None)),
        ("vad beslutades om samverkansgrupp barn och unga?", "samverkansgrupp barn unga", None,
         (None, None)),
        ("vad beslutades om rapporten från chefsgruppen?", "rapporten chefsgruppen", None,
         (None, None)),
        ("vad beslutades den 14 juni 2024?", "", None, (date(2024, 6, 14), date(2024, 6, 14))),
        ("vilka beslut fattades i år?", "", None, (date(2026, 1, 1), TODAY)),
    ],
)  # fmt: skip
def test_questions_become_subject_and_filters(question, subject, groups, period):
    asked = query.parse(question, TODAY, GROUPS)
    assert asked.subject == subject
    assert asked.group_ids == groups
    assert (asked.date_from, asked.date_to) == period


def test_last_meeting_is_left_for_the_store_to_find():
    asked = query.parse("vad beslutades förra mötet?", TODAY, GROUPS)
    assert asked.last_meeting and asked.concepts == []


def test_a_rare_word_must_be_covered_a_common_one_need_not():
    concepts, _ = query.concepts_of("Backa barnet", analysis.SEED_ACRONYMS)
    fields = (" ".join(terms("barn och unga")), "", "")
    coverage, _ = judge(concepts, fields, weights=[3.0, 0.5])  # backa rare, barn common
    assert coverage < THRESHOLD
    coverage, _ = judge(concepts, (" ".join(terms("Backa barnet")), "", ""), weights=[3.0, 0.5])
    assert coverage == 1.0
