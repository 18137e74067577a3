"""Microsoft Teams: Bot Framework activities in and out, over httpx, without the botbuilder SDK."""
