"""A form that comes back refused says so at the top of the page, with a link to each field to
fix, and the focus is put there: on a meeting with a 40-item agenda the form is a long way
down, and a screen reader or keyboard user would otherwise land at the top with no hint."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from tests.web.conftest import assert_accessible, click
from tests.web.test_county_pages_browser import _sign_in, county_site  # noqa: F401
from tests.web.test_page_queries import county  # noqa: F401  (the fixture)


def _focused(driver) -> str:
    return driver.execute_script("return document.activeElement.id")


def test_a_refused_agenda_item_puts_the_focus_on_what_to_fix(county_site, chromium, engine):  # noqa: F811
    base, large = county_site
    _sign_in(chromium, base, engine, large.secretary.slack_id)
    page = f"Mötet torsdag {large.meeting_day.day} september 2026"
    chromium.get(f"{base}/webb/moten/{large.meeting_id}")
    # The whole paragraph of the tjänsteskrivelse pasted as the title: more than an item holds.
    pasted = ("Uppföljning av överenskommelsen om samordnad individuell plan (SIP) mellan "
              "Region Örebro län och länets kommuner, med redovisning av avvikelser. ") * 4
    chromium.find_element(By.ID, "f-title").send_keys(pasted)
    chromium.find_element(By.ID, "f-presenter").send_keys("Elin Öhman")
    click(chromium, "//button[text()='Lägg till punkten']", page)

    summary = chromium.find_element(By.ID, "fel")
    assert _focused(chromium) == "fel"
    too_long = "Högst 500 tecken får plats här. Ingenting är sparat; korta texten."
    assert summary.text.splitlines() == ["Det här behöver rättas", too_long]
    assert_accessible(chromium)
    summary.find_element(By.LINK_TEXT, too_long).click()
    assert _focused(chromium) == "f-title"
    field = chromium.find_element(By.ID, "f-title")
    assert field.get_attribute("value") == pasted
    assert field.get_attribute("aria-invalid") == "true"


def test_a_page_opened_afresh_has_no_summary(county_site, chromium, engine):  # noqa: F811
    base, large = county_site
    _sign_in(chromium, base, engine, large.secretary.slack_id)
    chromium.get(f"{base}/webb/moten/{large.meeting_id}")
    assert chromium.find_elements(By.ID, "fel") == []
