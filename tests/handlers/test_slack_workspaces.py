"""One deployment, several Slack workspaces: installed through /slack/install and
/slack/oauth_redirect against the loopback Slack, tokens encrypted in the database, and each
workspace seeing only its own groups over real signed HTTP, the worker's deliveries included."""

from __future__ import annotations

import contextlib
import re
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from cryptography.fernet import Fernet
from sqlalchemy import text
from sqlmodel import select

from bot.roster.service import load_roster
from bot.settings import Settings
from bot.texts import installation as t
from handlers.demo import load_meetings
from storage import outbox
from storage.engine import unit_of_work
from storage.models import Group, SlackInstallation, SlackOAuthState
from tests.support import signing
from tests.support.signing import SECRET

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
KEY = Fernet.generate_key().decode()
NORTH, SOUTH = "T0NORRA01", "T0SODRA01"  # two regions' workspaces
NORTH_TOKEN, SOUTH_TOKEN = "xoxb-norra-4711-hemlig", "xoxb-sodra-0815-hemlig"
JOHANNA = "U0JOHANNA"  # ledamot in sbu (north) and cg-svvo (south)
SBU_CHANNEL, SVVO_CHANNEL = "C0SBU0001", "C0CGSVVO1"
SBU = "Samverkansgrupp Barn och unga"
SVVO = "Chefsgrupp för samverkan social välfärd samt vård och omsorg"
REMISS = "Riktlinjer för barnhälsoteam"


def regional_roster(tmp_path: Path) -> Path:
    """The example roster with a workspace per group, as two regions would write it:
    the barn-och-unga groups in the north, the chefsgrupper in the south."""
    lines = []
    for line in (EXAMPLES / "roster.yaml").read_text(encoding="utf-8").splitlines():
        lines.append(line)
        match = re.match(r"^(\s+)slug: (\S+)", line)
        if match:
            team = NORTH if match.group(2) in ("sbu", "svoo") else SOUTH
            lines.append(f"{match.group(1)}workspace: {team}")
    path = tmp_path / "roster.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def multi_settings(fake_slack, key: str = KEY) -> Settings:
    return Settings(slack_signing_secret=SECRET, slack_api_url=fake_slack.url,
                    slack_client_id="1234.5678", slack_client_secret="oauth-hemlighet",
                    token_key=key)


@pytest.fixture
def regions(engine, tmp_path):
    with unit_of_work(engine) as session:
        load_roster(session, regional_roster(tmp_path))
        load_meetings(session, EXAMPLES / "meetings.yaml")
    return engine


def _run_until_closed(server) -> None:
    with contextlib.suppress(OSError):
        server.run()


