"""Minutes of a meeting held more than a year ago are an archive being filled in, not news.

A secretary who loads last year's minutes so that the group can ask about them should not have
every one announced in the group's channel as 'Nya beslut'. The review page proposes not to tell
the channel for such a meeting (and says why); she can choose otherwise, and recent minutes are
told as before. Either way the decisions are stored and can be asked about."""

from __future__ import annotations

import io
import re
from datetime import date

from sqlmodel import select

from bot.decisions.questions import ask
from storage.engine import unit_of_work
from storage.models import Document, OutboxMessage
from tests.conftest import EXAMPLES
from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)
from tests.web.test_review_dates import _review_form

RECENT = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"
OLD_NOTICE = "Mötet hölls för mer än ett år sedan."
RECENT_DAY = date(2026, 8, 24)


def _as_sent(page: str) -> dict[str, str]:
    """The review form as the browser sends it: of a radio group, only the checked one."""
    form = {k: v for k, v in _review_form(page).items() if k != "meddela"}
    checked = re.search(r'<input type="radio" name="meddela" value="(\w+)" checked', page)
    form["meddela"] = checked.group(1)
    return form


def _upload(client, csrf, group, text: str, name: str) -> tuple[str, str]:
    uploaded = client.post("/webb/protokoll", data={
        "csrf": csrf, "group": str(group), "file": (io.BytesIO(text.encode()), name)})
    assert uploaded.status_code == 302
    url = uploaded.headers["Location"]
    return url, client.get(url).text


def _announcements(engine) -> list[OutboxMessage]:
    with unit_of_work(engine) as session:
        return [m for m in session.exec(select(OutboxMessage)).all()
                if m.key.startswith("announce:")]


def test_minutes_of_a_meeting_over_a_year_ago_are_stored_without_telling_the_channel(
        loaded, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    text = RECENT.read_text(encoding="utf-8").replace("2026 05 12", "2025 05 12")
    url, page = _upload(client, csrf, group, text, "sbu-2025-05-12.txt")
    assert OLD_NOTICE in page  # the demo's clock stands at 24 August 2026
    form = {**_as_sent(page), "group": str(group), "action": "publish"}
    assert form["meddela"] == "nej"

    done = client.post(url, data=form, follow_redirects=True).text
    assert ("Klart. Protokollet från måndag 12 maj 2025 är publicerat utan meddelande i kanalen. "
            "Besluten går att fråga om.") in done
    assert _announcements(loaded) == []
    with unit_of_work(loaded) as session:
        assert session.exec(select(Document)).one().status == "published"
        answer = ask(session, "vad beslutades om SAMS?", RECENT_DAY)
    assert "maj 2025" in answer.answer


def test_she_may_still_tell_the_channel_of_an_old_meeting(loaded, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    text = RECENT.read_text(encoding="utf-8").replace("2026 05 12", "2025 05 12")
    url, page = _upload(client, csrf, group, text, "sbu-2025-05-12.txt")
    form = {**_as_sent(page), "group": str(group), "action": "publish", "meddela": "ja"}
    done = client.post(url, data=form, follow_redirects=True).text
    assert "Protokollet från måndag 12 maj 2025 är publicerat. Besluten går ut i" in done
    assert len(_announcements(loaded)) == 1


def test_recent_minutes_are_told_as_before(loaded, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    url, page = _upload(client, csrf, group, RECENT.read_text(encoding="utf-8"), RECENT.name)
    assert OLD_NOTICE not in page
    form = {**_as_sent(page), "group": str(group), "action": "publish"}
    assert form["meddela"] == "ja"
    done = client.post(url, data=form, follow_redirects=True).text
    assert "Protokollet från tisdag 12 maj 2026 är publicerat. Besluten går ut i" in done
    assert len(_announcements(loaded)) == 1
