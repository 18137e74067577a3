"""Work that runs after the platform has its acknowledgement: nothing ends there unanswered.

Slack gets its answer within three seconds and the Bot Framework within fifteen; what comes
after (a Web API call, a download, a long answer, a form to open) can still fail. When it
does, the error is logged once, with what was being done and for whom but without the message
or any body (an exception's text may quote them: SQLAlchemy's quotes the row), and the person
is told in a short Swedish sentence. The sentence is true: "ingenting sparades" only when no
unit of work of the attempt wrote anything, else that what they did is saved.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from bot import texts
from bot.texts import answers


@dataclass
class Attempt:
    """One piece of work for one person; `saved` once a unit of work of it wrote and committed."""

    saved: bool = False

    def failure_text(self) -> str:
        return answers.SAVED_BUT_NO_ANSWER if self.saved else texts.SOMETHING_WENT_WRONG


_CURRENT: ContextVar[Attempt | None] = ContextVar("attempt", default=None)


@contextmanager
def attempt(saved: bool = False) -> Iterator[Attempt]:
    """The attempt that units of work in this thread report their writes to."""
    current = Attempt(saved)
    token = _CURRENT.set(current)
    try:
        yield current
    finally:
        _CURRENT.reset(token)


def note_saved() -> None:
    """Called once a unit of work that wrote has committed."""
    current = _CURRENT.get()
    if current is not None:
        current.saved = True


def log_failure(logger: logging.Logger, what: str, error: BaseException, **context) -> None:
    """One ERROR line: what, for whom, the error's kind and where it happened; no message."""
    frames = traceback.extract_tb(error.__traceback__)[-8:]
    where = " < ".join(f"{Path(frame.filename).name}:{frame.lineno} {frame.name}"
                       for frame in reversed(frames))
    about = ", ".join(f"{key} {value}" for key, value in context.items() if value)
    logger.error("Unexpected error in %s (%s): %s%s at %s", what, about or "no context",
                 type(error).__name__, _code(error), where or "?")


def _code(error: BaseException) -> str:
    """The platform's own error code, which names the problem without quoting anything."""
    response = getattr(error, "response", None)
    code = None
    if isinstance(response, dict) or hasattr(response, "get"):
        try:
            code = response.get("error")
        except Exception:  # a response of another kind: its status below is enough
            code = None
    status = getattr(response, "status_code", None)
    if isinstance(code, str) and code:
        return f" ({code[:60]})"
    if isinstance(status, int):
        return f" (HTTP {status})"
    return ""
