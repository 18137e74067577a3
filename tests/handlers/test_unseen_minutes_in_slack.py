"""A secretary shares minutes of bodies nobody here has seen (the dev corpus, signed Slack HTTP):
what she can do with what the reader could not settle, before anything is published."""

from __future__ import annotations

import io

from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Decision, Document, MinutesDraft, OutboxMessage
from tests.conftest import ROOT
from tests.handlers.test_minutes_upload import press, share

DANIEL, SBU, DM = "U0DANIELB", "C0SBU0001", "D0DANIEL"
DEV = ROOT / "tests" / "corpus" / "dev"
UNDATED = DEV / "jonkoping-bbu-minnesanteckningar-2015-08-31.docx"  # no date in the text
FOLKHALSORAD_2015 = DEV / "nordmaling-folkhalsoradet-2015-01-14.pdf"  # a body the roster lacks


def buttons(posted) -> dict[str, dict]:
    return {e["text"]["text"]: e for b in posted["blocks"] if b["type"] == "actions"
            for e in b["elements"]}


def test_minutes_without_a_date_can_be_dated_on_the_review_page(served, fake_slack, loaded):
    # Before: told to write the date into the document or run `samverkansbot ingest --date`,
    # a command a secretary in Slack has no access to, and no button at all.
    share(served, fake_slack, "FD1", UNDATED.name, UNDATED.read_bytes(), DANIEL, DM, "EvD1")
    (posted,) = fake_slack.wait_for("chat.postMessage")
    assert posted["text"].startswith(f"Jag hittade inget mötesdatum i *{UNDATED.name}*")
    assert "Granska på webben och fyll i datumet där" in posted["text"]
    assert "samverkansbot" not in posted["text"]
    shown = buttons(posted)
    assert set(shown) == {"Granska på webben", "Kasta"}
    press(served, fake_slack, DANIEL, shown["Granska på webben"], channel=DM)
    (answer,) = fake_slack.wait_for("response")
    assert answer["text"].startswith(f"{UNDATED.name} väntar på granskning på webbsidan.")
    assert "/webb/in/" in answer["text"]
    with unit_of_work(loaded) as session:
        (draft,) = session.exec(select(MinutesDraft)).all()
        assert draft.parsed["date"] is None
        assert session.exec(select(Document)).all() == []


def test_old_minutes_of_an_unknown_body_can_go_to_the_archive_without_news(
    served, fake_slack, loaded
):
    # Before: minutes of January 2015 of a body the roster lacks offered only "Publicera i …",
    # which told the channel of decisions eleven years old as news.
    share(served, fake_slack, "FN1", FOLKHALSORAD_2015.name, FOLKHALSORAD_2015.read_bytes(),
          DANIEL, SBU, "EvN1")
    (posted,) = fake_slack.wait_for("chat.postEphemeral")
    shown_text = str(posted["blocks"])
    assert "Mötet hölls för mer än ett år sedan." in shown_text
    shown = buttons(posted)
    quietly = "Publicera utan meddelande i Samverkansgrupp Barn och unga"
    assert quietly in shown and "Publicera i Samverkansgrupp Barn och unga" in shown
    assert shown[quietly].get("style") == "primary"
    press(served, fake_slack, DANIEL, shown[quietly])
    (answer,) = fake_slack.wait_for("response")
    assert answer["text"] == ("Klart. Besluten från onsdag 14 januari 2015 är publicerade utan "
                              "meddelande i kanalen. De går att fråga om.")
    with unit_of_work(loaded) as session:
        assert len(session.exec(select(Decision)).all()) == 3
        assert [m for m in session.exec(select(OutboxMessage)).all()
                if m.key.startswith("announce:")] == []


def test_the_same_minutes_shared_again_after_publishing_say_so_with_nothing_to_press(
    served, fake_slack, loaded
):
    # Before: the full preview again with Publicera, Granska på webben and Kasta, as if new;
    # Publicera then answered that it was already published, Granska på webben the same.
    minutes = DEV / "umearegionen-regionradet-2012-06-12.docx"
    share(served, fake_slack, "FS1", minutes.name, minutes.read_bytes(), DANIEL, SBU, "EvS1")
    (posted,) = fake_slack.wait_for("chat.postEphemeral")
    press(served, fake_slack, DANIEL, buttons(posted)["Publicera i Samverkansgrupp Barn och unga"])
    fake_slack.wait_for("response")
    share(served, fake_slack, "FS2", minutes.name, minutes.read_bytes(), DANIEL, DM, "EvS2")
    (again,) = fake_slack.wait_for("chat.postMessage")
    assert ("Det här protokollet är redan publicerat: mötet tisdag 12 juni 2012 (Samverkansgrupp "
            "Barn och unga), publicerat måndag 24 augusti 2026. Besluten går att fråga om, och "
            "ingenting skickas igen.") in str(again["blocks"])
    assert buttons(again) == {}


