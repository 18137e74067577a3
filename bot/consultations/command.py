"""`/remisser`, `/synpunkt`, `/synpunkter`, `/ny-remiss` and their buttons and forms."""

from __future__ import annotations

import re
from datetime import datetime, time

from bot import audit, dates, markup, texts
from bot.clock import STOCKHOLM, local
from bot.consultations import notices, service
from bot.context import Context
from bot.meetings.agenda import group_named_in, visible_scope
from bot.meetings.planning import (
    chosen_group,
    editable_groups,
    group_field,
    read_day,
    read_time,
    refusal,
    too_long,
)
from bot.replies import Button, Form, FormField, Menu, Reply, Request, Section
from bot.roster import permissions
from bot.roster.permissions import Right
from bot.settings import Settings
from bot.texts import consultations as t
from storage import consultations as consultation_store
from storage import row_locks
from storage.ids import find_row
from storage.models import Consultation, ConsultationStatus, Person

CHOICES = 10  # remisser offered as buttons when a synpunkt names none; more go in a menu
MENU_CHOICES = 100  # what one Slack select menu holds
BUTTON_TEXT = 1900  # characters of synpunkt a button can carry (Slack: 2,000 a value)

def list_open(ctx: Context, request: Request) -> Reply:
    person = ctx.person(request)
    groups, _, problem = visible_scope(ctx, request)
    if problem is not None:
        return problem
    # `/remisser cg-skola`: that group's; a name that is none of the person's is said back.
    asked = request.text.strip()
    named = group_named_in(groups, asked) if asked else None
    groups = [named] if named is not None else groups
    found = service.open_for(ctx.session, [g.id for g in groups], ctx.now())
    if asked and named is None:
        title = (t.LIST_UNKNOWN_GROUP if found else t.LIST_UNKNOWN_GROUP_NONE).format(
            text=asked[:80])
        if not found:
            return Reply(title)
    elif not found:
        return Reply(t.LIST_NONE.format(groups=texts.join_names([g.name for g in groups])))
    else:
        title = t.LIST_TITLE
    reply = Reply(title)
    # Each remiss's groups read once, for all of them: who answers, the progress, the names.
    groups_by, states = consultation_store.groups_and_comment_states(
        ctx.session, [c.id for c in found])
    progress = service.progress_of(ctx.session, found, groups_by, states)
    for consultation in found:
        its_groups = groups_by[consultation.id]
        _, membership = (service.membership_in(ctx.session, consultation, person.id, its_groups)
                         if person is not None else (None, None))
        answered = progress[consultation.id].answered
        mine = (membership.organisation if consultation.per_organisation else person.name
                ) if membership else None
        if consultation.per_organisation:
            status = t.LIST_ANSWERED if mine in answered else t.LIST_NOT_ANSWERED
        else:
            status = t.LIST_ANSWERED_PERSONAL if mine in answered else t.LIST_NOT_ANSWERED_PERSONAL
        left = (local(consultation.deadline).date() - ctx.today()).days
        lines = [t.LIST_ITEM.format(
            title=consultation.title, deadline=service.deadline_text(consultation),
            left=texts.days_left(left), status=status if membership else "",
            groups=texts.join_names([g.name for g in its_groups]))]
        if consultation.draft_url:
            lines.append(t.LIST_DRAFT.format(link=markup.link(consultation.draft_url,
                                                              t.DRAFT_LABEL)))
        reply.sections.append(Section("\n".join(lines)))
    reply.sections.append(Section(t.LIST_HOW.format(example=_example(found[0], found))))
    return reply


def _example(consultation: Consultation, among: list[Consultation] = ()) -> str:
    return service.example_word(consultation, among)


LEADING_PREPOSITION = re.compile(
    r"^\s*(?:(?:på|om|för|angående|ang\.)\s+)?(?:remissen\s+(?:om\s+)?)?", re.I)


