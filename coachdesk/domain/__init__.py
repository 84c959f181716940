"""Plain-Python domain: vocabulary, rules and errors. No Qt, no SQLAlchemy."""
