"""Shared state of one demo build: the random source, the dates, reference ids and the rows."""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from coachdesk.services.demo.names import CITIES

# The programme started in 2023: the demo covers the ~22 months before "today".
PROGRAMME_DAYS = 660

Row = dict[str, Any]


@dataclass(frozen=True)
class DemoSize:
    people: int
    moments: int
    actions: int
    versions: int
    local_organisations: int
    companies: int
    ocmw: int
    overdue_rate: float  # share of past-due random actions left open (small: none, scripted only)


SIZES: dict[str, DemoSize] = {
    "small": DemoSize(150, 600, 400, 40, 25, 20, 8, 0.0),
    "large": DemoSize(5_000, 100_000, 30_000, 1_000, 400, 600, 40, 0.04),
}


@dataclass(frozen=True)
class RegionRef:
    id: int
    code: str
    name: str
    province: str


@dataclass(frozen=True)
class MuniRef:
    id: int
    nis_code: str
    name: str
    region_id: int

    @property
    def is_city(self) -> bool:
        return self.name in CITIES

    @property
    def government(self) -> str:
        """'Stad Gent' or 'Gemeente Mol': how the local government is called."""
        return f"{'Stad' if self.is_city else 'Gemeente'} {self.name}"


@dataclass(frozen=True)
class Reference:
    """The reference rows a fresh database already holds."""

    regions: dict[str, RegionRef]
    municipalities: dict[int, list[MuniRef]]
    stage_ids: list[int]
    criterion_ids: list[int]

    def muni_named(self, region: RegionRef, name: str) -> MuniRef:
        return next(m for m in self.municipalities[region.id] if m.name == name)


class Demo:
    """One build: a seeded random source, a pinned 'today' and the rows to insert per table."""

    def __init__(self, ref: Reference, size: DemoSize, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.ref = ref
        self.size = size
        self.today = today
        self.start = today - timedelta(days=PROGRAMME_DAYS)
        self.rows: dict[str, list[Row]] = defaultdict(list)
        self.updates: dict[str, list[Row]] = defaultdict(list)  # reference rows, keyed by "row_id"
        self._last_id: dict[str, int] = defaultdict(int)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def at(self, day: date) -> datetime:
        """A moment during office hours on `day`."""
        return datetime.combine(day, time(8 + self.rng.randrange(10), self.rng.randrange(60)))

    def tracked(self, created: date, updated: date | None = None) -> Row:
        """The uuid, created_at and updated_at columns of a Tracked row."""
        created_at = self.at(created)
        updated_at = self.at(updated) if updated and updated > created else created_at
        return {"uuid": self.uuid(), "created_at": created_at, "updated_at": updated_at}

    def add(self, table: str, row: Row) -> int:
        """Queue a row with the next integer id; returns that id."""
        self._last_id[table] += 1
        row["id"] = self._last_id[table]
        self.rows[table].append(row)
        return self._last_id[table]

    def day_between(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def days(self, n: int) -> timedelta:
        return timedelta(days=n)


def dutch_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")
