"""The pages, one module each; importing them registers their routes on the blueprint."""

from handlers.web.pages import (  # noqa: F401
    attendance,
    calendar,
    consultations,
    groups,
    meetings,
    members,
    minutes,
    outbox,
    privacy,
    published,
    signin,
    teams,
)
