"""The administrative CLI commands: roster, meetings and agenda items."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import dates, texts
from bot.clock import SystemClock, local
from bot.meetings import service as service
from bot.roster.service import RosterError, load_roster
from handlers.cli_parser import CliError, iso_date  # noqa: F401 (CliError: raised here, and by name elsewhere)
from storage import directory
from storage import meetings as store
from storage.engine import unit_of_work

KINDS = {"information": "information", "diskussion": "discussion", "beslut": "decision"}


def roster_load(engine: Engine, path: str, slack_client=None, workspaces=()) -> int:
    """Loads the file; then looks up the Slack ids of members with only an e-mail address:
    in the one workspace (`slack_client`), or in each installed one (`workspaces`: pairs of
    team id and client), among the people of that workspace's groups."""
    try:
        with unit_of_work(engine) as session:
            result = load_roster(session, path)
            _audit_roles(session, result.changes)
    except RosterError as error:
        lines = [texts.CLI_ROSTER_REFUSED]
        lines += [f"  rad {line}: {reason}" for line, reason in error.problems]
        raise CliError("\n".join(lines)) from None
    except FileNotFoundError:
        raise CliError(texts.CLI_NO_FILE.format(path=path)) from None
    print(texts.CLI_ROSTER_LOADED.format(**vars(result)))
    lookups = [(None, slack_client)] if slack_client is not None else list(workspaces)
    if lookups:
        from handlers.slack.directory import lookup_missing_ids

        found, unknown = 0, []
        for team, client in lookups:
            found_here, unknown_here = lookup_missing_ids(engine, client, team)
            found, unknown = found + found_here, unknown + unknown_here
        print(texts.CLI_SLACK_IDS_FOUND.format(found=found))
        if unknown:
            print(texts.CLI_SLACK_IDS_UNKNOWN.format(names=", ".join(unknown)))
    return 0


def _audit_roles(session, changes) -> None:
    """Each role given, changed or taken away by the file, in the audit log."""
    from datetime import UTC, datetime

    from bot import audit

    actor = audit.command_line_actor()
    for change in changes:
        audit.record(session, datetime.now(UTC), "cli", "roster.role",
                     f"person:{change.person_id}", actor=actor, group=change.group,
                     before=change.before, after=change.after)


def _group(session, slug: str):
    group = directory.group_by_slug(session, slug.lower())
    if group is None:
        slugs = ", ".join(g.slug for g in directory.all_groups(session)) or "inga"
        raise CliError(texts.CLI_NO_SUCH_GROUP.format(slug=slug, slugs=slugs))
    return group


def _planned_date(value: str) -> date:
    """A date for a new meeting: readable, and within a year back and five years ahead."""
    day = iso_date(value)
    if not dates.in_planning_range(day, local(SystemClock().now()).date()):
        raise CliError(texts.CLI_DATE_OUT_OF_RANGE.format(value=value))
    return day


def _time(value: str | None) -> time | None:
    if not value:
        return None
    try:
        return time.fromisoformat(value.replace(".", ":"))
    except ValueError:
        raise CliError(texts.CLI_BAD_TIME.format(value=value)) from None


def meeting_add(engine: Engine, args) -> int:
    with unit_of_work(engine) as session:
        group = _group(session, args.group)
        data = service.MeetingInput(
            group, _planned_date(args.date), _time(args.start), _time(args.end), args.place,
            args.link
        )
        _, created = service.add_meeting(session, data)
    message = texts.CLI_MEETING_ADDED if created else texts.CLI_MEETING_EXISTS
    print(message.format(day=args.date, start=args.start, group=group.name))
    return 0


def meeting_list(engine: Engine, slug: str | None) -> int:
    with unit_of_work(engine) as session:
        groups = [_group(session, slug)] if slug else directory.all_groups(session)
        meetings = store.upcoming(session, [g.id for g in groups], date.min, limit=10_000)
        if not meetings:
            print(texts.CLI_NO_MEETINGS)
        for meeting in meetings:
            span = texts.time_range(meeting.starts_at, meeting.ends_at).removeprefix("kl. ")
            items = len(store.agenda(session, meeting.id))
            names = service.group_names(session, meeting)
            print(f"{meeting.date.isoformat()}\t{span or '-'}\t{names}\t{meeting.place}\t"
                  f"{items} punkter")
    return 0


