"""Minutes with 60 decisions under 40 items, published: the group's channel gets the first
decisions in full, every other item named one a line, and a question to ask that the question
search answers with one of them; within Slack's limits, nothing cut mid-word."""

from __future__ import annotations

import re

from sqlmodel import select

from bot.decisions.questions import ask
from bot.minutes.ingest import ingest_file
from bot.minutes.stored import publish
from bot.replies import reply_from_payload
from handlers.slack.render import reply_messages
from storage.engine import unit_of_work
from storage.models import Decision, OutboxMessage

TITLES = [
    "Regional handlingsplan för suicidprevention", "Samordnad individuell plan för barn",
    "Elevhälsans medicinska insatser", "Tidiga samordnade insatser i förskolan",
    "Barnahus i Örebro län", "Ungdomsmottagningarnas öppettider",
    "Föräldraskapsstöd i länets kommuner", "Psykisk hälsa hos unga vuxna",
    "Skolfrånvaro och hemmasittare", "Familjecentraler i norra länsdelen",
    "Våld i nära relationer bland unga", "Ansökan om medel från Allmänna arvsfonden",
    "Uppföljning av överenskommelsen om SIP", "Barnkonventionen i kommunernas arbete",
    "Digitala vårdbesök för barn", "Kompetensutveckling för elevhälsoteam",
    "Samverkan kring placerade barn", "Riktlinjer för orosanmälan",
    "Länsgemensam modell för BUP-remisser", "Fritidsverksamhet för barn med funktionsnedsättning",
    "Språkutveckling i förskolan", "Ekonomiskt bistånd till unga vuxna",
    "Drogförebyggande arbete i skolan", "Mottagande av ensamkommande barn",
    "Samverkansgruppens verksamhetsplan 2027", "Rapport från Barnrättsforum",
    "Trygghetsvandringar i Hallsberg", "Sommarjobb för ungdomar", "Nätverket för skolkuratorer",
    "Statsbidrag för psykisk hälsa 2027", "Kartläggning av väntetider till BUP",
    "Hälsosamtal i skolan", "Socialtjänstens öppenvård för tonåringar",
    "Brottsförebyggande råd i Kumla", "Idrottens roll för unga",
    "Sekretess mellan skola och socialtjänst", "Utvärdering av Första linjen",
    "Lokala samverkansöverenskommelser", "Årsplanering för 2027", "Kommande mötesdatum",
]


def minutes_text(titles=TITLES, points: int = 2) -> str:
    """Twenty items with two att-satser each (or `points`), twenty with one: 60 decisions."""
    lines = ["Minnesanteckningar Samverkansgrupp Barn och unga", "",
             "Tid: 2026-08-20, kl. 13.00 – 16.00", "Plats: Sothönan, Regionhuset", "",
             "Närvarande: Ingmar Ångman, Daniel Berglund, Johanna Viberg", ""]
    for number, title in enumerate(titles, start=1):
        lines += [f"{number}. {title}", f"Daniel Berglund redogör för {title.lower()}."]
        if number <= 20:
            lines += ["Beslut:", "Gruppen beslutar", f"att godkänna underlaget om {title.lower()},",
                      f"att ge Daniel Berglund i uppdrag att återkomma om {title.lower()} i "
                      "december."][:points + 2]
            if points == 3:
                lines[-1] += ","
                lines.append(f"att informera länets kommuner om {title.lower()}.")
        else:
            lines.append(f"Beslut: Gruppen beslutar att ställa sig bakom förslaget om "
                         f"{title.lower()}.")
        lines.append("")
    return "\n".join(lines)


def published(engine, clock, tmp_path, text: str):
    """(the decisions, the announcement as Slack messages)."""
    path = tmp_path / "samverkansgrupp-barn-och-unga-2026-08-20.txt"
    path.write_text(text, encoding="utf-8")
    with unit_of_work(engine) as session:
        stored = ingest_file(session, path, clock)
        publish(session, stored.document.id, clock.now())
    with unit_of_work(engine) as session:
        decisions = session.exec(select(Decision).order_by(Decision.position)).all()
        (message,) = [m for m in session.exec(select(OutboxMessage)).all()
                      if m.key.startswith("announce:")]
        return decisions, reply_messages(reply_from_payload(message.payload))


def test_sixty_decisions_are_announced_usefully_within_slacks_limits(loaded, clock, tmp_path):
    decisions, messages = published(loaded, clock, tmp_path, minutes_text())
    assert len(decisions) == 60
    texts = []
    for sent in messages:
        assert len(sent["blocks"]) <= 50
        block_texts = [b["text"]["text"] for b in sent["blocks"] if "text" in b]
        assert all(len(text) <= 3000 for text in block_texts)
        assert len(sent["text"]) + sum(map(len, block_texts)) <= 40_000
        texts += block_texts
    shown = "\n".join(texts)
    assert shown.startswith("Nya beslut från Samverkansgrupp Barn och unga torsdag 20 augusti")
    # The first eight decisions whole, each item named once above its decisions.
    for decision in decisions[:8]:
        assert decision.text in shown
    assert shown.count("*Regional handlingsplan för suicidprevention*") == 1
    # Every other item named on a line of its own, with its count of decisions.
    assert "*Ytterligare 52 beslut*, under de här punkterna:" in shown
    assert "• Barnahus i Örebro län (2 beslut)\n" in shown
    assert "• Kommande mötesdatum\n" in shown
    for title in TITLES:
        assert title in shown, title
    # The question it suggests is one the question search answers with these minutes.
    example = re.search(r"till exempel `(/beslut [^`]+)`", shown)
    assert example is not None, shown[-400:]
    with unit_of_work(loaded) as session:
        answer = ask(session, example[1].removeprefix("/beslut "), clock.now().date())
    assert answer.sources and answer.sources[0]["date"] == "2026-08-20"
    assert answer.sources[0]["item"] in TITLES[4:]


def test_an_item_is_written_out_whole_or_listed_never_both(loaded, clock, tmp_path):
    """Three decisions an item: two items (six decisions) written out, the third listed."""
    decisions, messages = published(loaded, clock, tmp_path, minutes_text(TITLES[:5], points=3))
    shown = "\n".join(b["text"]["text"] for m in messages for b in m["blocks"] if "text" in b)
    assert len(decisions) == 15
    assert "*Samordnad individuell plan för barn*" in shown
    assert "• Samordnad individuell plan för barn" not in shown
    assert "*Elevhälsans medicinska insatser*" not in shown
    assert ("*Ytterligare 9 beslut*, under de här punkterna:\n"
            "• Elevhälsans medicinska insatser (3 beslut)\n"
            "• Tidiga samordnade insatser i förskolan (3 beslut)\n"
            "• Barnahus i Örebro län (3 beslut)\n") in shown
