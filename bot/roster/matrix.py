"""The rules of bot.roster.permissions written out: every way in, for every kind of person.

The README's matrix is `markdown()`; a test checks that the README holds exactly that, and
another walks every entry for every column against the running bot.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot import texts
from bot.roster.permissions import ADMIN_RIGHTS, GROUP_RULES, ROSTER_RIGHTS, Right
from bot.texts import permissions as t
from storage.models import Role

YES, OWN, NO = "✓", "egen", "–"


@dataclass(frozen=True)
class Entry:
    kind: str  # kommando, fråga, flik, knapp, formulär, fil, sida (the web page)
    label: str  # as people meet it
    key: str  # the command word, the action id, the form's callback
    right: Right


ENTRIES: tuple[Entry, ...] = (
    Entry("kommando", "`/hjälp`", "hjälp", Right.help),
    Entry("kommando", "`/dagordning`, ”när är nästa möte?”", "dagordning", Right.see_group),
    Entry("flik", "Hem", "home", Right.see_group),
    Entry("kommando", "`/remisser`", "remisser", Right.see_group),
    Entry("fråga", "”när ska synpunkter på … vara inne?”, ”vem ersatte …?”, "
          "”vilka var med på förra mötet?”", "related",
          Right.see_group),
    Entry("kommando", "`/beslut`, ”vad beslutades om …?”", "beslut", Right.read_decisions),
    Entry("kommando", "`/bevaka`, `/sluta-bevaka`", "bevaka", Right.follow),
    Entry("kommando", "`/anmäl-förhinder`", "anmäl-förhinder", Right.report_absence),
    Entry("formulär", "Anmäl förhinder", "absence.new", Right.report_absence),
    Entry("knapp", "Anmäl förhinder (i kallelsen)", "absence.form", Right.report_absence),
    Entry("knapp", "valet av möte när flera är samma dag", "absence.choose",
          Right.report_absence),
    Entry("knapp", "Ta tillbaka förhindret", "absence.withdraw", Right.own_absence),
    Entry("knapp", "Jag kommer", "absence.accept", Right.own_call),
    Entry("knapp", "Jag kan inte", "absence.decline", Right.own_call),
    Entry("kommando", "`/synpunkt`", "synpunkt", Right.comment),
    Entry("formulär", "Lämna synpunkter", "consultation.comment", Right.comment),
    Entry("knapp", "valet av remiss för en synpunkt utan ämne", "consultation.comment_on",
          Right.comment),
    Entry("knapp", "Ändra synpunkten", "consultation.edit", Right.comment),
    Entry("knapp", "Ta tillbaka synpunkten", "consultation.withdraw", Right.comment),
    Entry("kommando", "`/närvaro`", "närvaro", Right.see_attendance),
    Entry("knapp", "Närvarolista för protokollet", "attendance.export", Right.see_attendance),
    Entry("kommando", "`/nytt-möte`", "nytt-möte", Right.plan_meetings),
    Entry("formulär", "Nytt möte", "meeting.new", Right.plan_meetings),
    Entry("knapp", "Lägg till punkt", "meeting.add_item", Right.plan_meetings),
    Entry("formulär", "Ny punkt", "meeting.item", Right.plan_meetings),
    Entry("kommando", "`/synpunkter`", "synpunkter", Right.manage_consultations),
    Entry("kommando", "`/ny-remiss`", "ny-remiss", Right.open_consultation),
    Entry("formulär", "Ny remiss", "consultation.new", Right.open_consultation),
    Entry("knapp", "Öppna remissen (föreslagen ur ett protokoll)", "consultation.confirm",
          Right.manage_consultations),
    Entry("fil", "protokoll som delas med boten", "minutes.shared", Right.publish_minutes),
    Entry("knapp", "Publicera", "minutes.publish", Right.publish_minutes),
    Entry("knapp", "Kasta", "minutes.discard", Right.publish_minutes),
    Entry("knapp", "Publicera (protokoll delat i Teams)", "minutes.publish_draft",
          Right.publish_minutes),
    Entry("knapp", "Kasta (protokoll delat i Teams)", "minutes.discard_draft",
          Right.publish_minutes),
    Entry("kommando", "`/webb` (webbsidan: varje sida frågar samma regler)", "webb", Right.web),
    # The web page's own pages, each asking the rules above (tests/web/test_web_matrix.py).
    # Grupper and Utskick are for those who run the group: who publishes and plans there.
    Entry("sida", "Mina möten", "web.mine", Right.web),
    Entry("sida", "Kalender och iCal-adressen", "web.calendar", Right.web),
    Entry("sida", "Mina uppgifter och filen", "web.privacy", Right.web),
    Entry("sida", "Protokoll: ladda upp, granska, rätta, publicera, kasta", "web.minutes",
          Right.publish_minutes),
    Entry("sida", "Möten: planera, dagordning, kallelse", "web.meetings", Right.plan_meetings),
    Entry("sida", "Närvaro och listan för protokollet", "web.attendance",
          Right.see_attendance),
    Entry("sida", "Remisser: svar, synpunkter, export, stänga", "web.consultations",
          Right.manage_consultations),
    Entry("sida", "Ny remiss", "web.open_consultation", Right.open_consultation),
    Entry("sida", "Grupper: deltagare, roller, ersättare, deltagarlistan", "web.groups",
          Right.publish_minutes),
    Entry("sida", "Utskick", "web.outbox", Right.publish_minutes),
    # The page an answer's 'Källa:' links to: the text names who came, so members only.
    Entry("sida", "Publicerat protokoll: besluten och texten", "web.published",
          Right.see_group),
    Entry("kommando", "`/mina-uppgifter`", "mina-uppgifter", Right.own_data),
    Entry("knapp", "Skicka allt som fil (mina uppgifter)", "privacy.export", Right.own_data),
)


@dataclass(frozen=True)
class Column:
    """A kind of person, seen from one group G."""

    title: str
    role: Role | None = None  # their role in G
    in_roster: bool = True  # in the roster at all (in G or another group)
    owner: bool = False  # owns a remiss of G without being in G
    admin: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("utomstående", in_roster=False),
    Column("ledamot i annan grupp"),
    Column("ledamot", Role.member),
    Column("ersättare", Role.substitute),
    Column("tjänsteperson", Role.official),
    Column("sekreterare", Role.secretary),
    Column("ordförande", Role.chair),
    Column("remissägare", owner=True),
    Column("administratör", admin=True),
)


def cell(right: Right, column: Column) -> str:
    """✓ allowed in G, "egen" only for what is the person's own, – refused."""
    if right == Right.help:
        return YES
    if right == Right.own_data:
        return OWN  # everyone sees what is stored about them, and only that
    if column.admin:
        return YES if right in ADMIN_RIGHTS else NO
    if not column.in_roster:
        return NO
    if right in ROSTER_RIGHTS:
        return YES
    if right == Right.own_absence:
        return OWN if column.role in GROUP_RULES[Right.report_absence] else NO
    if right == Right.own_call:
        return OWN  # anyone in the roster may be called as ersättare, and answers their call
    if right == Right.manage_consultations and column.owner:
        return OWN
    return YES if column.role in GROUP_RULES.get(right, frozenset()) else NO


