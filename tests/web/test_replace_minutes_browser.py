"""The justerade minutes over the ojusterade in the browser: the review page with what differs,
Publicera that replaces, the published page with its versions, the old link; each state passes
axe."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Document
from tests.web.conftest import assert_accessible, click, main_text, sign_in, wait_for_heading
from tests.web.test_minutes_browser import MINUTES, upload
from tests.web.test_replace_minutes import DECIDED, JUSTERAD, JUSTERAT

DANIEL = "U0DANIELB"


def test_the_justerade_replaces_the_ojusterade_in_the_browser(site, chromium, tmp_path):
    sign_in(chromium, site, DANIEL)
    upload(chromium, site, MINUTES)
    click(chromium, "//button[text()='Publicera']", "Protokoll")
    assert "är publicerat" in main_text(chromium)
    with unit_of_work(site.engine) as session:
        (first,) = session.exec(select(Document)).all()
        first_id = first.id
    justerat = tmp_path / "sbu-2026-05-12-justerat.txt"
    justerat.write_text(JUSTERAT, encoding="utf-8")
    upload(chromium, site, justerat)
    text = main_text(chromium)
    assert "Skillnader mot den publicerade versionen" in text
    assert JUSTERAD in text
    assert "Närvarande, inte frånvarande: Jaana Jansson" in text
    assert_accessible(chromium)
    click(chromium, "//button[text()='Publicera och ersätt den publicerade versionen']",
          "Protokoll tisdag 12 maj 2026")
    text = main_text(chromium)
    assert "har ersatt den publicerade" in text and JUSTERAD in text
    assert "Versioner" in text and "(gäller)" in text
    assert_accessible(chromium)
    chromium.get(f"{site.base}/webb/protokoll/publicerade/{first_id}")
    wait_for_heading(chromium, "Protokoll tisdag 12 maj 2026")
    text = main_text(chromium)
    assert "Den version du följde en länk till har ersatts av en nyare." in text
    listed = chromium.find_element(By.CSS_SELECTOR, "ol.decisions").text
    assert JUSTERAD in listed and listed.count(DECIDED) == 1  # § 6 says it too
    assert_accessible(chromium)
    # The ordinary correction, without a file: from the page, on the same review page.
    click(chromium, "//button[text()='Rätta protokollet']", "Granska protokollet")
    text = main_text(chromium)
    assert "säger samma sak som den publicerade" in text
    assert_accessible(chromium)
    place = chromium.find_element(By.ID, "f-place")
    place.clear()
    place.send_keys("Sothönan, Regionhuset, Örebro")
    click(chromium, "//button[text()='Publicera och ersätt den publicerade versionen']",
          "Protokoll tisdag 12 maj 2026")
    assert "Ändrat: platsen." in main_text(chromium)
    assert_accessible(chromium)
