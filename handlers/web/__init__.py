"""The web page under /webb/ and the calendar feeds under /ical/ (see app.py)."""
