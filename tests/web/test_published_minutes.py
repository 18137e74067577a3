"""'Källa:' in an answer about a decision links to the minutes, also when they were read on the
web page (or from the command line), where they have no address of their own: their page on
the web, with the meeting, its decisions and the text. The members of the meeting's groups see
it; anyone else gets 404 in Swedish, and a label with Slack's own characters stays text."""

from __future__ import annotations

import io
import re

import pytest
from selenium.webdriver.common.by import By
from sqlmodel import select

from tests.bot.test_absences import say
from tests.web.conftest import assert_accessible, heading, main_text, sign_in
from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)
from tests.web.test_review_dates import SAMPLE, _review_form
from tests.web.test_web_matrix import _app, _sign_in

PUBLIC = "https://samverkansbot.regionorebrolan.example.se"
PAGE = re.compile(re.escape(PUBLIC) + r"/webb/protokoll/publicerade/(\d+)")


@pytest.fixture(autouse=True)
def public_url(monkeypatch):
    monkeypatch.setenv("SAMVERKANSBOT_PUBLIC_URL", PUBLIC)


def _publish(client, csrf, group, filename: str = SAMPLE.name) -> None:
    uploaded = client.post("/webb/protokoll", data={
        "csrf": csrf, "group": str(group),
        "file": (io.BytesIO(SAMPLE.read_bytes()), filename)})
    url = uploaded.headers["Location"]
    form = {**_review_form(client.get(url).text), "group": str(group), "action": "publish",
            "meddela": "ja"}
    done = client.post(url, data=form, follow_redirects=True)
    assert "är publicerat" in done.text, re.findall(r'class="field-error"[^>]*>([^<]*)',
                                                       done.text)


def _answer(loaded, clock, question: str, user: str = "U0JOHANNA") -> str:
    reply = say(loaded, clock, question, user=user, command=None)
    return "\n".join([reply.text] + [s.text for s in reply.sections])


def test_the_source_of_minutes_read_on_the_web_links_to_their_page(loaded, clock, tmp_path,
                                                                   secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    _publish(client, csrf, group)
    answer = _answer(loaded, clock, "vad beslutades om SAMS?")
    source = re.search(r"Källa: <(\S+)\|([^>]+)>", answer)
    assert source, answer  # a Slack link, not the bare file name
    assert PAGE.fullmatch(source.group(1)) and source.group(2) == SAMPLE.name

    member = _app(loaded, clock, tmp_path).test_client()
    _sign_in(member, loaded, clock, "U0JOHANNA")  # ledamot of the group
    page = member.get(source.group(1).removeprefix(PUBLIC))
    assert page.status_code == 200
    assert "<h1>Protokoll tisdag 12 maj 2026</h1>" in page.text
    assert "Samverkansgrupp Barn och unga, tisdag 12 maj 2026." in page.text
    assert "Gruppen bifaller Ingmars förslag." in page.text  # a decision
    assert "Protokollets text" in page.text and "Frånvarande:\tAnnika" in page.text  # its text


@pytest.mark.parametrize("outsider", [
    "U0JESSICA",  # Jessica Ekerbring, ledamot of another group: may ask about decisions
    "U0JANSUND",  # Jan Sundelius, owns a remiss of the group without being in it
])
def test_someone_outside_the_group_gets_404_in_swedish(loaded, clock, tmp_path, secretary,  # noqa: F811
                                                       outsider):
    client, csrf, group, _ = secretary
    _publish(client, csrf, group)
    answer = _answer(loaded, clock, "vad beslutades om SAMS?", user=outsider)
    path = PAGE.search(answer).group(0).removeprefix(PUBLIC)  # decisions are public records
    other = _app(loaded, clock, tmp_path).test_client()
    _sign_in(other, loaded, clock, outsider)
    page = other.get(path)
    assert page.status_code == 404
    assert "Sidan finns inte, eller så är den inte din att se." in page.text
    assert "Gruppen bifaller" not in page.text and "Annika" not in page.text
    # Nor by guessing the next number, nor signed out.
    assert other.get("/webb/protokoll/publicerade/999999").status_code == 404
    signed_out = _app(loaded, clock, tmp_path).test_client().get(path)
    assert signed_out.status_code == 302 and "/webb/logga-in" in signed_out.headers["Location"]


def test_a_file_name_with_slacks_own_characters_stays_text_in_the_link(loaded, clock,
                                                                       secretary):  # noqa: F811
    from handlers.slack.render import reply_blocks

    client, csrf, group, _ = secretary
    _publish(client, csrf, group, "SBU <utkast> & beslut|v2.txt")
    reply = say(loaded, clock, "vad beslutades om SAMS?", command=None)
    sent = "\n".join(b["text"]["text"] for b in reply_blocks(reply) if b.get("text"))
    source = re.search(r"Källa: <([^|>]+)\|(.+)>$", sent, re.M)
    assert source, sent
    assert PAGE.fullmatch(source.group(1))
    # Slack's mrkdwn: <, > and & as entities, so the label cannot end the link or start one.
    assert source.group(2) == "SBU &lt;utkast&gt; &amp; beslut|v2.txt"


def test_the_page_of_published_minutes_in_the_browser(site, chromium, monkeypatch):
    monkeypatch.setenv("SAMVERKANSBOT_PUBLIC_URL", site.base)
    from bot.minutes.ingest import ingest_file
    from storage.engine import unit_of_work
    from storage.models import Document

    with unit_of_work(site.engine) as session:
        ingest_file(session, SAMPLE, site.clock, publish=True)
        document = session.exec(select(Document)).one().id
    sign_in(chromium, site, "U0JOHANNA")
    chromium.get(f"{site.base}/webb/protokoll/publicerade/{document}")
    assert heading(chromium) == "Protokoll tisdag 12 maj 2026"
    assert "Gruppen bifaller Ingmars förslag." in main_text(chromium)
    assert chromium.find_element(By.TAG_NAME, "html").get_attribute("lang") == "sv"
    assert_accessible(chromium)
