"""Conversations through the console adapter, as a member would type them."""

from __future__ import annotations

import io
import json

from handlers import console

JOHANNA = "U0JOHANNA"


def talk(engine, clock, lines: list[str], user: str = JOHANNA, json_output: bool = False) -> str:
    out = io.StringIO()
    console.run(engine, clock, user, json_output=json_output,
                stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out)
    return out.getvalue()


def test_dagordning_shows_the_next_sample_meeting(loaded, clock):
    transcript = talk(loaded, clock, ["/dagordning"])
    assert "Samverkansgrupp Barn och unga: måndag 31 augusti 2026 kl. 13.00–15.00" in transcript
    assert "Plats: Sothönan, Regionhuset, Klostergatan 23, Örebro" in transcript
    assert "1. Inledning och föregående minnesanteckningar (Ingmar Ångman)" in transcript
    assert "Underlag (https://example.se/underlag/bht-riktlinjer.pdf)" in transcript


def test_free_text_questions_give_the_same_answers(loaded, clock):
    for question in ("när är nästa möte?", "Vad står på dagordningen den 31 augusti?",
                     "nästa möte i sbu"):
        transcript = talk(loaded, clock, [question])
        assert "måndag 31 augusti 2026 kl. 13.00–15.00" in transcript, question


def test_a_named_group_and_date(loaded, clock):
    transcript = talk(loaded, clock, ["/dagordning sbu 19 oktober"])
    assert "måndag 19 oktober 2026 kl. 13.00–15.00" in transcript
    assert "Dagordningen är inte klar ännu." in transcript


def test_an_unreadable_date_says_what_was_understood_and_suggests(loaded, clock):
    transcript = talk(loaded, clock, ["/dagordning sbu någon gång snart"])
    assert "Jag förstod inte vilket datum du menar med ”någon gång snart”." in transcript
    assert "Nästa möten: måndag 31 augusti, måndag 19 oktober." in transcript


def test_a_group_the_member_is_not_in(loaded, clock):
    transcript = talk(loaded, clock, ["/dagordning svoo"])
    assert "Jag hittade ingen grupp som heter ”svoo”." in transcript
    assert "Samverkansgrupp Barn och unga" in transcript


def test_an_unknown_person_is_told_who_can_help(loaded, clock):
    transcript = talk(loaded, clock, ["/dagordning"], user="U0NOBODY")
    assert "Be sekreteraren i din grupp" in transcript


def test_unknown_words_get_help_not_an_error(loaded, clock):
    transcript = talk(loaded, clock, ["hej hej", "/finnsinte", "/hjälp"])
    assert "Jag förstod inte riktigt." in transcript
    assert "Kommandot /finnsinte känner jag inte till." in transcript
    assert "• /dagordning – nästa möte" in transcript  # no backticks in a terminal


def test_json_output_has_text_and_blocks(loaded, clock):
    lines = talk(loaded, clock, ["/dagordning", "hej"], json_output=True).strip().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert "måndag 31 augusti 2026" in first["text"]
    assert first["blocks"][0]["type"] == "section"
    assert "*" not in first["text"]  # mrkdwn is made plain for people


def test_after_the_last_meeting_there_is_nothing_planned(loaded):
    from datetime import datetime

    from bot.clock import FixedClock

    transcript = talk(loaded, FixedClock(datetime(2027, 1, 10, 9, 0)), ["/dagordning"])
    assert "Det finns inga planerade möten" in transcript


def test_the_demo_conversation_from_the_readme(tmp_path, capsys, monkeypatch):
    """What `make demo` prints and answers: the README's promise, line by line."""
    from bot.settings import Settings
    from handlers import demo

    monkeypatch.setattr("sys.stdin", io.StringIO(
        "/dagordning\nvad beslutades om SAMS?\n/anmäl-förhinder 31 augusti\n"
        "[Ta tillbaka förhindret]\nfinns det något beslut om kollektivtrafik?\n"
    ))
    assert demo.run(Settings(data_dir=tmp_path), None) == 0
    out = capsys.readouterr().out
    assert "Du är Johanna Viberg." in out
    assert "Samverkansgrupp Barn och unga: måndag 31 augusti 2026 kl. 13.00–15.00" in out
    assert "”Gruppen bifaller Ingmars förslag.”" in out
    assert "Punkt: Obruten skolgång och modellen SAMS" in out
    assert "Marcus Boljang är kallad som ersättare." in out
    assert "är borttaget" in out
    assert "Jag hittade inget beslut om kollektivtrafik." in out


