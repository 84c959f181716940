"""Organisations, people, contact moments with their participants, follow-up actions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coachdesk.db.base import Base, Tracked, utcnow


class Organisation(Tracked, Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(30), default="other")
    company_number: Mapped[str] = mapped_column(String(20), default="")
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipality.id", ondelete="SET NULL"), index=True
    )
    region_id: Mapped[int | None] = mapped_column(
        ForeignKey("region.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")


class Person(Tracked, Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    function: Mapped[str] = mapped_column(String(200), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    region_id: Mapped[int | None] = mapped_column(
        ForeignKey("region.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    legal_basis: Mapped[str] = mapped_column(String(30), default="public_task")

    organisation: Mapped[Organisation | None] = relationship()


class ContactMoment(Tracked, Base):
    __tablename__ = "contact_moment"
    id: Mapped[int] = mapped_column(primary_key=True)
    happened_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(30))
    region_id: Mapped[int | None] = mapped_column(
        ForeignKey("region.id", ondelete="SET NULL"), index=True
    )
    subject: Mapped[str] = mapped_column(String(300))
    report: Mapped[str] = mapped_column(Text, default="")

    participants: Mapped[list["ContactParticipant"]] = relationship(
        cascade="all, delete-orphan", order_by="ContactParticipant.id"
    )
    # A region's moments newest first (Tijdlijn, last contact): migration 0004.
    __table_args__ = (Index("ix_contact_moment_region_day", "region_id", "happened_on", "id"),)


class ContactParticipant(Base):
    """One participant of a contact moment: a person, an organisation or a municipality.

    An erased person leaves a row with `anonymised` set and their organisation kept.
    """

    __tablename__ = "contact_participant"
    id: Mapped[int] = mapped_column(primary_key=True)
    moment_id: Mapped[int] = mapped_column(
        ForeignKey("contact_moment.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipality.id", ondelete="SET NULL"), index=True
    )
    anonymised: Mapped[bool] = mapped_column(default=False)


class Action(Tracked, Base):
    """A follow-up action; due dates are dates, not times."""

    __tablename__ = "action"
    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int | None] = mapped_column(
        ForeignKey("region.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    source_moment_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_moment.id", ondelete="SET NULL"), index=True
    )
    __table_args__ = (
        CheckConstraint("status != 'done' OR done_on IS NOT NULL", name="done_has_date"),
        # A region's actions newest first, by creation and by completion (Tijdlijn): 0004.
        Index("ix_action_region_created", "region_id", "created_at", "id"),
        Index("ix_action_region_done", "region_id", "done_on", "id"),
    )


class ErasureRecord(Base):
    """That a person was erased, and when; never who (GDPR)."""

    __tablename__ = "erasure_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    erased_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    moments_kept: Mapped[int] = mapped_column(default=0)
