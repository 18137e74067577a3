"""Every secretary's page with the keyboard alone, in Debian's Chromium against the real server.

A secretary who cannot or does not use a mouse does her whole job here: Tab and Shift-Tab to
move, Enter and Space to press, letters to type and to choose in a list. Each page state she
reaches is audited (tests/web/keyboard.py: the skip link, every control reached in order,
the focus shown, nothing that holds it) and passes axe-core's WCAG 2.1 AA rules. The only
thing not done with keys is choosing the file in the operating system's file dialog, which
is the system's, not the page's: Selenium hands the file input its path.
"""

from __future__ import annotations

import httpx
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from sqlmodel import select

from storage import directory
from storage.engine import unit_of_work
from storage.models import (
    AgendaItem,
    Consultation,
    Decision,
    Meeting,
    Membership,
    MinutesCorrection,
    OutboxMessage,
    Person,
)
from tests.conftest import EXAMPLES
from tests.web.conftest import (
    assert_accessible,
    given_up_reminder,
    main_text,
    wait_for_heading,
    wait_for_new_page,
)
from tests.web.keyboard import Choose, Day, Keyboard

DANIEL, JOHANNA = "U0DANIELB", "U0JOHANNA"
MINUTES = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"
CORRECTED = "Gruppen bifaller Ingmar Ångmans förslag om en gemensam workshop i höst."


def press_and_wait(keys: Keyboard, key: str, heading: str) -> None:
    """Enter or Space on the focused link or button, then the next page, headed `heading`."""
    page = keys.driver.find_element(By.TAG_NAME, "html")
    keys.press(key)
    wait_for_new_page(keys.driver, page)
    wait_for_heading(keys.driver, heading)


def checked(keys: Keyboard) -> list[dict]:
    """The page as it is now: the keyboard audit and axe."""
    order = keys.audit()
    assert_accessible(keys.driver)
    return order


def sign_in(keys: Keyboard, site, slack_id: str) -> None:
    keys.driver.get(site.link_for(slack_id))
    wait_for_heading(keys.driver, "Logga in")
    checked(keys)
    keys.to_top()
    keys.tab_to_text("Logga in")
    press_and_wait(keys, Keys.ENTER, "Mina möten")


def go(keys: Keyboard, menu: str, heading: str | None = None) -> None:
    """From the top of the page to the main menu's entry, then Enter."""
    keys.to_top()
    keys.tab_to(lambda f: f["tag"] == "a" and f["text"] == menu)
    press_and_wait(keys, Keys.ENTER, heading or menu)


def test_protokoll_reviewed_corrected_and_published_by_keyboard(site, chromium, monkeypatch):
    monkeypatch.setenv("SAMVERKANSBOT_CHANNEL_INTERVAL", "0")
    keys = Keyboard(chromium)
    sign_in(keys, site, DANIEL)
    go(keys, "Protokoll")
    checked(keys)
    keys.to_top()
    keys.tab_to("fil")
    chromium.switch_to.active_element.send_keys(str(MINUTES))  # the system's file dialog
    keys.tab_to_text("Läs protokollet")
    press_and_wait(keys, Keys.ENTER, "Granska protokollet")
    order = checked(keys)
    # The document's text is a stop of its own, so that it scrolls with the arrow keys.
    assert any(f["tag"] == "pre" for f in order)
    assert sum(f["tag"] == "summary" for f in order) >= 1  # a decision's context, opened
    keys.to_top()
    keys.tab_to("f-decision-1-text")
    read = chromium.switch_to.active_element.get_attribute("value")
    keys.type(CORRECTED)
    keys.tab_to_text("Publicera")
    press_and_wait(keys, " ", "Protokoll")
    assert "är publicerat" in main_text(chromium)
    checked(keys)
    with unit_of_work(site.engine) as session:
        (kept,) = session.exec(select(MinutesCorrection).where(
            MinutesCorrection.field_name == "decision.1.text")).all()
        assert (kept.read_value, kept.corrected_value) == (read, CORRECTED)
        assert CORRECTED in [d.text for d in session.exec(select(Decision))]


def test_grupper_a_member_edited_by_keyboard(site, chromium):
    keys = Keyboard(chromium)
    sign_in(keys, site, DANIEL)
    go(keys, "Grupper")
    checked(keys)
    keys.tab_to_text("Samverkansgrupp Barn och unga")
    press_and_wait(keys, Keys.ENTER, "Samverkansgrupp Barn och unga")
    order = checked(keys)
    assert sum(f["text"] == "Spara" for f in order) >= 10  # a row a member, each reached
    with unit_of_work(site.engine) as session:
        katarina = session.exec(select(Person).where(Person.name == "Katarina Holmsten")).one()
        sbu = directory.group_by_slug(session, "sbu")
        membership = session.exec(select(Membership).where(
            Membership.person_id == katarina.id, Membership.group_id == sbu.id)).one()
    keys.fill({f"o-{membership.id}": "Laxå kommun, socialtjänsten"})
    keys.tab_to_text("Spara")  # the next Spara: the one on Katarina's row
    press_and_wait(keys, Keys.ENTER, "Samverkansgrupp Barn och unga")
    assert "Uppgifterna för Katarina Holmsten är sparade" in main_text(chromium)
    checked(keys)
    with unit_of_work(site.engine) as session:
        assert session.get(Membership, membership.id).organisation == \
            "Laxå kommun, socialtjänsten"


