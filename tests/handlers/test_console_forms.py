"""The console does what Slack does: App Home with /hem, forms asked field by field, and any
button shown earlier pressed by its label."""

from __future__ import annotations

from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Absence, Comment, SubstituteCall
from tests.handlers.test_console import talk

JOHANNA = "U0JOHANNA"


def rows(engine, model):
    with unit_of_work(engine) as session:
        return list(session.exec(select(model)).all())


def test_hem_shows_app_home(loaded, clock):
    transcript = talk(loaded, clock, ["/hem"])
    assert transcript.startswith("Dina nästa möten")
    assert "Samverkansgrupp Barn och unga: måndag 31 augusti 2026 kl. 13.00–15.00" in transcript


def test_the_absence_form_is_asked_line_by_line(loaded, clock):
    transcript = talk(loaded, clock, [
        "/anmäl-förhinder",  # no text: the form
        "",                  # Möte: Enter keeps the first, 31 augusti
        "",                  # Ersättare: Enter keeps the usual one
        "14.30",             # Borta från
        "",                  # Borta till: skipped
        "",                  # punkter: skipped
        "Jag kommer efter lunch.",
    ])
    assert "Anmäl förhinder (Enter behåller" in transcript
    assert "Möte (välj med numret) [Enter: måndag 31 augusti 2026 kl. 13.00–15.00" in transcript
    assert "Ersättare (välj med numret) [Enter: Min ordinarie ersättare]" in transcript
    assert "Det här fylls i i ett formulär" not in transcript
    assert "Klart. Du har anmält förhinder till en del av mötet måndag 31 augusti 2026" in \
        transcript
    (absence,) = rows(loaded, Absence)
    assert absence.part_from.isoformat() == "14:30:00"
    assert len(rows(loaded, SubstituteCall)) == 1


def test_a_bad_answer_is_asked_again_and_avbryt_sends_nothing(loaded, clock):
    transcript = talk(loaded, clock, ["/anmäl-förhinder", "9", "/avbryt"])
    assert "Välj med ett nummer från 1 till" in transcript
    assert "Avbrutet. Ingenting skickades." in transcript
    assert rows(loaded, Absence) == []


def test_a_synpunkt_through_its_form(loaded, clock):
    transcript = talk(loaded, clock, ["/synpunkt", "1", "Vi tillstyrker förslaget."])
    assert "Remiss (välj med numret)" in transcript
    assert "  1. Riktlinjer för barnhälsoteam och fristående förskolor" in transcript
    assert "Tack! Din synpunkt på ”Riktlinjer för barnhälsoteam" in transcript
    assert [c.text for c in rows(loaded, Comment)] == ["Vi tillstyrker förslaget."]


def test_a_button_from_an_earlier_reply_is_pressed_by_its_label(loaded, clock):
    transcript = talk(loaded, clock, [
        "/anmäl-förhinder 31 augusti",  # [Ta tillbaka förhindret]
        "/dagordning",                  # another reply in between
        "/hjälp",
        "[ta tillbaka förhindret]",
    ])
    assert "Ditt förhinder till måndag 31 augusti 2026 kl. 13.00–15.00" in transcript
    assert rows(loaded, Absence)[0].withdrawn_at is not None


def test_an_unknown_label_names_the_buttons_there_are(loaded, clock):
    transcript = talk(loaded, clock, ["[Jag kommer]", "/anmäl-förhinder 31 augusti",
                                      "[Jag kommer]"])
    assert "Det finns inga knappar att trycka på än." in transcript
    assert "Jag hittade ingen knapp som heter ”Jag kommer” i svaren här. Knappar just nu: " \
        "[Ta tillbaka förhindret]." in transcript


def test_items_chosen_in_other_digits_are_asked_again(loaded, clock):
    """'²' passes str.isdigit() but not int(): asked again like any other wrong number."""
    transcript = talk(loaded, clock, ["/anmäl-förhinder", "", "", "", "", "²", "/avbryt"])
    assert "Avbrutet. Ingenting skickades." in transcript
    assert "Något gick fel" not in transcript
    assert rows(loaded, Absence) == []
