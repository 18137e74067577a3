"""'Vem är sekreterare?', 'vem är ordförande i chefsgruppen?', 'vem ska jag kontakta?'

Who holds a group's posts today, as the roster says: the chair and the secretaries of each group
of the request's scope (the channel's group, or the person's groups in a DM; a group named in the
question narrows it). Who chaired a held meeting is the minutes' matter (bot/retrieval/attended).
"""

from __future__ import annotations

import re

from bot import texts
from bot.context import Context
from bot.replies import Reply, Request
from bot.roster.asked_groups import own_groups_asked
from bot.texts import posts as t
from storage import directory
from storage.collation import swedish_key

# Present tense: "vem var ordförande på förra mötet?" is about a meeting, not the roster.
ASKED = re.compile(
    r"\b(?:vem|vilka)\s+(?:är|blir)\s+(?:det\s+som\s+är\s+)?(?:vår\w*\s+|gruppens\s+"
    r"|\w+gruppens\s+)?(?:sekreterare|ordförande)\b"
    r"|\bvem\s+(?:ska|kan|bör)\s+jag\s+(?:kontakta|vända\s+mig\s+till|fråga)\b"
    r"|\bvem\s+(?:leder|håller\s+i|har\s+hand\s+om|ansvarar\s+för)\s+(?:gruppen|\w+gruppen"
    r"|mötena)\b",
    re.I,
)
_ORDER = {"chair": 0, "secretary": 1}


def who_leads(ctx: Context, request: Request) -> Reply:
    own, refusal = own_groups_asked(ctx, request)
    if refusal is not None:
        return refusal
    return Reply("\n".join(_line(ctx, group) for group in own))


def _line(ctx: Context, group) -> str:
    holders = sorted(
        ((m, p) for m, p in directory.memberships_of_group(ctx.session, group.id)
         if m.role in _ORDER),
        key=lambda row: (_ORDER[row[0].role], swedish_key(row[1].name)))
    if not holders:
        return t.NO_POSTS.format(group=group.name)
    posts = []
    for role, word in (("chair", t.CHAIR), ("secretary", t.SECRETARY)):
        names = [t.PERSON.format(name=p.name, organisation=m.organisation)
                 if m.organisation else p.name for m, p in holders if m.role == role]
        if names:
            posts.append(t.POST.format(post=word, names=texts.join_names(names)))
    return t.GROUP_POSTS.format(group=group.name, posts=", ".join(posts))
