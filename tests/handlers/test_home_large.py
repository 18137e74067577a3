"""App Home for a member with much to see: the large county (80 ledamöter from 15
organisations, a meeting with 40 agenda items, 30 open remisser) and four more groups of hers,
each meeting every week. Slack keeps 100 blocks of a Home tab and drops the rest without a word;
the tab fits, and what it leaves out is said last, with where to see it."""

from __future__ import annotations

from datetime import date, time, timedelta

from bot.meetings import service as meetings
from storage.engine import unit_of_work
from storage.models import Group, Membership
from tests.support import signing

LONG = "Samverkansråd för barn och unga med psykisk ohälsa och samsjuklighet i Örebro län " * 3


def _more_groups(engine, person_id: int, groups: int = 4, long_titles: bool = False) -> None:
    with unit_of_work(engine) as session:
        for n in range(groups):
            group = Group(slug=f"extra{n}", name=f"{LONG[:180]} {n}" if long_titles
                          else f"Samverkansråd {n} för vård och omsorg", channel_id=f"C0EXTRA{n}")
            session.add(group)
            session.flush()
            session.add(Membership(group_id=group.id, person_id=person_id, role="member",
                                   organisation="Region Örebro län"))
            for week in range(6):
                day = date(2026, 8, 31) + timedelta(days=7 * week + n)
                meeting, _ = meetings.add_meeting(session, meetings.MeetingInput(
                    group, day, time(13), time(15), "Regionhuset, Klostergatan 23, Örebro", ""))
                for item in range(12):
                    title = (LONG + f" punkt {item}")[:500] if long_titles else f"Punkt {item}"
                    meetings.add_item(session, meeting, title)


def _home(served, fake_slack, user: str) -> list[dict]:
    event = {"type": "app_home_opened", "user": user, "tab": "home", "channel": f"D{user}"}
    signing.event(f"{served}/slack/events", event, f"Ev{user}")
    (published,) = fake_slack.wait_for("views.publish")
    return published["view"]["blocks"]


def _texts(blocks: list[dict]) -> list[str]:
    return [(b.get("text") or {}).get("text", "") for b in blocks if b["type"] == "section"]


def test_a_member_of_five_groups_sees_what_fits_and_is_told_where_the_rest_is(
        served, fake_slack, large_county):
    member = large_county.member
    _more_groups(large_county.engine, member.id)
    blocks = _home(served, fake_slack, member.slack_id)
    assert len(blocks) <= 100
    texts = _texts(blocks)
    assert all(len(text) <= 3000 for text in texts)
    meetings_shown = [t for t in texts if "2026 kl." in t and "Plats:" in t]
    assert len(meetings_shown) == 8
    big = next(t for t in texts if t.startswith(f"*{large_county.group_name}*"))
    assert big.endswith(" … och 34 punkter till")  # 40 items, 6 shown
    assert "*Öppna remisser*" in "\n".join(texts)
    last = texts[-1]
    assert "Här visas dina 8 närmaste möten, och du har fler. Skriv `/dagordning` med ett " \
           "datum eller en vecka, till exempel `/dagordning vecka 37`" in last
    assert "Hela dagordningen får du med `/dagordning` och mötets datum, till exempel " \
           "`/dagordning 31 augusti`." in last
    assert "Här visas 5 av 30 öppna remisser. Skriv `/remisser` så ser du alla." in last
    assert "/webb/" in last


def test_long_names_and_titles_in_thirty_groups_still_fit_and_end_with_the_note(
        served, fake_slack, large_county):
    member = large_county.member
    _more_groups(large_county.engine, member.id, groups=30, long_titles=True)
    blocks = _home(served, fake_slack, member.slack_id)
    assert len(blocks) <= 100
    texts = _texts(blocks)
    assert all(len(text) <= 3000 for text in texts)
    assert "och du har fler" in texts[-1] and "/webb/" in texts[-1]


def test_nothing_left_out_nothing_said(served, fake_slack):
    """The demo's Johanna: two meetings ahead and short agendas, no remark but the web page."""
    texts = _texts(_home(served, fake_slack, "U0JOHANNA"))
    assert texts[-1].startswith("Webbsidan har dina möten")
    assert not any("Här visas" in t or "förkortade" in t for t in texts)
