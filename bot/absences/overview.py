"""`/närvaro` and the attendance list for the minutes: who comes, organisation by organisation."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlmodel import Session, select

from bot import audit, dates, markup, tables, texts
from bot.absences.service import part_text
from bot.context import Context
from bot.meetings import service as meeting_service
from bot.meetings.agenda import which_meeting
from bot.replies import Button, Reply, Request, Section
from bot.roster import permissions
from bot.roster.permissions import Actor, Right
from bot.settings import Settings
from bot.texts import absences as t
from storage import directory
from storage import meetings as store
from storage.collation import swedish_key
from storage.ids import find_row
from storage.models import Absence, Group, Meeting, MeetingStatus, SubstituteCall

VOTING_ROLES = ("member", "chair")


@dataclass
class Row:
    name: str
    organisation: str
    role: str
    status: str  # present, absent, substitute
    detail: str = ""  # for a substitute: whom they stand in for, and the state of the call
    part: str = ""  # for a förhinder to part of the meeting: which part ("kl. 09.00–12.00")
    for_role: str = ""  # for a substitute: the role of the one they stand in for

    @property
    def comes_for_part(self) -> bool:
        """A förhinder to part of the meeting: she comes, for the rest of it."""
        return self.status == "absent" and bool(self.part)


def minutes_rows(session: Session, meeting: Meeting) -> list[Row]:
    """A held meeting's attendance as its minutes say (empty when none were read)."""
    if meeting.status != MeetingStatus.held:
        return []
    rows = []
    for a in store.minutes_attendance(session, meeting.id):
        if a.stands_in_for and a.status == "present":
            rows.append(Row(a.name, a.organisation, "substitute", "substitute",
                            f"{a.stands_in_for}|minutes"))
        else:
            rows.append(Row(a.name, a.organisation, a.role, a.status))
    return rows


def _role_name(role: str) -> str:
    return texts.ROLE_NAMES.get(role, t.ATTENDANCE_PARTICIPANT)


def rows_for(session: Session, meeting: Meeting, group: Group) -> list[Row]:
    """Who comes (a planned meeting: the roster less förhinder, with the ersättare called) or
    who came (a held meeting whose minutes were read: the minutes' own list)."""
    return minutes_rows(session, meeting) or roster_rows(session, meeting, group)


def roster_rows(session: Session, meeting: Meeting, group: Group) -> list[Row]:
    """Who comes as the roster and the förhinder say: the roster less förhinder, with the
    ersättare called."""
    absences = {
        a.person_id: a for a in session.exec(
            select(Absence).where(Absence.meeting_id == meeting.id, Absence.group_id == group.id,
                                  Absence.withdrawn_at.is_(None))
        ).all()
    }
    rows: list[Row] = []
    roles: dict[int, str] = {}
    for membership, person in directory.memberships_of_group(session, group.id):
        if membership.role == "substitute":
            continue
        roles[person.id] = membership.role
        absence = absences.get(person.id)
        part = part_text(absence.part_from, absence.part_to, absence.part_items) if absence else ""
        rows.append(Row(person.name, membership.organisation, membership.role,
                        "absent" if absence else "present", part=part))
    # The calls of all the förhinder in one query; names and organisations from the roster.
    calls: dict[int, list[SubstituteCall]] = defaultdict(list)
    if absences:
        for call in session.exec(select(SubstituteCall).where(
                SubstituteCall.absence_id.in_(sorted(a.id for a in absences.values())))
                .order_by(SubstituteCall.id)).all():
            calls[call.absence_id].append(call)
    names = directory.names(session, {*absences, *(c.person_id for cs in calls.values()
                                                    for c in cs)})
    for absence in absences.values():
        for call in calls[absence.id]:
            if call.state in ("released",):
                continue
            membership = directory.membership(session, group.id, call.person_id)
            rows.append(Row(names.get(call.person_id, ""),
                            membership.organisation if membership else "",
                            "substitute", "substitute",
                            f"{names.get(absence.person_id, '')}|{call.state}",
                            for_role=roles.get(absence.person_id, "")))
    return rows