def holders(right: Right) -> str:
    """Who holds a right in a group, in Swedish, read off the matrix's columns: 'tjänstepersoner,
    sekreterare och ordförande i en grupp och administratörer'."""
    roles = [t.HOLDERS[c.role] for c in COLUMNS if c.role is not None and cell(right, c) == YES]
    parts = [t.HOLDERS_IN_GROUP.format(roles=texts.join_names(roles))] if roles else []
    if any(c.owner and cell(right, c) != NO for c in COLUMNS):
        parts.append(t.HOLDER_OWNER)
    if any(c.admin and cell(right, c) != NO for c in COLUMNS):
        parts.append(t.HOLDER_ADMIN)
    return texts.join_names(parts)


def page_refusal(key: str, page: str) -> str:
    """The 403 of a page of the web page (its entry's key, 'web.attendance'): which page, and
    who may open it."""
    entry = next(e for e in ENTRIES if e.key == key and e.kind == "sida")
    return t.PAGE_REFUSAL.format(page=page, who=holders(entry.right))


def markdown() -> str:
    """The matrix as the README shows it."""
    head = "| | " + " | ".join(c.title for c in COLUMNS) + " |"
    rule = "| --- |" + " :---: |" * len(COLUMNS)
    rows = [f"| {e.label} ({e.kind}) | " + " | ".join(cell(e.right, c) for c in COLUMNS) + " |"
            for e in ENTRIES]
    return "\n".join([head, rule, *rows])
