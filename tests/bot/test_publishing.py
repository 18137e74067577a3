"""Minutes go only into groups where their publisher is secretary or chair.

Real files (the example minutes, and minutes of a body the roster does not know) are shared and
published the way the Slack file flow does it, by people of the example roster.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from bot.context import Context
from bot.minutes import flow
from bot.minutes.ingest import ingest_file
from bot.replies import Request
from storage.engine import unit_of_work
from storage.models import Decision, Document, Group, MeetingGroup, OutboxMessage
from tests.conftest import EXAMPLES

DANIEL, MALIN, JOHANNA = "U0DANIELB", "U0MALINDU", "U0JOHANNA"  # secretaries of sbu; svoo
SBU, SVOO, CG_SVVO = "C0SBU0001", "C0SVOO001", "C0CGSVVO1"
SBU_MINUTES = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"
JOINT_MINUTES = EXAMPLES / "protokoll" / "chefsgrupper-gemensamt-2026-03-06.txt"
UNKNOWN_BODY = """Minnesanteckningar Regionala kulturrådet

Tid: 2026-08-20, kl. 13.00 – 15.00
Plats: Sothönan

1. Kulturplan för länet
Ingmar Ångman

Beslut: Rådet beslutar att ställa sig bakom kulturplanen.
"""


@pytest.fixture
def kulturradet(tmp_path) -> Path:
    path = tmp_path / "kulturradet-2026-08-20.txt"
    path.write_text(UNKNOWN_BODY, encoding="utf-8")
    return path


def request(user, channel=None):
    return Request("slack", user, channel_id=channel or f"D{user}", is_dm=channel is None)


def received(engine, clock, user, path, channel=None):
    with unit_of_work(engine) as session:
        return flow.received(Context(session, clock), request(user, channel), path, path.name,
                             f"F1|{channel or 'D' + user}")


def publish(engine, clock, user, path, value):
    """Pressing a Publicera button whose value came back from Slack (maybe forged)."""
    _, channel, chosen, quietly = flow.read_button(value)
    req = request(user, channel if not channel.startswith("D") else None)
    with unit_of_work(engine) as session:
        return flow.publish(Context(session, clock), req, path, path.name, chosen=chosen,
                            ref="F1|" + channel, quietly=quietly)


def count(engine, model, **where):
    with unit_of_work(engine) as session:
        rows = session.exec(select(model)).all()
        return len([r for r in rows if all(getattr(r, k) == v for k, v in where.items())])


def announced_to(engine) -> list[str]:
    with unit_of_work(engine) as session:
        return sorted(m.recipient for m in session.exec(select(OutboxMessage)).all()
                      if m.key.startswith("announce:"))


def test_minutes_of_another_group_shared_in_ones_own_channel_are_not_published(loaded, clock):
    # Malin is secretary of svoo; the minutes are Samverkansgrupp Barn och unga's.
    reply = received(loaded, clock, MALIN, SBU_MINUTES, SVOO)
    assert [b.label for b in reply.buttons] == []
    assert ("Protokollet gäller Samverkansgrupp Barn och unga, och där är du inte sekreterare "
            "eller ordförande, så jag publicerar det inte. Kontakta Daniel Berglund."
            ) in reply.plain_text()
    # The button she might forge: her own channel, her own group chosen.
    with unit_of_work(loaded) as session:
        svoo = session.exec(select(Group).where(Group.slug == "svoo")).one().id
    answer = publish(loaded, clock, MALIN, SBU_MINUTES, f"F1|{SVOO}|{svoo}")
    assert answer.refused and "Kontakta Daniel Berglund" in answer.text
    assert count(loaded, Decision) == 0 and count(loaded, Document) == 0
    assert announced_to(loaded) == []


def test_minutes_of_an_unknown_body_go_where_the_secretary_chooses(loaded, clock, kulturradet):
    groups_before = count(loaded, Group)
    reply = received(loaded, clock, DANIEL, kulturradet)
    assert ("Protokollet gäller ”Regionala kulturrådet”, som inte finns i deltagarlistan. Välj "
            "gruppen det ska publiceras i; ingen ny grupp skapas.") in reply.plain_text()
    assert [b.label for b in reply.buttons] == ["Publicera i Samverkansgrupp Barn och unga",
                                                "Granska på webben", "Kasta"]
    answer = publish(loaded, clock, DANIEL, kulturradet, reply.buttons[0].value)
    assert answer.text.startswith("Klart. Besluten från torsdag 20 augusti 2026 är publicerade "
                                  "i Samverkansgrupp Barn och unga")
    assert count(loaded, Group) == groups_before  # no "Regionala kulturrådet" group
    assert count(loaded, Decision) == 1 and announced_to(loaded) == [SBU]


def test_a_forged_choice_of_a_group_that_is_not_hers_is_refused(loaded, clock, kulturradet):
    with unit_of_work(loaded) as session:
        svoo = session.exec(select(Group).where(Group.slug == "svoo")).one().id
    answer = publish(loaded, clock, DANIEL, kulturradet, f"F1|D{DANIEL}|{svoo}")
    assert answer.refused and "Specifika" not in answer.text
    assert count(loaded, Decision) == 0 and announced_to(loaded) == []


def test_an_old_button_without_a_choice_asks_first(loaded, clock, kulturradet):
    answer = publish(loaded, clock, DANIEL, kulturradet, f"F1|D{DANIEL}")
    assert [b.label for b in answer.buttons] == ["Publicera i Samverkansgrupp Barn och unga"]
    assert count(loaded, Decision) == 0


def test_joint_minutes_go_only_into_the_publishers_groups(loaded, clock):
    # Malin is secretary of the social välfärd chefsgrupp; the minutes are of three chefsgrupper.
    reply = received(loaded, clock, MALIN, JOINT_MINUTES, CG_SVVO)
    text = reply.plain_text()
    assert "Publiceras i Chefsgrupp för samverkan social välfärd samt vård och omsorg." in text
    assert ("Protokollet nämner också Chefsgrupp för skola, utbildning och "
            "kompetensförsörjning och Chefsgrupp för folkhälsa, men där är du inte sekreterare"
            ) in text
    answer = publish(loaded, clock, MALIN, JOINT_MINUTES, reply.buttons[0].value)
    assert "publicerade i Chefsgrupp för samverkan social välfärd" in answer.text
    assert announced_to(loaded) == [CG_SVVO]
    with unit_of_work(loaded) as session:
        document = session.exec(select(Document)).one()
        linked = session.exec(select(MeetingGroup).where(
            MeetingGroup.meeting_id == document.meeting_id)).all()
        assert [session.get(Group, m.group_id).slug for m in linked] == ["cg-svvo"]


def test_minutes_read_for_another_group_on_the_command_line_cannot_be_published(loaded, clock):
    with unit_of_work(loaded) as session:  # an administrator read them in, unpublished
        ingest_file(session, SBU_MINUTES, clock)
    answer = publish(loaded, clock, MALIN, SBU_MINUTES, f"F1|{SVOO}")
    assert answer.refused
    assert announced_to(loaded) == []
    with unit_of_work(loaded) as session:
        assert session.exec(select(Document)).one().status == "draft"


def test_a_member_who_may_publish_nowhere_is_told_before_the_file_is_read(loaded, clock):
    reply = received(loaded, clock, JOHANNA, Path("/nonexistent/never-read.pdf"))
    assert reply.refused and "Skicka protokollet till gruppens sekreterare" in reply.text


@pytest.fixture
def sbu_a_year_ago(tmp_path) -> Path:
    path = tmp_path / "sbu-2025-05-12.txt"
    path.write_text(SBU_MINUTES.read_text(encoding="utf-8").replace("2026 05 12", "2025 05 12"),
                    encoding="utf-8")
    return path


def test_minutes_of_a_meeting_over_a_year_ago_can_go_to_the_archive_without_a_message(
        loaded, clock, sbu_a_year_ago):
    # Loading last year's minutes so they can be asked about: not news for the channel.
    reply = received(loaded, clock, DANIEL, sbu_a_year_ago, SBU)
    assert "Mötet hölls för mer än ett år sedan." in reply.plain_text()
    assert [b.label for b in reply.buttons] == [
        "Publicera utan meddelande", "Publicera", "Granska på webben", "Kasta"]
    answer = publish(loaded, clock, DANIEL, sbu_a_year_ago, reply.buttons[0].value)
    assert answer.text == ("Klart. Besluten från måndag 12 maj 2025 är publicerade utan "
                           "meddelande i kanalen. De går att fråga om.")
    assert count(loaded, Document, status="published") == 1 and count(loaded, Decision) > 0
    assert announced_to(loaded) == []


def test_minutes_of_an_old_meeting_are_still_told_when_she_chooses_publicera(
        loaded, clock, sbu_a_year_ago):
    reply = received(loaded, clock, DANIEL, sbu_a_year_ago, SBU)
    answer = publish(loaded, clock, DANIEL, sbu_a_year_ago, reply.buttons[1].value)
    assert answer.text.startswith("Klart. Besluten från måndag 12 maj 2025 är publicerade i ")
    assert announced_to(loaded) == [SBU]


def test_recent_minutes_offer_publicera_alone(loaded, clock):
    reply = received(loaded, clock, DANIEL, SBU_MINUTES, SBU)
    assert [b.label for b in reply.buttons] == ["Publicera", "Granska på webben", "Kasta"]
    assert "Mötet hölls för mer än ett år sedan." not in reply.plain_text()
