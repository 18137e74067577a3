"""The secretary's pages in the browser: plan meetings with agendas, attendance and its export,
remisser and synpunkter, the roster, the outbox; each page passes axe."""

from __future__ import annotations

from datetime import date

import httpx
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select
from sqlmodel import select

from bot.consultations import service as consultations
from storage import directory
from storage.engine import unit_of_work
from storage.models import AgendaItem, Consultation, Meeting, Membership, OutboxMessage, Person
from tests.web.conftest import assert_accessible, click, given_up_reminder, main_text, sign_in

DANIEL, JOHANNA = "U0DANIELB", "U0JOHANNA"


def fill(driver, element_id: str, text: str) -> None:
    field = driver.find_element(By.ID, element_id)
    field.clear()
    field.send_keys(text)


def test_plan_a_series_and_an_agenda_in_order(site, chromium):
    sign_in(chromium, site, DANIEL)
    click(chromium, "//nav//a[text()='Möten']", "Möten")
    assert_accessible(chromium)
    Select(chromium.find_element(By.ID, "f-group")).select_by_visible_text(
        "Samverkansgrupp Barn och unga")
    chromium.execute_script("document.getElementById('f-date').value = '2026-11-10'")
    fill(chromium, "f-start", "13.00")
    fill(chromium, "f-end", "15:30")
    fill(chromium, "f-place", "Sothönan, Regionhuset")
    Select(chromium.find_element(By.ID, "f-repeat")).select_by_value("monthly")
    fill(chromium, "f-count", "3")
    click(chromium, "//button[text()='Lägg in']", "Möten")
    assert "3 möten i Samverkansgrupp Barn och unga är inlagda, från tisdag 10 november 2026 " \
           "till tisdag 12 januari 2027" in main_text(chromium)
    click(chromium, "//a[starts-with(text(), 'tisdag 10 november 2026')]",
          "Mötet tisdag 10 november 2026")
    assert_accessible(chromium)
    for title, presenter, kind in (("SAMS – lägesrapport", "Ingmar Ångman", "Beslut"),
                                   ("Barnhälsoteam i förskolan", "Camilla Wass", "Diskussion")):
        fill(chromium, "f-title", title)
        fill(chromium, "f-presenter", presenter)
        Select(chromium.find_element(By.ID, "f-kind")).select_by_visible_text(kind)
        click(chromium, "//button[text()='Lägg till punkten']", "Mötet tisdag 10 november 2026")
    click(chromium, "//button[@aria-label='Flytta upp Barnhälsoteam i förskolan']",
          "Mötet tisdag 10 november 2026")
    preview = chromium.find_element(By.CSS_SELECTOR, "blockquote.preview").text
    assert preview.index("1. Barnhälsoteam i förskolan (Camilla Wass)") < \
        preview.index("2. SAMS – lägesrapport (Ingmar Ångman)")
    assert "tisdag 10 november 2026 kl. 13.00–15.30" in preview
    with unit_of_work(site.engine) as session:
        meetings = session.exec(select(Meeting).where(Meeting.place == "Sothönan, Regionhuset")
                                .order_by(Meeting.date)).all()
        assert [m.date.isoformat() for m in meetings] == ["2026-11-10", "2026-12-08",
                                                          "2027-01-12"]
        items = session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meetings[0].id)
                             .order_by(AgendaItem.position)).all()
        assert [(i.title, i.kind) for i in items] == [
            ("Barnhälsoteam i förskolan", "discussion"), ("SAMS – lägesrapport", "decision")]
    # A bad time is refused with the field named, and nothing is added.
    click(chromium, "//nav//a[text()='Möten']", "Möten")
    chromium.execute_script("document.getElementById('f-date').value = '2026-11-17'")
    fill(chromium, "f-start", "kl tretton")
    click(chromium, "//button[text()='Lägg in']", "Möten")
    assert "Skriv tiden som 13.00." in main_text(chromium)
    assert_accessible(chromium)
    with unit_of_work(site.engine) as session:
        assert session.exec(select(Meeting).where(Meeting.date == date(2026, 11, 17))).all() == []


def test_attendance_and_its_export(site, chromium):
    sign_in(chromium, site, JOHANNA)
    chromium.find_element(By.XPATH, "//summary[text()='Anmäl förhinder']").click()
    click(chromium, "//form[contains(@action, 'forhinder')]//button", "Mina möten")
    click(chromium, "//button[text()='Logga ut']", "Logga in")
    sign_in(chromium, site, DANIEL)
    click(chromium, "//nav//a[text()='Närvaro']", "Närvaro")
    assert_accessible(chromium)
    click(chromium, "//a[starts-with(text(), 'måndag 31 augusti 2026')]",
          "Närvaro måndag 31 augusti 2026")
    text = main_text(chromium)
    assert "Marcus Boljang" in text and "ersättare för Johanna Viberg, kallad, inte svarat" in text
    assert_accessible(chromium)
    link = chromium.find_element(By.LINK_TEXT, "Ladda ner som CSV (Excel)").get_attribute("href")
    cookie = chromium.get_cookie("samverkansbot_session")["value"]
    response = httpx.get(link, cookies={"samverkansbot_session": cookie})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    # As Excel set to Swedish opens it: semicolons between columns, UTF-8 after a byte-order mark.
    assert response.content.startswith("\ufeffNamn;Organisation;Roll;Status\r\n".encode())
    assert "Johanna Viberg;Örebro kommun;ledamot;förhinder\r\n" in response.text
    assert "Marcus Boljang;Örebro kommun;ersättare;ersättare för Johanna Viberg (kallad, " \
        "inte svarat)" in response.text
    markdown = httpx.get(link.replace(".csv", ".md"), cookies={"samverkansbot_session": cookie})
    assert "| Johanna Viberg | Örebro kommun | ledamot | förhinder |" in markdown.text
    assert httpx.get(link).status_code in (302, 303)  # not without a session


