"""What the bot stores about a person: showing it (/mina-uppgifter), exporting it, forgetting
it (`samverkansbot person forget`), and purging what is old (the worker's retention job)."""
