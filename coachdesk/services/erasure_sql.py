"""Erasing people inside one open transaction, on either engine (SQLAlchemy Core).

The laptop's own erasure (`services/erasure.py`) works on the SQLite file and also cleans its
search index, free pages and journal. This is the same erasure for the team database and for
an erasure that arrives by synchronising (an `erased` tombstone): participants anonymised
with their organisation kept, the person removed, every text of the database scrubbed with
`domain.scrub.Scrubber`, stored export snapshots dropped, an `erasure_record` and the
`erased` tombstone written. `bump` (the default) raises the version of every travelling
record it changed, so the scrubbed state travels: two databases whose scrubbers differ
(another person of the same first name is known on one) end up with the same text.
Over a coach's connection to the team database, where row-level security keeps her writes
to her own regions, the person's removal and the texts of every region go through the
server's `coachdesk_redact` function (`erasure_team.py`, db/redaction.py).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, String, Table, Text, bindparam, func, select, text, update

from coachdesk.db.models import Base
from coachdesk.domain.scrub import Identity, Scrubber
from coachdesk.domain.vocabulary import ANONYMISED
from coachdesk.services.erasure import SKIPPED_COLUMNS, Erased
from coachdesk.services.erasure_team import redact_everywhere, redactable, redacts_through_server

CHUNK = 2000


def _tables() -> dict[str, Table]:
    return dict(Base.metadata.tables)


def erase_in(con: Connection, uuids: Collection[str], replacement: str = ANONYMISED,
             bump: bool = True, tombstone_synced: bool = False,
             when: Mapping[str, datetime] | None = None) -> Erased:
    """Erase the people with these uuids in the transaction `con` is in; see the module.

    `when`: the time each erasure was made where it was made (its tombstone keeps it)."""
    t = _tables()
    person, participant, moment = t["person"], t["contact_participant"], t["contact_moment"]
    wanted = sorted(set(uuids))
    rows = list(con.execute(select(person.c.id, person.c.uuid, person.c.name, person.c.email,
                                   person.c.phone).where(person.c.uuid.in_(wanted))))
    now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    _tombstones(con, wanted, when or {}, now, tombstone_synced)
    if not rows:
        return Erased(0, 0, 0, 0)
    ids = [r[0] for r in rows]
    targets = [Identity(r[2] or "", r[3] or "", r[4] or "", replacement) for r in rows]
    others = [Identity(r[0] or "", r[1] or "", r[2] or "") for r in con.execute(
        select(person.c.name, person.c.email, person.c.phone).where(person.c.id.not_in(ids)))]
    moments = sorted(set(con.scalars(select(participant.c.moment_id)
                                     .where(participant.c.person_id.in_(ids)))))
    scrubber = Scrubber(targets, others)
    if replacement == ANONYMISED and redacts_through_server(con):
        # A coach: row-level security keeps her writes to her regions; the server's
        # function removes the person and redacts the texts in every region.
        scrubbed = scrub_all(con, scrubber, bump=bump, skip=redactable(con))
        scrubbed += redact_everywhere(con, [r[1] for r in rows], scrubber).fields
        _record(con, now, len(ids), len(moments))
        return Erased(len(ids), len(moments), scrubbed, scrubber.replaced)
    own_org = (select(person.c.organisation_id).where(person.c.id == participant.c.person_id)
               .scalar_subquery())
    con.execute(update(participant).where(participant.c.person_id.in_(ids)).values(
        anonymised=True, organisation_id=func.coalesce(participant.c.organisation_id, own_org),
        person_id=None))
    if bump and moments:
        con.execute(update(moment).where(moment.c.id.in_(moments))
                    .values(version=moment.c.version + 1))
    con.execute(person.delete().where(person.c.id.in_(ids)))
    scrubbed = scrub_all(con, scrubber, bump=bump)
    _record(con, now, len(ids), len(moments))
    return Erased(len(ids), len(moments), scrubbed, scrubber.replaced)


def _record(con: Connection, now: datetime, people: int, moments: int) -> None:
    """Export snapshots dropped (where this role may), and one erasure record a person."""
    t = _tables()
    if "handoff_export" in t and may_update(con, "handoff_export", "snapshot"):
        export = t["handoff_export"]
        con.execute(update(export).where(export.c.snapshot != "").values(snapshot=""))
    con.execute(t["erasure_record"].insert(),
                [{"erased_at": now, "moments_kept": moments} for _ in range(people)])


def _tombstones(con: Connection, uuids: Sequence[str], when: Mapping[str, datetime],
                now: datetime, synced: bool) -> None:
    tomb = _tables()["tombstone"]
    have = {r[0]: r[1] for r in con.execute(select(tomb.c.uuid, tomb.c.kind).where(
        tomb.c.table_name == "person", tomb.c.uuid.in_(uuids)))}
    new = [{"table_name": "person", "uuid": u, "kind": "erased", "deleted_at": when.get(u, now),
            "synced_version": 1 if synced else None} for u in uuids if u not in have]
    if new:
        con.execute(tomb.insert(), new)
    plain = sorted(u for u, kind in have.items() if kind != "erased")
    # A plain deletion seen before becomes an erasure (a coach may only add tombstones: two
    # coaches who erased the same person must not trip over the second one's).
    if plain and may_update(con, "tombstone", "kind"):
        con.execute(update(tomb).where(tomb.c.table_name == "person", tomb.c.uuid.in_(plain))
                    .values(kind="erased"))


def _text_columns(con: Connection, table: Table) -> list[str]:
    keys = {c.name for c in table.primary_key.columns}
    names = [c.name for c in table.c if isinstance(c.type, String | Text)
             and c.name not in SKIPPED_COLUMNS and c.name not in keys]
    return [n for n in names if may_update(con, table.name, n)]


def may_update(con: Connection, table: str, column: str) -> bool:
    """Whether this connection's role may change the column (the team database's roles);
    rows row-level security hides from it are left alone by PostgreSQL itself."""
    if con.dialect.name != "postgresql":
        return True
    return bool(con.scalar(text(
        "SELECT CASE WHEN to_regclass(:t) IS NULL THEN false "
        "ELSE has_column_privilege(:t, :c, 'UPDATE') END"),
        {"t": table, "c": column}))


def scrub_all(con: Connection, scrubber: Scrubber, bump: bool = False,
              skip: Mapping[str, tuple[str, list[str]]] | None = None) -> int:
    """Scrub every text column of every table CoachDesk knows; returns the cells changed.

    `skip`: table -> (key, columns) left to the team database's redaction function."""
    changed = 0
    for table in Base.metadata.sorted_tables:
        left = set((skip or {}).get(table.name, ("", []))[1])
        columns = [c for c in _text_columns(con, table) if c not in left]
        keys = [c.name for c in table.primary_key.columns]
        if not columns or not keys:
            continue
        updates: dict[str, list[dict[str, Any]]] = {}
        read = con.execute(select(*(table.c[k] for k in keys), *(table.c[c] for c in columns)))
        for m, column, _old, clean in scrubber.changed_cells(read.mappings(), columns):
            updates.setdefault(column, []).append({"v": clean, **{f"k_{k}": m[k] for k in keys}})
        touched: set[tuple[Any, ...]] = set()
        for column, rows in updates.items():
            where = [table.c[k] == bindparam(f"k_{k}") for k in keys]
            statement = update(table).where(*where).values({column: bindparam("v")})
            for start in range(0, len(rows), CHUNK):
                con.execute(statement, rows[start:start + CHUNK])
            changed += len(rows)
            touched |= {tuple(r[f"k_{k}"] for k in keys) for r in rows}
        if bump and "version" in table.c and keys == ["id"] and touched:
            ids = sorted(k[0] for k in touched)
            for start in range(0, len(ids), CHUNK):
                con.execute(update(table).where(table.c.id.in_(ids[start:start + CHUNK]))
                            .values(version=table.c.version + 1))
    return changed