def agenda_add(engine: Engine, args) -> int:
    with unit_of_work(engine) as session:
        group = _group(session, args.group)
        day = iso_date(args.date)
        found = store.on_date(session, [group.id], day)
        if not found:
            raise CliError(texts.CLI_NO_MEETING.format(group=group.name, day=args.date))
        item = service.add_item(
            session, found[0], args.title, args.presenter, KINDS[args.kind], args.document
        )
    print(texts.CLI_ITEM_ADDED.format(
        position=item.position, title=args.title, day=args.date, group=group.name
    ))
    return 0


def attendance(engine: Engine, args) -> int:
    from bot.absences.overview import export

    with unit_of_work(engine) as session:
        group = _group(session, args.group)
        found = store.on_date(session, [group.id], iso_date(args.date))
        if not found:
            raise CliError(texts.CLI_NO_MEETING.format(group=group.name, day=args.date))
        print(export(session, found[0], group, args.format), end="")
    return 0


def consultation_add(engine: Engine, clock, args) -> int:
    from bot.clock import local
    from bot.consultations import command as consultation
    from bot.consultations import service as consultations
    from storage.models import Person

    with unit_of_work(engine) as session:
        group = _group(session, args.group)
        owner = session.exec(
            select(Person).where(Person.email == args.owner.lower())).first()
        if owner is None:
            raise CliError(texts.CLI_NO_SUCH_PERSON.format(email=args.owner))
        deadline = consultation.read_deadline(args.deadline, args.time or "", clock.now())
        if deadline is None:
            raise CliError(texts.CLI_BAD_DEADLINE.format(value=args.deadline))
        if deadline <= clock.now():
            raise CliError(texts.CLI_DEADLINE_PASSED.format(value=args.deadline))
        if not dates.in_planning_range(local(deadline).date(), local(clock.now()).date()):
            raise CliError(texts.CLI_DATE_OUT_OF_RANGE.format(value=args.deadline))
        row = consultations.create(session, args.title, [group], owner, deadline, clock.now(),
                                   args.draft or "", args.per == "organisation")
        print(texts.CLI_CONSULTATION_ADDED.format(
            id=row.id, title=row.title, deadline=local(deadline).strftime("%Y-%m-%d %H:%M"),
            group=group.name))
    return 0


def consultation_list(engine: Engine, slug: str | None) -> int:
    from bot.clock import local
    from bot.consultations import service as consultations
    from storage.models import Consultation

    with unit_of_work(engine) as session:
        rows = session.exec(select(Consultation).order_by(Consultation.deadline)).all()
        wanted = _group(session, slug).id if slug else None
        for row in rows:
            groups = consultations.groups_of(session, row.id)
            if wanted and wanted not in [g.id for g in groups]:
                continue
            progress = consultations.progress(session, row)
            print(f"{row.id}\t{row.status}\t{local(row.deadline).strftime('%Y-%m-%d %H:%M')}\t"
                  f"{', '.join(g.slug for g in groups)}\t{row.title}\t"
                  f"{len(progress.answered)}/{len(progress.expected)}")
    return 0


def consultation_export(engine: Engine, consultation_id: int, fmt: str) -> int:
    from bot.consultations import service as consultations
    from storage.models import Consultation

    with unit_of_work(engine) as session:
        row = session.get(Consultation, consultation_id)
        if row is None:
            raise CliError(texts.CLI_NO_SUCH_CONSULTATION.format(id=consultation_id))
        print(consultations.export(session, row, fmt), end="")
    return 0


def consultation_confirm(engine: Engine, clock, consultation_id: int) -> int:
    from storage.models import Consultation, ConsultationStatus

    with unit_of_work(engine) as session:
        row = session.get(Consultation, consultation_id)
        if row is None:
            raise CliError(texts.CLI_NO_SUCH_CONSULTATION.format(id=consultation_id))
        if row.deadline <= clock.now():
            raise CliError(texts.CLI_DEADLINE_PASSED.format(value=row.deadline.date()))
        row.status = ConsultationStatus.open
        session.add(row)
        print(texts.CLI_CONSULTATION_OPENED.format(id=row.id, title=row.title))
    return 0
