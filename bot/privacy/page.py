"""/mina-uppgifter on the web page: the same record as in chat, as plain values for a page, and
the same file to download.

`data.collect` decides what is stored about a person; chat and the web page only show it
differently, so neither can leave anything out that the other shows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from bot import audit
from bot.privacy import data
from storage.models import Person


@dataclass(frozen=True)
class MyData:
    found: dict  # data.collect: what the export file holds
    published_meetings: int  # held meetings whose published minutes list the person
    months: int  # how long förhinder, calls and synpunkter are kept


def overview(session: Session, person: Person, retention_months: int) -> MyData:
    return MyData(data.collect(session, person), data.published_meetings(session, person),
                  retention_months)


def export_file(session: Session, person: Person) -> bytes:
    """Everything stored about the person, as the JSON file chat sends."""
    return json.dumps(data.collect(session, person), ensure_ascii=False, indent=2).encode("utf-8")


def file_name(today: date) -> str:
    return f"mina-uppgifter-{today.isoformat()}.json"


def export_from_web(session: Session, person: Person, now: datetime) -> bytes:
    """The file for a download from the web page; each export is in the audit log, as in chat."""
    content = export_file(session, person)
    audit.record(session, now, "web", "privacy.export", f"person:{person.id}",
                 actor_id=person.id)
    return content