@dataclass(frozen=True)
class Counts:
    """A planned meeting's figures, ledamöter and ordförande apart as the rows show them."""

    coming: int  # ledamöter who come (for all or part of it), or whose ersättare comes
    part: int  # of them: who come for part of the meeting
    substitutes: int  # of them: seats an ersättare fills
    members: int
    absent: int  # ledamöter with förhinder to the whole meeting
    chairs: tuple[tuple[str, str], ...]  # (name, "present" | "part" | "absent" | "substitute")
    voting_coming: int  # ledamöter and ordförande: what the quorum is counted on
    voting: int


def counts(rows: list[Row]) -> Counts:
    """Who comes, by seat: one who comes for part of the meeting comes (for part); a seat whose
    ersättare has said yes is filled; the ordförande is no ledamot in the count."""
    seats: dict[str, tuple[str, str]] = {}  # name → (role, state)
    for row in rows:
        if row.role in VOTING_ROLES:
            state = ("present" if row.status == "present" else
                     "part" if row.comes_for_part else "absent")
            seats[row.name] = (row.role, state)
    for row in rows:
        absent, _, state = row.detail.partition("|")
        if row.status == "substitute" and state == "confirmed" and absent in seats:
            role, seat = seats[absent]
            if seat == "absent":
                seats[absent] = (role, "substitute")
    members = [state for role, state in seats.values() if role == "member"]
    chairs = tuple((name, state) for name, (role, state) in seats.items() if role == "chair")
    voting_coming = sum(1 for _, state in seats.values() if state != "absent")
    return Counts(
        coming=sum(1 for s in members if s != "absent"), part=members.count("part"),
        substitutes=members.count("substitute"), members=len(members),
        absent=sum(1 for s in members if s in ("absent", "substitute")), chairs=chairs,
        voting_coming=voting_coming, voting=len(seats))


def summary(found: Counts, past: bool = False) -> str:
    """'Ledamöter: 8 av 9 kommer (1 en del av mötet), 1 har förhinder. Ordförande Ingmar
    Ångman kommer.' (`past`: what was reported before a meeting whose minutes were not read)."""
    how = [t.ATTENDANCE_HOW_PART.format(count=found.part)] if found.part else []
    if found.substitutes:
        how.append(t.ATTENDANCE_HOW_SUBSTITUTES.format(count=found.substitutes))
    sentence = t.ATTENDANCE_SUMMARY_PAST if past else t.ATTENDANCE_SUMMARY
    said = [sentence.format(coming=found.coming, members=found.members, absent=found.absent,
                            how=t.ATTENDANCE_HOW.format(parts=", ".join(how)) if how else "")]
    chair = t.ATTENDANCE_CHAIR_PAST if past else t.ATTENDANCE_CHAIR
    said.extend(chair[state].format(name=name) for name, state in found.chairs)
    return " ".join(said)


def overview(ctx: Context, request: Request) -> Reply:
    actor = ctx.actor(request)
    groups, in_channel = ctx.scope(request)
    staff = permissions.groups_where(actor, Right.see_attendance, groups)
    if not staff:
        return permissions.refusal(ctx.session, actor, Right.see_attendance,
                                   group_to_name(ctx, actor, groups, in_channel))
    meeting, group, problem = _meeting(ctx, staff, request.text.strip())
    if problem:
        return problem
    return render(ctx.session, meeting, group, ctx.today())


def group_to_name(ctx: Context, actor: Actor, groups: list[Group],
                   in_channel: bool) -> Group | None:
    """The group a refusal names: the channel's, or in a DM the group of the person's next
    meeting (what `/närvaro` or `/anmäl-förhinder` without a date is about), not whichever
    sorts first."""
    if in_channel:
        return groups[0] if groups else None
    own = [g for g in groups if actor.role_in(g.id)]
    if len(own) < 2:
        return own[0] if own else None
    upcoming = store.upcoming(ctx.session, [g.id for g in own], ctx.today(), limit=1)
    if upcoming:
        ids = {g.id for g in store.groups_of_meeting(ctx.session, upcoming[0].id)}
        return next((g for g in own if g.id in ids), own[0])
    return own[0]


