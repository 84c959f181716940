"""New records of regions this coach does not coach: they stay on her laptop, unsent.

Row-level security lets a coach insert records only in the regions assigned to her
(`db/security.py`). One contact moment logged offline for a neighbouring region would be
refused by PostgreSQL and stop the whole push. Instead the server holds such a record back
before it writes anything: it works out the record's region as the policies do (`REGION_OF`:
its own `region_id`, or its parent's, from this push or from the server), asks
`coachdesk_coaches_region` about the current login, and answers `held` with the region's
uuid. A record of hers that she moved offline into such a region is held the same way (the
policy's `WITH CHECK` would refuse the update). A record that links to a held new one (the
moment's action, a moment whose participant is a held person) is held with it, so no link
is lost. The laptop leaves held records as they are
(still to be sent), so they travel at every later sync until the region is assigned to her;
the server wrote nothing of them, so nothing is doubled.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import Connection, Table, bindparam, func, select, text

from coachdesk.db.models import Base
from coachdesk.db.security import REGION_OF
from coachdesk.db.travel import CHILDREN, chunks
from coachdesk.services.sync_base import Change, Record

Answers = dict[str, dict[str, object]]
_PARENT_LINK = re.compile(r"= (\w+)\)$")  # "(SELECT … WHERE c.id = candidacy_id)"


def _links(table: Table) -> list[tuple[str, str]]:
    return [(c.name, fk.column.table.name) for c in table.c for fk in c.foreign_keys]


class Holder:
    """Decides, for one push over one connection, which records stay on the laptop."""

    def __init__(self, con: Connection) -> None:
        self.con = con
        self.active = con.dialect.name == "postgresql" and bool(con.scalar(text(
            "SELECT row_security_active('contact_moment'::regclass)")))
        self.held: dict[tuple[str, str], str | None] = {}  # (table, uuid) -> region uuid
        self._pushed: dict[tuple[str, str], str | None] = {}  # this push's records' regions
        self._coached: dict[str | None, bool] = {None: True}  # region uuid -> hers

    def split(self, table: Table, part: list[Change]) -> tuple[list[Change], Answers]:
        """The changes to apply, and the answers for those held back."""
        if not self.active:
            return part, {}
        uuids = [str(c.record["uuid"]) for c in part]
        present = self._present(table, uuids)
        regions = self._regions(table, [c.record for c in part])
        insertable = bool(self.con.scalar(text("SELECT has_table_privilege(CAST(:t AS regclass), "
                                               "'INSERT')"), {"t": table.name}))
        now = self._parent_regions(table.name, present) if table.name in REGION_OF else {}
        self._learn([r for r in now.values() if r is not None])
        moved: dict[str, str | None] = {}  # hers on the server, moved offline to another region
        for uuid in uuids:
            self._pushed[(table.name, uuid)] = regions.get(uuid)
            region = regions.get(uuid)
            if table.name not in REGION_OF or self._coached.get(region, True):
                continue
            if uuid not in present:
                self.held[(table.name, uuid)] = region
            elif self._coached.get(now.get(uuid), True):
                moved[uuid] = region
        if not insertable and table.name in REGION_OF:
            self.held.update({(table.name, u): regions.get(u) for u in uuids if u not in present})
        self._hold_dependants(table, part)
        held = {**moved, **{u: self.held[(table.name, u)] for u in uuids
                            if (table.name, u) in self.held}}
        answers: Answers = {c.key: {"status": "held", "region": held[str(c.record["uuid"])]}
                            for c in part if str(c.record["uuid"]) in held}
        return [c for c in part if c.key not in answers], answers

    def _hold_dependants(self, table: Table, part: list[Change]) -> None:
        """Hold what links to a held record (repeated: a stage change correcting another)."""
        links = [("", name, target) for name, target in _links(table)]
        if table.name in CHILDREN:
            child, _link, _order = CHILDREN[table.name]
            links += [(f"{child}s", name, target)
                      for name, target in _links(Base.metadata.tables[child])]
        grew = True
        while grew:
            grew = False
            for change in part:
                key = (table.name, str(change.record["uuid"]))
                if key in self.held:
                    continue
                blocker = self._blocker(change.record, links)
                if blocker is not None:
                    self.held[key] = self.held[blocker]
                    grew = True

    def _blocker(self, record: Record, links: list[tuple[str, str, str]]) -> tuple[str, str] | None:
        for inside, name, target in links:
            rows = (record.get(inside) or []) if inside else [record]
            for row in rows:
                found = (target, str(row.get(name)))
                if found in self.held:
                    return found
        return None

    def _present(self, table: Table, uuids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for part in chunks(list(uuids)):
            found |= set(self.con.scalars(select(table.c.uuid).where(table.c.uuid.in_(part))))
        return found

    def _regions(self, table: Table, records: list[Record]) -> dict[str, str | None]:
        """Each record's region uuid, as the table's row-level security derives it."""
        how = REGION_OF.get(table.name)
        if how is None:
            return {}
        found: dict[str, str | None]
        if how == "id":
            found = {str(r["uuid"]): str(r["uuid"]) for r in records}
        elif how == "region_id":
            found = {str(r["uuid"]): _str(r.get("region_id")) for r in records}
        else:
            match = _PARENT_LINK.search(how)
            assert match is not None, how
            link = match.group(1)
            parent = next(fk.column.table.name for fk in table.c[link].foreign_keys)
            wanted = {str(r["uuid"]): _str(r.get(link)) for r in records}
            known = self._parent_regions(parent, {p for p in wanted.values() if p is not None})
            found = {u: known.get(p) if p is not None else None for u, p in wanted.items()}
        self._learn([r for r in found.values() if r is not None])
        return found

    def _parent_regions(self, parent: str, uuids: set[str]) -> dict[str, str | None]:
        """Parents' region uuids: from this push, else from the server (by `REGION_OF`)."""
        known = {u: self._pushed[(parent, u)] for u in uuids if (parent, u) in self._pushed}
        missing = sorted(uuids - set(known))
        ids: dict[str, int | None] = {}
        query = text(f"SELECT uuid, {REGION_OF[parent]} FROM {parent} WHERE uuid IN :u"
                     ).bindparams(bindparam("u", expanding=True))
        for part in chunks(missing):
            ids.update((r[0], r[1]) for r in self.con.execute(query, {"u": list(part)}))
        region = Base.metadata.tables["region"]
        names: dict[int, str] = {}
        wanted_ids = sorted({i for i in ids.values() if i is not None})
        for part in chunks(wanted_ids):
            names.update((r[0], r[1]) for r in self.con.execute(
                select(region.c.id, region.c.uuid).where(region.c.id.in_(part))))
        known.update({u: names.get(i) if i is not None else None for u, i in ids.items()})
        return known

    def _learn(self, regions: list[str]) -> None:
        """Whether the current login coaches these regions (`coachdesk_coaches_region`)."""
        region = Base.metadata.tables["region"]
        missing = sorted(set(regions) - set(self._coached))
        for part in chunks(missing):
            rows = dict(self.con.execute(select(
                region.c.uuid, func.coachdesk_coaches_region(region.c.id))
                .where(region.c.uuid.in_(part))).all())
            # A region the server does not know is no region she coaches.
            self._coached.update({u: bool(rows.get(u, False)) for u in part})


def _str(value: object) -> str | None:
    return None if value is None else str(value)
