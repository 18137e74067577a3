"""A secretary's check on the web page changes only what she changed: the rest of what the
reader found (a decision's item number, the proposal an approval approves, the text of its
item; an agenda item's presenters) goes out as read. Before, every decision went out without
them, so the announcement said "Gruppen bifaller Ingmars förslag" without saying which, and a
question by the item's words found nothing."""

from __future__ import annotations

from bot.minutes import review
from bot.minutes.reading import parse_text
from tests.bot.test_item_numbers import PARAGRAPHS  # a socialnämnd's § 12 and § 13
from tests.conftest import EXAMPLES

SBU = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"


def _checked(parsed, **changes):
    form = review.field_values(parsed) | changes
    checked = review.apply(parsed, form)
    assert checked.errors == {}
    return checked.parsed


def test_an_unchanged_review_keeps_every_decision_as_the_reader_found_it():
    parsed = parse_text(SBU.read_text(encoding="utf-8"), SBU.name)
    kept = _checked(review.from_data(review.to_data(parsed)))  # as a stored draft is read back
    assert kept.decisions == parsed.decisions
    approval = next(d for d in kept.decisions if d.text == "Gruppen bifaller Ingmars förslag.")
    assert "Välfärd och Folkhälsa" in approval.what
    assert kept.agenda == parsed.agenda  # presenters, numbers and sub-items included
    assert any(a.title == "Barn med misstänkt IF" and a.level == 2 for a in kept.agenda)


def test_a_decision_keeps_its_paragraph_number_when_its_text_is_corrected():
    parsed = parse_text(PARAGRAPHS, "socialnamnden.txt")
    budget = next(i for i, d in enumerate(parsed.decisions) if d.number == "§ 13")
    kept = _checked(parsed, **{
        f"decision.{budget}.text": "Nämnden beslutar att godkänna budgeten för 2027."})
    corrected = kept.decisions[budget]
    assert (corrected.number, corrected.text) == (
        "§ 13", "Nämnden beslutar att godkänna budgeten för 2027.")
    assert corrected.item_text == parsed.decisions[budget].item_text


def test_a_rewritten_approval_no_longer_carries_the_proposal_the_reader_paired_it_with():
    parsed = parse_text(SBU.read_text(encoding="utf-8"), SBU.name)
    i = next(i for i, d in enumerate(parsed.decisions) if d.approves)
    kept = _checked(parsed, **{f"decision.{i}.text": "Gruppen ger VoF i uppdrag att se över."})
    assert kept.decisions[i].approves == ""
    assert kept.decisions[i].what == "Gruppen ger VoF i uppdrag att se över."


def test_a_corrected_title_keeps_its_presenters_and_a_new_line_is_a_new_item():
    parsed = parse_text(SBU.read_text(encoding="utf-8"), SBU.name)
    titles = [a.title for a in parsed.agenda if a.level == 1]
    titles[0] = "Inledning och föregående anteckningar"  # a title corrected in place
    kept = _checked(parsed, agenda="\n".join(titles))
    assert (kept.agenda[0].title, kept.agenda[0].presenters) == (titles[0], ["Ingmar Ångman"])

    titles.insert(1, "Information från länsstyrelsen")  # an item the reader missed
    kept = _checked(parsed, agenda="\n".join(titles))
    assert (kept.agenda[1].title, kept.agenda[1].presenters) == (titles[1], [])
    samkraft = next(a for a in kept.agenda if a.title == "Samkraft")
    assert samkraft.presenters == ["Lena Uvhagen"]
    assert kept.agenda[0].presenters == []  # renamed, and no longer in its place: hers


def test_the_chair_and_the_secretary_keep_their_roles_and_a_moved_name_its_place():
    svoo = EXAMPLES / "protokoll" / "specifika-samverkansradet-svoo-2024-05-17.txt"
    parsed = parse_text(svoo.read_text(encoding="utf-8"), svoo.name)
    form = review.field_values(parsed)
    present = form["present"].splitlines()
    moved = next(line for line in present if line.startswith("Jonas Hansen"))
    kept = _checked(parsed, present="\n".join(p for p in present if p != moved),
                    absent="\n".join([form["absent"], moved]).strip())
    roles = {a.name: (a.role, a.present) for a in kept.attendees}
    assert roles["Jenny Steen"] == ("chair", True)
    assert roles["Jonas Hansen"] == ("member", False)
    assert len(kept.attendees) == len(parsed.people())  # each person once, none lost
