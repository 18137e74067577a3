"""Real minutes whose decisions the reader missed, put right on the web page: the secretary adds
them one at a time before she publishes, and members then find them by their words.

Tanum's folkhälsoråd wrote its decisions of 24 October 2011 as bare att-satser under each §; the
reader finds none (tests/support/real_minutes). Before, the review page said "Boten hittade
inga beslut." and offered no way to add one: the minutes went out without decisions.
"""

from __future__ import annotations

from datetime import date

from selenium.webdriver.common.by import By
from sqlmodel import select

from bot.decisions.questions import ask
from storage.engine import unit_of_work
from storage.models import Decision, MinutesCorrection
from tests.support.real_minutes import REAL
from tests.web.conftest import assert_accessible, click, main_text, sign_in
from tests.web.test_minutes_browser import upload

DANIEL = "U0DANIELB"
TANUM = REAL / "tanum-folkhalsoradet-2011-10-24.txt"
AVTAL = ("att ställa sig bakom det föreslagna avtalet under förutsättning att hälso- och "
         "sjukvårdsnämnden beslutar enligt detta")
PRIS = "att utse Elisabet Bergqvist till 2011 års folkhälsopristagare"


def add(driver, item: str, text: str) -> None:
    driver.find_element(By.ID, "f-decision-new-item").send_keys(item)
    driver.find_element(By.ID, "f-decision-new-text").send_keys(text)


def test_a_decision_the_reader_missed_is_added_before_publishing(site, chromium):
    sign_in(chromium, site, DANIEL)
    upload(chromium, site, TANUM)
    assert "Boten hittade inga beslut." in main_text(chromium)
    assert_accessible(chromium)
    # An item with nothing decided under it is refused, and nothing of the form is kept.
    add(chromium, "§ 18 Folkhälsoavtalet", "")
    click(chromium, "//button[text()='Spara rättelser']", "Granska protokollet")
    assert "Skriv vad som beslutades under ärendet" in main_text(chromium)
    assert_accessible(chromium)
    chromium.find_element(By.ID, "f-decision-new-text").send_keys(AVTAL)
    click(chromium, "//button[text()='Spara rättelser']", "Granska protokollet")
    assert "Beslut 1" in main_text(chromium)
    assert chromium.find_element(By.ID, "f-decision-0-text").get_attribute("value") == AVTAL
    add(chromium, "§ 19 Folkhälsopriset", PRIS)  # the empty row is there again for the next
    click(chromium, "//button[text()='Publicera']", "Protokoll")
    assert "är publicerat" in main_text(chromium)
    with unit_of_work(site.engine) as session:
        stored = [(d.item, d.text) for d in session.exec(
            select(Decision).order_by(Decision.position))]
        kept = {c.field_name for c in session.exec(select(MinutesCorrection))}
        assert stored == [("§ 18 Folkhälsoavtalet", AVTAL), ("§ 19 Folkhälsopriset", PRIS)]
        assert kept == {"decision.new.item", "decision.new.text"}  # counted as the reader's miss
        found = ask(session, "vad beslutades om folkhälsopriset?", date(2026, 8, 24))
    assert found.sources and found.sources[0]["text"] == PRIS
