"""Unique keys two coaches fill offline never stop a sync (docs/SYNC.md, "rules"): version
numbers make room in received-date order; a proposal made before 0002 meets its region's."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, select, text

from coachdesk.db.models import Proposal, ProposalVersion, Region
from coachdesk.domain.documents import DocumentText
from coachdesk.services.container import Services
from coachdesk.services.sync import synchronise
from tests.team.conftest import same_everywhere

TODAY = date(2026, 6, 1)


def _kempen(svc: Services) -> int:
    return next(r.id for r in svc.contacts.regions() if r.name == "Kempen")


def _proposal(svc: Services) -> int:
    return next(p.proposal_id for p in svc.proposals.overview()
                if p.region == "Kempen" and p.proposal_id is not None)


def _version(svc: Services, proposal: int, name: str, received: date) -> None:
    svc.proposals.add_version(proposal, name, f"%PDF {name}".encode(), received,
                              DocumentText("pdf", name, 1), today=TODAY)


def _numbers(engine: Engine) -> list[tuple[int, str]]:
    with engine.connect() as con:
        return [(n, f) for n, f in con.execute(
            select(ProposalVersion.number, ProposalVersion.file_name)
            .order_by(ProposalVersion.number))]


def test_two_versions_with_one_number_are_numbered_in_received_order(laptops, server) -> None:  # type: ignore[no-untyped-def]
    a, b = laptops
    on_a = a.proposals.create(_kempen(a))
    synchronise(a.db.engine, server)
    synchronise(b.db.engine, server)
    proposal_b = _proposal(b)  # arrived with its name-based uuid
    _version(a, on_a, "a-eerste.pdf", date(2026, 3, 1))
    _version(a, on_a, "a-tweede.pdf", date(2026, 3, 10))
    _version(b, proposal_b, "b-eerste.pdf", date(2026, 3, 5))  # also number 1 on b
    synchronise(a.db.engine, server)
    synchronise(b.db.engine, server)
    synchronise(a.db.engine, server)
    synchronise(b.db.engine, server)
    # b's version received after a's number 1: the next free number
    assert _numbers(server) == [(1, "a-eerste.pdf"), (2, "a-tweede.pdf"), (3, "b-eerste.pdf")]
    assert _numbers(a.db.engine) == _numbers(b.db.engine) == _numbers(server)
    same_everywhere(server, a, b)


def test_an_earlier_received_version_keeps_its_number(laptops, server) -> None:  # type: ignore[no-untyped-def]
    a, b = laptops
    on_a = a.proposals.create(_kempen(a))
    synchronise(a.db.engine, server)
    synchronise(b.db.engine, server)
    _version(a, on_a, "a.pdf", date(2026, 3, 10))
    _version(b, _proposal(b), "b.pdf", date(2026, 3, 5))
    synchronise(a.db.engine, server)  # a's version is number 1 on the server first
    synchronise(b.db.engine, server)  # b's arrives, received earlier: it takes number 1
    synchronise(a.db.engine, server)
    assert _numbers(server) == [(1, "b.pdf"), (2, "a.pdf")]
    assert _numbers(a.db.engine) == _numbers(b.db.engine) == _numbers(server)
    same_everywhere(server, a, b)


def test_a_proposal_made_before_0002_meets_its_region_s_proposal(laptops, server) -> None:  # type: ignore[no-untyped-def]
    a, b = laptops
    a.proposals.create(_kempen(a), "Voorstel van A")
    old = b.proposals.create(_kempen(b), "Voorstel van A")
    with b.db.engine.begin() as con:  # as made before migration 0002: a random uuid
        con.execute(text("UPDATE proposal SET uuid = 'oud-voorstel-van-b' WHERE id = :i"),
                    {"i": old})
    _version(b, old, "b.pdf", date(2026, 3, 5))
    synchronise(a.db.engine, server)
    assert synchronise(b.db.engine, server).conflicts == 1  # made apart: differences conflict
    with b.db.engine.connect() as con:
        assert list(con.execute(text("SELECT table_name, field FROM sync_conflict"))) == [
            ("proposal", "status")]  # b's has a version in review, a's is still drafting
    synchronise(a.db.engine, server)
    for engine in (server, a.db.engine, b.db.engine):
        with engine.connect() as con:
            uuids = list(con.scalars(select(Proposal.uuid).join(Region)
                                     .where(Region.name == "Kempen")))
            assert len(uuids) == 1 and uuids[0] != "oud-voorstel-van-b"
        assert _numbers(engine) == [(1, "b.pdf")]
