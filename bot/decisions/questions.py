"""Questions about decisions: "vad beslutades om SAMS?", `/beslut ÄMNE`, and their kin.

The answer leads with the best decision in full, then where and when it was taken, the agenda
item and the source, then up to two more. When nothing covers the subject well enough it says
so and offers close subjects that do exist: it never guesses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import Session

from bot import markup, retrieval, texts
from bot.context import Context
from bot.minutes import published
from bot.replies import Reply, Request, Section
from bot.retrieval import query, ranking, related
from bot.roster import permissions
from bot.roster.permissions import Right
from bot.texts import decisions as say
from storage import directory, search

CANDIDATES = 60  # decisions fetched from the index before the finer ranking here
SHOWN = 3  # the best one in full, then up to two more
CONTEXT_CHARS = 320


@dataclass
class Answer:
    answer: str
    sources: list[dict] = field(default_factory=list)  # best first; empty when nothing found


def ask(session: Session, question: str, today: date) -> Answer:
    """Answers a question in Swedish from the store; never invents. For the command line, whose
    user is an administrator: every group's meetings and remisser may be named."""
    reply, hits = _reply(session, question, today, None)
    return Answer(reply.plain_text(), [_source(hit) for hit in hits])


def first_found(session: Session, question: str, today: date):
    """The decision a question is answered with first (any group's), or None."""
    _, hits = _reply(session, question, today, None)
    return hits[0].decision if hits else None


def answer_reply(ctx: Context, request: Request, text: str | None = None) -> Reply:
    """`/beslut ÄMNE`, and free text in a DM or a mention."""
    actor = ctx.actor(request)
    if not permissions.may(actor, Right.read_decisions):
        return permissions.refusal(ctx.session, actor, Right.read_decisions)
    question = (request.text if text is None else text).strip()
    if not question:
        return Reply(say.ASK_WHAT)
    # Published decisions are public records; meetings, remisser and who stood in for whom
    # are told only about the groups the person may see.
    visible = permissions.visible_group_ids(ctx.session, actor)
    reply, _ = _reply(ctx.session, question, ctx.today(), visible, actor.workspace)
    return reply


def answer_if_found(ctx: Context, request: Request) -> Reply | None:
    """A short message nothing else understood ('sams', 'barn med misstänkt IF') taken as a
    question about decisions, answered only when a decision is found: otherwise None, and the
    person is told what the bot understands rather than that nothing was decided about 'ok'."""
    actor = ctx.actor(request)
    question = request.text.strip()
    if not question or not permissions.may(actor, Right.read_decisions):
        return None
    visible = permissions.visible_group_ids(ctx.session, actor)
    reply, hits = _reply(ctx.session, question, ctx.today(), visible, actor.workspace)
    return reply if hits else None


def _reply(session: Session, question: str, today: date,
           visible: list[int] | None, workspace: str | None = None) -> tuple[Reply, list]:
    other = related.answer(session, question, today, visible)
    if other is not None:
        return other, []
    groups = directory.all_groups_to_read(session, workspace)  # read by the parser alone
    glossary = retrieval.glossary(session)
    asked = query.parse(question, today, groups, glossary)
    # One deployment, several regions: only this workspace's groups' decisions, also where
    # the answer points elsewhere ("there are decisions about it from other groups …").
    own = [g.id for g in groups] if workspace else None
    if own is not None:
        asked.group_ids = own if asked.group_ids is None else [
            i for i in asked.group_ids if i in own]
    if asked.last_meeting:
        day = search.last_meeting_date(session, asked.group_ids, today + timedelta(days=1))
        if day is not None:
            asked.date_from = asked.date_to = day
            asked.period = f"på mötet {texts.long_date(day)}"
    if not asked.concepts:
        return _latest(session, asked)
    scored = find(session, asked)
    best = ranking.answers(scored)[:SHOWN]
    wider = query.as_subject(asked) if not best else None
    if wider is not None:  # nothing decided in 2027 about "budget 2027": the 2027 budget, then
        best = _naming(session, ranking.answers(find(session, wider)), asked.year)[:SHOWN]
    if best:
        hits = search.describe(session, [s.decision_id for s in best])
        ordered = [hits[s.decision_id] for s in best]
        return _render(ordered), ordered
    return _nothing(session, asked, scored, own), []


def _naming(session: Session, scored: list[ranking.Scored], year: str) -> list[ranking.Scored]:
    """The decisions that name the year in their own words or their item's title: a year in
    the background of an item says nothing about what was decided."""
    hits = search.describe(session, [s.decision_id for s in scored])
    return [s for s in scored if s.decision_id in hits and year in
            f"{hits[s.decision_id].decision.text} {hits[s.decision_id].decision.item}"]


def find(session: Session, asked: query.Question) -> list[ranking.Scored]:
    """Candidates from the index, judged and ordered; `ranking.answers` keeps the good ones."""
    concepts = [c.alternatives for c in asked.concepts]
    # The ranking, its decisions' terms and the terms' counts: one round trip on PostgreSQL.
    found, fields, total, dfs = search.candidates(
        session, concepts, ranking.concept_terms(asked.concepts), group_ids=asked.group_ids,
        date_from=asked.date_from, date_to=asked.date_to, limit=CANDIDATES,
    )  # fmt: skip
    if not found:
        return []
    candidates = [(decision_id, score) for decision_id, score, _ in found]
    days = {decision_id: day for decision_id, _, day in found}
    return ranking.rank(asked.concepts, candidates, fields, days, dfs, total)


