"""logbook page."""
