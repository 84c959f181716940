"""Features without a page of their own: backups, handoff."""
