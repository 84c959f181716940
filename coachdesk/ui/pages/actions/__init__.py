"""actions page."""