def comment(ctx: Context, request: Request, text: str | None = None) -> Reply:
    """`/synpunkt ÄMNE: text`, or the form when no text is given."""
    person = ctx.person(request)
    scope, allowed = editable_groups(ctx, request, Right.comment)
    if not allowed or person is None:
        return refusal(ctx, request, scope, Right.comment)
    ids = [g.id for g in allowed]
    found = service.open_for(ctx.session, ids, ctx.now())
    text = (request.text if text is None else text).strip()
    if not text:
        return comment_form(found) if found else Reply(t.NONE_OPEN)
    subject, colon, body = text.partition(":")
    if not colon:
        subject, body = "", text
    # "/synpunkt på SIP: …" as people say it (and Teams reads every "synpunkt …" as the
    # command): the preposition is no word of the remiss's title.
    subject = LEADING_PREPOSITION.sub("", subject)
    if not subject.strip():
        return which_one(found, body.strip())
    # A named one may have closed: say so rather than "not found".
    found = service.recent_for(ctx.session, ids, ctx.now())
    chosen, problem = choose(found, subject.strip())
    if problem:
        return problem
    return submit(ctx, person, chosen, body.strip())


def choose(found: list[Consultation], subject: str):
    if not found:
        return None, Reply(t.NONE_OPEN)
    if not subject:
        if len(found) == 1:
            return found[0], None
        return None, Reply(t.AMBIGUOUS.format(subject="", titles=_titles(found)))
    matches = service.matching(found, subject)
    still_open = [c for c in matches if c.status == ConsultationStatus.open]
    if len(matches) > 1 and len(still_open) == 1:
        matches = still_open
    if not matches:
        return None, Reply(t.WHICH.format(subject=subject, titles=_titles(found)))
    if len(matches) > 1:
        return None, Reply(t.AMBIGUOUS.format(subject=subject, titles=_titles(matches)))
    return matches[0], None


def which_one(found: list[Consultation], text: str) -> Reply:
    """A synpunkt that names no remiss is never filed under a guess: the person chooses.

    Each open remiss is a button that carries the text, so one press files it; with more than
    buttons can show, they are the options of a menu beside one button that carries the text.
    A text too long for a button (Slack keeps 2,000 characters in one) is written again with a
    subject.
    """
    if not found:
        return Reply(t.NONE_OPEN)
    if len(text) > service.COMMENT_LIMIT:
        return _too_long(text)
    example = _example(found[0], found)
    if not text or len(text) > BUTTON_TEXT:  # nothing a button could carry: she names one
        lead = t.WHICH_FOR_EMPTY_TEXT if not text else t.WHICH_FOR_LONG_TEXT
        return Reply(lead.format(example=example),
                     [Section(t.ALL_OPEN.format(titles=_titles(found)))])
    reply = Reply(t.WHICH_FOR_TEXT.format(example=example))
    if len(found) <= CHOICES:
        reply.buttons = [Button(markup.escape(markup.fit(c.title, 70)), "consultation.comment_on",
                                f"{c.id}:{text}") for c in found]
        return reply
    reply.sections.append(Section(t.ALL_OPEN.format(titles=_titles(found))))
    if len(found) > MENU_CHOICES:
        reply.sections.append(Section(t.MENU_NOT_ALL.format(count=MENU_CHOICES)))
    reply.menu = Menu(t.MENU_PLACEHOLDER,
                      tuple((str(c.id), markup.escape(c.title)) for c in found[:MENU_CHOICES]),
                      Button(t.MENU_SEND, "consultation.comment_on", text, "primary"))
    return reply


def comment_on(ctx: Context, request: Request, value: str) -> Reply:
    """The button of `which_one`: the synpunkt filed under the remiss chosen."""
    chosen, _, text = value.partition(":")
    if not chosen:  # the menu's button pressed before a remiss was chosen in it
        return Reply(t.MENU_CHOOSE_FIRST)
    consultation, problem = _consultation_for(ctx, request, chosen, Right.comment)
    if problem is not None:
        return problem
    return submit(ctx, ctx.person(request), consultation, text.strip())


def _too_long(text: str) -> Reply:
    return Reply(t.TOO_LONG.format(length=len(text), limit=service.COMMENT_LIMIT))


def _titles(found) -> str:
    return texts.join_names([f"”{c.title}”" for c in found])


