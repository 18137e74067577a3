"""The minutes reader: PDF, DOCX, Markdown or text in; meeting, attendance, agenda, decisions,
deadlines and next meeting out. Platform-free and database-free."""

from .model import (
    AgendaItem,
    Attendee,
    Deadline,
    Decision,
    Link,
    NextMeeting,
    NotMinutesError,
    ParsedMinutes,
    Substitution,
)
from .parser import parse_file, parse_text

__all__ = [
    "AgendaItem",
    "Attendee",
    "Deadline",
    "Decision",
    "Link",
    "NextMeeting",
    "NotMinutesError",
    "ParsedMinutes",
    "Substitution",
    "parse_file",
    "parse_text",
]
