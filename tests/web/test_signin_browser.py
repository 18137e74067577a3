"""Signing in and the member's page in a real browser: links, sessions, CSRF, keyboard, axe."""

from __future__ import annotations

from datetime import timedelta

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Absence, Person, WebSignIn
from tests.web.conftest import (
    assert_accessible,
    click,
    heading,
    main_text,
    sign_in,
    wait_for_heading,
    wait_for_new_page,
)

JOHANNA = "U0JOHANNA"


def test_a_link_signs_in_once_and_the_page_passes_axe(site, chromium):
    link = site.link_for(JOHANNA)
    chromium.get(link)
    assert_accessible(chromium)  # the page with the sign-in button
    chromium.find_element(By.CSS_SELECTOR, "main form button").click()
    wait_for_heading(chromium, "Mina möten")
    text = main_text(chromium)
    assert "måndag 31 augusti 2026 kl. 13.00–15.00" in text
    assert "SAMS – kartläggning av aktuella behov" in text
    assert_accessible(chromium)
    chromium.delete_all_cookies()
    chromium.get(link)  # the same link again
    assert "Länken fungerar inte längre" in main_text(chromium)
    chromium.get(site.base + "/webb/")
    assert heading(chromium) == "Logga in"
    assert_accessible(chromium)


def test_an_expired_link_is_refused(site, chromium):
    link = site.link_for(JOHANNA)
    with unit_of_work(site.engine) as session:
        for row in session.exec(select(WebSignIn)).all():
            row.expires_at = site.clock.now() - timedelta(seconds=1)
            session.add(row)
    chromium.get(link)
    assert "Länken fungerar inte längre" in main_text(chromium)
    assert not chromium.find_elements(By.CSS_SELECTOR, "main form button")


def test_a_forged_session_cookie_is_refused(site, chromium):
    sign_in(chromium, site, JOHANNA)
    real = chromium.get_cookie("samverkansbot_session")
    assert real["httpOnly"] and real["secure"] and real["sameSite"] == "Lax"
    assert "expiry" in real  # a session that ends
    body, _, signature = real["value"].rpartition(".")
    for forged in (body + "." + "A" * len(signature), "eyJwZXJzb25faWQiOjF9.forged.sig"):
        chromium.delete_all_cookies()
        chromium.add_cookie({"name": "samverkansbot_session", "value": forged, "path": "/",
                             "secure": True, "httpOnly": True})
        chromium.get(site.base + "/webb/")
        wait_for_heading(chromium, "Logga in")


def test_a_form_without_its_csrf_token_changes_nothing(site, chromium):
    sign_in(chromium, site, JOHANNA)
    chromium.execute_script(
        "document.querySelectorAll('input[name=csrf]').forEach(e => e.remove());")
    form = chromium.find_element(By.CSS_SELECTOR, "form[action$='/forhinder']")
    chromium.execute_script("arguments[0].submit()", form)
    wait_for_heading(chromium, "Det gick inte")
    assert "Ingenting sparades" in main_text(chromium)
    with unit_of_work(site.engine) as session:
        assert session.exec(select(Absence)).all() == []


def test_forhinder_with_the_keyboard_alone_and_taken_back(site, chromium):
    sign_in(chromium, site, JOHANNA)
    body = chromium.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    assert chromium.switch_to.active_element.text == "Hoppa till innehållet"
    # Tab to the first "Anmäl förhinder", open it, move to the submit button, press Enter.
    for _ in range(60):
        chromium.switch_to.active_element.send_keys(Keys.TAB)
        if chromium.switch_to.active_element.text.startswith("Anmäl förhinder"):
            break
    active = chromium.switch_to.active_element
    assert active.tag_name == "summary"
    active.send_keys(Keys.ENTER)
    for _ in range(8):
        chromium.switch_to.active_element.send_keys(Keys.TAB)
        if chromium.switch_to.active_element.tag_name == "button":
            break
    page = chromium.find_element(By.TAG_NAME, "html")
    chromium.switch_to.active_element.send_keys(Keys.ENTER)
    wait_for_new_page(chromium, page)
    wait_for_heading(chromium, "Mina möten")
    notice = chromium.find_element(By.CSS_SELECTOR, "[role=status]").text
    assert notice.startswith("Klart. Du har anmält förhinder till måndag 31 augusti 2026")
    assert "Marcus Boljang är kallad som ersättare" in notice
    assert_accessible(chromium)
    click(chromium, "//button[text()='Ta tillbaka förhindret']", "Mina möten")
    assert "är borttaget" in chromium.find_element(By.CSS_SELECTOR, "[role=status]").text
    with unit_of_work(site.engine) as session:
        johanna = session.exec(select(Person).where(Person.slack_id == JOHANNA)).one()
        (absence,) = session.exec(select(Absence).where(Absence.person_id == johanna.id)).all()
        assert absence.withdrawn_at is not None


def test_signing_out_ends_the_session(site, chromium):
    sign_in(chromium, site, JOHANNA)
    chromium.find_element(By.XPATH, "//button[text()='Logga ut']").click()
    wait_for_heading(chromium, "Logga in")
    assert "Du är utloggad" in main_text(chromium)
    chromium.get(site.base + "/webb/")
    assert heading(chromium) == "Logga in"