def submit(ctx: Context, person: Person, consultation: Consultation, text: str) -> Reply:
    """The deadline is checked against the server's clock now, not when a form was opened.

    Who may answer is checked first: a remiss of another group is not even described.
    """
    session, now = ctx.session, ctx.now()
    actor = permissions.actor_of(session, person)
    if not permissions.may_comment_on(session, actor, consultation):
        return _not_for_you(ctx, actor, consultation, Right.comment)
    if consultation.status != ConsultationStatus.open or now >= consultation.deadline:
        return _closed(ctx, consultation)
    group, membership = service.membership_in(session, consultation, person.id)
    if not text:
        return Reply(t.EMPTY_TEXT.format(example=_example(consultation)))
    if len(text) > service.COMMENT_LIMIT:
        return _too_long(text)
    # A double click sends the same synpunkt twice at once: the second waits here for the
    # first, then finds it standing, and neither a new version nor a second DM to the owner
    # is made of the same words.
    row_locks.hold(session, Person, person.id)
    standing = service.current(session, consultation.id, person.id)
    if standing is not None and standing.text == text:
        return _receipt(consultation, standing, t.ALREADY_RECEIVED)
    saved = service.submit(session, consultation, person, membership.organisation, text, now)
    notices.tell_owner(session, consultation, saved, person, group, now)
    return _receipt(consultation, saved, t.RECEIPT)


def _receipt(consultation: Consultation, comment, lead: str) -> Reply:
    at = local(comment.created_at)
    return Reply(
        lead.format(title=consultation.title, version=comment.version,
                    at=f"{texts.long_date(at.date())} kl. {texts.clock(at.time())}"),
        [Section(t.RECEIPT_COPY.format(text=markup.quote_lines(comment.text))),
         Section(t.RECEIPT_EDIT_UNTIL.format(deadline=service.deadline_text(consultation)))],
        [Button(t.EDIT_BUTTON, "consultation.edit", str(consultation.id)),
         Button(t.WITHDRAW_BUTTON, "consultation.withdraw", str(consultation.id), "danger")],
    )


def comment_form(found: list[Consultation], chosen: Consultation | None = None,
                 initial: str = "") -> Reply:
    options = tuple((str(c.id), c.title) for c in found[:100])  # Slack shows 100 at most
    # Preset only when there is no choice to make: with several open, she picks the remiss, so
    # a synpunkt never lands on the one that happened to be first.
    preset = chosen or (found[0] if len(found) == 1 else None)
    fields = (
        FormField("consultation", t.FORM_CONSULTATION, "select",
                  initial=str(preset.id) if preset else "", options=options),
        FormField("text", t.FORM_TEXT, "long_text", initial=initial,
                  max_length=service.COMMENT_LIMIT),
    )
    return Reply(texts.FORM_FALLBACK.format(command="synpunkt"),
                 form=Form("consultation.comment", t.FORM_TITLE, t.FORM_SUBMIT, fields))


def _not_for_you(ctx: Context, actor, consultation: Consultation, right: Right) -> Reply:
    """A refusal that names the remiss's group only to someone who is in it."""
    mine = [g for g in service.groups_of(ctx.session, consultation.id)
            if actor.role_in(g.id) is not None]
    if not mine and not permissions.owns_consultation(actor, consultation):
        return permissions.not_yours(actor)
    return permissions.refusal(ctx.session, actor, right, mine[0] if mine else None)


def _consultation_for(ctx: Context, request: Request, value: str, right: Right):
    """The remiss a button or form names, if the person holds the right on it."""
    actor = ctx.actor(request)
    consultation = find_row(ctx.session, Consultation, value)
    if consultation is None or actor.person is None:
        return None, permissions.not_yours(actor)
    allowed = (permissions.may_comment_on(ctx.session, actor, consultation)
               if right == Right.comment
               else permissions.may_manage_consultation(ctx.session, actor, consultation))
    if not allowed:
        return None, _not_for_you(ctx, actor, consultation, right)
    return consultation, None


def submit_form(ctx: Context, request: Request, values: dict[str, str]) -> Reply:
    person = ctx.person(request)
    if not (values.get("consultation") or "").strip():  # sent back without a choice
        return Reply(t.CHOOSE_REMISS, field_errors={"consultation": t.CHOOSE_REMISS})
    consultation, problem = _consultation_for(ctx, request, values.get("consultation", ""),
                                              Right.comment)
    if problem is not None:
        return problem
    text = (values.get("text") or "").strip()
    if not text:
        return Reply(t.FORM_TEXT, field_errors={"text": t.EMPTY_TEXT.format(example="")})
    if len(text) > service.COMMENT_LIMIT:
        return Reply(t.FORM_TEXT, field_errors={"text": _too_long(text).text})
    return submit(ctx, person, consultation, text)


