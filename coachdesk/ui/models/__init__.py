"""Qt item models fed with plain objects from the services."""
