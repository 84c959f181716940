"""A coach's erasure on the team database, in every region: through `coachdesk_redact`.

Row-level security keeps a coach's own writes to the regions she coaches. For the rest her
CoachDesk computes the scrubbed texts with the one scrubber (domain/scrub.py), reading the
server's current values (a coach reads every region), and hands them to the server's
`coachdesk_redact` function (db/redaction.py), which checks that the person is erased there
and that each change only cuts text out, then applies it with the owner's rights. A change
whose text moved on meanwhile (written before this transaction took the sync lock) is
skipped by the function and computed again here, from the text as it now is.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, text

from coachdesk.db.models import Base
from coachdesk.db.redaction import COLUMNS, FUNCTION, SIGNATURE
from coachdesk.domain.scrub import Scrubber

log = logging.getLogger(__name__)
ROUNDS = 3  # a skipped change is read and scrubbed again, at most this often

Change = dict[str, str]


@dataclass(frozen=True)
class Redacted:
    """What the server function did for one erasure."""

    people: int  # person rows removed (any region)
    participants: int  # participations anonymised (any region)
    fields: int  # texts changed
    left: int  # texts still changing under us after every round (the next erasure retries)


def redacts_through_server(con: Connection) -> bool:
    """Whether `con` is a coach's connection to a team database with the function: her
    erasure then goes through it; the owner (and SQLite) erase directly."""
    if con.dialect.name != "postgresql":
        return False
    return bool(con.scalar(text(
        "SELECT CASE WHEN to_regprocedure(:f) IS NULL THEN false ELSE "
        "has_function_privilege(to_regprocedure(:f), 'EXECUTE') "
        "AND NOT (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) "
        "AND current_user <> (SELECT tableowner FROM pg_tables "
        "WHERE schemaname = 'public' AND tablename = 'person') END"), {"f": SIGNATURE}))


def redactable(con: Connection) -> dict[str, tuple[str, list[str]]]:
    """table -> (its key column, the text columns the function redacts), from the server."""
    found: dict[str, tuple[str, list[str]]] = {}
    for table, column, key, _bumps in con.execute(text(f"SELECT * FROM {COLUMNS}()")):
        if table in Base.metadata.tables:
            found.setdefault(table, (key, []))[1].append(column)
    return found


def redact_everywhere(con: Connection, persons: Sequence[str], scrubber: Scrubber) -> Redacted:
    """Remove these (erased) people and scrub every redactable text, in every region."""
    columns = redactable(con)
    gone = set(persons)  # their own rows go as a whole
    changes = [c for table, (key, names) in sorted(columns.items())
               for c in _changes(con, Base.metadata.tables[table], key, names, scrubber)
               if not (table == "person" and c["key"] in gone)]
    people = participants = fields = 0
    for _round in range(ROUNDS):
        answer = _call(con, persons, changes)
        people += int(answer["people"])
        participants += int(answer["participants"])
        fields += int(answer["applied"])
        changes = _again(con, answer["skipped"], columns, scrubber)
        if not changes:
            break
    if changes:  # not expected: from the first call on, this transaction holds SYNC_LOCK,
        # which every other write to these tables waits for
        log.warning("erasure: %d texts changed during redaction and were left", len(changes))
    return Redacted(people, participants, fields, len(changes))


def _call(con: Connection, persons: Sequence[str], changes: list[Change]) -> dict[str, Any]:
    answer = con.scalar(text(f"SELECT {FUNCTION}(CAST(:p AS text[]), CAST(:c AS jsonb))"),
                        {"p": list(persons), "c": json.dumps(changes, ensure_ascii=False)})
    return dict(answer) if isinstance(answer, dict) else dict(json.loads(str(answer)))


def _changes(con: Connection, table: Table, key: str, names: list[str], scrubber: Scrubber,
             where: Any = None) -> list[Change]:
    statement = table.select().with_only_columns(table.c[key], *(table.c[n] for n in names))
    if where is not None:
        statement = statement.where(where)
    return [{"table": table.name, "key": str(m[key]), "column": name, "old": old, "new": clean}
            for m, name, old, clean in scrubber.changed_cells(
                con.execute(statement).mappings(), names)]


def _again(con: Connection, skipped: list[Change], columns: dict[str, tuple[str, list[str]]],
           scrubber: Scrubber) -> list[Change]:
    """The skipped changes computed again from the texts as they are now."""
    changes: list[Change] = []
    for table_name in sorted({s["table"] for s in skipped}):
        key, names = columns[table_name]
        table = Base.metadata.tables[table_name]
        wanted = {(s["key"], s["column"]) for s in skipped if s["table"] == table_name}
        keys = sorted({k for k, _c in wanted})
        found = _changes(con, table, key, names, scrubber, table.c[key].in_(keys))
        changes += [c for c in found if (c["key"], c["column"]) in wanted]
    return changes
