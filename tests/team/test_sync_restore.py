"""A team database restored from an older backup (pg_dump, pg_restore) is refilled by the
laptops at their next sync: nothing lost, nothing doubled, no false conflicts."""

from __future__ import annotations

import subprocess
from datetime import date

from sqlalchemy import Engine, func, select

from coachdesk.db.models import Person, Tombstone
from coachdesk.db.travel import snapshot
from coachdesk.services.container import Services
from coachdesk.services.contacts import PersonRow
from coachdesk.services.logbook import ActionDraft, MomentDraft
from coachdesk.services.sync import open_conflicts, synchronise
from tests import pg
from tests.team.conftest import same_everywhere


def _tool(cluster: pg.Cluster, name: str, *args: str, given: bytes | None = None) -> bytes:
    tools = (cluster.bin_dir / "pg_ctl").resolve().parent  # Debian keeps pg_dump off PATH
    command = [str(tools / name), "-h", "127.0.0.1", "-p", str(cluster.port),
               "-U", pg.SUPERUSER, *args]
    if cluster.as_postgres:
        command = ["runuser", "-u", "postgres", "--", *command]
    return subprocess.run(command, check=True, capture_output=True, input=given,
                          cwd=cluster.folder).stdout


def _person(svc: Services, name: str) -> PersonRow:
    return next(p for p in svc.contacts.people() if p.name == name)


def _region(svc: Services, name: str) -> int:
    return next(r.id for r in svc.contacts.regions() if r.name == name)


def test_a_restored_team_database_is_refilled_by_the_laptops(  # type: ignore[no-untyped-def]
        laptops, server: Engine, pg_cluster: pg.Cluster, pg_url: str, tmp_path, capsys) -> None:
    a, b = laptops
    database = pg_url.rsplit("/", 1)[1]
    kempen = _region(a, "Kempen")
    jan = a.contacts.save_person(PersonRow(None, "Jan Peeters", email="jan@mol.be"))
    gone = a.contacts.save_person(PersonRow(None, "Dhr. Peeters"))
    a.logbook.log_moment(MomentDraft(date(2026, 3, 3), "regional_meeting", kempen,
                                     "Regio-overleg Kempen"))
    b.contacts.save_person(PersonRow(None, "Els Wouters", email="els@geel.be"))
    for laptop in (a, b, a):
        synchronise(laptop.db.engine, server)

    backup = _tool(pg_cluster, "pg_dump", "--format=custom", "-d", database)  # the nightly dump

    # The next day: changes on both laptops reach the team database.
    a.contacts.save_person(PersonRow(jan, "Jan Peeters", email="jan@geel.be", phone="014 11"))
    a.contacts.save_person(PersonRow(None, "Mieke Janssens"))
    a.merging.merge_people(jan, gone)  # a deletion after the backup
    els = _person(b, "Els Wouters")
    b.contacts.save_person(PersonRow(els.id, "Els Wouters", email="els@geel.be",
                                     function="Schepen"))
    b.actions.add(ActionDraft("Verslag rondsturen", "Els", date(2026, 3, 6)),
                  _region(b, "Kempen"))
    for laptop in (a, b, a, b):
        synchronise(laptop.db.engine, server)
    with server.connect() as con:
        before_restore = snapshot(con)

    # The server's disk fails; IT restores last night's dump.
    server.dispose()
    _tool(pg_cluster, "pg_restore", "--clean", "--if-exists", "--single-transaction",
          "-d", database, given=backup)
    with server.connect() as con:
        assert snapshot(con) != before_restore
        assert "Mieke Janssens" not in set(con.scalars(select(Person.name)))  # older: lost

    first = synchronise(a.db.engine, server)
    assert first.restored and first.conflicts == 0
    from coachdesk.cli import main  # the second laptop on the command line

    assert main(["--lang", "nl", "sync", "--db", str(tmp_path / "b.sqlite"), "--team",
                 pg_url]) == 0
    said = capsys.readouterr().out
    assert said.startswith("De teamdatabase is teruggezet naar een oudere stand; deze laptop "
                           "stuurt zijn gegevens opnieuw.\n")
    assert "0 conflicten wachten" in said
    for laptop in (a, b):
        again = synchronise(laptop.db.engine, server)
        assert not again.restored and again.sent == 0 and again.conflicts == 0
    same_everywhere(server, a, b)
    with server.connect() as con:
        assert snapshot(con) == before_restore  # as before the restore, field by field
    assert open_conflicts(a.db.engine) == open_conflicts(b.db.engine) == 0
    names = [p.name for p in b.contacts.people()]
    assert sorted(names) == ["Els Wouters", "Jan Peeters", "Mieke Janssens"]  # none doubled
    assert _person(b, "Jan Peeters").phone == "014 11"
    assert _person(a, "Els Wouters").function == "Schepen"
    assert [x.description for x in a.actions.open_actions()] == ["Verslag rondsturen"]
    with server.connect() as con:
        assert con.scalar(select(func.count()).select_from(Tombstone).where(
            Tombstone.table_name == "person")) == 1