# --- what the answer looks like -----------------------------------------------------------
def _render(hits: list[search.Hit], heading: str = say.MORE_DECISIONS) -> Reply:
    first = hits[0]
    decision = first.decision
    lines = [
        say.DECISION_WHERE.format(groups=_groups(first), day=texts.long_date(first.day)),
    ]
    if decision.approves:  # what an approval approved, said in full
        lines.append(say.DECISION_PROPOSAL.format(proposal=_shorten(decision.approves)))
    if decision.item:  # "§ 12 Budget 2027", "3 Budget 2027" of "Punkt 3": the document's numbers
        label = say.item_label(decision.number, decision.item)
        lines.append(say.DECISION_ITEM.format(item=say.after_punkt(label)))
    lines.append(say.DECISION_SOURCE.format(document=_document(first)))
    if decision.context:
        lines.append(say.DECISION_CONTEXT.format(context=_shorten(decision.context)))
    reply = Reply(say.DECISION_QUOTE.format(text=decision.text), ephemeral=False)
    reply.sections.append(Section("\n".join(lines)))
    if len(hits) > 1:
        more = [
            say.MORE_DECISION_LINE.format(
                day=texts.long_date(hit.day),
                groups=_groups(hit),
                text=_shorten(hit.decision.text, 160),
                item=say.after_punkt(say.item_label(hit.decision.number, hit.decision.item))
                or "–",
            )  # fmt: skip
            for hit in hits[1:]
        ]
        reply.sections.append(Section(heading + "\n" + "\n".join(more)))
    return reply


def _latest(session: Session, asked: query.Question) -> tuple[Reply, list]:
    """No subject but a time or a group: the latest decisions there."""
    if not asked.has_filters:
        return Reply(say.ASK_WHAT), []
    ids = search.recent_decisions(
        session, group_ids=asked.group_ids, date_from=asked.date_from, date_to=asked.date_to,
        limit=SHOWN,
    )  # fmt: skip
    where, period = _where(asked), _period(asked)
    if not ids:
        return Reply(say.NOTHING_AT_ALL.format(where=where, period=period)), []
    hits = search.describe(session, ids)
    ordered = [hits[i] for i in ids]
    reply = _render(ordered, say.MORE_LATEST)
    reply.text = say.LATEST_DECISIONS.format(where=where, period=period) + "\n" + reply.text
    return reply, ordered


def _nothing(session: Session, asked: query.Question, scored,
             own: list[int] | None = None) -> Reply:
    subject = asked.subject
    lines = [say.NOTHING_FOUND.format(subject=subject, where=_where(asked), period=_period(asked))]
    # Wider: without the groups and times asked about, but never outside the workspace.
    filtered = asked.has_filters if own is None else bool(
        asked.group_ids != own or asked.date_from or asked.date_to)
    if filtered:
        wider = query.Question(subject, asked.concepts, group_ids=own)
        elsewhere = ranking.answers(find(session, wider))
        if elsewhere:
            day = max(s.day for s in elsewhere)
            lines.append(say.FOUND_OUTSIDE_FILTER.format(subject=subject, day=texts.long_date(day)))
            return Reply(" ".join(lines))
    close = _close_subjects(session, asked, scored, own)
    lines.append(
        say.CLOSE_SUBJECTS.format(subjects=", ".join(close)) if close else say.TRY_OTHER_WORDS
    )
    return Reply(" ".join(lines))


def _close_subjects(session: Session, asked: query.Question, scored,
                    own: list[int] | None = None) -> list[str]:
    """Agenda items of decisions that share part of the subject, or start like its words."""
    ids = [s.decision_id for s in ranking.near_misses(scored)]
    if not ids:
        prefixes = [
            (c.alternatives[0][0][:5] + "*",)
            for c in asked.concepts
            if len(c.alternatives[0][0]) >= 6 and not c.alternatives[0][0].isdigit()
        ]
        ids = [i for i, _ in search.search(session, [[p] for p in prefixes], group_ids=own,
                                           limit=10)]
    titles: list[str] = []
    hits = search.describe(session, ids)
    for decision_id in ids:
        hit = hits.get(decision_id)
        title = hit.decision.item if hit else ""
        if title and f"”{title}”" not in titles:
            titles.append(f"”{title}”")
    return titles[:3]


def _where(asked: query.Question) -> str:
    if not asked.group_names:
        return ""
    return say.IN_GROUPS.format(groups=query.group_label(asked.group_names))


def _period(asked: query.Question) -> str:
    return f" {asked.period}" if asked.period else ""


def _groups(hit: search.Hit) -> str:
    return texts.join_names(hit.groups) or "okänd grupp"


def _document(hit: search.Hit) -> str:
    """The source as a link to the minutes when there is one."""
    if hit.document is None:
        return say.SOURCE_UNKNOWN
    label = hit.document.title or hit.document.filename
    if hit.document.title and hit.document.filename:
        label = f"{hit.document.title} ({hit.document.filename})"
    # Minutes read on the web page or from the command line have no address of their own:
    # their page on the web (bot/minutes/published.py), for the members of the group.
    url = published.page_url(hit.document)
    return markup.link(url, label) if url else label


def _shorten(text: str, limit: int = CONTEXT_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _source(hit: search.Hit) -> dict:
    return {
        "group": ", ".join(hit.groups),
        "date": hit.day.isoformat(),
        "item": hit.decision.item,
        "text": hit.decision.text,
        "document": hit.document.filename if hit.document else "",
    }
