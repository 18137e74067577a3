"""The full-text index on both backends: the same terms in, the same decisions out."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlmodel import Session

from storage import search
from storage.engine import unit_of_work
from storage.models import Decision, Document, Group, Meeting, MeetingGroup

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def plain(decision: Decision) -> tuple[str, str, str]:
    """Storage knows no Swedish; here the terms are the words themselves."""
    return decision.text.lower(), decision.item.lower(), decision.context.lower()


def add(session: Session, group: Group, day: date, text: str, item: str = "", context: str = "",
        published: bool = True) -> int:  # fmt: skip
    meeting = Meeting(date=day)
    session.add(meeting)
    session.flush()
    session.add(MeetingGroup(meeting_id=meeting.id, group_id=group.id))
    document = Document(sha256=f"{meeting.id:064d}", filename=f"m{meeting.id}.txt", created_at=NOW,
                        meeting_id=meeting.id)  # fmt: skip
    session.add(document)
    session.flush()
    decision = Decision(meeting_id=meeting.id, document_id=document.id, text=text, item=item,
                        context=context, published_at=NOW if published else None)  # fmt: skip
    session.add(decision)
    session.flush()
    return decision.id


@pytest.fixture
def store(engine):
    with unit_of_work(engine) as session:
        sbu = Group(slug="sbu", name="Samverkansgrupp Barn och unga")
        svoo = Group(slug="svoo", name="Specifika samverkansrådet")
        session.add_all([sbu, svoo])
        session.flush()
        ids = {
            "sams": add(session, sbu, date(2026, 5, 12), "gruppen bifall förslag", "modell sams",
                        "kartläggning sams behov"),
            "sams_old": add(session, sbu, date(2025, 2, 1), "sams utred", "sams"),
            "år": add(session, svoo, date(2024, 5, 17), "år rapport", "rapport"),
            "draft": add(session, svoo, date(2024, 5, 17), "sams utkast", published=False),
            "tsi": add(session, svoo, date(2024, 5, 17), "överenskomm tid samordn insat tsi"),
        }  # fmt: skip
        search.index_decisions(session, list(ids.values()), plain)
        groups = {"sbu": sbu.id, "svoo": svoo.id}
    return engine, ids, groups


def found(engine, concepts, **filters) -> list[int]:
    with unit_of_work(engine) as session:
        return [i for i, _ in search.search(session, concepts, **filters)]


def test_an_acronym_matches_exactly_and_drafts_are_never_found(store):
    engine, ids, _ = store
    assert set(found(engine, [[("sams",)]])) == {ids["sams"], ids["sams_old"]}
    assert found(engine, [[("sam",)]]) == []


def test_a_text_match_ranks_above_a_context_match(store):
    engine, ids, _ = store
    assert found(engine, [[("sams",)], [("utred",)]])[0] == ids["sams_old"]


def test_letters_with_diacritics_are_letters_of_their_own(store):
    engine, ids, _ = store
    assert found(engine, [[("år",)]]) == [ids["år"]]
    assert found(engine, [[("ar",)]]) == []


def test_alternatives_and_parts(store):
    engine, ids, _ = store
    concept = [("tsi",), ("tid", "samordn", "insat")]
    assert found(engine, [concept]) == [ids["tsi"]]
    assert found(engine, [[("tid", "sams")]]) == []
    assert found(engine, [[("kartlägg*",)]]) == [ids["sams"]]


def test_filters_by_group_and_date(store):
    engine, ids, groups = store
    assert found(engine, [[("sams",)]], group_ids=[groups["svoo"]]) == []
    assert found(engine, [[("sams",)]], date_from=date(2026, 1, 1)) == [ids["sams"]]
    assert found(engine, [[("sams",)]], date_to=date(2025, 12, 31)) == [ids["sams_old"]]


def test_unsafe_terms_never_reach_the_query(store):
    engine, _, _ = store
    assert found(engine, [[('sams" OR "x',)], [("a'b",)]]) == []


def test_reindexing_replaces_and_frequencies_count_decisions(store):
    engine, ids, _ = store
    with unit_of_work(engine) as session:
        total, dfs = search.document_frequencies(session, ["sams", "okänt"])
        assert total == 5 and dfs == {"sams": 3, "okänt": 0}
        decision = session.get(Decision, ids["år"])
        decision.text = "nytt ord"
        session.add(decision)
        assert search.reindex_all(session, plain) == 5
        assert search.terms_of(session, [ids["år"]])[ids["år"]][0] == "nytt ord"
        assert search.document_frequencies(session, ["år"])[1] == {"år": 0}


def test_last_meeting_recent_and_details(store):
    engine, ids, groups = store
    with unit_of_work(engine) as session:
        assert search.last_meeting_date(session, None, date(2026, 8, 24)) == date(2026, 5, 12)
        assert search.last_meeting_date(session, [groups["svoo"]], date(2026, 8, 24)) == date(
            2024, 5, 17
        )
        assert search.recent_decisions(session, group_ids=[groups["sbu"]], limit=1) == [ids["sams"]]
        hit = search.describe(session, [ids["sams"]])[ids["sams"]]
        assert hit.groups == ["Samverkansgrupp Barn och unga"] and hit.day == date(2026, 5, 12)
        assert hit.document.filename.startswith("m")


def test_acronyms_are_remembered_once(engine):
    with unit_of_work(engine) as session:
        search.remember_acronyms(session, {"tsi": "tidiga samordnade insatser"})
        search.remember_acronyms(session, {"tsi": "annat", "fc": "familjecentral"})
        assert search.acronyms(session) == {
            "tsi": "tidiga samordnade insatser",
            "fc": "familjecentral",
        }


def test_the_like_baseline_finds_substrings(store):
    engine, ids, _ = store
    with unit_of_work(engine) as session:
        assert set(search.like_search(session, ["sams"])) == {ids["sams"], ids["sams_old"]}


def test_search_tables_are_kept_out_of_the_models():
    assert search.is_search_table("decision_fts_data") and search.is_search_table("search_acronym")
    assert not search.is_search_table("decision")
