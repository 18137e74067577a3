"""Another version of minutes already stored (the ojusterade, then the justerade; the DOCX, then
its PDF) is not stored again: before, each decision was stored twice, answers offered the same
decision as "Fler beslut som kan gälla samma sak", and the channel got the decisions twice.

Through the review page's publish (the web page, and Teams' Publicera), and the command line's
ingest; tests/handlers/test_real_minutes.py has the Slack upload.
"""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot.minutes import review
from bot.minutes.ingest import IngestError, ingest_file
from bot.roster.web_access import access_for
from storage.engine import unit_of_work
from storage.models import Decision, MinutesDraft, OutboxMessage, Person
from tests.handlers.test_real_minutes import JUSTERAT, TANUM_2001
from tests.support.real_minutes import REAL

SAME_DAY = """\
Minnesanteckningar
Samverkansgrupp Barn och unga
Datum: 2001-12-04, kl. 15.00–16.00
Närvarande: Anna Bürger Sjödin, Daniel Berglund (sekreterare)
§ 1 Föregående möte och protokoll
Protokollet godkändes och lades till handlingarna.
§ 2 Familjecentraler
Gruppen beslutar att bjuda in familjecentralerna till nästa möte.
§ 3 Elevhälsa
Gruppen beslutar att ta fram en gemensam plan för elevhälsan.
"""


def publish_on_the_web(engine, clock, path):
    with unit_of_work(engine) as session:
        daniel = session.exec(select(Person).where(Person.slack_id == "U0DANIELB")).one()
        access = access_for(session, daniel)
        draft = review.read_upload(session, path, path.name, access, clock.now())
        draft_id = draft.id
    with unit_of_work(engine) as session:
        access = access_for(session, session.get(Person, daniel.id))
        draft = session.get(MinutesDraft, draft_id)
        try:
            review.publish(session, draft, access, clock)
        except review.ReviewError as error:
            return draft_id, error.args[0]
    return draft_id, None


def count(engine, model, where=None) -> int:
    with unit_of_work(engine) as session:
        return len([r for r in session.exec(select(model)).all() if where is None or where(r)])


def announced(engine) -> int:
    return count(engine, OutboxMessage, lambda m: m.key.startswith("announce:"))


def test_the_justerade_minutes_saying_what_the_ojusterade_said_are_told_so_on_the_web(
    loaded, clock, tmp_path
):
    # A new version that changes something replaces the published one
    # (tests/bot/test_minutes_replace.py); one that says the same is no new version.
    assert publish_on_the_web(loaded, clock, TANUM_2001)[1] is None
    justerat = tmp_path / "tanum-folkhalsoradet-2001-12-04-justerat.md"
    justerat.write_text(JUSTERAT, encoding="utf-8")
    draft_id, refused = publish_on_the_web(loaded, clock, justerat)
    assert refused.startswith("Den nya versionen säger samma sak som den publicerade")
    with unit_of_work(loaded) as session:  # still hers to discard: not claimed as published
        assert session.get(MinutesDraft, draft_id).status == "draft"
    assert count(loaded, Decision) == 2 and announced(loaded) == 1


def test_another_meeting_the_same_day_is_no_version_of_the_first(loaded, clock, tmp_path):
    # One decision in common ("Protokollet godkändes …") is what every set of minutes says.
    assert publish_on_the_web(loaded, clock, TANUM_2001)[1] is None
    other = tmp_path / "sbu-2001-12-04-eftermiddag.txt"
    other.write_text(SAME_DAY, encoding="utf-8")
    assert publish_on_the_web(loaded, clock, other)[1] is None
    assert count(loaded, Decision) == 5 and announced(loaded) == 2


def test_the_command_line_refuses_a_second_version_and_names_the_draft_to_discard(
    loaded, clock, tmp_path
):
    with unit_of_work(loaded) as session:
        first = ingest_file(session, REAL / TANUM_2001.name, clock, group_slug="sbu")
        first_id = first.document.id
    justerat = tmp_path / "tanum-justerat.md"
    justerat.write_text(JUSTERAT, encoding="utf-8")
    with pytest.raises(IngestError) as refused, unit_of_work(loaded) as session:
        ingest_file(session, justerat, clock, group_slug="sbu")
    assert refused.value.kind == "earlier_version"
    assert f"`samverkansbot minutes discard {first_id}`" in refused.value.reason
    assert count(loaded, Decision) == 2



def test_the_same_file_read_twice_is_the_same_draft_with_its_corrections(loaded, clock):
    # "Granska på webben" pressed twice in Slack, or the file uploaded again on the page.
    with unit_of_work(loaded) as session:
        daniel = session.exec(select(Person).where(Person.slack_id == "U0DANIELB")).one()
        access = access_for(session, daniel)
        first = review.read_upload(session, TANUM_2001, TANUM_2001.name, access, clock.now())
        form = review.field_values(review.from_data(first.parsed)) | {"place": "Tanumshede"}
        assert not review.correct(session, first, form, access, clock.now(), None).errors
        again = review.read_upload(session, TANUM_2001, TANUM_2001.name, access, clock.now())
        assert again.id == first.id and again.parsed["place"] == "Tanumshede"
        assert [d.id for d in review.drafts_for(session, access)] == [first.id]


def test_the_reason_names_a_way_to_discard_the_draft_for_a_secretary_without_a_terminal(
    loaded, clock, tmp_path
):
    """The same reason is said in Slack, Teams and on the web page: a command line alone is no
    way out for a secretary who only has those."""
    with unit_of_work(loaded) as session:
        ingest_file(session, REAL / TANUM_2001.name, clock, group_slug="sbu")
    justerat = tmp_path / "tanum-justerat.md"
    justerat.write_text(JUSTERAT, encoding="utf-8")
    with pytest.raises(IngestError) as refused, unit_of_work(loaded) as session:
        ingest_file(session, justerat, clock, group_slug="sbu")
    assert "Kasta protokollet på granskningssidan" in refused.value.reason
    assert "Kasta i förhandsvisningen" in refused.value.reason
