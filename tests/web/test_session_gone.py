"""A form sent after the session ended (signed out in another tab, or the eight hours ran out
while she wrote a long synpunkt) says that she is no longer signed in and how to keep what
she wrote. Before, she was told the page was old or came from somewhere else, which pointed
nowhere; and signing out once more from such a page was refused the same way."""

from __future__ import annotations

import html
import re

from sqlmodel import func, select

from storage.engine import unit_of_work
from storage.models import Comment, Person
from tests.web.conftest import assert_accessible, click, main_text, sign_in, wait_for_heading
from tests.web.test_web_matrix import COOKIE, _app, _cookie, _sign_in

KATARINA = "U0KATARIN"
GONE = ("Du är inte inloggad längre, så ingenting sparades. Gå tillbaka i webbläsaren och "
        "kopiera det du skrev, logga in igen (skriv /webb till boten för en ny länk) och skicka "
        "det på nytt.")


def _comments(engine) -> int:
    with unit_of_work(engine) as session:
        return session.exec(select(func.count()).select_from(Comment)).one()


def test_a_synpunkt_sent_after_the_eight_hours_says_why(loaded, clock, tmp_path):
    app = _app(loaded, clock, tmp_path, hours=8)
    client = app.test_client()
    csrf = _sign_in(client, loaded, clock, KATARINA)
    page = client.get("/webb/").text
    action = re.search(r'action="(/webb/remisser/\d+/synpunkt)"', page).group(1)
    # The same session, made eight hours and a minute ago: what her browser still sends.
    with unit_of_work(loaded) as session:
        person = session.exec(select(Person).where(Person.slack_id == KATARINA)).one().id
    client.set_cookie(COOKIE, _cookie(app, {"person_id": person, "csrf": csrf,
                                            "_permanent": True}, age_seconds=8 * 3600 + 60),
                      domain="localhost")
    before = _comments(loaded)
    refused = client.post(action, data={"csrf": csrf, "text": "Laxå kommun tillstyrker."})
    assert refused.status_code == 400
    assert GONE in html.unescape(refused.text)
    assert _comments(loaded) == before
    # Logga ut pressed on such a page just goes to the sign-in page.
    again = client.post("/webb/logga-ut", data={"csrf": csrf})
    assert again.status_code == 302 and again.headers["Location"] == "/webb/logga-in"


def test_signed_out_in_another_tab(site, chromium):
    sign_in(chromium, site, KATARINA)
    chromium.execute_script("window.open(arguments[0])", site.base + "/webb/")
    first, second = chromium.window_handles
    chromium.switch_to.window(second)
    wait_for_heading(chromium, "Mina möten")
    click(chromium, "//button[text()='Logga ut']", "Logga in")
    chromium.close()
    chromium.switch_to.window(first)  # the page she was writing on, still open
    area = chromium.find_element("css selector", "textarea[name=text]")
    area.send_keys("Laxå kommun tillstyrker förslaget.")
    click(chromium, "//form[contains(@action, '/synpunkt')]//button", "Det gick inte")
    assert GONE in main_text(chromium)
    assert_accessible(chromium)
