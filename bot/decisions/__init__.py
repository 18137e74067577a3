"""Decisions: questions about them (`questions`), announcements when minutes are published
(`announce`) and subjects people follow (`follows`)."""