def test_a_server_that_was_not_restored_is_not_refilled(laptops, server: Engine) -> None:  # type: ignore[no-untyped-def]
    a, b = laptops
    a.contacts.save_person(PersonRow(None, "Jan Peeters"))
    for laptop in (a, b, a, b):
        result = synchronise(laptop.db.engine, server)
        assert not result.restored
    same_everywhere(server, a, b)


def test_a_laptop_that_only_pulled_notices_the_restore_after_others_wrote_again(  # type: ignore[no-untyped-def]
        laptops, server: Engine, pg_cluster: pg.Cluster, pg_url: str, tmp_path) -> None:
    """Anna changed Jan after the backup, Els only received it; after the restore a new
    laptop writes so much that the numbers pass Els's again: Els still notices, sends Jan's
    change back, and receives all the new laptop's work."""
    from coachdesk.services.database import open_coachdesk_db

    a, b = laptops
    database = pg_url.rsplit("/", 1)[1]
    jan = a.contacts.save_person(PersonRow(None, "Jan Peeters", email="jan@mol.be"))
    for laptop in (a, b):
        synchronise(laptop.db.engine, server)
    backup = _tool(pg_cluster, "pg_dump", "--format=custom", "-d", database)
    a.contacts.save_person(PersonRow(jan, "Jan Peeters", email="jan@mol.be", phone="014 11"))
    synchronise(a.db.engine, server)
    assert synchronise(b.db.engine, server).sent == 0  # Els only receives
    server.dispose()
    _tool(pg_cluster, "pg_restore", "--clean", "--if-exists", "--single-transaction",
          "-d", database, given=backup)
    c = Services(open_coachdesk_db(tmp_path / "c.sqlite"))
    try:
        synchronise(c.db.engine, server)
        for n in range(30):
            c.contacts.save_person(PersonRow(None, f"Nieuw {n}"))
        assert not synchronise(c.db.engine, server).restored  # c saw nothing older

        assert synchronise(b.db.engine, server).restored
        assert len([p for p in b.contacts.people() if p.name.startswith("Nieuw")]) == 30
        assert synchronise(a.db.engine, server).restored
        for laptop in (c, a, b):
            assert synchronise(laptop.db.engine, server).conflicts == 0
        same_everywhere(server, a, b, c)
        assert _person(c, "Jan Peeters").phone == "014 11"
    finally:
        c.close()


