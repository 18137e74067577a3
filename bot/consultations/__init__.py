"""Remisser: drafts out for synpunkter until a deadline, with pings before it runs out."""
