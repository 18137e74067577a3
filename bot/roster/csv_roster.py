"""A group's member list as Excel saves it (CSV): the roster of one group, read whole.

Swedish Excel saves "CSV (semikolonavgränsad)" in Windows-1252, or "CSV UTF-8" with a byte
order mark; the first row names the columns in Swedish ("Namn;Organisation;Roll;E-post;
Ersättare för"). Every row is checked before anything is stored, and each problem is said with
its row number (the header is row 1), so a list with one mistake stores nothing and says what
to fix. Stored like the roster file: members missing from the list become inactive.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata

from bot.roster.service import ROLES_SV, RosterError, RosterGroup, RosterMember, shared_ids
from bot.texts import roster as t
from storage.models import Group, Role

# Column names as people write them (case, spaces and hyphens do not matter).
COLUMNS = {
    "name": ("namn", "för- och efternamn", "ledamot"),
    "organisation": ("organisation", "kommun/organisation", "kommun", "myndighet",
                     "förvaltning"),
    "role": ("roll", "uppdrag", "funktion"),
    "email": ("e-post", "epost", "e-postadress", "epostadress", "mejl", "mail", "e-mail"),
    "substitute_for": ("ersättare för", "ersätter", "ersättare till"),
    "slack_id": ("slack-id", "slack id", "slackid"),
    "teams_id": ("teams-id", "teams id", "teamsid"),
}
# Roles as people write them in a list: plural, capitalised, 'Ordf.'.
ROLE_WORDS = {**ROLES_SV, "ordf": Role.chair, "ordf.": Role.chair, "ledamöter": Role.member,
              "sekr": Role.secretary, "sekr.": Role.secretary, "tjänsteman": Role.official,
              "tjänstepersoner": Role.official, "ordinarie": Role.member}
EMAIL = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
MAX_ROWS = 2000


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("\ufeff", "").casefold()
                    .replace("_", " ").split()).rstrip(":")


_HEADERS = {_key(word): column for column, words in COLUMNS.items() for word in words}


def read_csv(text: str, group: Group) -> RosterGroup:
    """The group's roster from the list; RosterError with (row, reason) for every problem."""
    rows = list(csv.reader(io.StringIO(text), delimiter=_delimiter(text)))
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    if not rows:
        raise RosterError([(1, t.CSV_EMPTY)])
    if len(rows) > MAX_ROWS:
        raise RosterError([(MAX_ROWS + 1, t.CSV_TOO_MANY.format(limit=MAX_ROWS))])
    places, problems = _header(rows[0])
    if problems:
        raise RosterError(problems)
    members: list[RosterMember] = []
    stands_in: list[tuple[int, str, str]] = []  # (row, ersättare, for whom)
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # an empty row between organisations
        value = {column: _cell(cells, place) for column, place in places.items()}
        member = _member(number, value, problems)
        if member is not None:
            members.append(member)
            if value.get("substitute_for"):
                stands_in.append((number, member.name, value["substitute_for"]))
    _link_substitutes(members, stands_in, problems)
    problems.extend(shared_ids(members))
    if not members and not problems:
        problems.append((2, t.CSV_NO_MEMBERS))
    if problems:
        raise RosterError(sorted(problems))
    return RosterGroup(line=1, name=group.name, slug=group.slug, channel=group.channel_id,
                       teams_channel=group.teams_channel_id, members=members,
                       aliases=list(group.aliases or []),
                       reminder_days=list(group.reminder_days or []),
                       workspace=group.slack_team_id)


def _delimiter(text: str) -> str:
    """Semicolon (Swedish Excel) unless the header row has none and a comma or tab instead."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    if ";" in first:
        return ";"
    return "\t" if first.count("\t") > first.count(",") else ","


def _header(cells: list[str]) -> tuple[dict[str, int], list[tuple[int, str]]]:
    places: dict[str, int] = {}
    unknown = []
    for place, cell in enumerate(cells):
        if not cell.strip():
            continue
        column = _HEADERS.get(_key(cell))
        if column is None:
            unknown.append(cell.strip())
        elif column not in places:
            places[column] = place
    problems = []
    if "name" not in places:
        problems.append((1, t.CSV_NO_NAME_COLUMN))
    if unknown:
        problems.append((1, t.CSV_UNKNOWN_COLUMNS.format(columns=", ".join(
            f"”{c[:40]}”" for c in unknown[:5]))))
    return places, problems


def _cell(cells: list[str], place: int) -> str:
    return " ".join(cells[place].split()) if place < len(cells) else ""


def _member(number: int, value: dict[str, str], problems: list) -> RosterMember | None:
    name = value.get("name", "")[:200]
    if not name:
        problems.append((number, t.CSV_NO_NAME))
        return None
    role_text = value.get("role", "").casefold()
    role = ROLE_WORDS.get(role_text) if role_text else (
        Role.substitute if value.get("substitute_for") else Role.member)
    if role is None:
        problems.append((number, t.CSV_UNKNOWN_ROLE.format(
            name=name, role=value["role"], allowed=", ".join(ROLES_SV))))
        role = Role.member
    email = value.get("email", "").lower() or None
    if email and not EMAIL.match(email):
        problems.append((number, t.CSV_BAD_EMAIL.format(name=name, email=value["email"])))
    return RosterMember(line=number, name=name, email=email,
                        slack_id=value.get("slack_id") or None,
                        teams_id=value.get("teams_id") or None,
                        organisation=value.get("organisation", "")[:300], role=role,
                        substitute=None)


def _link_substitutes(members: list[RosterMember], stands_in: list[tuple[int, str, str]],
                      problems: list) -> None:
    """'Ersättare för' on the ersättare's row becomes the usual ersättare of the one named."""
    by_name: dict[str, RosterMember] = {}
    for member in members:
        if _key(member.name) in by_name:
            first = by_name[_key(member.name)]
            problems.append((member.line, t.CSV_TWICE.format(name=member.name, row=first.line)))
        else:
            by_name[_key(member.name)] = member
    for number, substitute, named in stands_in:
        target = by_name.get(_key(named))
        if target is None:
            problems.append((number, t.CSV_UNKNOWN_TARGET.format(name=substitute,
                                                                 target=named)))
        elif _key(target.name) == _key(substitute):
            problems.append((number, t.CSV_OWN_SUBSTITUTE.format(name=substitute)))
        elif target.substitute is not None:
            problems.append((number, t.CSV_SECOND_SUBSTITUTE.format(
                name=substitute, target=target.name, first=target.substitute)))
        else:
            target.substitute = by_name[_key(substitute)].name