@pytest.fixture
def multi(regions, clock, fake_slack):
    """The real web app in several-workspace mode on a loopback port."""
    from waitress.server import create_server

    from handlers.server import build_web_app
    from handlers.slack.app import build_app

    fake_slack.oauth_codes.update({
        "kod-norra": (NORTH, "Region Norra", NORTH_TOKEN),
        "kod-sodra": (SOUTH, "Region Södra", SOUTH_TOKEN),
    })
    settings = multi_settings(fake_slack)
    web = build_web_app(build_app(settings, regions, clock), regions)
    server = create_server(web, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=_run_until_closed, args=(server,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()


class Browser(httpx.Client):
    """Keeps the state cookie Bolt sets (Secure: a browser keeps it on https, and on a
    loopback address; httpx would not send it over http)."""

    def get(self, url, **kwargs):
        response = super().get(url, **kwargs)
        found = re.search(r"slack-app-oauth-state=([^;]*)", response.headers.get("set-cookie", ""))
        if found:
            self.headers["Cookie"] = f"slack-app-oauth-state={found.group(1)}"
        return response


def begin(base: str) -> tuple[Browser, str]:
    """A browser that opened the install link, and the state it took to Slack."""
    browser = Browser(base_url=base, timeout=10)
    response = browser.get("/slack/install")
    assert response.status_code == 302
    assert "Secure" in response.headers["set-cookie"]
    location = urlparse(response.headers["location"])
    assert (location.scheme, location.netloc, location.path) == (
        "https", "slack.com", "/oauth/v2/authorize")
    query = parse_qs(location.query)
    assert query["client_id"] == ["1234.5678"]
    assert "commands" in query["scope"][0] and "chat:write" in query["scope"][0]
    return browser, query["state"][0]


def install(base: str, code: str) -> httpx.Response:
    browser, state = begin(base)
    return browser.get("/slack/oauth_redirect", params={"code": code, "state": state})


@pytest.fixture
def installed(multi):
    for code in ("kod-norra", "kod-sodra"):
        response = install(multi, code)
        assert response.status_code == 200, response.text
    return multi


# --- the install flow -----------------------------------------------------------------------
def test_two_workspaces_install_through_the_flow_with_their_tokens_encrypted(
        multi, regions, fake_slack):
    response = install(multi, "kod-norra")
    assert response.status_code == 200
    assert "Samverkansboten är installerad i Region Norra" in response.text
    assert f"workspace: {NORTH}" in response.text  # what to write in the roster
    assert response.headers["content-type"].startswith("text/html")
    assert install(multi, "kod-sodra").status_code == 200
    assert len(fake_slack.calls_to("oauth.v2.access")) == 2
    with unit_of_work(regions) as session:
        rows = {r.team_id: r for r in session.exec(select(SlackInstallation)).all()}
        raw = " ".join(str(v) for row in session.execute(
            text("SELECT * FROM slackinstallation")).all() for v in row)
    assert set(rows) == {NORTH, SOUTH}
    assert rows[NORTH].team_name == "Region Norra"
    # At rest: Fernet tokens that only the key opens, never the tokens themselves.
    assert "xoxb-" not in raw and NORTH_TOKEN not in raw and SOUTH_TOKEN not in raw
    fernet = Fernet(KEY.encode())
    assert fernet.decrypt(rows[NORTH].bot_token.encode()).decode() == NORTH_TOKEN
    assert fernet.decrypt(rows[SOUTH].bot_token.encode()).decode() == SOUTH_TOKEN


def test_a_reused_state_is_refused_and_installs_nothing(multi, regions, fake_slack):
    browser, state = begin(multi)
    assert browser.get("/slack/oauth_redirect",
                       params={"code": "kod-norra", "state": state}).status_code == 200
    fake_slack.oauth_codes["kod-sodra-2"] = (SOUTH, "Region Södra", SOUTH_TOKEN)
    # The same browser, its cookie put back, and the same state once more.
    browser.headers["Cookie"] = f"slack-app-oauth-state={state}"
    again = browser.get("/slack/oauth_redirect", params={"code": "kod-sodra-2", "state": state})
    assert again.status_code == 401
    assert "Installationen blev inte av" in again.text and "ingenting har sparats" in again.text
    assert len(fake_slack.calls_to("oauth.v2.access")) == 1
    with unit_of_work(regions) as session:
        assert [r.team_id for r in session.exec(select(SlackInstallation))] == [NORTH]


def test_a_forged_state_is_refused_and_installs_nothing(multi, regions, fake_slack):
    browser, state = begin(multi)
    forged = "f" * len(state)
    # A state of the attacker's own, with a cookie to match: not one the bot issued.
    browser.headers["Cookie"] = f"slack-app-oauth-state={forged}"
    response = browser.get("/slack/oauth_redirect", params={"code": "kod-norra", "state": forged})
    assert response.status_code == 401
    # The real state from someone else's browser (no cookie, or another one): refused too.
    stranger = Browser(base_url=multi, timeout=10)
    response = stranger.get("/slack/oauth_redirect", params={"code": "kod-norra", "state": state})
    assert response.status_code == 400
    assert "Installationen blev inte av" in response.text
    assert fake_slack.calls_to("oauth.v2.access") == []
    with unit_of_work(regions) as session:
        assert session.exec(select(SlackInstallation)).all() == []


@pytest.mark.parametrize("state", ["a\x00b" * 15, "x" * 10_000, "<script>" * 6])
def test_a_state_of_junk_is_refused_cleanly(multi, regions, fake_slack, state):
    browser = Browser(base_url=multi, timeout=10)
    # With a cookie to match, as an attacker would send (a NUL byte no client can put there).
    browser.headers["Cookie"] = f"slack-app-oauth-state={state.replace(chr(0), '%00')}"
    response = browser.get("/slack/oauth_redirect", params={"code": "kod-norra", "state": state})
    assert 400 <= response.status_code < 500
    assert "<script>" not in response.text
    assert fake_slack.calls_to("oauth.v2.access") == []


def test_an_expired_state_is_refused(multi, regions, fake_slack):
    browser, state = begin(multi)
    with unit_of_work(regions) as session:
        row = session.get(SlackOAuthState, state)
        row.expires_at = datetime(2020, 1, 1, tzinfo=UTC)
        session.add(row)
    response = browser.get("/slack/oauth_redirect", params={"code": "kod-norra", "state": state})
    assert response.status_code == 401
    assert fake_slack.calls_to("oauth.v2.access") == []


def test_a_cancelled_install_says_so_in_swedish(multi):
    browser, state = begin(multi)
    response = browser.get("/slack/oauth_redirect",
                           params={"error": "access_denied", "state": state})
    assert "Du avbröt installationen" in response.text


def test_the_token_never_reaches_the_log_even_at_debug(multi, caplog):
    import logging

    from handlers.runtime import configure_logging

    sdk = logging.getLogger("slack_sdk")
    before = sdk.level
    try:
        configure_logging(Settings(log_level="DEBUG"))  # as `serve` starts with LOG_LEVEL=DEBUG
        caplog.set_level("DEBUG")
        assert install(multi, "kod-norra").status_code == 200
        signing.slash_command(f"{multi}/slack/events", "/dagordning", "", JOHANNA, "D0JOHANNA",
                              team=NORTH)
    finally:
        sdk.setLevel(before)
    # What the bot logs: not the test's own browser (httpx), which knows the code it sent.
    logged = "\n".join(f"{r.name}: {r.getMessage()}" for r in caplog.records
                       if not r.name.startswith(("httpx", "httpcore")))
    assert "Installed in Slack workspace T0NORRA01" in logged
    assert NORTH_TOKEN not in logged and "kod-norra" not in logged, [
        line for line in logged.splitlines() if NORTH_TOKEN in line or "kod-norra" in line]


# --- each workspace sees its own groups -----------------------------------------------------
def test_dagordning_shows_each_workspace_only_its_own_groups(installed, fake_slack):
    url = f"{installed}/slack/events"
    north = str(signing.slash_command(url, "/dagordning", "", JOHANNA, "D0JOHANNA",
                                      team=NORTH).json())
    south = str(signing.slash_command(url, "/dagordning", "", JOHANNA, "D0JOHANNA",
                                      team=SOUTH).json())
    assert SBU in north and SVVO not in north
    assert SVVO in south and SBU not in south
    # A workspace the bot is not installed in gets nothing at all.
    stranger = signing.slash_command(url, "/dagordning", "", JOHANNA, "D0JOHANNA",
                                     team="T0ANNAN01")
    assert SBU not in stranger.text and SVVO not in stranger.text


def test_another_regions_channel_gives_nothing_away(installed):
    # The north's channel id named from the south (a forged or mistaken channel) is no group.
    response = signing.slash_command(f"{installed}/slack/events", "/dagordning", "", JOHANNA,
                                     SBU_CHANNEL, team=SOUTH)
    assert SBU not in str(response.json())


def test_remisser_are_listed_only_in_their_groups_workspace(installed):
    url = f"{installed}/slack/events"
    north = signing.slash_command(url, "/remisser", "", JOHANNA, "D0JOHANNA", team=NORTH)
    south = signing.slash_command(url, "/remisser", "", JOHANNA, "D0JOHANNA", team=SOUTH)
    assert REMISS in str(north.json())
    assert REMISS not in str(south.json())


def test_decisions_are_found_and_hinted_at_only_within_the_workspace(installed, regions):
    from bot import retrieval
    from bot.clock import FixedClock
    from bot.minutes.ingest import ingest_file

    with unit_of_work(regions) as session:  # the north's minutes: sbu decided about SAMS
        path = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"
        result = ingest_file(session, path, FixedClock(datetime(2026, 6, 1, 9)), publish=True)
        retrieval.learn_acronyms(session, path.read_text(encoding="utf-8"))
        retrieval.index_decisions(session, [d.id for d in result.decisions])
    url = f"{installed}/slack/events"
    north = str(signing.slash_command(url, "/beslut", "SAMS", JOHANNA, "D0JOHANNA",
                                      team=NORTH).json())
    assert f"{SBU}, tisdag 12 maj 2026" in north
    for question in ("SAMS", "vad beslutades om SAMS i mars 2026?", "samverkan"):
        south = str(signing.slash_command(url, "/beslut", question, JOHANNA, "D0JOHANNA",
                                          team=SOUTH).json())
        # Neither the decision nor that one exists elsewhere, nor its agenda item.
        assert "12 maj 2026" not in south and "SAMS" not in south.replace(
            "om SAMS", "").replace("SAMS i mars", ""), south
        assert "Barnhälsoteam" not in south


def test_dm_questions_and_app_home_use_their_own_workspace_and_token(installed, fake_slack):
    url = f"{installed}/slack/events"
    question = {"type": "message", "channel_type": "im", "channel": "D0JOHANNA",
                "user": JOHANNA, "text": "när är nästa möte?", "ts": "1.2"}
    signing.event(url, question, "Ev-sodra-1", team=SOUTH)
    posted = fake_slack.wait_for("chat.postMessage")
    assert len(posted) == 1
    assert "Chefsgrupp" in str(posted[0]) and SBU not in str(posted[0])
    assert fake_slack.tokens_of("chat.postMessage") == [SOUTH_TOKEN]

    home = {"type": "app_home_opened", "user": JOHANNA, "tab": "home", "channel": "D0J"}
    signing.event(url, home, "Ev-norra-1", team=NORTH)
    published = fake_slack.wait_for("views.publish")
    assert len(published) == 1
    shown = str(published[0]["view"])
    assert "Barn och unga" in shown and "Chefsgrupp" not in shown
    assert fake_slack.tokens_of("views.publish") == [NORTH_TOKEN]


def test_the_worker_sends_each_message_with_its_own_workspaces_token(installed, regions,
                                                                     fake_slack, clock):
    from handlers.worker import Worker

    with unit_of_work(regions) as session:
        groups = {g.slug: g.id for g in session.exec(select(Group)).all()}
        due = clock.now()
        outbox.enqueue(session, "kallelse-sbu", SBU_CHANNEL, {"text": "Kallelse"}, due,
                       group_id=groups["sbu"])
        outbox.enqueue(session, "kallelse-svvo", SVVO_CHANNEL, {"text": "Kallelse"}, due,
                       group_id=groups["cg-svvo"])
        outbox.enqueue(session, "dm-johanna", "U0CAMILLA", {"text": "Påminnelse"}, due)
    worker = Worker(multi_settings(fake_slack), regions, clock, drain=True)
    try:
        worker.one_pass(run_jobs=False)
    finally:
        worker.close()
    sent = {}
    with fake_slack.lock:
        posts = [(params["channel"], token) for (method, params), (_, token)
                 in zip(fake_slack.calls, fake_slack.tokens, strict=True)
                 if method == "chat.postMessage"]
    for channel, token in posts:
        sent[channel] = token
    assert sent[SBU_CHANNEL] == NORTH_TOKEN
    assert sent[SVVO_CHANNEL] == SOUTH_TOKEN
    assert sent["U0CAMILLA"] == NORTH_TOKEN  # Camilla is in sbu only: the north's


# --- the key --------------------------------------------------------------------------------
@pytest.mark.parametrize("key, sentence", [
    ("", t.CLI_NO_KEY),
    ("inte-en-nyckel", t.CLI_BAD_KEY),
])
def test_a_missing_or_malformed_key_stops_the_start_with_a_swedish_line(
        regions, fake_slack, capsys, key, sentence):
    from handlers.serving import serve_http
    from handlers.worker import run

    settings = multi_settings(fake_slack, key)
    assert serve_http(settings, regions, "127.0.0.1", 0) == 2
    assert capsys.readouterr().err.strip() == sentence
    assert run(settings, regions, once=True) == 2
    err = capsys.readouterr().err
    assert err.strip() == sentence and "Traceback" not in err


def test_a_key_that_opens_none_of_the_stored_tokens_stops_the_start(installed, regions,
                                                                    fake_slack, capsys):
    from handlers.serving import serve_http

    other = multi_settings(fake_slack, Fernet.generate_key().decode())
    assert serve_http(other, regions, "127.0.0.1", 0) == 2
    err = capsys.readouterr().err
    assert "öppnar inte de 2 token" in err and "Traceback" not in err


def test_a_rotated_key_still_opens_what_the_old_one_stored(installed, regions, fake_slack):
    from handlers.slack.installations import key_problem

    rotated = multi_settings(fake_slack, f"{Fernet.generate_key().decode()},{KEY}")
    assert key_problem(rotated, regions) is None


def test_with_slack_bot_token_the_bot_serves_one_workspace_as_before(fake_slack):
    settings = Settings(slack_bot_token="xoxb-en", slack_signing_secret=SECRET,
                        slack_client_id="1234.5678", slack_client_secret="oauth-hemlighet")
    assert not settings.slack_installs
    assert multi_settings(fake_slack).slack_installs


def test_the_install_pages_wait_no_longer_than_ten_minutes(multi, regions):
    _, state = begin(multi)
    with unit_of_work(regions) as session:
        row = session.get(SlackOAuthState, state)
    left = (row.expires_at.replace(tzinfo=row.expires_at.tzinfo or UTC)
            - datetime.now(UTC)).total_seconds()
    assert 500 < left <= 600


def test_a_roster_workspace_that_is_no_team_id_is_refused_with_its_line():
    from bot.roster.service import RosterError, read_roster

    with pytest.raises(RosterError) as refused:
        read_roster("workspace: region-norr\ngroups:\n  - name: Grupp\n    slug: g\n"
                    "    members:\n      - name: Eva Ek\n        role: ledamot\n")
    assert "ser inte ut som ett Slack-id för en arbetsyta" in str(refused.value.problems)


# --- the command line -----------------------------------------------------------------------
def test_slack_list_shows_each_workspace_with_its_team_id_and_groups(installed, regions,
                                                                     capsys):
    from handlers.cli_slack import show

    assert show(regions) == 0
    out = capsys.readouterr().out
    assert f"{NORTH}\tRegion Norra\t" in out and "\t2 grupper" in out  # sbu, svoo
    assert f"{SOUTH}\tRegion Södra\t" in out and "\t3 grupper" in out


def test_slack_rekey_moves_every_token_to_the_new_key(installed, regions, fake_slack, capsys):
    from handlers.cli_slack import rekey
    from handlers.slack.installations import key_problem

    new = Fernet.generate_key().decode()
    assert rekey(multi_settings(fake_slack, f"{new},{KEY}"), regions) == 0
    assert "2 token" in capsys.readouterr().out
    assert key_problem(multi_settings(fake_slack, new), regions) is None  # old key droppable
    with unit_of_work(regions) as session:
        tokens = {r.team_id: r.bot_token for r in session.exec(select(SlackInstallation))}
    assert Fernet(new.encode()).decrypt(tokens[SOUTH].encode()).decode() == SOUTH_TOKEN


def test_roster_load_looks_up_slack_ids_in_each_workspace_with_its_token(
        installed, regions, fake_slack, tmp_path, capsys):
    from handlers.cli_admin import roster_load
    from handlers.slack.workspaces import installed_clients

    text = regional_roster(tmp_path).read_text(encoding="utf-8")
    newcomers = {"sbu": "nina.norr@example.se", "cg-svvo": "sune.soder@example.se"}
    for slug, email in newcomers.items():
        member = (f"    members:\n      - name: Ny {slug}\n        email: {email}\n"
                  f"        organisation: Region Örebro län\n        role: ledamot\n")
        text = re.sub(rf"(    slug: {slug}\n(?:    .*\n)*?)    members:\n", lambda m, member=member:
                      m.group(1) + member, text, count=1)
    path = tmp_path / "roster-2.yaml"
    path.write_text(text, encoding="utf-8")
    fake_slack.users.update({"nina.norr@example.se": "U0NINA", "sune.soder@example.se": "U0SUNE"})
    settings = multi_settings(fake_slack)
    assert roster_load(regions, str(path), None, installed_clients(settings, regions)) == 0
    asked = [(params["email"], token) for (method, params), (_, token)
             in zip(fake_slack.calls, fake_slack.tokens, strict=True)
             if method == "users.lookupByEmail"]
    assert sorted(asked) == [("nina.norr@example.se", NORTH_TOKEN),
                             ("sune.soder@example.se", SOUTH_TOKEN)]
    assert "2" in capsys.readouterr().out


def test_uninstalling_the_app_forgets_that_workspace_and_its_token(installed, regions):
    url = f"{installed}/slack/events"
    gone = signing.event(url, {"type": "app_uninstalled"}, "Ev-avinstallerad", team=NORTH)
    assert gone.status_code == 200
    with unit_of_work(regions) as session:
        assert [r.team_id for r in session.exec(select(SlackInstallation))] == [SOUTH]
    after = signing.slash_command(url, "/dagordning", "", JOHANNA, "D0JOHANNA", team=NORTH)
    assert SBU not in after.text
    south = signing.slash_command(url, "/dagordning", "", JOHANNA, "D0JOHANNA", team=SOUTH)
    assert SVVO in str(south.json())


def test_a_button_pressed_from_another_workspace_opens_nothing(installed, fake_slack):
    url = f"{installed}/slack/events"
    daniel = "U0DANIELB"  # sekreterare in sbu (north)
    agenda = signing.slash_command(url, "/dagordning", "", daniel, SBU_CHANNEL, team=NORTH)
    actions = [b for b in agenda.json()["blocks"] if b["type"] == "actions"]
    button = actions[0]["elements"][0]
    assert button["text"]["text"] == "Lägg till punkt"

    def press(team: str):
        signing.interaction(url, {
            "type": "block_actions", "user": {"id": daniel, "team_id": team},
            "team": {"id": team}, "channel": {"id": SBU_CHANNEL},
            "actions": [{**button, "type": "button"}], "container": {"type": "message"}})

    press(SOUTH)  # the same value, from the south: his role in sbu counts for nothing there
    time.sleep(0.5)
    assert fake_slack.calls_to("views.open") == []
    press(NORTH)
    opened = fake_slack.wait_for("views.open")
    assert opened[0]["view"]["callback_id"] == "meeting.item"
    assert fake_slack.tokens_of("views.open") == [NORTH_TOKEN]