def scanned_pdf() -> bytes:
    """Minutes as a scanner makes them: a picture of the page, no text in the PDF."""
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (620, 877), "white")
    ImageDraw.Draw(page).text((60, 60), "Minnesanteckningar 2026-08-18", fill="black")
    out = io.BytesIO()
    page.save(out, format="PDF")
    return out.getvalue()


def test_a_scanned_pdf_shared_in_the_channel_is_answered_privately(served, fake_slack, loaded):
    # Before: silence in the group's channel (only a DM said why), so the secretary who shared
    # scanned minutes there waited for a preview that never came.
    share(served, fake_slack, "FP1", "protokoll-2026-08-18.pdf", scanned_pdf(), DANIEL, SBU,
          "EvP1")
    (posted,) = fake_slack.wait_for("chat.postEphemeral")
    assert posted["user"] == DANIEL and posted["channel"] == SBU
    assert posted["text"] == (
        "protokoll-2026-08-18.pdf: PDF-filen har inget textlager (den är troligen inskannad). "
        "Skicka en PDF med text eller en Word-fil. Ingenting sparades från den filen.")
    assert fake_slack.calls_to("chat.postMessage") == []


def test_a_letter_shared_in_the_channel_is_still_left_alone(served, fake_slack, loaded):
    letter = ("Till Samverkansgrupp Barn och unga\n\nHej!\n\nTack för ett gott samarbete under "
              "året. Vi ses i höst.\n\nMed vänliga hälsningar\nAnna Andersson\nÖrebro kommun\n")
    share(served, fake_slack, "FL1", "brev.txt", letter.encode(), DANIEL, SBU, "EvL1")
    share(served, fake_slack, "FL2", "brev.txt", letter.encode(), DANIEL, DM, "EvL2")
    (posted,) = fake_slack.wait_for("chat.postMessage")  # the DM says why; the channel nothing
    assert posted["text"].startswith("brev.txt: Det här ser ut som ett brev eller ett mejl")
    assert "Ingenting sparades" in posted["text"]
    assert fake_slack.calls_to("chat.postEphemeral") == []


def test_minutes_without_decisions_are_not_called_decisions_when_published(
    served, fake_slack, loaded
):
    # Before: "Klart. Besluten från fredag 16 december 2016 är publicerade i …", of minutes
    # in which the reader found no decision, and the secretary added none.
    minutes = DEV / "samordningsforbundet-sydnarke-2016-12-16.pdf"
    share(served, fake_slack, "FZ1", minutes.name, minutes.read_bytes(), DANIEL, SBU, "EvZ1")
    (posted,) = fake_slack.wait_for("chat.postEphemeral")
    assert "0 beslut" in str(posted["blocks"])
    press(served, fake_slack, DANIEL, buttons(posted)["Publicera i Samverkansgrupp Barn och unga"])
    (answer,) = fake_slack.wait_for("response")
    assert answer["text"] == ("Klart. Protokollet från fredag 16 december 2016 är publicerat i "
                              "Samverkansgrupp Barn och unga, utan beslut. Kanalen får veta var "
                              "det finns.")


def test_a_member_who_shares_minutes_is_told_whose_they_are_to_publish(
    served, fake_slack, loaded
):
    # Before: "… du är inte det i någon grupp. Skicka protokollet till gruppens sekreterare."
    # to a tjänsteperson of one group only, without saying who that is.
    minutes = DEV / "nordmaling-folkhalsoradet-2015-01-14.pdf"
    share(served, fake_slack, "FM1", minutes.name, minutes.read_bytes(), "U0PETERBE",
          "D0PETER", "EvM1")
    (posted,) = fake_slack.wait_for("chat.postMessage")
    assert posted["text"].startswith("Bara sekreterare och ordförande i Samverkansgrupp Barn "
                                     "och unga kan publicera protokoll. Kontakta Daniel Berglund")
    assert fake_slack.downloads == []  # her file is not read
    with unit_of_work(loaded) as session:
        assert session.exec(select(MinutesDraft)).all() == []
