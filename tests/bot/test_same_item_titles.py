"""Two agenda items with the same title ("Övrigt" twice, "Information" twice) are two items:
told apart by their place and number, never merged, dropped or taken one for the other."""

from __future__ import annotations

import re

from bot import commands
from bot.context import Context
from bot.meetings import service
from bot.minutes import review
from bot.minutes.reading import parse_text
from bot.replies import Request
from storage import directory
from storage import meetings as store
from storage.engine import unit_of_work
from storage.models import Absence, AgendaItem, Meeting
from tests.bot.test_absences import JOHANNA, MARCUS, outbox_to, payload_text, rows
from tests.web.test_web_matrix import _app, _sign_in

MINUTES = """Minnesanteckningar Samverkansgrupp Barn och unga
Datum: 2026-05-20 kl. 13.00–15.00
Plats: Regionhuset, Örebro

Närvarande:
Johanna Viberg, Örebro kommun

Dagordning
1. Mötets öppnande
2. Information
3. Övrigt
4. Information
5. Övrigt

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Information
Ingmar informerade om SAMS-kartläggningen.

3. Övrigt
Gruppen beslutade att bjuda in Polisen till nästa möte.

4. Information
Karin informerade om familjecentralerna.

5. Övrigt
Gruppen beslutade att flytta decembermötet till den 10 december.
"""


def test_the_review_page_keeps_each_of_two_items_with_one_title_as_read():
    """Before, an unchanged review made item 2 the second 'Information' (number 4) and item 3
    the second 'Övrigt' (number 5), each twice."""
    parsed = parse_text(MINUTES, "sbu-2026-05-20.txt")
    tops = [(a.number, a.title) for a in parsed.agenda if a.level == 1]
    assert tops == [("1", "Mötets öppnande"), ("2", "Information"), ("3", "Övrigt"),
                    ("4", "Information"), ("5", "Övrigt")]
    checked = review.apply(parsed, review.field_values(parsed))
    assert checked.errors == {}
    assert checked.parsed.agenda == parsed.agenda


def test_the_review_page_takes_a_corrected_line_among_equal_titles_for_its_own_item():
    parsed = parse_text(MINUTES, "sbu-2026-05-20.txt")
    titles = [a.title for a in parsed.agenda if a.level == 1]
    titles[3] = "Information från länsstyrelsen"  # the second "Information" renamed in place
    checked = review.apply(parsed, review.field_values(parsed) | {"agenda": "\n".join(titles)})
    kept = [(a.number, a.title) for a in checked.parsed.agenda if a.level == 1]
    assert kept == [("1", "Mötets öppnande"), ("2", "Information"), ("3", "Övrigt"),
                    ("4", "Information från länsstyrelsen"), ("5", "Övrigt")]


def _titles(engine, meeting_id: int) -> list[str]:
    with unit_of_work(engine) as session:
        return [i.title for i in store.agenda(session, meeting_id)]


def test_a_secretary_adds_ovrigt_twice_on_the_web_page_and_both_stand(loaded, clock, tmp_path):
    client = _app(loaded, clock, tmp_path).test_client()
    _sign_in(client, loaded, clock, "U0DANIELB")
    meeting = int(re.search(r'href="/webb/moten/(\d+)"', client.get("/webb/moten").text)[1])
    for title in ("Övrigt", "Information", "Övrigt"):
        page = client.get(f"/webb/moten/{meeting}").text
        form = {name: value for name, value in re.findall(
            r'<input type="hidden" name="(csrf|shown)" value="([^"]*)"', page)}
        assert "shown" in form  # the page says how many items it showed
        response = client.post(f"/webb/moten/{meeting}/punkter", data={**form, "title": title,
                                                                       "kind": "information"})
        assert response.status_code == 302
        # The same form sent again (a double click, or again from the history): added once.
        client.post(f"/webb/moten/{meeting}/punkter", data={**form, "title": title,
                                                            "kind": "information"})
    assert _titles(loaded, meeting)[-3:] == ["Övrigt", "Information", "Övrigt"]
    page = client.get(f"/webb/moten/{meeting}").text
    assert page.count(">Övrigt<") + page.count("Övrigt</") >= 2


def _with_two_ovrigt(engine, clock) -> tuple[int, list[int]]:
    with unit_of_work(engine) as session:
        group = directory.group_by_slug(session, "sbu")
        shown = store.upcoming(session, [group.id], clock.now().date(), limit=1)[0]
        meeting = session.get(Meeting, shown.id)
        ids = [service.add_item(session, meeting, "Övrigt").id,
               service.add_item(session, meeting, "Information").id,
               service.add_item(session, meeting, "Övrigt").id]
        return meeting.id, ids


def test_a_member_missing_the_second_ovrigt_is_told_which_and_so_is_the_ersattare(
        loaded, clock):
    meeting_id, (first, _, second) = _with_two_ovrigt(loaded, clock)
    request = Request("slack", JOHANNA, "", "anmäl-förhinder", channel_id=f"D{JOHANNA}",
                      is_dm=True, now=clock.now())
    with unit_of_work(loaded) as session:
        form = commands.handle(Context(session, clock), request).form
    (items,) = [f for f in form.fields if f.name == "part_items"]
    labels = [label for value, label in items.options if value.startswith(f"{meeting_id}:")]
    assert labels[-3:] == ["31 augusti: 6. Övrigt", "31 augusti: 7. Information",
                           "31 augusti: 8. Övrigt"]
    values = {"meeting": str(meeting_id), "substitute": "default",
              "part_items": f"{meeting_id}:{second}"}
    with unit_of_work(loaded) as session:
        reply = commands.handle_form(Context(session, clock), request, "absence.new", "", values)
    assert "en del av mötet" in reply.text and "punkterna ”8. Övrigt”" in reply.text
    (absence,) = rows(loaded, Absence)
    assert absence.part_items == ["8. Övrigt"]
    (call,) = outbox_to(loaded, MARCUS)
    assert "Johanna Viberg missar bara en del av mötet: punkterna ”8. Övrigt”." in payload_text(
        call)
    assert len(rows(loaded, AgendaItem)) >= 3
