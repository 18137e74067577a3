"""The real server (waitress, the same Flask app as /slack/events) and one Chromium per worker."""

from __future__ import annotations

import contextlib
import os
import threading
from dataclasses import dataclass
from datetime import timedelta

import pytest
from selenium.common.exceptions import (
    NoSuchElementException,
    StaleElementReferenceException,
    TimeoutException,
)
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from sqlmodel import select

from bot.roster.signin import issue_link_token
from bot.settings import Settings
from storage import directory
from storage.engine import unit_of_work
from storage.models import OutboxMessage, Person
from tests.support import browser
from tests.support.signing import SECRET


@dataclass
class Site:
    base: str
    engine: object
    clock: object
    app: object = None

    def link_for(self, slack_id: str) -> str:
        """A fresh one-time sign-in link, as /webb would give the person."""
        with unit_of_work(self.engine) as session:
            person = session.exec(select(Person).where(Person.slack_id == slack_id)).one()
            return f"{self.base}/webb/in/{issue_link_token(session, person, self.clock.now())}"


def _run(server) -> None:
    with contextlib.suppress(OSError):
        server.run()


@pytest.fixture
def site(loaded, clock, fake_slack, tmp_path):
    from waitress.server import create_server

    from handlers.server import build_web_app
    from handlers.slack.app import build_app

    settings = Settings(slack_bot_token="xoxb-test", slack_signing_secret=SECRET,
                        slack_api_url=fake_slack.url, web_secret="test-web-secret-" + "x" * 32,
                        data_dir=tmp_path)
    web = build_web_app(build_app(settings, loaded, clock), loaded, clock=clock,
                        settings=settings)
    server = create_server(web, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=_run, args=(server,), daemon=True).start()
    yield Site(f"http://127.0.0.1:{server.effective_port}", loaded, clock, web)
    server.close()


@pytest.fixture(scope="session")
def _chromium():
    reason = browser.available()
    if reason and os.environ.get("CI"):
        pytest.fail(f"CI must run the browser tests: {reason}")
    if reason:
        pytest.skip(f"browser tests need Debian's Chromium: {reason}")
    driver = browser.start_chromium()
    yield driver
    browser.stop_chromium(driver)


@pytest.fixture
def chromium(_chromium):
    """The worker's browser, with no cookies from the test before."""
    with contextlib.suppress(Exception):
        _chromium.delete_all_cookies()
    yield _chromium
    with contextlib.suppress(Exception):
        _chromium.delete_all_cookies()


def heading(driver) -> str:
    return driver.find_element(By.TAG_NAME, "h1").text


def main_text(driver) -> str:
    return driver.find_element(By.TAG_NAME, "main").text


def wait_for_heading(driver, text: str) -> None:
    """Clicks that submit a form return before the next page is there: wait for its h1."""

    def shown(d):
        try:
            return heading(d) == text
        except (StaleElementReferenceException, NoSuchElementException):
            return False

    try:
        WebDriverWait(driver, 10).until(shown)
    except TimeoutException:
        raise AssertionError(f"expected the page {text!r}, got {heading(driver)!r}") from None


def click(driver, xpath: str, then: str) -> None:
    """Press the button or link and wait for the next page (headed `then`) to replace this one."""
    from selenium.common.exceptions import WebDriverException
    page = driver.find_element(By.TAG_NAME, "html")
    for attempt in range(3):
        try:  # the element can be replaced between finding and pressing it on a busy machine
            driver.find_element(By.XPATH, xpath).click()
            break
        except (StaleElementReferenceException, WebDriverException):
            if attempt == 2:
                raise
    wait_for_new_page(driver, page)
    wait_for_heading(driver, then)


def wait_for_new_page(driver, page) -> None:
    """Until the old page's root is gone. Chromium says so with a stale-element error or, as
    often, with "Node … does not belong to the document": both mean the page was replaced."""
    from selenium.common.exceptions import WebDriverException

    def replaced(_):
        try:
            page.is_enabled()
        except WebDriverException:
            return True
        return False

    WebDriverWait(driver, 10).until(replaced)


def sign_in(driver, site: Site, slack_id: str) -> None:
    driver.get(site.link_for(slack_id))
    wait_for_heading(driver, "Logga in")
    click(driver, "//main//form//button", "Mina möten")


def assert_accessible(driver) -> None:
    assert driver.find_element("tag name", "html").get_attribute("lang") == "sv"
    violations = browser.axe_violations(driver)
    assert violations == [], f"{driver.current_url}: {violations}"


def given_up_reminder(site: Site) -> str:
    """A kallelse to Samverkansgrupp Barn och unga's channel that the worker gave up on (the
    channel was gone), for Utskick to send again; returns its key."""
    key = "reminder:1:7d:1"
    with unit_of_work(site.engine) as session:
        sbu = directory.group_by_slug(session, "sbu")
        session.add(OutboxMessage(key=key, recipient=sbu.channel_id, group_id=sbu.id,
                                  payload={"reply": {"text": "Kallelse"}},
                                  due_at=site.clock.now() - timedelta(hours=1), state="dead",
                                  attempts=5, last_error="channel_not_found",
                                  created_at=site.clock.now()))
    return key
