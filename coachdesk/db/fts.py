"""Full-text search (SQLite FTS5) over contact moments' subject and report.

The index is an external-content table kept in step by triggers. Tables whose name starts
with `FTS_PREFIX` are not modelled by SQLAlchemy and are left out of schema comparisons.
"""

from __future__ import annotations

FTS_PREFIX = "contact_moment_fts"

FTS_CREATE = (
    "CREATE VIRTUAL TABLE contact_moment_fts USING fts5("
    "subject, report, content='contact_moment', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER contact_moment_fts_ai AFTER INSERT ON contact_moment BEGIN "
    "INSERT INTO contact_moment_fts(rowid, subject, report) "
    "VALUES (new.id, new.subject, new.report); END",
    "CREATE TRIGGER contact_moment_fts_ad AFTER DELETE ON contact_moment BEGIN "
    "INSERT INTO contact_moment_fts(contact_moment_fts, rowid, subject, report) "
    "VALUES ('delete', old.id, old.subject, old.report); END",
    "CREATE TRIGGER contact_moment_fts_au AFTER UPDATE OF subject, report ON contact_moment "
    "BEGIN "
    "INSERT INTO contact_moment_fts(contact_moment_fts, rowid, subject, report) "
    "VALUES ('delete', old.id, old.subject, old.report); "
    "INSERT INTO contact_moment_fts(rowid, subject, report) "
    "VALUES (new.id, new.subject, new.report); END",
)

FTS_DROP = (
    "DROP TRIGGER IF EXISTS contact_moment_fts_au",
    "DROP TRIGGER IF EXISTS contact_moment_fts_ad",
    "DROP TRIGGER IF EXISTS contact_moment_fts_ai",
    "DROP TABLE IF EXISTS contact_moment_fts",
)


def is_fts_table(name: str | None) -> bool:
    return bool(name) and str(name).startswith(FTS_PREFIX)
