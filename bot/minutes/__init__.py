"""Minutes: reading them (`reading`, platform- and database-free), storing them (`ingest`) and the
upload, review and publish flow (`flow`)."""