def _meeting(ctx: Context, groups: list[Group], text: str):
    ids = [g.id for g in groups]
    upcoming = store.upcoming(ctx.session, ids, ctx.today(), limit=3)
    which, text = which_meeting(text)  # "/närvaro nästa möte", "/närvaro förra mötet"
    if which == "last":
        found = store.held(ctx.session, ids, ctx.today(), limit=1)
        if not found:
            return None, None, Reply(texts.NO_HELD.format(groups=_names(groups)))
    elif text:
        day = dates.parse_date(text, ctx.today(), prefer="nearest")
        found = store.on_date(ctx.session, ids, day) if day else []
        if not found:
            what = (texts.NO_MEETING_ON.format(day=f"den {texts.day_month(day)}",
                                               groups=_names(groups)) if day
                    else texts.no_such_day(impossible)
                    if (impossible := dates.impossible_date(text))
                    else texts.DATE_NOT_UNDERSTOOD.format(phrase=text))
            return None, None, Reply(_with_next(what, upcoming))
    else:
        found = upcoming[:1]
        if not found:
            return None, None, Reply(texts.NO_UPCOMING.format(groups=_names(groups)))
    meeting = found[0]
    group = next(g for g in store.groups_of_meeting(ctx.session, meeting.id) if g.id in ids)
    return meeting, group, None


def _with_next(what: str, upcoming) -> str:
    if not upcoming:
        return what
    return f"{what} {t.NEXT_MEETINGS.format(list=meeting_service.short_list(upcoming))}"


def _names(groups) -> str:
    return texts.join_names([g.name for g in groups])


def render_held(meeting: Meeting, group: Group, rows: list[Row]) -> Reply:
    """/närvaro for a held meeting: who was there, as the minutes say."""
    by_org: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        org = row.organisation or texts.OTHER_ORGANISATIONS
        if row.status == "substitute":
            absent, _ = row.detail.split("|")
            by_org[org].append(f"{row.name}: {t.ATTENDANCE_SUBSTITUTE.format(absent=absent)}")
        else:
            status = (t.ATTENDANCE_WAS_THERE if row.status == "present"
                      else t.ATTENDANCE_WAS_ABSENT)
            by_org[org].append(f"{row.name} ({_role_name(row.role)}): {status}")
    reply = Reply(t.ATTENDANCE_TITLE.format(when=meeting_service.when(meeting), group=group.name))
    for org in sorted(by_org, key=swedish_key):
        reply.sections.append(Section(f"*{org}*\n" + "\n".join(by_org[org])))
    present = sum(1 for r in rows if r.status in ("present", "substitute"))
    absent = sum(1 for r in rows if r.status == "absent")
    reply.sections.append(Section(t.ATTENDANCE_HELD_SUMMARY.format(present=present,
                                                                   absent=absent)))
    reply.buttons.append(Button(t.ATTENDANCE_EXPORT_BUTTON, "attendance.export",
                                f"{meeting.id}:{group.id}"))
    return reply


