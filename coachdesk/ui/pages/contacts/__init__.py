"""contacts page."""
