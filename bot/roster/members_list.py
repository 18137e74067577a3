"""'Vilka är med i gruppen?', 'vem är med från Örebro kommun?', 'vilka sitter i chefsgruppen?'

The roster of each group of the request's scope (the channel's group, or the person's own groups
in a DM; a group named in the question narrows it), organisation by organisation, with each
person's post. Only groups the person holds a role in are shown: a member sees her own groups'
members, as the minutes of their meetings would show her. Who comes to a meeting is /närvaro.
"""

from __future__ import annotations

import re
from itertools import groupby

from bot import texts
from bot.context import Context
from bot.replies import Reply, Request, Section
from bot.roster.asked_groups import own_groups_asked
from bot.texts import posts as t
from storage import directory
from storage.collation import swedish_key

# Not about a meeting ("vilka är med på mötet?" is the attendance) nor about oneself.
ASKED = re.compile(
    r"^\W*(?:vem|vilka)(?:\s+som)?\s+(?:är|sitter|ingår)\s+(?:med\s+)?(?:i|från)\s+"
    r"(?!.*\bmöte)(?!.*\bmitt ställe)"
    r"|^\W*vilka\s+(?:är|blir)\s+(?:gruppens\s+|\w+gruppens\s+)?(?:ledamöter|medlemmar|deltagare)"
    r"\b(?!.*\bmöte)",
    re.I,
)
_FROM = re.compile(r"\bfrån\s+(?P<organisation>[^?!.]+)", re.I)
_ROLE_WORDS = {"chair": t.CHAIR, "secretary": t.SECRETARY, "substitute": t.SUBSTITUTE,
               "official": t.OFFICIAL}


def members(ctx: Context, request: Request) -> Reply:
    own, refusal = own_groups_asked(ctx, request)
    if refusal is not None:
        return refusal
    wanted = _FROM.search(request.text)
    organisation = wanted["organisation"].strip() if wanted else ""
    found = [(group, rows) for group in own
             if (rows := [(m, p) for m, p in directory.memberships_of_group(ctx.session, group.id)
                          if not organisation or _same_organisation(organisation,
                                                                    m.organisation)])]
    if not found:  # only when an organisation was asked for: a group has at least its secretary
        return Reply(t.NOBODY_FROM.format(groups=texts.join_names([g.name for g in own]),
                                          organisation=organisation))
    reply = Reply(t.MEMBERS_TITLE)
    for group, rows in found:
        lines = [t.MEMBERS_OF.format(group=group.name, count=len(rows))]
        # No organisation last; the rest in Swedish order (RF-SISU after Region, Å before Ä).
        rows.sort(key=lambda row: (not row[0].organisation, swedish_key(row[0].organisation or ""),
                                   swedish_key(row[1].name)))
        for name, people in groupby(rows, key=lambda row: row[0].organisation or ""):
            listed = texts.join_names([_named(m, p) for m, p in people])
            lines.append(t.ORGANISATION_LINE.format(organisation=name or t.NO_ORGANISATION,
                                                    names=listed))
        reply.sections.append(Section("\n".join(lines)))
    return reply


def _same_organisation(asked: str, organisation: str | None) -> bool:
    # "Örebro kommun", "örebro", "region örebro län": the words asked all appear in its name
    words = re.findall(r"[\wåäöé-]+", asked.casefold())
    have = (organisation or "").casefold()
    return bool(words) and all(word in have for word in words)


def _named(membership, person) -> str:
    role = _ROLE_WORDS.get(membership.role)
    return t.NAME_WITH_ROLE.format(name=person.name, role=role) if role else person.name
