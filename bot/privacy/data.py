"""Everything stored about one person, as plain data: for /mina-uppgifter and its export.

One function per kind of record, each reading by the person's id; `collect` puts them in one
dictionary that is written out as JSON with ISO dates. Platform-free, so the web page can show
the same thing.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlmodel import Session, select

from storage import audit as audit_store
from storage.collation import swedish_key
from storage.models import (
    Absence,
    Attendance,
    Comment,
    Consultation,
    Document,
    DocumentStatus,
    Follow,
    Group,
    Meeting,
    Membership,
    OutboxMessage,
    OutboxState,
    Person,
    SubstituteCall,
    TeamsConversation,
)


def collect(session: Session, person: Person) -> dict:
    return {
        "person": {"namn": person.name, "e-post": person.email, "slack-id": person.slack_id,
                   "teams-id": person.teams_id},
        "grupper": memberships(session, person),
        "ordinarie_ersättare_för": usual_substitute_for(session, person),
        "förhinder": absences(session, person),
        "kallelser_som_ersättare": calls(session, person),
        "synpunkter": comments(session, person),
        "bevakningar": [f.subject for f in session.exec(
            select(Follow).where(Follow.person_id == person.id).order_by(Follow.subject))],
        "remisser_du_äger": [
            {"remiss": c.title, "sista_dag": _iso(c.deadline), "status": c.status}
            for c in session.exec(select(Consultation).where(Consultation.owner_id == person.id))
        ],
        "protokoll_du_skickat_in": [
            {"fil": d.filename, "status": d.status, "inläst": _iso(d.created_at)}
            for d in session.exec(select(Document).where(Document.uploaded_by == person.id))
        ],
        "närvaro_i_protokoll": attendance(session, person),
        "meddelanden_i_utkorgen": waiting_messages(session, person),
        "teams_samtal": bool(person.teams_id and session.get(TeamsConversation, person.teams_id)),
        "loggade_handlingar": [
            {"när": _iso(e.at), "plattform": e.platform, "handling": e.action,
             "gällde": e.subject}
            for e in audit_store.by_actor(session, person.id)
        ],
    }


def memberships(session: Session, person: Person) -> list[dict]:
    rows = session.exec(
        select(Membership, Group).join(Group, Group.id == Membership.group_id)
        .where(Membership.person_id == person.id)
    ).all()
    rows = sorted(rows, key=lambda row: (swedish_key(row[1].name), row[1].id))
    found = []
    for membership, group in rows:
        substitute = (session.get(Person, membership.substitute_id)
                      if membership.substitute_id else None)
        found.append({"grupp": group.name, "roll": membership.role,
                      "organisation": membership.organisation, "aktiv": membership.active,
                      "ordinarie_ersättare": substitute.name if substitute else None,
                      "sammanfattning_per_dag": membership.digest})
    return found


def usual_substitute_for(session: Session, person: Person) -> list[dict]:
    rows = session.exec(
        select(Person, Group).join(Membership, Membership.person_id == Person.id)
        .join(Group, Group.id == Membership.group_id)
        .where(Membership.substitute_id == person.id, Membership.active)
    ).all()
    return [{"ledamot": member.name, "grupp": group.name} for member, group in rows]


def absences(session: Session, person: Person) -> list[dict]:
    rows = session.exec(
        select(Absence, Meeting, Group).join(Meeting, Meeting.id == Absence.meeting_id)
        .join(Group, Group.id == Absence.group_id)
        .where(Absence.person_id == person.id).order_by(Meeting.date)
    ).all()
    found = []
    for absence, meeting, group in rows:
        substitute = (session.get(Person, absence.substitute_id)
                      if absence.substitute_id else None)
        found.append({
            "möte": _iso(meeting.date), "grupp": group.name,
            "ersättare": substitute.name if substitute else None,
            "del_av_mötet": {"från": _iso(absence.part_from), "till": _iso(absence.part_to),
                             "punkter": absence.part_items},
            "anmält": _iso(absence.created_at), "tillbakataget": _iso(absence.withdrawn_at),
        })
    return found


def calls(session: Session, person: Person) -> list[dict]:
    rows = session.exec(
        select(SubstituteCall, Absence, Meeting)
        .join(Absence, Absence.id == SubstituteCall.absence_id)
        .join(Meeting, Meeting.id == Absence.meeting_id)
        .where(SubstituteCall.person_id == person.id).order_by(Meeting.date)
    ).all()
    return [{"möte": _iso(meeting.date), "i_stället_för": session.get(Person,
                                                                       absence.person_id).name,
             "svar": call.state, "kallad": _iso(call.created_at),
             "svarade": _iso(call.answered_at)}
            for call, absence, meeting in rows]


def comments(session: Session, person: Person) -> list[dict]:
    rows = session.exec(
        select(Comment, Consultation).join(Consultation, Consultation.id == Comment.consultation_id)
        .where(Comment.person_id == person.id).order_by(Comment.created_at)
    ).all()
    return [{"remiss": consultation.title, "version": comment.version,
             "organisation": comment.organisation, "text": comment.text,
             "lämnad": _iso(comment.created_at), "tillbakatagen": _iso(comment.withdrawn_at)}
            for comment, consultation in rows]


def attendance(session: Session, person: Person) -> list[dict]:
    rows = session.exec(
        select(Attendance, Meeting).join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(Attendance.person_id == person.id).order_by(Meeting.date)
    ).all()
    return [{"möte": _iso(meeting.date), "namn_i_protokollet": row.name, "status": row.status,
             "ersatte": row.stands_in_for or None} for row, meeting in rows]


def waiting_messages(session: Session, person: Person) -> int:
    """Messages to the person the worker has not sent yet (their text is in the export of the
    feature that made them, not here)."""
    ids = [i for i in (person.slack_id, person.teams_id) if i]
    if not ids:
        return 0
    return len(session.exec(select(OutboxMessage.id).where(
        OutboxMessage.recipient.in_(ids),
        OutboxMessage.state.in_((OutboxState.pending, OutboxState.sending)))).all())


def published_meetings(session: Session, person: Person) -> int:
    """Held meetings whose published minutes list the person."""
    return len(set(session.exec(
        select(Attendance.meeting_id).join(Document, Document.meeting_id == Attendance.meeting_id)
        .where(Attendance.person_id == person.id, Document.status == DocumentStatus.published)
    ).all()))


def _iso(value: date | datetime | time | None) -> str | None:
    return value.isoformat() if value is not None else None
