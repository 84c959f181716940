"""Use cases: each owns its transaction and takes and returns plain objects, never ORM rows."""
