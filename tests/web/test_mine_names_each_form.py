"""Mina möten with 30 open remisser and weekly meetings: each field and button says, to a
screen reader, which remiss or meeting it is for. Before, a list of the page's form fields
held 30 fields named "Din synpunkt" and 30 buttons "Lämna synpunkt", and the förhinder
disclosures were all "Anmäl förhinder", with nothing to tell them apart."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from tests.web.conftest import assert_accessible
from tests.web.test_county_pages_browser import _sign_in, county_site  # noqa: F401
from tests.web.test_page_queries import county  # noqa: F401  (the fixture)

# The accessible names the browser computes (Chromium's own, as a screen reader gets them).
NAMES = """
return [...document.querySelectorAll(arguments[0])].map(el => {
  const labels = el.labels && el.labels.length ? [...el.labels] : [el];
  return labels.map(l => l.textContent).join(' ').replace(/\\s+/g, ' ').trim();
});
"""


def test_every_synpunkt_field_and_button_names_its_remiss(county_site, chromium, engine):  # noqa: F811
    base, large = county_site
    _sign_in(chromium, base, engine, large.member.slack_id)
    fields = chromium.execute_script(NAMES, "textarea[name=text]")
    buttons = chromium.execute_script(NAMES, "form[action$='/synpunkt'] button")
    titles = [h.text for h in chromium.find_elements(By.CSS_SELECTOR, "section[id^=remiss] h3")]
    assert len(titles) == 30 and len(set(fields)) == len(fields) == 30
    for title, field, button in zip(titles, fields, buttons, strict=True):
        assert field in (f"Din synpunkt: {title}", f"Ändra din synpunkt: {title}")
        assert button in (f"Lämna synpunkt: {title}", f"Spara ny version: {title}")
    # Her meeting's förhinder: to report (a disclosure) or, reported, to take back.
    meetings = chromium.execute_script(NAMES, "summary, form[action$='/ta-tillbaka'] button")
    assert meetings and all(
        s.startswith(("Anmäl förhinder: ", "Ta tillbaka förhindret: ")) and s.endswith(" 2026")
        for s in meetings), meetings
    # What is seen stays as it was: the names' additions are for screen readers alone.
    first = chromium.find_element(By.CSS_SELECTOR, "form[action$='/synpunkt'] button")
    assert first.size["width"] < 400
    assert_accessible(chromium)