def test_moten_planned_with_agenda_items_by_keyboard(site, chromium):
    keys = Keyboard(chromium)
    sign_in(keys, site, DANIEL)
    go(keys, "Möten")
    checked(keys)
    keys.fill({"f-group": Choose("Samverkansgrupp Barn"), "f-date": Day("2026-11-10"),
               "f-start": "13.00", "f-end": "15:30", "f-place": "Sothönan, Regionhuset"})
    keys.tab_to_text("Lägg in")
    press_and_wait(keys, Keys.ENTER, "Mötet tisdag 10 november 2026")  # one meeting: its page
    checked(keys)
    go(keys, "Möten")
    keys.tab_to(lambda f: f["tag"] == "a" and f["text"].startswith("tisdag 10 november 2026"))
    press_and_wait(keys, Keys.ENTER, "Mötet tisdag 10 november 2026")
    checked(keys)
    for title, presenter, kind in (("SAMS – lägesrapport", "Ingmar Ångman", "Beslut"),
                                   ("Barnhälsoteam i förskolan", "Camilla Wass", "Diskussion")):
        keys.fill({"f-title": title, "f-presenter": presenter, "f-kind": Choose(kind)})
        keys.tab_to_text("Lägg till punkten")
        press_and_wait(keys, Keys.ENTER, "Mötet tisdag 10 november 2026")
    order = checked(keys)
    assert "Flytta upp Barnhälsoteam i förskolan" in [f["text"] for f in order]
    keys.to_top()
    keys.tab_to_text("Flytta upp Barnhälsoteam i förskolan")
    press_and_wait(keys, " ", "Mötet tisdag 10 november 2026")
    checked(keys)
    with unit_of_work(site.engine) as session:
        meeting = session.exec(select(Meeting).where(
            Meeting.place == "Sothönan, Regionhuset")).one()
        items = session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
                             .order_by(AgendaItem.position)).all()
        assert [(i.title, i.presenter, i.kind) for i in items] == [
            ("Barnhälsoteam i förskolan", "Camilla Wass", "discussion"),
            ("SAMS – lägesrapport", "Ingmar Ångman", "decision")]
        assert meeting.date.isoformat() == "2026-11-10"


def test_narvaro_and_its_export_by_keyboard(site, chromium):
    keys = Keyboard(chromium)
    sign_in(keys, site, JOHANNA)  # a förhinder, so that the list has an ersättare to show
    keys.to_top()
    # Each says for screen readers which meeting it is for: "Anmäl förhinder: måndag 31 …".
    keys.tab_to(lambda f: f["tag"] == "summary" and f["text"].startswith("Anmäl förhinder"))
    keys.press(Keys.ENTER)  # opens the disclosure
    keys.tab_to(lambda f: f["tag"] == "button" and f["text"].startswith("Anmäl förhinder"))
    press_and_wait(keys, Keys.ENTER, "Mina möten")
    keys.to_top()
    keys.tab_to_text("Logga ut")
    press_and_wait(keys, Keys.ENTER, "Logga in")
    sign_in(keys, site, DANIEL)
    go(keys, "Närvaro")
    checked(keys)
    keys.tab_to(lambda f: f["tag"] == "a" and f["text"].startswith("måndag 31 augusti 2026"))
    press_and_wait(keys, Keys.ENTER, "Närvaro måndag 31 augusti 2026")
    assert "ersättare för Johanna Viberg" in main_text(chromium)
    checked(keys)
    keys.to_top()
    keys.tab_to_text("Ladda ner som CSV (Excel)")
    link = chromium.switch_to.active_element.get_attribute("href")
    cookie = chromium.get_cookie("samverkansbot_session")["value"]
    export = httpx.get(link, cookies={"samverkansbot_session": cookie})
    assert export.headers["content-type"].startswith("text/csv")
    assert "Johanna Viberg;Örebro kommun;ledamot;förhinder" in export.text


def test_remisser_opened_and_closed_by_keyboard(site, chromium):
    keys = Keyboard(chromium)
    sign_in(keys, site, DANIEL)
    go(keys, "Remisser")
    checked(keys)
    keys.fill({"f-title": "Regional handlingsplan för barnhälsoteam",
               "f-group": Choose("Samverkansgrupp Barn"), "f-deadline": Day("2026-09-30")})
    keys.tab_to_text("Öppna remissen")
    press_and_wait(keys, Keys.ENTER, "Regional handlingsplan för barnhälsoteam")
    assert "öppen för synpunkter till onsdag 30 september 2026" in main_text(chromium)
    checked(keys)
    keys.to_top()
    keys.tab_to_text("Stäng remissen nu")
    press_and_wait(keys, " ", "Regional handlingsplan för barnhälsoteam")
    checked(keys)
    with unit_of_work(site.engine) as session:
        remiss = session.exec(select(Consultation).where(
            Consultation.title == "Regional handlingsplan för barnhälsoteam")).one()
        assert remiss.status == "closed"


def test_utskick_sent_again_by_keyboard(site, chromium):
    key = given_up_reminder(site)
    keys = Keyboard(chromium)
    sign_in(keys, site, DANIEL)
    go(keys, "Utskick")
    checked(keys)
    keys.to_top()
    keys.tab_to(lambda f: f["text"].startswith("Skicka igen"))
    press_and_wait(keys, Keys.ENTER, "Utskick")
    assert "ligger i kön igen" in main_text(chromium)
    checked(keys)
    with unit_of_work(site.engine) as session:
        row = session.exec(select(OutboxMessage).where(
            OutboxMessage.key == key)).one()
        assert (row.state, row.attempts) == ("pending", 0)
