"""A new version of published minutes (the justerade after the ojusterade) replaces the old one
at once: decisions, attendance, meeting, search, one short message to the channel, followers
told only of what changed. On SQLite and PostgreSQL (the `engine` fixture runs both)."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from bot.decisions import questions
from bot.minutes import published, replace, review
from bot.roster.web_access import access_for
from storage.engine import unit_of_work
from storage.models import (
    Attendance,
    AuditEvent,
    Decision,
    Document,
    Follow,
    Meeting,
    MinutesDraft,
    OutboxMessage,
    Person,
)

OJUSTERAT = """\
Minnesanteckningar
Samverkansgrupp Barn och unga
Datum: 2026-08-20, kl. 13.00–15.00
Plats: Regionens hus, Örebro
Närvarande: Ingmar Ångman (ordförande), Daniel Berglund (sekreterare), Camilla Wass, \
Monica Skantz
Frånvarande: Anna Bürger Sjödin
§ 1 Föregående möte och protokoll
Protokollet godkändes och lades till handlingarna.
§ 2 Familjecentraler
Gruppen beslutar att bjuda in familjecentralerna till nästa möte.
§ 3 Elevhälsa
Gruppen beslutar att ta fram en gemensam plan för elevhälsan.
"""
# The justerade: § 3 reworded, Anna was in fact there, the place spelled out, § 4 added.
JUSTERAT = (OJUSTERAT
            .replace("en gemensam plan för elevhälsan.",
                     "en gemensam plan för elevhälsan i samråd med skolcheferna.")
            .replace("Monica Skantz\nFrånvarande: Anna Bürger Sjödin",
                     "Monica Skantz, Anna Bürger Sjödin")
            .replace("Regionens hus, Örebro", "Regionens hus, sal Berget, Örebro")
            + "§ 4 Barnahus\nGruppen beslutar att stödja ansökan om Barnahus i Örebro län.\n")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def publish(engine, clock, path: Path, user: str = "U0DANIELB", tell: bool = True):
    """Upload on the web, then Publicera: (draft id, refusal or None)."""
    with unit_of_work(engine) as session:
        person = session.exec(select(Person).where(Person.slack_id == user)).one()
        draft = review.read_upload(session, path, path.name, access_for(session, person),
                                   clock.now())
        draft_id = draft.id
    with unit_of_work(engine) as session:
        access = access_for(session, session.get(Person, person.id))
        try:
            review.publish(session, session.get(MinutesDraft, draft_id), access, clock,
                           tell_channel=tell)
        except review.ReviewError as error:
            return draft_id, error.args[0]
    return draft_id, None


def outbox(engine, prefix: str) -> list[str]:
    with unit_of_work(engine) as session:
        return [str(m.payload) for m in session.exec(select(OutboxMessage)
                                                     .order_by(OutboxMessage.id)).all()
                if m.key.startswith(prefix)]


def decisions(engine) -> list[str]:
    with unit_of_work(engine) as session:
        return [d.text for d in session.exec(select(Decision).order_by(Decision.position))]


def snapshot(engine) -> dict:
    """Everything a replacement touches, to compare before and after a failed one."""
    with unit_of_work(engine) as session:
        return {
            "documents": sorted((d.id, d.status, d.replaces_id) for d in
                                session.exec(select(Document))),
            "decisions": sorted((d.id, d.text) for d in session.exec(select(Decision))),
            "attendance": sorted((a.name, a.status) for a in session.exec(select(Attendance))),
            "meetings": sorted((m.id, str(m.date), m.place) for m in
                               session.exec(select(Meeting))),
            "drafts": sorted((d.id, d.status, d.document_id) for d in
                             session.exec(select(MinutesDraft))),
            "outbox": sorted(m.key for m in session.exec(select(OutboxMessage))),
        }


def test_the_justerade_replaces_the_ojusterade(loaded, clock, tmp_path):
    assert publish(loaded, clock, write(tmp_path, "sbu-2026-08-20.txt", OJUSTERAT))[1] is None
    assert len(outbox(loaded, "announce:")) == 1
    assert publish(loaded, clock, write(tmp_path, "sbu-2026-08-20-justerat.txt",
                                        JUSTERAT))[1] is None
    assert decisions(loaded) == [
        "Protokollet godkändes och lades till handlingarna.",
        "Gruppen beslutar att bjuda in familjecentralerna till nästa möte.",
        "Gruppen beslutar att ta fram en gemensam plan för elevhälsan i samråd med skolcheferna.",
        "Gruppen beslutar att stödja ansökan om Barnahus i Örebro län."]
    with unit_of_work(loaded) as session:
        old, new = session.exec(select(Document).order_by(Document.id)).all()
        assert (old.status, new.status, new.replaces_id) == ("replaced", "published", old.id)
        assert old.filename == "sbu-2026-08-20.txt"  # the earlier version's record stays
        assert session.get(Person, new.uploaded_by).name == "Daniel Berglund"
        anna = session.exec(select(Attendance).where(
            Attendance.name == "Anna Bürger Sjödin")).one()
        assert anna.status == "present"
        meeting = session.get(Meeting, new.meeting_id)
        assert meeting.place == "Regionens hus, sal Berget, Örebro"
        assert published.current(session, old).id == new.id
        assert [d.id for d in published.history(session, new)] == [old.id, new.id]
        today = date(2026, 8, 24)
        found = questions.first_found(session, "elevhälsa", today)
        assert found.text.endswith("i samråd med skolcheferna.")
        # The old wording is nowhere: no decision row, nothing in the index to find.
        assert all(d.document_id == new.id for d in session.exec(select(Decision)))
    with unit_of_work(loaded) as session:  # who replaced which version, kept
        (logged,) = session.exec(select(AuditEvent).where(
            AuditEvent.action == "minutes.replace")).all()
        assert (logged.subject, logged.details["replaces"]) == (f"document:{new.id}", old.id)
        assert session.get(Person, logged.actor_id).name == "Daniel Berglund"
    # One short message, not the announcement again.
    assert len(outbox(loaded, "announce:")) == 1
    (told,) = outbox(loaded, "replaced:")
    assert "Protokollet från mötet torsdag 20 augusti 2026 är justerat. Ändrat: " in told
    assert "Ändrat beslut, § 3 Elevhälsa" in told and "Nytt beslut, § 4 Barnahus" in told
    assert "Familjecentraler" not in told


def test_followers_hear_of_the_changed_decision_only(loaded, clock, tmp_path):
    with unit_of_work(loaded) as session:
        camilla = session.exec(select(Person).where(Person.slack_id == "U0CAMILLA")).one()
        monica = session.exec(select(Person).where(Person.slack_id == "U0MONICAS")).one()
        session.add(Follow(person_id=camilla.id, subject="elevhälsa", created_at=clock.now()))
        session.add(Follow(person_id=monica.id, subject="familjecentraler",
                           created_at=clock.now()))
    publish(loaded, clock, write(tmp_path, "sbu-2026-08-20.txt", OJUSTERAT))
    assert len(outbox(loaded, "follow:")) == 2  # each told once of the first version
    assert publish(loaded, clock, write(tmp_path, "sbu-2026-08-20-justerat.txt",
                                        JUSTERAT))[1] is None
    follows = outbox(loaded, "follow:")
    assert len(follows) == 3  # Camilla again (§ 3 reworded), Monica not (§ 2 as it was)
    assert "har ändrats i det justerade protokollet" in follows[-1]
    assert "i samråd med skolcheferna" in follows[-1]


def test_the_same_minutes_again_in_another_file_are_told_they_are_the_same(loaded, clock,
                                                                             tmp_path):
    publish(loaded, clock, write(tmp_path, "sbu-2026-08-20.txt", OJUSTERAT))
    before = snapshot(loaded)
    _, refused = publish(loaded, clock, write(tmp_path, "sbu-2026-08-20.md",
                                              OJUSTERAT + "\n"))
    assert refused.startswith("Den nya versionen säger samma sak som den publicerade")
    after = snapshot(loaded)
    assert after["decisions"] == before["decisions"] and after["outbox"] == before["outbox"]
    # The very same file: refused before it is read.
    with unit_of_work(loaded) as session, pytest.raises(review.ReviewError) as same:
        daniel = session.exec(select(Person).where(Person.slack_id == "U0DANIELB")).one()
        review.read_upload(session, tmp_path / "sbu-2026-08-20.txt", "sbu-2026-08-20.txt",
                           access_for(session, daniel), clock.now())
    assert "är redan publicerat" in same.value.args[0]


def test_a_failure_half_way_leaves_everything_as_it_was(loaded, clock, tmp_path, monkeypatch):
    publish(loaded, clock, write(tmp_path, "sbu-2026-08-20.txt", OJUSTERAT))
    before = snapshot(loaded)

    def broken(*args, **kwargs):  # after the old decisions are gone, before the new indexed
        raise RuntimeError("disk full")

    monkeypatch.setattr(replace.retrieval, "index_decisions", broken)
    with pytest.raises(RuntimeError):
        publish(loaded, clock, write(tmp_path, "sbu-2026-08-20-justerat.txt", JUSTERAT))
    after = snapshot(loaded)
    # The upload's draft is new (read in its own unit of work); nothing else moved.
    assert {k: v for k, v in after.items() if k != "drafts"} == \
        {k: v for k, v in before.items() if k != "drafts"}
    assert [s for _, s, _ in after["drafts"]] == ["published", "draft"]
    with unit_of_work(loaded) as session:
        assert questions.first_found(session, "elevhälsa", date(2026, 8, 24)).text \
            == "Gruppen beslutar att ta fram en gemensam plan för elevhälsan."


def test_two_secretaries_at_once_one_wins_the_other_is_told(loaded, clock, tmp_path):
    publish(loaded, clock, write(tmp_path, "sbu-2026-08-20.txt", OJUSTERAT))
    with unit_of_work(loaded) as session:  # Ingmar, the chair, may publish too
        ids = {}
        for user, name, text in (("U0DANIELB", "a.txt", JUSTERAT),
                                 ("U0INGMARA", "b.txt", JUSTERAT.replace("Barnahus i",
                                                                         "ett Barnahus i"))):
            person = session.exec(select(Person).where(Person.slack_id == user)).one()
            ids[user] = (person.id, review.read_upload(
                session, write(tmp_path, name, text), name, access_for(session, person),
                clock.now()).id)
    results: dict[str, str | None] = {}
    start = threading.Barrier(2)

    def press(user):
        person_id, draft_id = ids[user]
        with unit_of_work(loaded) as session:
            access = access_for(session, session.get(Person, person_id))
            draft = session.get(MinutesDraft, draft_id)
            start.wait()
            try:
                review.publish(session, draft, access, clock)
                results[user] = None
            except review.ReviewError as error:
                results[user] = error.args[0]

    threads = [threading.Thread(target=press, args=(u,)) for u in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(results) == ["U0DANIELB", "U0INGMARA"]
    refusals = [r for r in results.values() if r is not None]
    assert len(refusals) == 1, results
    assert refusals[0].startswith("Någon hann före: ")
    assert "publicerade en ny version av protokollet från torsdag 20 augusti 2026" in refusals[0]
    with unit_of_work(loaded) as session:
        statuses = sorted(d.status for d in session.exec(select(Document)))
        assert statuses == ["published", "replaced"]
        assert len(session.exec(select(Decision)).all()) == 4
    assert len(outbox(loaded, "replaced:")) == 1


def test_sixty_decisions_replaced_with_three_changed(loaded, clock, tmp_path):
    head = OJUSTERAT.split("§ 1")[0]
    items = "".join(f"§ {n} Ärende {n}\nGruppen beslutar att anta handlingsplan nummer {n} "
                    f"för förskolans {n}:e område.\n" for n in range(1, 61))
    publish(loaded, clock, write(tmp_path, "sextio.txt", head + items))
    assert len(decisions(loaded)) == 60
    changed = (items.replace("nummer 7 för", "nummer 7 med tillägg för")
               .replace("nummer 30 för", "nummer 30, reviderad, för")
               .replace("nummer 59 för", "nummer 59 med ändrad budget för"))
    assert publish(loaded, clock, write(tmp_path, "sextio-justerat.txt", head + changed))[1] \
        is None
    assert len(decisions(loaded)) == 60
    (told,) = outbox(loaded, "replaced:")
    assert "är justerat. Ändrat: 3 ändrade beslut." in told and told.count("Ändrat beslut") == 3
    with unit_of_work(loaded) as session:
        found = questions.first_found(session, "handlingsplan nummer 30 reviderad",
                                      date(2026, 8, 24))
        assert "reviderad" in found.text


def test_the_replaced_version_sent_again_is_told_it_was_replaced(loaded, clock, tmp_path):
    first = write(tmp_path, "sbu-2026-08-20.txt", OJUSTERAT)
    publish(loaded, clock, first)
    publish(loaded, clock, write(tmp_path, "sbu-2026-08-20-justerat.txt", JUSTERAT))
    before = snapshot(loaded)
    with unit_of_work(loaded) as session, pytest.raises(review.ReviewError) as refused:
        daniel = session.exec(select(Person).where(Person.slack_id == "U0DANIELB")).one()
        review.read_upload(session, first, first.name, access_for(session, daniel),
                           clock.now())
    assert refused.value.args[0] == (
        "sbu-2026-08-20.txt är en tidigare version av protokollet från mötet torsdag "
        "20 augusti 2026. Den har ersatts av sbu-2026-08-20-justerat.txt, publicerad måndag "
        "24 augusti 2026. Ingenting sparades.")
    # Nor from the command line: the replaced version is never published again.
    from bot.minutes import stored

    with unit_of_work(loaded) as session:
        old = session.exec(select(Document).where(Document.status == "replaced")).one()
        assert stored.publish(session, old.id, clock.now())[1] is False
        assert stored.discard(session, old.id).refused
    assert snapshot(loaded) == before


def test_replaced_without_telling_the_channel_nobody_is_told(loaded, clock, tmp_path):
    with unit_of_work(loaded) as session:
        camilla = session.exec(select(Person).where(Person.slack_id == "U0CAMILLA")).one()
        session.add(Follow(person_id=camilla.id, subject="elevhälsa", created_at=clock.now()))
    publish(loaded, clock, write(tmp_path, "sbu-2026-08-20.txt", OJUSTERAT))
    before = outbox(loaded, "")
    assert publish(loaded, clock, write(tmp_path, "sbu-2026-08-20-justerat.txt", JUSTERAT),
                   tell=False)[1] is None
    assert outbox(loaded, "") == before
    assert "Gruppen beslutar att stödja ansökan om Barnahus i Örebro län." in decisions(loaded)