def edit(ctx: Context, request: Request, value: str) -> Reply:
    person = ctx.person(request)
    consultation, problem = _consultation_for(ctx, request, value, Right.comment)
    if problem is not None:
        return problem
    if consultation.status != ConsultationStatus.open or ctx.now() >= consultation.deadline:
        return _closed(ctx, consultation)  # said now, not after she has rewritten it
    mine = service.current(ctx.session, consultation.id, person.id)
    return comment_form([consultation], consultation, mine.text if mine else "")


def _closed(ctx: Context, consultation: Consultation) -> Reply:
    return Reply(t.CLOSED.format(title=consultation.title,
                                 deadline=service.deadline_text(consultation),
                                 owner=service.owner_text(ctx.session, consultation)))


def withdraw(ctx: Context, request: Request, value: str) -> Reply:
    person = ctx.person(request)
    consultation, problem = _consultation_for(ctx, request, value, Right.comment)
    if problem is not None:
        return problem
    return withdraw_for(ctx, person, consultation)


def withdraw_for(ctx: Context, person: Person, consultation: Consultation) -> Reply:
    """Withdraws every version before the deadline (chat's button and the web page)."""
    if ctx.now() >= consultation.deadline:
        return _closed(ctx, consultation)
    if not service.withdraw(ctx.session, consultation.id, person.id, ctx.now()):
        return Reply(t.NOTHING_TO_WITHDRAW.format(title=consultation.title))
    group, membership = service.membership_in(ctx.session, consultation, person.id)
    notices.tell_owner_withdrawn(ctx.session, consultation, person,
                                 membership.organisation if membership else "", group, ctx.now())
    return Reply(t.WITHDRAWN.format(title=consultation.title))


def show_comments(ctx: Context, request: Request) -> Reply:
    """`/synpunkter ÄMNE` for the owner and the secretaries: everything, every version."""
    actor = ctx.actor(request)
    scope, allowed = editable_groups(ctx, request, Right.see_group)
    statuses = (ConsultationStatus.open, ConsultationStatus.closed)
    candidates = consultation_store.of_groups(ctx.session, [g.id for g in allowed], statuses,
                                              newest_first=True)
    if actor.person_id is not None:  # an owner need not be in the remiss's groups
        owned = consultation_store.owned_by(ctx.session, actor.person_id, statuses)
        candidates += [c for c in owned if c not in candidates]
    if not candidates and not allowed:
        return refusal(ctx, request, scope, Right.see_group)
    subject = request.text.strip()
    if not subject and len(candidates) > 1:  # no subject: which one, never "matches ””"
        return Reply(t.WHICH_COMMENTS.format(example=_example(candidates[0], candidates),
                                             titles=_titles(candidates)))
    chosen, problem = choose(candidates, subject)
    if problem:
        return problem
    if not permissions.may_manage_consultation(ctx.session, actor, chosen):
        return _not_for_you(ctx, actor, chosen, Right.manage_consultations)
    standing = service.standing(ctx.session, chosen.id)
    reply = Reply(t.EXPORT_TITLE.format(title=chosen.title, count=len(standing)))
    # One section a synpunkt, as people wrote it; every version is in `consultation export`.
    # As many as a few messages carry: Slack takes a slash command's response_url five times
    # (sixty synpunkter of a page each were fifteen messages, the tail lost without a word),
    # and a Teams chat of twenty cards helps nobody. The rest are said, and where they are.
    size = 0
    for comment in sorted(standing, key=lambda c: (c.organisation, c.created_at)):
        at = local(comment.created_at)
        head = t.COMMENT_HEAD.format(
            organisation=comment.organisation or "–", name=service.author(ctx.session, comment),
            version=comment.version,
            at=f"{texts.long_date(at.date())} kl. {texts.clock(at.time())}")
        section = Section(head + "\n" + markup.quote_lines(comment.text))
        size += len(section.text)
        if reply.sections and size > SHOWN_CHARACTERS:
            url = f"{(ctx.settings or Settings.from_env()).web_url()}/webb/remisser/{chosen.id}"
            reply.sections.append(Section(t.COMMENTS_MORE.format(
                shown=len(reply.sections), count=len(standing), url=markup.link(url))))
            break
        reply.sections.append(section)
    return reply


