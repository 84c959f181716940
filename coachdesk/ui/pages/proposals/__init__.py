"""proposals page."""