def test_the_demo_serves_the_web_page_and_its_sign_in_links_work(tmp_path, capsys,
                                                                  monkeypatch):
    """`make demo` prints the web page's address and a sign-in link for the demo member and
    a secretary: each link signs in once, and the secretary finds the sample minutes."""
    import re
    import socket

    import httpx
    import waitress.server

    from bot.settings import Settings
    from handlers import demo

    servers = []
    real = waitress.server.create_server

    def keep(*args, **kwargs):
        servers.append(real(*args, **kwargs))
        return servers[-1]

    monkeypatch.setattr(waitress.server, "create_server", keep)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert demo.run(Settings(data_dir=tmp_path), None, port=port) == 0
    out = capsys.readouterr().out
    try:
        address = re.search(r"Webbsidan: (http://127\.0\.0\.1:\d+/webb/)", out).group(1)
        links = dict(re.findall(r"Logga in som ([^(]+?) \(\w+; länken fungerar en gång\): "
                                r"(\S+)", out))
        assert set(links) == {"Johanna Viberg", "Daniel Berglund"}
        with httpx.Client(timeout=30) as client:
            assert "/webb/logga-in" in client.get(address).headers["location"]
        pages = {}
        for name, link in links.items():
            with _browser_like() as client:
                form = client.get(link)
                csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
                signed = client.post(link, data={"csrf": csrf})
                assert signed.status_code == 302 and signed.headers["location"] == "/webb/"
                pages[name] = client.get(address).text
                if name == "Daniel Berglund":
                    pages["Protokoll"] = client.get(address + "protokoll").text
                assert client.get(link).status_code == 410  # once only
        assert "måndag 31 augusti 2026 kl. 13.00–15.00" in pages["Johanna Viberg"]
        assert "Samverkansgrupp Barn och unga" in pages["Daniel Berglund"]
        assert "samverkansgrupp-barn-och-unga-2026-05-12.txt" in pages["Protokoll"]
        assert "tisdag 12 maj 2026" in pages["Protokoll"]
    finally:
        for server in servers:
            _stop(server)


def _stop(server) -> None:
    """Closes a waitress server in its own loop thread, as waitress's trigger lets one: closed
    from this thread, its socket went away under the loop's select() (EBADF in the demo-web
    thread, reported by pytest against whichever test ran next)."""
    import time

    try:
        server.trigger.pull_trigger(server.close)
    except OSError:  # its loop has ended and closed the trigger's pipe: the server is closed
        return
    deadline = time.monotonic() + 10
    while server._fileno in server._map and time.monotonic() < deadline:
        time.sleep(0.01)


def _browser_like():
    """An httpx client that sends the session cookie back over http to 127.0.0.1, as browsers
    do with a Secure cookie there (httpx keeps it for https only)."""
    import httpx

    client = httpx.Client(timeout=30)

    def keep(response):
        for header in response.headers.get_list("set-cookie"):
            name, _, rest = header.partition("=")
            if name == "samverkansbot_session":
                client.headers["Cookie"] = f"{name}={rest.split(';', 1)[0]}"

    client.event_hooks["response"] = [keep]
    return client


# Moments that lie ahead by nature (a meeting, a deadline, a delivery, a link's expiry): every
# other moment stored is when something was done.
AHEAD = {"starts_at", "ends_at", "deadline", "due_at", "next_attempt_at", "lease_until",
         "expires_at", "bot_token_expires_at"}


def test_the_demo_database_keeps_to_the_demo_clock(tmp_path):
    """`make demo` says today is the demo's "today" (måndag 24 augusti 2026 kl. 09.00): nothing
    in its database may be stamped later, or the web page shows minutes published after today
    (the samples were once published with the real date)."""
    from datetime import UTC

    from sqlalchemy import DateTime, select

    from bot.clock import FixedClock
    from handlers import demo
    from storage.models import Document, SQLModel

    engine = demo.build(tmp_path / "demo.db")
    today = FixedClock(demo.DEMO_NOW).now()
    later = []
    with engine.connect() as connection:
        for table in SQLModel.metadata.sorted_tables:
            for column in table.columns:
                if not isinstance(getattr(column.type, "impl", column.type), DateTime) or \
                        column.name in AHEAD:
                    continue
                for (value,) in connection.execute(select(column).where(column.is_not(None))):
                    stamp = value if value.tzinfo else value.replace(tzinfo=UTC)
                    if stamp > today:
                        later.append(f"{table.name}.{column.name} {value}")
        published = connection.execute(select(Document.__table__.c.published_at)).all()
    engine.dispose()
    assert len(published) == 5 and all(row[0] is not None for row in published)
    assert later == []


def test_who_came_to_the_last_meeting_as_the_published_minutes_say(engine, clock):
    """Typed in the console as a member would: the attendance comes from the minutes the
    secretary published, with the source, and the absent first when that is what was asked."""
    from tests.bot.decision_samples import load_samples

    load_samples(engine)
    said = talk(engine, clock, ["vem var frånvarande på förra mötet?"])
    assert "Enligt protokollet från mötet tisdag 12 maj 2026 (Samverkansgrupp Barn och unga):" \
        in said
    # the organisations the minutes leave out are the roster's
    assert said.index("Frånvarande (2): Annika Karlsson Juliussen (RF-SISU Örebro län) och "
                      "Jaana Jansson (Hallsbergs kommun).") < said.index("Närvarande (11):")
    assert "Källa: samverkansgrupp-barn-och-unga-2026-05-12.txt" in said
