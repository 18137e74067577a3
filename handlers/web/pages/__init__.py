"""The pages, one module each; importing them registers their routes on the blueprint."""

from handlers.web.pages import calendar, members, signin  # noqa: F401
