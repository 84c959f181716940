"""regions page."""
