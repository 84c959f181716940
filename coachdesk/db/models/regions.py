"""Regions, municipalities, stages, stage history and network-leader candidacies."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coachdesk.db.base import Base, Tracked, utcnow


class Stage(Tracked, Base):
    """One step on the road to a network; ordered, renameable data (DOMAIN.md)."""

    __tablename__ = "stage"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")


class Region(Tracked, Base):
    __tablename__ = "region"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    province: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(30))
    next_step: Mapped[str] = mapped_column(Text, default="")
    next_step_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    municipalities: Mapped[list["Municipality"]] = relationship(back_populates="region")


class Municipality(Tracked, Base):
    __tablename__ = "municipality"
    id: Mapped[int] = mapped_column(primary_key=True)
    nis_code: Mapped[str] = mapped_column(String(5), unique=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    province: Mapped[str] = mapped_column(String(60))
    reference_region: Mapped[str] = mapped_column(String(60), default="")
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"), index=True)
    membership_status: Mapped[str] = mapped_column(String(20), default="unknown")
    status_since: Mapped[date | None] = mapped_column(Date)
    membership_note: Mapped[str] = mapped_column(Text, default="")

    region: Mapped[Region] = relationship(back_populates="municipalities")
    former: Mapped[list["FormerMunicipality"]] = relationship(back_populates="municipality")


class FormerMunicipality(Base):
    """A municipality merged away on 1 January 2025; its name and code still resolve."""

    __tablename__ = "former_municipality"
    id: Mapped[int] = mapped_column(primary_key=True)
    nis_code: Mapped[str] = mapped_column(String(5))
    name: Mapped[str] = mapped_column(String(100), index=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    municipality: Mapped[Municipality] = relationship(back_populates="former")
    __table_args__ = (UniqueConstraint("nis_code", "municipality_id"),)


class StageChange(Tracked, Base):
    """Append-only history of a region's stage; a correction is a new row pointing back."""

    __tablename__ = "stage_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"), index=True)
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id"))
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"))
    changed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    evidence_moment_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_moment.id", ondelete="SET NULL")
    )
    evidence_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("proposal_version.id", ondelete="SET NULL")
    )
    evidence_note: Mapped[str] = mapped_column(Text, default="")
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("stage_change.id"), index=True)


class Candidacy(Tracked, Base):
    """A candidate network leader: one municipality, or a cooperation of several."""

    __tablename__ = "candidacy"
    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"), index=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    status_date: Mapped[date | None] = mapped_column(Date)
    rationale: Mapped[str] = mapped_column(Text, default="")
    decision_date: Mapped[date | None] = mapped_column(Date)

    members: Mapped[list["CandidacyMunicipality"]] = relationship(
        cascade="all, delete-orphan", order_by="CandidacyMunicipality.position"
    )
    events: Mapped[list["CandidacyEvent"]] = relationship(
        cascade="all, delete-orphan", order_by="CandidacyEvent.id"
    )


class CandidacyMunicipality(Base):
    __tablename__ = "candidacy_municipality"
    candidacy_id: Mapped[int] = mapped_column(
        ForeignKey("candidacy.id", ondelete="CASCADE"), primary_key=True
    )
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CandidacyEvent(Tracked, Base):
    """One status change of a candidacy, with its date and note (append-only history, so it
    has its own UUID and merges without conflict, like stage changes)."""

    __tablename__ = "candidacy_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidacy_id: Mapped[int] = mapped_column(
        ForeignKey("candidacy.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    happened_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
