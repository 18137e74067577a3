"""Groups, members and roles: loading the roster file (`service`)."""
