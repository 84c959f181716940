"""dashboard page."""
