"""Meetings: planning them (`planning`), showing agendas (`agenda`), App Home (`home`), and the
rules and storage calls they share (`service`)."""
