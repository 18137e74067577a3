"""Mina uppgifter on the web page, in a real browser: what is stored about me, and the file."""

from __future__ import annotations

import json
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import AuditEvent, Person
from tests.web.conftest import assert_accessible, click, main_text, sign_in, wait_for_heading

JOHANNA = "U0JOHANNA"


def _tab_to(driver, text: str, most: int = 80):
    """Tab from where the focus is until it reaches the element showing `text`."""
    for _ in range(most):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        if driver.switch_to.active_element.text == text:
            return driver.switch_to.active_element
    raise AssertionError(f"{text!r} cannot be reached with the keyboard")


def test_my_data_by_keyboard_and_the_file(site, chromium, tmp_path):
    sign_in(chromium, site, JOHANNA)
    # A förhinder first, so there is something of hers to see: her usual ersättare is called.
    chromium.find_element(By.XPATH, "//summary[text()='Anmäl förhinder']").click()
    click(chromium, "(//form[contains(@action, '/forhinder')]//button)[1]", "Mina möten")

    chromium.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)  # "Hoppa till innehållet"
    _tab_to(chromium, "Mina uppgifter").send_keys(Keys.ENTER)
    wait_for_heading(chromium, "Mina uppgifter")
    text = main_text(chromium)
    assert "Johanna Viberg" in text and "johanna.viberg@orebro.example.se" in text.lower()
    assert "Samverkansgrupp Barn och unga" in text
    assert "måndag 31 augusti 2026" in text  # the förhinder, written as the bot writes dates
    assert "Marcus Boljang" in text
    assert "24 månader efter mötet" in text
    assert_accessible(chromium)

    chromium.execute_cdp_cmd("Page.setDownloadBehavior",
                             {"behavior": "allow", "downloadPath": str(tmp_path)})
    _tab_to(chromium, "Ladda ner allt som fil (JSON)").send_keys(Keys.ENTER)
    deadline = time.monotonic() + 15
    files = []
    while time.monotonic() < deadline:
        files = [p for p in tmp_path.glob("mina-uppgifter-*.json")]
        if files and not list(tmp_path.glob("*.crdownload")):
            break
        time.sleep(0.1)
    assert [f.name for f in files] == ["mina-uppgifter-2026-08-24.json"]
    found = json.loads(files[0].read_text(encoding="utf-8"))
    assert found["person"]["namn"] == "Johanna Viberg"
    (absence,) = found["förhinder"]
    assert absence["möte"] == "2026-08-31" and absence["ersättare"] == "Marcus Boljang"
    assert any(g["grupp"] == "Samverkansgrupp Barn och unga" for g in found["grupper"])
    with unit_of_work(site.engine) as session:
        johanna = session.exec(select(Person).where(Person.slack_id == JOHANNA)).one()
        (event,) = session.exec(select(AuditEvent).where(
            AuditEvent.action == "privacy.export")).all()
        assert (event.actor_id, event.platform, event.subject) == (
            johanna.id, "web", f"person:{johanna.id}")
    # The page after the download is the same page, still usable.
    assert "Mina uppgifter" in chromium.find_element(By.TAG_NAME, "h1").text