def test_each_coach_refills_her_own_regions(  # type: ignore[no-untyped-def]
        laptops, team, pg_cluster: pg.Cluster, pg_url: str) -> None:
    """As coaches (row-level security): Anna's laptop re-sends Kempen, not Karim's region,
    which the server would refuse; Karim's laptop re-sends his."""
    from coachdesk.db.security import COACH
    from coachdesk.db.server import make_server_engine
    from coachdesk.services.team import assign_regions

    a, k = laptops
    database = pg_url.rsplit("/", 1)[1]
    karim = f"karim_{database}"
    pg_cluster.execute(f"CREATE ROLE {karim} LOGIN IN ROLE {COACH}")
    assign_regions(pg_url, karim, ["Regio Brugge"])
    as_anna, as_karim = make_server_engine(team.url(team.coach)), make_server_engine(team.url(karim))
    owner = make_server_engine(pg_url)
    try:
        kempen, pajot = _region(a, "Kempen"), _region(k, "Regio Brugge")
        a.logbook.log_moment(MomentDraft(date(2026, 3, 3), "regional_meeting", kempen, "Overleg"))
        k.logbook.log_moment(MomentDraft(date(2026, 3, 4), "regional_meeting", pajot, "Start"))
        for laptop, server in ((a, as_anna), (k, as_karim), (a, as_anna)):
            synchronise(laptop.db.engine, server)
        backup = _tool(pg_cluster, "pg_dump", "--format=custom", "-d", database)
        a.actions.add(ActionDraft("Verslag rondsturen", "Anna", date(2026, 3, 6)), kempen)
        k.actions.add(ActionDraft("Zaal boeken", "Karim", date(2026, 3, 9)), pajot)
        for laptop, server in ((a, as_anna), (k, as_karim), (a, as_anna)):
            synchronise(laptop.db.engine, server)
        for engine in (as_anna, as_karim, owner):
            engine.dispose()
        _tool(pg_cluster, "pg_restore", "--clean", "--if-exists", "--single-transaction",
              "-d", database, given=backup)

        first = synchronise(a.db.engine, as_anna)  # Anna holds Karim's action too: not hers
        assert first.restored and first.conflicts == 0
        with owner.connect() as con:
            from coachdesk.db.models import Action

            assert set(con.scalars(select(Action.description))) == {"Verslag rondsturen"}
        assert synchronise(k.db.engine, as_karim).restored
        for laptop, server in ((a, as_anna), (k, as_karim)):
            assert synchronise(laptop.db.engine, server).conflicts == 0
        same_everywhere(owner, a, k)
        with owner.connect() as con:
            assert set(con.scalars(select(Action.description))) == {"Verslag rondsturen",
                                                                     "Zaal boeken"}
    finally:
        for engine in (as_anna, as_karim, owner):
            engine.dispose()
        pg_cluster.execute(f"DROP OWNED BY {karim}", database)
        pg_cluster.execute(f"DROP ROLE IF EXISTS {karim}")


def test_an_erasure_lost_with_the_restore_is_applied_again(  # type: ignore[no-untyped-def]
        laptops, server: Engine, pg_cluster: pg.Cluster, pg_url: str) -> None:
    """Wannes was erased after the backup: the restore brings him back on the server, and
    the first laptop that synchronises erases him there again (texts scrubbed)."""
    from tests.team.test_sync_erasure import _erased_everywhere, _wannes_with_a_moment

    a, b = laptops
    database = pg_url.rsplit("/", 1)[1]
    wannes = _wannes_with_a_moment(a)
    for laptop in (a, b):
        synchronise(laptop.db.engine, server)
    backup = _tool(pg_cluster, "pg_dump", "--format=custom", "-d", database)
    a.privacy.erase_person(wannes)
    for laptop in (a, b):
        synchronise(laptop.db.engine, server)
    server.dispose()
    _tool(pg_cluster, "pg_restore", "--clean", "--if-exists", "--single-transaction",
          "-d", database, given=backup)
    with server.connect() as con:
        assert con.scalar(select(func.count()).select_from(Person)) == 1  # he is back
    assert synchronise(b.db.engine, server).restored  # b only received the erasure
    assert synchronise(a.db.engine, server).restored
    for engine in (server, a.db.engine, b.db.engine):
        _erased_everywhere(engine)
    for laptop in (a, b):
        assert synchronise(laptop.db.engine, server).conflicts == 0
    same_everywhere(server, a, b)
