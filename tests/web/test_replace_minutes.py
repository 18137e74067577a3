"""The justerade minutes over the published ojusterade, on the web page as a secretary uses it:
upload, the review page shows what differs, Publicera replaces; the old link leads to the new
version. Hostile: a form without its CSRF token, a draft id that is not hers, a secretary of
another group. (The browser, with axe, is tests/web/test_replace_minutes_browser.py.)"""

from __future__ import annotations

import io
import re

from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Decision, Document, MinutesDraft
from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)
from tests.web.test_published_minutes import _publish
from tests.web.test_review_dates import SAMPLE, _review_form
from tests.web.test_web_matrix import _app, _sign_in

DECIDED = "Gruppen bifaller Ingmars förslag."
JUSTERAD = "Gruppen bifaller Ingmars förslag och ger uppdraget till Välfärd och folkhälsa."
# The justerade: a decision's wording, and Jaana Jansson who was in fact there.
JUSTERAT = (SAMPLE.read_text(encoding="utf-8").replace(DECIDED, JUSTERAD, 1)
            .replace("Frånvarande:\tAnnika Karlsson Juliussen, Jaana Jansson",
                     "Frånvarande:\tAnnika Karlsson Juliussen")
            + "\nJusterat 2026-05-19 av Ingmar Ångman\n")


def upload(client, csrf, group, text: str = JUSTERAT,
           name: str = "sbu-2026-05-12-justerat.txt") -> str:
    """The review page's address."""
    sent = client.post("/webb/protokoll", data={
        "csrf": csrf, "group": str(group), "file": (io.BytesIO(text.encode()), name)})
    assert sent.status_code == 302
    return sent.headers["Location"]


def decisions(engine) -> list[str]:
    with unit_of_work(engine) as session:
        return [d.text for d in session.exec(select(Decision).order_by(Decision.position))]


def plain(page: str) -> str:
    return re.sub(r"\s+", " ", page.replace("&#34;", '"').replace("&#39;", "'"))