def render(session: Session, meeting: Meeting, group: Group, today=None) -> Reply:
    held = minutes_rows(session, meeting)
    if held:
        return render_held(meeting, group, held)
    # A meeting that has been held, with no attendance from its minutes: what was reported
    # before it, said as such, not "kommer" as if it were ahead.
    past = meeting.status == MeetingStatus.held or (today is not None and meeting.date < today)
    rows = rows_for(session, meeting, group)
    by_org: dict[str, list[str]] = defaultdict(list)
    represented: dict[str, bool] = defaultdict(bool)
    for row in rows:
        org = row.organisation or texts.OTHER_ORGANISATIONS
        if row.status == "substitute":
            absent, state = row.detail.split("|")
            label = t.ATTENDANCE_SUBSTITUTE.format(absent=absent)
            by_org[org].append(t.ATTENDANCE_ROW_SUBSTITUTE.format(
                name=row.name, label=label, state=t.CALL_STATES[state]))
            represented[org] |= state in ("called", "confirmed")
        else:
            status = t.ATTENDANCE_COMES if row.status == "present" else t.ATTENDANCE_ABSENT
            if row.part:  # the secretary sees who misses only a part, and which
                status = t.ATTENDANCE_ABSENT_PART.format(part=row.part)
            by_org[org].append(t.ATTENDANCE_ROW.format(
                name=row.name, role=texts.ROLE_NAMES[row.role], status=status))
            represented[org] |= row.status == "present" or row.comes_for_part
    found = counts(rows)
    when = meeting_service.when(meeting)
    reply = Reply(t.ATTENDANCE_TITLE.format(when=when, group=group.name))
    if past:
        reply.sections.append(Section(t.ATTENDANCE_HELD_NO_MINUTES))
    for org in sorted(by_org, key=swedish_key):
        reply.sections.append(Section(markup.bold(org) + "\n" + "\n".join(by_org[org])))
    missing = sorted((org for org, ok in represented.items() if not ok), key=swedish_key)
    said = [summary(found)]
    said.append(t.ATTENDANCE_MISSING.format(orgs=texts.join_names(missing)) if missing
                else t.ATTENDANCE_NONE_MISSING)
    if found.voting and found.voting_coming <= found.voting * Settings.from_env().quorum_share:
        said.insert(0, t.ATTENDANCE_WARNING.format(coming=found.voting_coming,
                                                   members=found.voting))
    reply.sections.append(Section(" ".join(said)))
    reply.buttons.append(Button(t.ATTENDANCE_EXPORT_BUTTON, "attendance.export",
                                f"{meeting.id}:{group.id}"))
    return reply


def export(session: Session, meeting: Meeting, group: Group, fmt: str = "md") -> str:
    """One row a person: name, organisation, role, status (CSV or a Markdown table)."""
    table = [t.EXPORT_HEADER]
    held = bool(minutes_rows(session, meeting))
    rows = rows_for(session, meeting, group)
    for row in sorted(rows, key=lambda r: (swedish_key(r.organisation), swedish_key(r.name))):
        if row.status == "substitute":
            absent, state = row.detail.split("|")
            status = t.EXPORT_STATUS_SUBSTITUTE.format(absent=absent)
            if state not in ("confirmed", "minutes"):
                status += f" ({t.CALL_STATES[state]})"
        elif row.status == "present":
            status = t.EXPORT_STATUS_PRESENT
        else:  # a held meeting's minutes say frånvarande; a planned one has förhinder
            status = t.EXPORT_STATUS_WAS_ABSENT if held else t.EXPORT_STATUS_ABSENT
            if row.part and not held:  # a file, not a message: no markup left in it
                status = markup.plain(t.ATTENDANCE_ABSENT_PART.format(part=row.part))
        table.append((row.name, row.organisation, _role_name(row.role), status))
    return tables.csv_file(table) if fmt == "csv" else tables.markdown_table(table)


def export_reply(ctx: Context, request: Request, value: str) -> Reply:
    """The attendance list button; its meeting must be one of its group's (values are forgeable)."""
    actor = ctx.actor(request)
    meeting_id, _, group_id = value.partition(":")
    meeting = find_row(ctx.session, Meeting, meeting_id)
    group = find_row(ctx.session, Group, group_id)
    if meeting is None or group is None or group.id not in permissions.meeting_group_ids(
            ctx.session, meeting.id):
        return permissions.not_yours(actor)
    if not permissions.may(actor, Right.see_attendance, group.id):
        named = group if actor.role_in(group.id) is not None else None
        return (permissions.refusal(ctx.session, actor, Right.see_attendance, group) if named
                else permissions.not_yours(actor))
    title = t.ATTENDANCE_TITLE.format(when=meeting_service.when(meeting), group=group.name)
    audit.record_request(ctx, request, "attendance.export", f"meeting:{meeting.id}",
                         group=group.slug)
    return Reply(title, [Section(markup.preformatted(export(ctx.session, meeting, group)))])
