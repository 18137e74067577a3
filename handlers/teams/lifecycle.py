"""The bot's own comings and goings in Teams: installed in a team or a chat, or removed.

Teams says so twice over: a `conversationUpdate` naming the bot among the members added or
removed, and (in newer clients) an `installationUpdate` with `action` add or remove.
"""

from __future__ import annotations


def change(activity: dict) -> str | None:
    """"added", "removed", or None when the activity is not about the bot itself."""
    kind = activity.get("type")
    if kind == "installationUpdate":
        action = str(activity.get("action") or "")
        if action.startswith("add"):
            return "added"
        if action.startswith("remove"):
            return "removed"
        return None
    if kind != "conversationUpdate":
        return None
    bot = (activity.get("recipient") or {}).get("id")
    if bot and any(m.get("id") == bot for m in activity.get("membersAdded") or []):
        return "added"
    if bot and any(m.get("id") == bot for m in activity.get("membersRemoved") or []):
        return "removed"
    return None
