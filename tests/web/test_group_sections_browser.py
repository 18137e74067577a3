"""Grupper at county size (160 members from 15 organisations): the rows stand under a heading
per organisation, in Swedish alphabetical order, with links to each and to the form that adds
a person. Before, the page was 160 rows of seven controls under no heading: a screen reader's
list of headings showed none, and a keyboard reached "Lägg till en person" after some 1,100
Tabs."""

from __future__ import annotations

import html
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.support.large_county import ORGANISATIONS
from tests.web.conftest import assert_accessible
from tests.web.keyboard import Keyboard
from tests.web.test_county_pages_browser import _sign_in, county_site  # noqa: F401
from tests.web.test_page_queries import county  # noqa: F401  (the fixture)

IN_SWEDISH_ORDER = [
    "Askersunds kommun", "Degerfors kommun", "Hallsbergs kommun", "Hällefors kommun",
    "Karlskoga kommun", "Kumla kommun", "Laxå kommun", "Lekebergs kommun", "Lindesbergs kommun",
    "Ljusnarsbergs kommun", "Länsstyrelsen Örebro län", "Nora kommun",
    "Polisen Region Bergslagen", "Region Örebro län", "Örebro kommun"]


def _headings(driver) -> list[str]:
    return [h.text for h in driver.find_elements(By.CSS_SELECTOR, "main h2")]


def test_members_stand_under_their_organisation(county_site, chromium, engine):  # noqa: F811
    base, large = county_site
    assert sorted(IN_SWEDISH_ORDER) == sorted(ORGANISATIONS)
    _sign_in(chromium, base, engine, large.secretary.slack_id)
    chromium.get(f"{base}/webb/grupper/{large.group_id}")
    headings = _headings(chromium)
    assert headings[0] == "Organisationer i gruppen"
    assert [re.sub(r" \(\d+\)$", "", h) for h in headings[1:16]] == IN_SWEDISH_ORDER
    assert headings[-1] == "Lägg till en person"
    # Each row under its own organisation's heading.
    page = html.unescape(chromium.page_source)
    for organisation in IN_SWEDISH_ORDER:
        start = page.index(f">{organisation} (", page.index('<h2 id="org-1"'))
        section = page[start:page.index("<h2", start)]
        shown = re.findall(r'name="organisation" value="([^"]*)"', section)
        assert shown and set(shown) == {organisation}, organisation
    assert_accessible(chromium)


def test_the_add_form_is_a_few_keys_away(county_site, chromium, engine):  # noqa: F811
    base, large = county_site
    _sign_in(chromium, base, engine, large.secretary.slack_id)
    chromium.get(f"{base}/webb/grupper/{large.group_id}")
    keys = Keyboard(chromium)
    keys.tab_to_text("Lägg till en person", most=40)
    keys.press(Keys.ENTER)
    keys.press(Keys.TAB)
    assert keys.focused()["id"] == "f-name"
    chromium.get(f"{base}/webb/grupper/{large.group_id}")
    keys.tab_to_text("Kumla kommun (10)", most=40)
    keys.press(Keys.ENTER)
    keys.press(Keys.TAB)
    first = keys.focused()
    assert first["name"] == "name"
    organisation = chromium.find_element(By.ID, "o-" + first["id"].removeprefix("n-"))
    assert organisation.get_attribute("value") == "Kumla kommun"
