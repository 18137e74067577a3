"""/närvaro counts by seat, as its rows show them: one who comes for part of the meeting comes
(for part, and is said to), a ledamot whose ersättare said yes is there through them, and the
ordförande is told apart from the ledamöter."""

from __future__ import annotations

from bot.replies import Button
from storage.models import SubstituteCall
from tests.bot.test_absences import press, rows
from tests.handlers.test_console import talk

DANIEL, JOHANNA, CAMILLA, INGMAR, MARCUS = ("U0DANIELB", "U0JOHANNA", "U0CAMILLA", "U0INGMARA",
                                            "U0MARCUSB")


def overview(loaded, clock) -> str:
    return talk(loaded, clock, ["/närvaro"], user=DANIEL)


def test_nobody_has_reported_yet(loaded, clock):
    """Nine ledamöter and the ordförande: the roster of Samverkansgrupp Barn och unga."""
    assert ("Ledamöter: 9 av 9 kommer, 0 har förhinder. Ordförande Ingmar Ångman kommer."
            in overview(loaded, clock))


def test_part_of_the_meeting_counts_as_coming_for_part(loaded, clock):
    talk(loaded, clock, ["/anmäl-förhinder 31 augusti från kl. 14"], user=JOHANNA)
    talk(loaded, clock, ["/anmäl-förhinder 31 augusti ingen ersättare"], user=CAMILLA)
    shown = overview(loaded, clock)
    assert "Johanna Viberg (ledamot): kommer en del av mötet, förhinder från kl. 14.00" in shown
    assert "Camilla Wass (ledamot): förhinder" in shown
    assert ("Ledamöter: 8 av 9 kommer (1 en del av mötet), 1 har förhinder. "
            "Ordförande Ingmar Ångman kommer.") in shown


def test_the_ordforande_is_no_ledamot_in_the_count(loaded, clock):
    talk(loaded, clock, ["/anmäl-förhinder 31 augusti till kl. 14 ingen ersättare"], user=INGMAR)
    shown = overview(loaded, clock)
    assert "Ingmar Ångman (ordförande): kommer en del av mötet, förhinder till kl. 14.00" in shown
    assert ("Ledamöter: 9 av 9 kommer, 0 har förhinder. "
            "Ordförande Ingmar Ångman kommer en del av mötet.") in shown


def test_an_ersattare_who_said_yes_fills_the_seat(loaded, clock):
    talk(loaded, clock, ["/anmäl-förhinder 31 augusti"], user=JOHANNA)
    assert ("Ledamöter: 8 av 9 kommer, 1 har förhinder."
            in overview(loaded, clock))
    (call,) = rows(loaded, SubstituteCall)
    press(loaded, clock, Button("Jag kommer", "absence.accept", str(call.id)), user=MARCUS)
    shown = overview(loaded, clock)
    assert "Marcus Boljang: ersättare för Johanna Viberg, kommer" in shown
    assert "Ledamöter: 9 av 9 kommer (1 genom ersättare), 1 har förhinder." in shown
