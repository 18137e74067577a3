"""Real minutes of public bodies for the minutes flow's end-to-end tests (see README.md)."""

from pathlib import Path

REAL = Path(__file__).parent