SHOWN_CHARACTERS = 30_000  # of synpunkter in one answer: three Slack messages, a few cards


NEW_LIMITS = {"title": 500, "draft": 1000}  # what the table holds (storage/models.py)


def new_form(ctx: Context, request: Request) -> Reply:
    groups, allowed = editable_groups(ctx, request, Right.open_consultation)
    if not allowed:
        return refusal(ctx, request, groups, Right.open_consultation)
    group, title = group_field(allowed, request.text)
    fields = (
        FormField("title", t.NEW_FIELD_TITLE, initial=title[:NEW_LIMITS["title"]],
                  max_length=NEW_LIMITS["title"]),
        group,
        FormField("deadline", t.NEW_FIELD_DEADLINE, "date"),
        FormField("time", t.NEW_FIELD_TIME, "time", required=False),
        FormField("draft", t.NEW_FIELD_DRAFT, required=False, max_length=NEW_LIMITS["draft"]),
        FormField("per", t.NEW_FIELD_PER, "select", initial="organisation",
                  options=(("organisation", t.PER_ORGANISATION), ("member", t.PER_MEMBER))),
    )
    return Reply(texts.FORM_FALLBACK.format(command="ny-remiss"),
                 form=Form("consultation.new", t.NEW_TITLE, texts.SAVE, fields))


def read_deadline(day_text: str, time_text: str, now: datetime) -> datetime | None:
    day = read_day(day_text, local(now).date())
    if day is None:
        return None
    at = read_time(time_text) if time_text else time(23, 59)
    return datetime.combine(day, at or time(23, 59), tzinfo=STOCKHOLM)


def submit_new(ctx: Context, request: Request, values: dict[str, str]) -> Reply:
    person = ctx.person(request)
    _, allowed = editable_groups(ctx, request, Right.open_consultation)
    group, problem = chosen_group(ctx, request, allowed, values, Right.open_consultation)
    if problem is not None:
        return problem
    if errors := too_long(values, NEW_LIMITS):
        return Reply(" ".join(errors.values()), field_errors=errors)
    deadline = read_deadline(values.get("deadline", ""), values.get("time", ""), ctx.now())
    if deadline is None:
        return Reply(texts.BAD_DATE_FIELD, field_errors={"deadline": texts.BAD_DATE_FIELD})
    if not dates.in_planning_range(local(deadline).date(), ctx.today()):
        return Reply(texts.DEADLINE_OUT_OF_RANGE,
                     field_errors={"deadline": texts.DEADLINE_OUT_OF_RANGE})
    if deadline <= ctx.now():
        return Reply(t.DEADLINE_PASSED, field_errors={"deadline": t.DEADLINE_PASSED})
    title = (values.get("title") or "").strip()
    if not title:
        return Reply(t.NEW_FIELD_TITLE, field_errors={"title": t.NEW_FIELD_TITLE})
    consultation = service.create(
        ctx.session, title, [group], person, deadline, ctx.now(),
        (values.get("draft") or "").strip(), values.get("per", "organisation") != "member")
    audit.record_request(ctx, request, "consultation.create", f"consultation:{consultation.id}",
                         groups=[group.slug], deadline=consultation.deadline.isoformat())
    return Reply(t.CREATED.format(title=title, deadline=service.deadline_text(consultation),
                                  groups=group.name))


def confirm(ctx: Context, request: Request, value: str) -> Reply:
    """A deadline found in minutes becomes an open consultation when a secretary says so."""
    consultation, problem = _consultation_for(ctx, request, value, Right.manage_consultations)
    if problem is not None:
        return problem
    if consultation.status == ConsultationStatus.open:
        return Reply(t.ALREADY_OPEN.format(title=consultation.title))
    if consultation.deadline <= ctx.now():
        return Reply(t.DEADLINE_PASSED)
    consultation.status = ConsultationStatus.open
    ctx.session.add(consultation)
    audit.record_request(ctx, request, "consultation.confirm", f"consultation:{consultation.id}")
    return Reply(t.CONFIRMED.format(title=consultation.title,
                                    deadline=service.deadline_text(consultation)))

