"""Searching contact moments on either engine: FTS5 on the laptop, tsvector on the server.

Both match every word of the search, words of three letters or more as prefixes, with
accents ignored (FTS5's `remove_diacritics`, PostgreSQL's `unaccent`). The statements below
are part of migration 0002: never change them, add a migration instead.
"""

from __future__ import annotations

from sqlalchemy import TextClause, text

PG_SEARCH_CREATE = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "ALTER TABLE contact_moment ADD COLUMN search_vector tsvector",
    "CREATE FUNCTION contact_moment_search_update() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN NEW.search_vector := to_tsvector('simple', unaccent("
    "coalesce(NEW.subject, '') || ' ' || coalesce(NEW.report, ''))); RETURN NEW; END $$",
    "CREATE TRIGGER contact_moment_search BEFORE INSERT OR UPDATE OF subject, report "
    "ON contact_moment FOR EACH ROW EXECUTE FUNCTION contact_moment_search_update()",
    "UPDATE contact_moment SET subject = subject",
    "CREATE INDEX ix_contact_moment_search ON contact_moment USING gin (search_vector)",
)
PG_SEARCH_DROP = (
    "DROP INDEX IF EXISTS ix_contact_moment_search",
    "DROP TRIGGER IF EXISTS contact_moment_search ON contact_moment",
    "DROP FUNCTION IF EXISTS contact_moment_search_update()",
    "ALTER TABLE contact_moment DROP COLUMN IF EXISTS search_vector",
)
# Not modelled by SQLAlchemy: left out of schema comparisons (and of the workbook).
SERVER_ONLY_COLUMNS = {"search_vector"}
SERVER_ONLY_INDEXES = {"ix_contact_moment_search"}


def is_modelled(_obj: object, name: str | None, kind: str, _reflected: bool,
                _other: object) -> bool:
    """For schema comparisons: whether a database object is one the models describe."""
    from coachdesk.db.fts import is_fts_table

    return not ((kind == "table" and is_fts_table(name))
                or (kind == "column" and name in SERVER_ONLY_COLUMNS)
                or (kind == "index" and name in SERVER_ONLY_INDEXES))


def fts5_query(terms: list[tuple[str, bool]]) -> str:
    """(word, is_prefix) pairs as a safe FTS5 query: every word quoted and required."""
    return " ".join('"' + t.replace('"', '""') + ('"*' if prefix else '"') for t, prefix in terms)


def tsquery(terms: list[tuple[str, bool]]) -> str:
    """The same as a PostgreSQL tsquery (for to_tsquery('simple', unaccent(...)))."""
    quoted = ("'" + t.replace("\\", "\\\\").replace("'", "''") + "'" + (":*" if prefix else "")
              for t, prefix in terms)
    return " & ".join(quoted)


def moment_matches(dialect: str, terms: list[tuple[str, bool]],
                   one_by_one: bool = False) -> TextClause:
    """A condition on `contact_moment` that holds for the moments matching every term.

    `one_by_one` (SQLite only) checks each candidate row against the index instead of
    collecting all matches first: quicker when nearly every moment matches.
    """
    if dialect == "postgresql":
        return text("contact_moment.search_vector @@ to_tsquery('simple', unaccent(:tsq))"
                    ).bindparams(tsq=tsquery(terms))
    match = fts5_query(terms)
    if one_by_one:
        return text("EXISTS (SELECT 1 FROM contact_moment_fts WHERE contact_moment_fts.rowid "
                    "= contact_moment.id AND contact_moment_fts MATCH :match)"
                    ).bindparams(match=match)
    # `+id`: the matches are a set to look rows up in, while the moments are read in the
    # list's order (newest first, by the day's index) until the page is full. Without it
    # SQLite fetches every match by its id and sorts them all: 19 ms instead of 5 for a
    # prefix found in a fifth of 100,000 moments.
    return text("+contact_moment.id IN (SELECT rowid FROM contact_moment_fts "
                "WHERE contact_moment_fts MATCH :match)").bindparams(match=match)


def count_fts5_matches() -> str:
    return "SELECT count(*) FROM contact_moment_fts WHERE contact_moment_fts MATCH :match"