def test_open_a_remiss_and_read_a_synpunkt(site, chromium):
    sign_in(chromium, site, DANIEL)
    click(chromium, "//nav//a[text()='Remisser']", "Remisser")
    assert_accessible(chromium)
    fill(chromium, "f-title", "Regional handlingsplan för barnhälsoteam")
    Select(chromium.find_element(By.ID, "f-group")).select_by_visible_text(
        "Samverkansgrupp Barn och unga")
    chromium.execute_script("document.getElementById('f-deadline').value = '2026-09-30'")
    click(chromium, "//button[text()='Öppna remissen']", "Regional handlingsplan för barnhälsoteam")
    assert "öppen för synpunkter till onsdag 30 september 2026" in main_text(chromium)
    # Johanna answers on her own page.
    click(chromium, "//button[text()='Logga ut']", "Logga in")
    sign_in(chromium, site, JOHANNA)
    box = chromium.find_element(By.XPATH, "//section[.//h3[text()='Regional handlingsplan för "
                                          "barnhälsoteam']]//textarea")
    box.send_keys("Örebro kommun ställer sig bakom planen men vill se en tydligare tidplan.")
    click(chromium, "//section[.//h3[text()='Regional handlingsplan för barnhälsoteam']]"
                    "//button[text()='Lämna synpunkt']", "Mina möten")
    assert "Tack! Din synpunkt" in main_text(chromium)
    click(chromium, "//button[text()='Logga ut']", "Logga in")
    sign_in(chromium, site, DANIEL)
    click(chromium, "//nav//a[text()='Remisser']", "Remisser")
    click(chromium, "//a[text()='Regional handlingsplan för barnhälsoteam']",
          "Regional handlingsplan för barnhälsoteam")
    text = main_text(chromium)
    assert "Örebro kommun: Johanna Viberg, version 1" in text
    assert "vill se en tydligare tidplan" in text
    assert "Örebro kommun\nhar svarat" in text or "Örebro kommun har svarat" in text
    assert_accessible(chromium)
    click(chromium, "//button[text()='Stäng remissen nu']", "Regional handlingsplan för "
                                                            "barnhälsoteam")
    with unit_of_work(site.engine) as session:
        remiss = session.exec(select(Consultation).where(
            Consultation.title == "Regional handlingsplan för barnhälsoteam")).one()
        assert remiss.status == "closed"
        groups = [g.id for g in consultations.groups_of(session, remiss.id)]
        assert remiss not in consultations.open_for(session, groups, site.clock.now())


def test_roster_edited_in_place_and_a_member_made_inactive(site, chromium):
    sign_in(chromium, site, DANIEL)
    click(chromium, "//nav//a[text()='Grupper']", "Grupper")
    assert_accessible(chromium)
    click(chromium, "//a[text()='Samverkansgrupp Barn och unga']", "Samverkansgrupp Barn och unga")
    assert_accessible(chromium)
    row = chromium.find_element(By.XPATH, "//form[@aria-label='Katarina Holmsten']")
    organisation = row.find_element(By.XPATH, ".//input[@name='organisation']")
    organisation.clear()
    organisation.send_keys("Laxå kommun, socialtjänsten")
    click(chromium, "//form[@aria-label='Katarina Holmsten']//button[text()='Spara']",
          "Samverkansgrupp Barn och unga")
    assert "Uppgifterna för Katarina Holmsten är sparade" in main_text(chromium)
    click(chromium, "//form[@aria-label='Ida Broman']//button[text()='Gör inaktiv']",
          "Samverkansgrupp Barn och unga")
    with unit_of_work(site.engine) as session:
        ida = session.exec(select(Person).where(Person.name == "Ida Broman")).one()
        sbu = directory.group_by_slug(session, "sbu")
        (membership,) = session.exec(select(Membership).where(
            Membership.person_id == ida.id, Membership.group_id == sbu.id)).all()
        assert membership.active is False  # not deleted
        katarina = session.exec(select(Person).where(Person.name == "Katarina Holmsten")).one()
        assert session.exec(select(Membership).where(
            Membership.person_id == katarina.id, Membership.group_id == sbu.id)
        ).one().organisation == \
            "Laxå kommun, socialtjänsten"


def test_outbox_page_sends_a_dead_letter_again(site, chromium):
    key = given_up_reminder(site)
    sign_in(chromium, site, DANIEL)
    click(chromium, "//nav//a[text()='Utskick']", "Utskick")
    assert "channel_not_found" in main_text(chromium)
    assert_accessible(chromium)
    click(chromium, "//button[text()='Skicka igen']", "Utskick")
    assert "ligger i kön igen" in main_text(chromium)
    with unit_of_work(site.engine) as session:
        row = session.exec(select(OutboxMessage).where(
            OutboxMessage.key == key)).one()
        assert (row.state, row.attempts) == ("pending", 0)
