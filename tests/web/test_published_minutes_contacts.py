"""Published minutes cannot be corrected in the bot. A secretary who sends in another version
(the justerade after the ojusterade) is told so and whom to ask, by name: the bot's
administrators, and who sent the published minutes in. She was told 'kontakta den som sköter
boten', which names nobody."""

from __future__ import annotations

import io

from storage.engine import unit_of_work
from storage.models import Person
from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)
from tests.web.test_published_minutes import _publish
from tests.web.test_review_dates import SAMPLE, _review_form


def _send_justerat(client, csrf, group) -> str:
    """The same minutes, approved: another file, the same decisions."""
    text = SAMPLE.read_text(encoding="utf-8") + "\nJusterat 2026-05-19 av Ingmar Ångman\n"
    uploaded = client.post("/webb/protokoll", data={
        "csrf": csrf, "group": str(group),
        "file": (io.BytesIO(text.encode()), "sbu-2026-05-12-justerat.txt")})
    url = uploaded.headers["Location"]
    form = {**_review_form(client.get(url).text), "group": str(group), "action": "publish"}
    return client.post(url, data=form, follow_redirects=True).text


def test_another_version_of_published_minutes_names_who_can_correct_them(
        loaded, clock, secretary, monkeypatch):  # noqa: F811
    with unit_of_work(loaded) as session:
        session.add(Person(name="Åsa Ödman", email="asa.odman@regionorebrolan.se"))
        session.add(Person(name="Alma Admin", email="alma.admin@regionorebrolan.se",
                           slack_id="U0ADMIN01"))
    monkeypatch.setenv("SAMVERKANSBOT_ADMINS", "asa.odman@regionorebrolan.se, U0ADMIN01")
    client, csrf, group, _ = secretary
    _publish(client, csrf, group)
    page = _send_justerat(client, csrf, group)
    assert ("Det publicerade protokollet gäller, och det går inte att rätta här. Behöver något "
            "i det rättas, kontakta Alma Admin och Åsa Ödman, som administrerar boten. "
            "Protokollet skickades in av Daniel Berglund.") in page
    assert "den som sköter boten" not in page


def test_without_administrators_the_groups_secretary_and_chair_are_named(
        loaded, clock, secretary, monkeypatch):  # noqa: F811
    monkeypatch.delenv("SAMVERKANSBOT_ADMINS", raising=False)
    client, csrf, group, _ = secretary
    _publish(client, csrf, group)
    page = _send_justerat(client, csrf, group)
    assert "Ingen administratör för boten är angiven; behöver något i det rättas, kontakta " \
           "Daniel Berglund och Ingmar Ångman." in page
    assert "den som sköter boten" not in page
