"""Property: whatever two laptops do offline (edits, additions, deletions, erasures) and
however their syncs interleave, after the last sync the three databases are equal record by
record (uuid and a hash of the fields); a laptop clock a day off changes nothing; an erased
person never returns. CI runs a fixed (derandomised) set of examples."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select, text

from coachdesk.db.models import Action, ContactMoment, ContactParticipant, Person, Region
from coachdesk.db.server import make_server_engine
from coachdesk.db.travel import snapshot
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.sync import open_conflicts, synchronise
from tests import pg
from tests.team.conftest import resolve_conflicts

EXAMPLES = int(os.environ.get("COACHDESK_PROPERTY_EXAMPLES", "8"))
NAMES = ["An Claes", "Bart Wouters", "Chloé Peeters", "Dirk Maes", "Els Jacobs",
         "Filip Mertens", "Griet Willems", "Hans Goossens", "Ilse Wuyts", "Jonas Dewulf",
         "Karen Segers", "Lode Verbruggen", "Mira Hendrickx", "Nico Lambrechts"]
KINDS = ["person", "email", "moment", "subject", "action", "describe", "delete_action",
         "delete_moment", "erase", "sync", "sync"]
steps = st.lists(st.tuples(st.sampled_from("ab"), st.sampled_from(KINDS),
                           st.integers(0, 20)), min_size=1, max_size=12)


@dataclass
class Prepared:
    """A team database and two laptops that synchronised once, to be cloned per example."""

    cluster: pg.Cluster
    template: str
    folder: Path


_prepared: dict[int, Prepared] = {}


def _prepare(cluster: pg.Cluster, pg_template: str, folder: Path) -> Prepared:
    if id(cluster) in _prepared:
        return _prepared[id(cluster)]
    name = cluster.new_database(pg_template)
    server = make_server_engine(cluster.url(name))
    pair = [Services(open_coachdesk_db(folder / f"{x}.sqlite")) for x in "ab"]
    for svc in (*pair, pair[0]):
        synchronise(svc.db.engine, server)
    for svc in pair:
        svc.close()
    server.dispose()
    cluster.execute(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false')
    _prepared[id(cluster)] = Prepared(cluster, name, folder)
    return _prepared[id(cluster)]


class _DayAhead(datetime):
    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _DayAhead:  # type: ignore[override]
        return datetime.now(tz) + timedelta(days=1)  # type: ignore[return-value]


@contextmanager
def clock_a_day_ahead(on: bool) -> Iterator[None]:
    """Every wall-clock time CoachDesk writes (created, updated, deleted, erased) a day off."""
    import coachdesk.db.base as base
    import coachdesk.services.erasure as erasure
    import coachdesk.services.erasure_sql as erasure_sql

    modules = (base, erasure, erasure_sql)
    if on:
        for module in modules:
            setattr(module, "datetime", _DayAhead)
    try:
        yield
    finally:
        for module in modules:
            setattr(module, "datetime", datetime)


@dataclass
class World:
    server: Engine
    laptops: dict[str, Services]
    skewed: str = ""
    made: int = 0
    erased: dict[str, str] = field(default_factory=dict)  # uuid -> name
    names: list[str] = field(default_factory=list)

    def run(self, who: str, kind: str, n: int) -> None:
        svc = self.laptops[who]
        with clock_a_day_ahead(who == self.skewed):
            if kind == "sync":
                synchronise(svc.db.engine, self.server)
            elif kind == "erase":
                with svc.db.session_factory() as s:
                    person = _nth(s, Person, n)
                    found = (person.id, person.uuid, person.name) if person else None
                if found is not None:
                    self.erased[found[1]] = found[2]
                    svc.privacy.erase_person(found[0])
            else:
                with svc.db.session_factory.begin() as s:
                    self._edit(s, kind, n)

    def _edit(self, s: object, kind: str, n: int) -> None:
        from sqlalchemy.orm import Session

        assert isinstance(s, Session)
        self.made += 1
        tag = f"{kind}{self.made}"
        if kind == "person" and len(self.names) < len(NAMES):
            name = NAMES[len(self.names)]  # never given twice: an erased name stays gone
            self.names.append(name)
            s.add(Person(name=name, email=f"{name.split()[0].lower()}@mol.be"))
        elif kind == "email" and (p := _nth(s, Person, n)) is not None:
            p.email = f"{tag}@geel.be"
        elif kind == "moment":
            p = _nth(s, Person, n)
            m = ContactMoment(happened_on=datetime(2026, 3, 1).date(), kind="phone",
                              region_id=s.scalar(select(Region.id).order_by(Region.id)),
                              subject=f"Gesprek met {p.name}" if p else f"Gesprek {tag}",
                              report=f"{p.name} belde." if p else "")
            m.participants.append(ContactParticipant(person_id=p.id if p else None))
            s.add(m)
        elif kind == "subject" and (m := _nth(s, ContactMoment, n)) is not None:
            m.report = f"Verslag {tag}"
        elif kind == "action":
            s.add(Action(region_id=s.scalar(select(Region.id).order_by(Region.id)),
                         description=f"Actie {tag}"))
        elif kind == "describe" and (a := _nth(s, Action, n)) is not None:
            a.description = f"Omschrijving {tag}"
        elif kind == "delete_action" and (a := _nth(s, Action, n)) is not None:
            s.delete(a)
        elif kind == "delete_moment" and (m := _nth(s, ContactMoment, n)) is not None:
            s.delete(m)


def _nth(s: object, model: type, n: int) -> object:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    rows = list(s.scalars(select(model).order_by(model.uuid)))  # type: ignore[attr-defined]
    return rows[n % len(rows)] if rows else None


def settle(world: World) -> None:
    """The last syncs: conflicts are answered (the team's value), then everyone syncs."""
    a, b = world.laptops["a"].db.engine, world.laptops["b"].db.engine
    for _round in range(4):
        for laptop in (a, b):
            synchronise(laptop, world.server)
            resolve_conflicts(laptop, lambda _n: "theirs")
    for laptop in (a, b, a):
        synchronise(laptop, world.server)
    assert open_conflicts(a) == open_conflicts(b) == 0


def contents(engine: Engine) -> dict[str, dict[str, str]]:
    with engine.connect() as con:
        found = snapshot(con)
    # a deletion's time is its laptop's clock: which records were deleted is what counts
    found["tombstone"] = {u: "" for u in found["tombstone"]}
    return found


def check(world: World) -> dict[str, dict[str, str]]:
    engines = [world.server, *(svc.db.engine for svc in world.laptops.values())]
    expected = snapshot_of(world.server)
    for engine in engines:
        with engine.connect() as con:
            assert snapshot(con) == expected
            for uuid, name in world.erased.items():
                assert con.scalar(select(Person.id).where(Person.uuid == uuid)) is None
                texts = " ".join(r[0] for r in con.execute(text(
                    "SELECT subject || ' ' || report FROM contact_moment "
                    "UNION ALL SELECT name || ' ' || email FROM person")))
                assert name not in texts, f"{name} came back"
    return contents(world.server)


def snapshot_of(engine: Engine) -> dict[str, dict[str, str]]:
    with engine.connect() as con:
        return snapshot(con)


@contextmanager
def counted_ids() -> Iterator[None]:
    """New records get uuids from a counter, so two runs of one plan make the same uuids."""
    import uuid as real

    import coachdesk.domain.ids as ids

    count = iter(range(1, 10**6))

    class Counter:
        UUID = real.UUID
        uuid5 = staticmethod(real.uuid5)

        @staticmethod
        def uuid4() -> real.UUID:
            return real.UUID(int=next(count))

    setattr(ids, "uuid", Counter)
    try:
        yield
    finally:
        setattr(ids, "uuid", real)


@contextmanager
def world(prepared: Prepared, folder: Path, skewed: str = "") -> Iterator[World]:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    name = prepared.cluster.new_database(prepared.template)
    for path in prepared.folder.glob("*.sqlite*"):
        shutil.copyfile(path, folder / path.name)
    server = make_server_engine(prepared.cluster.url(name))
    laptops = {x: Services(open_coachdesk_db(folder / f"{x}.sqlite")) for x in "ab"}
    try:
        yield World(server, laptops, skewed)
    finally:
        for svc in laptops.values():
            svc.close()
        server.dispose()
        prepared.cluster.drop_database(name)


@pytest.fixture(scope="module")
def prepared(pg_cluster: pg.Cluster, pg_template: str,
             tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    return _prepare(pg_cluster, pg_template, tmp_path_factory.mktemp("synced"))


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          derandomize=os.environ.get("CI") == "true",
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(steps=steps, skewed=st.sampled_from(["", "a", "b"]))
def test_after_the_last_sync_all_three_databases_are_equal(
        prepared: Prepared, tmp_path_factory: pytest.TempPathFactory,
        steps: list[tuple[str, str, int]], skewed: str) -> None:
    with world(prepared, tmp_path_factory.getbasetemp() / "example", skewed) as w:
        for who, kind, n in steps:
            w.run(who, kind, n)
        settle(w)
        check(w)


def test_a_laptop_clock_a_day_off_changes_nothing(prepared: Prepared, tmp_path: Path) -> None:
    plan = [("a", "person", 0), ("b", "sync", 0), ("a", "sync", 0), ("b", "sync", 0),
            ("a", "moment", 0), ("b", "email", 0), ("a", "email", 0), ("b", "action", 0),
            ("a", "sync", 0), ("b", "describe", 0), ("b", "sync", 0), ("a", "erase", 0),
            ("b", "delete_action", 0), ("a", "sync", 0), ("b", "sync", 0)]
    outcomes = []
    for skewed in ("", "b"):
        with world(prepared, tmp_path / (skewed or "none"), skewed) as w, counted_ids():
            for who, kind, n in plan:
                w.run(who, kind, n)
            settle(w)
            outcomes.append(check(w))
    assert outcomes[0] == outcomes[1]
