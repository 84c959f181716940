"""Helpers (no tests) for region-progress tests: moments, actions and versions via the ORM."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from coachdesk.db.models import Action, ContactMoment, Proposal, ProposalVersion, Region
from coachdesk.services.container import Services


def region_id(services: Services, name: str) -> int:
    with services.db.session_factory() as s:
        return int(s.scalar(select(Region.id).where(Region.name == name)))  # type: ignore[arg-type]


def add_moment(services: Services, region: int, on: date, subject: str = "Regio-overleg",
               kind: str = "regional_meeting") -> int:
    with services.db.session_factory.begin() as s:
        m = ContactMoment(region_id=region, happened_on=on, kind=kind, subject=subject,
                          report="Verslag van het overleg.")
        s.add(m)
        s.flush()
        return m.id


def add_action(services: Services, region: int, due: date, text: str = "Nabellen",
               done_on: date | None = None) -> int:
    with services.db.session_factory.begin() as s:
        a = Action(region_id=region, description=text, due_on=due,
                   status="done" if done_on else "open", done_on=done_on)
        s.add(a)
        s.flush()
        return a.id


def add_version(services: Services, region: int, number: int, on: date,
                status: str = "in_review") -> int:
    with services.db.session_factory.begin() as s:
        proposal = s.scalar(select(Proposal).where(Proposal.region_id == region))
        if proposal is None:
            proposal = Proposal(region_id=region, title="Projectvoorstel", status=status)
            s.add(proposal)
            s.flush()
        v = ProposalVersion(proposal_id=proposal.id, number=number, received_on=on,
                            file_name=f"voorstel_v{number}.docx")
        s.add(v)
        s.flush()
        return v.id
