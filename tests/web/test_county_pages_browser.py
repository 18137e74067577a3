"""Every page at the size of the large county, in Chromium: axe-core's WCAG 2.1 AA rules, and
reflow at 320 CSS pixels (WCAG 1.4.10: a phone, or 400 % zoom), where nothing but a data table
may need sideways scrolling, and a table only inside its own scrolling box."""

from __future__ import annotations

import threading
from datetime import UTC

import pytest
from selenium.webdriver.common.by import By
from sqlmodel import select

from bot.clock import FixedClock
from bot.roster.signin import issue_link_token
from bot.settings import Settings
from storage.engine import unit_of_work
from storage.models import Person
from tests.conftest import EXAMPLES
from tests.support.large_county import NOW
from tests.web.conftest import assert_accessible, click, wait_for_heading
from tests.web.test_page_queries import county  # noqa: F401  (the fixture)

SAMPLE = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"

# Elements wider than the window at 320 px, other than a table inside a scrolling box.
OVERFLOWING = """
const width = document.documentElement.clientWidth;
const fits = (element) => element.getBoundingClientRect().right <= width + 1;
const scrolls = (element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
const wide = [];
for (const element of document.querySelectorAll('body *')) {
  if (element.getBoundingClientRect().width === 0 || fits(element)) continue;
  let box = element.parentElement, inside = false;
  while (box && box !== document.body && !inside) {
    inside = scrolls(box) && fits(box);
    box = box.parentElement;
  }
  if (!inside) wide.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : ''));
}
return [document.documentElement.scrollWidth > width + 1, wide.slice(0, 8)];
"""


@pytest.fixture
def county_site(county, engine, tmp_path):  # noqa: F811
    from waitress.server import create_server

    from handlers.server import build_web_app

    settings = Settings(web_secret="s" * 40, data_dir=tmp_path)
    app = build_web_app(None, engine, clock=FixedClock(NOW), settings=settings)
    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    yield f"http://127.0.0.1:{server.effective_port}", county
    server.close()


def _sign_in(driver, base: str, engine, slack_id: str) -> None:
    with unit_of_work(engine) as session:
        person = session.exec(select(Person).where(Person.slack_id == slack_id)).one()
        token = issue_link_token(session, person, NOW.astimezone(UTC))
    driver.get(f"{base}/webb/in/{token}")
    wait_for_heading(driver, "Logga in")
    click(driver, "//main//form//button", "Mina möten")


def _problems(driver, base: str, pages: list[str]) -> dict[str, list[str]]:
    """axe-core at a desktop width (asserted), then what overflows at 320 px, per page."""
    problems = {}
    try:
        for width in (1280, 320):
            driver.set_window_size(width, 900)
            for path in pages:
                driver.get(base + path)
                assert driver.find_element(By.TAG_NAME, "h1").text, path
                if width == 1280:
                    assert_accessible(driver)
                    continue
                scrolls, wide = driver.execute_script(OVERFLOWING)
                if scrolls or wide:
                    problems[path] = wide
    finally:
        driver.set_window_size(1280, 1000)
    return problems


def test_every_page_passes_axe_and_reflows_at_county_size(county_site, chromium, engine):
    base, large = county_site
    _sign_in(chromium, base, engine, large.secretary.slack_id)
    meeting, group = large.meeting_id, large.group_id
    pages = ["/webb/", "/webb/kalender", "/webb/protokoll", "/webb/moten",
             f"/webb/moten/{meeting}", "/webb/narvaro", f"/webb/narvaro/{meeting}/{group}",
             "/webb/remisser", f"/webb/remisser/{large.consultation_ids[0]}", "/webb/grupper",
             f"/webb/grupper/{group}", "/webb/utskick", "/webb/mina-uppgifter"]
    # A draft to review: the sample minutes, uploaded as she would.
    chromium.get(f"{base}/webb/protokoll")
    chromium.find_element(By.ID, "fil").send_keys(str(SAMPLE))
    # The next page replaces this one after the upload: wait for it, as a person would.
    click(chromium, "//main//form[@enctype]//button", "Granska protokollet")
    pages.append(chromium.current_url.removeprefix(base))
    assert _problems(chromium, base, pages) == {}
    # At county size the pages still show everything: the 40 items, in their scrolling box.
    chromium.get(f"{base}/webb/moten/{meeting}")
    rows = chromium.find_elements(By.CSS_SELECTOR, '[aria-label="Dagordning"] tbody tr')
    assert len(rows) == 40


def test_a_members_pages_pass_axe_and_reflow_at_county_size(county_site, chromium, engine):
    base, large = county_site
    _sign_in(chromium, base, engine, large.member.slack_id)
    assert _problems(chromium, base, ["/webb/", "/webb/kalender", "/webb/mina-uppgifter"]) == {}
    # Mina möten holds the 40 items and a förhinder form naming 80 possible ersättare.
    chromium.get(f"{base}/webb/")
    assert len(chromium.find_elements(By.CSS_SELECTOR, "main ol li")) >= 40
