"""Error pages and forms in their error state, in a real browser: axe-core and the keyboard.

A page people reach when something went wrong (403, 404, an expired link, a form without its
token) and a form sent back with its mistakes must be as usable as any other: Swedish, axe-core
clean, a way on reachable with the keyboard alone, and each mistake said beside its field and
tied to it (aria-invalid, aria-describedby) so that a screen reader reads it there.
"""

from __future__ import annotations

from datetime import timedelta

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Meeting, WebSignIn
from tests.conftest import EXAMPLES
from tests.web.conftest import (
    assert_accessible,
    heading,
    main_text,
    sign_in,
    wait_for_heading,
    wait_for_new_page,
)

JOHANNA, DANIEL = "U0JOHANNA", "U0DANIELB"
MINUTES = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"


def _keyboard_reaches(driver, text: str, most: int = 40) -> None:
    """From the top of the page: the skip link first, then Tab until `text` has the focus."""
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert driver.switch_to.active_element.text == "Hoppa till innehållet"
    for _ in range(most):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        if driver.switch_to.active_element.text == text:
            return
    raise AssertionError(f"{text!r} cannot be reached with the keyboard on {heading(driver)!r}")


def _error_page(driver, title: str, says: str, way_on: str = "Till Mina möten") -> None:
    assert heading(driver) == title
    assert says in main_text(driver)
    assert_accessible(driver)
    _keyboard_reaches(driver, way_on)


def test_403_404_and_a_refused_form_are_usable(site, chromium):
    sign_in(chromium, site, JOHANNA)
    chromium.get(site.base + "/webb/protokoll")  # a member on a secretary's page
    _error_page(chromium, "Inte för dig", "sekreterare")
    page = chromium.find_element(By.TAG_NAME, "html")
    chromium.switch_to.active_element.send_keys(Keys.ENTER)
    wait_for_new_page(chromium, page)
    wait_for_heading(chromium, "Mina möten")

    chromium.get(site.base + "/webb/moten/999999/forhinder-finns-inte")
    _error_page(chromium, "Hittades inte", "finns inte")

    chromium.get(site.base + "/webb/")  # a form whose token is gone: 400, nothing saved
    chromium.execute_script(
        "document.querySelectorAll('input[name=csrf]').forEach(e => e.remove());")
    form = chromium.find_element(By.CSS_SELECTOR, "form[action$='/forhinder']")
    chromium.execute_script("arguments[0].submit()", form)
    wait_for_heading(chromium, "Det gick inte")
    _error_page(chromium, "Det gick inte", "Ingenting sparades")


def test_an_expired_link_is_usable(site, chromium):
    link = site.link_for(JOHANNA)
    with unit_of_work(site.engine) as session:
        for row in session.exec(select(WebSignIn)).all():
            row.expires_at = site.clock.now() - timedelta(seconds=1)
            session.add(row)
    chromium.get(link)
    assert "Länken fungerar inte längre" in main_text(chromium)
    assert_accessible(chromium)
    # The way on is a new link from chat, which the page says; the skip link takes the
    # keyboard to it.
    assert "/webb" in main_text(chromium)
    chromium.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert chromium.switch_to.active_element.text == "Hoppa till innehållet"
    chromium.switch_to.active_element.send_keys(Keys.ENTER)
    assert chromium.switch_to.active_element.tag_name == "main"


def _submit(driver, form_css: str, values: dict[str, str]) -> None:
    form = driver.find_element(By.CSS_SELECTOR, form_css)
    for name, value in values.items():
        field = form.find_element(By.NAME, name)
        if field.tag_name == "select":
            driver.execute_script("arguments[0].value = arguments[1]", field, value)
        else:
            field.clear()
            field.send_keys(value)
    page = driver.find_element(By.TAG_NAME, "html")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").send_keys(Keys.ENTER)
    wait_for_new_page(driver, page)


def _error_state(driver, field_name: str, says: str) -> None:
    """The field is marked invalid, its mistake is said beside it and tied to it, the page
    passes axe, and the keyboard reaches the field."""
    field = driver.find_element(By.CSS_SELECTOR, f"[name='{field_name}'][aria-invalid=true]")
    described = field.get_attribute("aria-describedby").split()
    messages = [driver.find_element(By.ID, i).text for i in described if i.endswith("-fel")]
    assert messages and all(m.strip() for m in messages), (field_name, described)
    assert any(says in m for m in messages), (field_name, messages)
    assert driver.find_element(By.ID, f"{field.get_attribute('id')}-fel").is_displayed()
    assert_accessible(driver)
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    for _ in range(80):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        if driver.switch_to.active_element.get_attribute("name") == field_name:
            return
    raise AssertionError(f"the field {field_name} cannot be reached with the keyboard")


def test_every_form_in_its_error_state(site, chromium, tmp_path):
    sign_in(chromium, site, DANIEL)
    with unit_of_work(site.engine) as session:
        meeting = session.exec(select(Meeting).where(
            Meeting.date == site.clock.now().date() + timedelta(days=7))).first()
    chromium.get(site.base + "/webb/moten")
    _submit(chromium, "form[action$='/webb/moten']",
            {"date": "2026-10-01", "start": "25.99"})
    _error_state(chromium, "start", "Skriv tiden som 13.00")

    chromium.get(site.base + "/webb/remisser")
    _submit(chromium, "form[action$='/webb/remisser']",
            {"title": "Regional handlingsplan", "deadline": "2020-01-01"})
    _error_state(chromium, "deadline", "passerat")

    assert meeting is not None
    chromium.get(site.base + f"/webb/moten/{meeting.id}")
    _submit(chromium, "form[action$='/punkter']",
            {"title": "Läget i SAMS", "document_url": "ftp://example.se/underlag.pdf"})
    _error_state(chromium, "document_url", "https://")

    chromium.get(site.base + "/webb/grupper")
    chromium.find_element(By.CSS_SELECTOR, "main a[href*='/webb/grupper/']").click()
    wait_for_heading(chromium, chromium.find_element(By.TAG_NAME, "h1").text)
    _submit(chromium, "form[action$='/ledamoter']",
            {"name": "Åsa Öberg", "email": "johanna.viberg@orebro.example.se"})
    assert chromium.find_elements(By.CSS_SELECTOR, "[aria-invalid=true]")
    assert_accessible(chromium)

    # Minutes: a file that is no minutes is refused with its reason; minutes read, then a
    # date that does not exist is sent back beside the date field.
    not_minutes = tmp_path / "inköpslista.txt"
    not_minutes.write_text("Mjölk, ägg och smör till fikat på torsdag.\n", encoding="utf-8")
    chromium.get(site.base + "/webb/protokoll")
    upload = chromium.find_element(By.CSS_SELECTOR, "input[type=file]")
    upload.send_keys(str(not_minutes))
    page = chromium.find_element(By.TAG_NAME, "html")
    chromium.find_element(By.XPATH, "//button[text()='Läs protokollet']").click()
    wait_for_new_page(chromium, page)
    notice = chromium.find_element(By.CSS_SELECTOR, "[role=status]").text
    assert "inköpslista.txt" in notice and "Ingenting sparades" in notice, notice
    assert_accessible(chromium)

    chromium.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(MINUTES))
    page = chromium.find_element(By.TAG_NAME, "html")
    chromium.find_element(By.XPATH, "//button[text()='Läs protokollet']").click()
    wait_for_new_page(chromium, page)
    wait_for_heading(chromium, "Granska protokollet")
    _submit(chromium, "form[action*='/webb/protokoll/']", {"date": "31 februari 2026"})
    _error_state(chromium, "date", "")