def test_the_review_page_shows_what_differs_and_publicera_replaces(loaded, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    _publish(client, csrf, group)
    with unit_of_work(loaded) as session:
        (first,) = session.exec(select(Document)).all()
        first_id = first.id
    url = upload(client, csrf, group)
    page = plain(client.get(url).text)
    assert "Skillnader mot den publicerade versionen" in page
    assert "Det här är en ny version av protokollet från mötet tisdag 12 maj 2026 " \
           "(Samverkansgrupp Barn och unga), som Daniel Berglund publicerade" in page
    assert "Inledning och föregående" not in page.split("Skillnader")[1].split("</ul>")[0]
    assert f"”{DECIDED}” är nu ”{JUSTERAD}”" in page
    # Under its own item: § 6 says the old words too, and is no change.
    assert "Ändrat beslut, Obruten skolgång och modellen SAMS" in page
    assert "Ändrat beslut, Samverkan inom Barnhälsoteam" not in page
    assert "Närvarande, inte frånvarande: Jaana Jansson" in page
    assert "Publicera och ersätt den publicerade versionen" in page
    form = {**_review_form(client.get(url).text), "group": str(group), "action": "publish",
            "meddela": "ja"}
    done = client.post(url, data=form, follow_redirects=True)
    shown = plain(done.text)
    assert "Klart. Den nya versionen av protokollet från tisdag 12 maj 2026 har ersatt den " \
           "publicerade. Ändrat: ett ändrat beslut och närvaron." in shown
    assert "<h1>Protokoll tisdag 12 maj 2026</h1>" in done.text
    assert JUSTERAD in shown and decisions(loaded).count(DECIDED) == 1  # § 6 said it too
    assert "Versioner" in shown and "samverkansgrupp-barn-och-unga-2026-05-12.txt, publicerad" \
        in shown and "sbu-2026-05-12-justerat.txt, publicerad" in shown and "(gäller)" in shown
    # The old link: the version in force, saying so.
    old = client.get(f"/webb/protokoll/publicerade/{first_id}", follow_redirects=True)
    assert old.status_code == 200 and JUSTERAD in plain(old.text)
    assert "Den version du följde en länk till har ersatts av en nyare." in plain(old.text)


def test_a_form_without_its_csrf_token_replaces_nothing(loaded, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    _publish(client, csrf, group)
    url = upload(client, csrf, group)
    form = {**_review_form(client.get(url).text), "group": str(group), "action": "publish"}
    del form["csrf"]
    refused = client.post(url, data=form)
    assert refused.status_code == 400
    assert decisions(loaded).count(DECIDED) == 2 and JUSTERAD not in decisions(loaded)
    with unit_of_work(loaded) as session:
        assert sorted(d.status for d in session.exec(select(Document))) == ["published"]


def test_a_draft_that_is_not_hers_is_not_found(loaded, clock, tmp_path, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    _publish(client, csrf, group)
    url = upload(client, csrf, group)
    malin = _app(loaded, clock, tmp_path).test_client()  # secretary of two other groups
    token = _sign_in(malin, loaded, clock, "U0MALINDU")
    form = {**_review_form(client.get(url).text), "csrf": token, "action": "publish"}
    assert malin.get(url).status_code == 404
    assert malin.post(url, data=form).status_code == 404
    assert malin.post("/webb/protokoll/99999999999999999999", data=form).status_code == 404
    assert JUSTERAD not in decisions(loaded)


def test_a_secretary_of_another_group_is_told_who_can(loaded, clock, tmp_path,
                                                      secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    _publish(client, csrf, group)
    malin = _app(loaded, clock, tmp_path).test_client()
    token = _sign_in(malin, loaded, clock, "U0MALINDU")
    with unit_of_work(loaded) as session:
        from storage import directory

        svoo = directory.group_by_slug(session, "svoo").id
    url = upload(malin, token, svoo)
    form = {**_review_form(malin.get(url).text), "group": str(svoo), "action": "publish",
            "meddela": "ja"}
    page = plain(malin.post(url, data=form, follow_redirects=True).text)
    assert "Protokollet från mötet tisdag 12 maj 2026 (Samverkansgrupp Barn och unga) är " \
           "publicerat, och bara gruppens sekreterare eller ordförande kan publicera en ny " \
           "version av det. Kontakta Daniel Berglund. Ingenting sparades." in page
    assert JUSTERAD not in decisions(loaded)
    with unit_of_work(loaded) as session:
        assert [d.status for d in session.exec(select(MinutesDraft).order_by(
            MinutesDraft.id))] == ["published", "draft"]


def test_a_correction_started_on_the_published_page_replaces_without_a_file(
        loaded, clock, tmp_path, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    _publish(client, csrf, group)
    with unit_of_work(loaded) as session:
        (first,) = session.exec(select(Document)).all()
        first_id = first.id
    page = client.get(f"/webb/protokoll/publicerade/{first_id}").text
    assert "Rätta protokollet" in page
    # Without the form's token: nothing is started.
    assert client.post(f"/webb/protokoll/publicerade/{first_id}/ratta").status_code == 400
    started = client.post(f"/webb/protokoll/publicerade/{first_id}/ratta", data={"csrf": csrf})
    url = started.headers["Location"]
    again = client.post(f"/webb/protokoll/publicerade/{first_id}/ratta", data={"csrf": csrf})
    assert again.headers["Location"] == url  # pressed twice: the same draft
    review_page = client.get(url).text
    assert "Rätta det som blev fel och publicera." in plain(review_page)
    assert "Skillnader mot den publicerade versionen" in review_page
    assert "Den nya versionen säger samma sak som den publicerade" in plain(review_page)
    form = _review_form(review_page)
    number = next(k for k, v in form.items() if k.endswith(".text") and v == DECIDED)
    form.update({number: JUSTERAD, "group": str(group), "action": "publish", "meddela": "ja"})
    done = plain(client.post(url, data=form, follow_redirects=True).text)
    assert "har ersatt den publicerade. Ändrat: ett ändrat beslut." in done
    assert JUSTERAD in decisions(loaded) and decisions(loaded).count(DECIDED) == 1
    # Someone of the group who is no secretary sees the page, and no way to correct it.
    member = _app(loaded, clock, tmp_path).test_client()
    token = _sign_in(member, loaded, clock, "U0JOHANNA")
    with unit_of_work(loaded) as session:
        newest = session.exec(select(Document).where(Document.status == "published")).one()
    seen = member.get(f"/webb/protokoll/publicerade/{newest.id}").text
    assert JUSTERAD in plain(seen) and "Rätta protokollet" not in seen
    assert member.post(f"/webb/protokoll/publicerade/{newest.id}/ratta",
                       data={"csrf": token}).status_code in (403, 404)
    # The replaced version cannot be corrected any more: its page leads on.
    assert client.post(f"/webb/protokoll/publicerade/{first_id}/ratta",
                       data={"csrf": csrf}).status_code == 404


def test_minutes_published_from_the_command_line_are_corrected_from_what_is_stored(
        loaded, clock, secretary):  # noqa: F811
    """No text from a file to show: the review page says so, and the draft read back from the
    stored rows differs from them in nothing but what she corrects."""
    from bot.minutes.ingest import ingest_file

    client, csrf, group, _ = secretary
    with unit_of_work(loaded) as session:
        ingest_file(session, SAMPLE, clock, publish=True)
        first_id = session.exec(select(Document)).one().id
    url = client.post(f"/webb/protokoll/publicerade/{first_id}/ratta",
                      data={"csrf": csrf}).headers["Location"]
    page = client.get(url).text
    assert "Det finns ingen text från en fil att visa bredvid." in plain(page)
    assert "Den nya versionen säger samma sak som den publicerade" in plain(page)
    form = {**_review_form(page), "action": "publish", "meddela": "ja",
            "place": "Sothönan, Regionhuset, Örebro"}
    done = plain(client.post(url, data=form, follow_redirects=True).text)
    assert "har ersatt den publicerade. Ändrat: platsen." in done
    assert decisions(loaded).count(DECIDED) == 2  # nothing else moved
