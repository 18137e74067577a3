"""Ordering a 40-item agenda with the keyboard: after Upp, Ner or Ta bort the page comes back
where she was, not at the top of the table, and says where the item now stands."""

from __future__ import annotations

import re

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import AgendaItem
from tests.web.conftest import (
    assert_accessible,
    click,
    main_text,
    wait_for_heading,
    wait_for_new_page,
)
from tests.web.test_county_pages_browser import _sign_in, county_site  # noqa: F401
from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)
from tests.web.test_page_queries import county  # noqa: F401  (the fixture)


def _titles(driver) -> list[str]:
    rows = driver.find_elements(By.CSS_SELECTOR, '[aria-label="Dagordning"] tbody tr')
    return [row.find_elements(By.TAG_NAME, "td")[1].text for row in rows]


def _focused_label(driver) -> str:
    return driver.execute_script("return document.activeElement.getAttribute('aria-label')")


def _focused_row(driver) -> str:
    """The title in the agenda row that holds the focus (or is it)."""
    return driver.execute_script(
        "const row = document.activeElement.closest('tr');"
        "return row ? row.querySelectorAll('td')[1].textContent : null;")


def _press(driver, key: str, heading: str) -> None:
    page = driver.find_element(By.TAG_NAME, "html")
    ActionChains(driver).send_keys(key).perform()
    wait_for_new_page(driver, page)
    wait_for_heading(driver, heading)


def test_moving_an_item_keeps_the_focus_on_it(county_site, chromium, engine):  # noqa: F811
    base, large = county_site
    _sign_in(chromium, base, engine, large.secretary.slack_id)
    heading = "Mötet torsdag 3 september 2026"
    chromium.get(f"{base}/webb/moten/{large.meeting_id}")
    thirtieth = _titles(chromium)[29]
    click(chromium, "//table//tr[30]//button[@value='up']", heading)
    assert _focused_label(chromium) == f"Flytta upp {thirtieth}"
    assert f"Klart. ”{thirtieth}” är nu punkt 29 av 40." in main_text(chromium)
    _press(chromium, Keys.ENTER, heading)  # again, from where the focus is
    assert _titles(chromium).index(thirtieth) == 27
    assert _focused_label(chromium) == f"Flytta upp {thirtieth}"
    assert_accessible(chromium)
    # At the top the Upp button is gone: the focus is on her row, and Tab goes on inside it
    # (its documents, then Ner).
    second = _titles(chromium)[1]
    click(chromium, "//table//tr[2]//button[@value='up']", heading)
    assert _titles(chromium)[0] == second
    assert _focused_row(chromium) == second
    for _ in range(3):
        ActionChains(chromium).send_keys(Keys.TAB).perform()
    assert _focused_label(chromium) == f"Flytta ner {second}"


def test_removing_an_item_leaves_her_at_the_next_one(county_site, chromium, engine):  # noqa: F811
    base, large = county_site
    _sign_in(chromium, base, engine, large.secretary.slack_id)
    heading = "Mötet torsdag 3 september 2026"
    chromium.get(f"{base}/webb/moten/{large.meeting_id}")
    titles = _titles(chromium)
    click(chromium, "//table//tr[10]//button[@value='remove']", heading)
    assert f"Klart. ”{titles[9]}” är borttagen. Dagordningen har 39 punkter." \
        in main_text(chromium)
    assert _focused_row(chromium) == titles[10]
    assert_accessible(chromium)


def test_ta_bort_pressed_twice_says_it_is_already_gone(loaded, secretary):  # noqa: F811
    client, csrf, _, meeting = secretary
    client.post(f"/webb/moten/{meeting}/punkter",
                data={"csrf": csrf, "title": "Läget i SAMS", "kind": "information"})
    page = client.get(f"/webb/moten/{meeting}").text
    item = re.search(r'action="/webb/moten/\d+/punkter/(\d+)"', page).group(1)
    form = {"csrf": csrf, "action": "remove"}
    first = client.post(f"/webb/moten/{meeting}/punkter/{item}", data=form)
    again = client.post(f"/webb/moten/{meeting}/punkter/{item}", data=form)
    assert first.status_code == again.status_code == 302
    assert again.headers["Location"].endswith(f"/webb/moten/{meeting}#dagordning")
    shown = client.get(again.headers["Location"]).text
    assert "Punkten finns inte längre på dagordningen; den är redan borttagen." in shown
    with unit_of_work(loaded) as session:
        assert session.exec(select(AgendaItem).where(AgendaItem.id == int(item))).first() is None
