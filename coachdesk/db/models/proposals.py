"""Proposals, their versions (with the file itself), criteria, assessments and comments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coachdesk.db.base import Base, Tracked


class Proposal(Tracked, Base):
    """A region's project proposal (one per region)."""

    __tablename__ = "proposal"
    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"), unique=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    partners: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(30), default="drafting")

    versions: Mapped[list["ProposalVersion"]] = relationship(
        back_populates="proposal", order_by="ProposalVersion.number"
    )


class ProposalVersion(Tracked, Base):
    __tablename__ = "proposal_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposal.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    received_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(30), default="received")
    file_name: Mapped[str] = mapped_column(String(260), default="")
    file_size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="", index=True)
    text: Mapped[str | None] = mapped_column(Text)
    text_status: Mapped[str] = mapped_column(String(20), default="ok")
    page_count: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")

    proposal: Mapped[Proposal] = relationship(back_populates="versions")
    __table_args__ = (UniqueConstraint("proposal_id", "number"),)


class ProposalFile(Base):
    """The bytes of a version's file, kept apart so version lists stay light."""

    __tablename__ = "proposal_file"
    version_id: Mapped[int] = mapped_column(
        ForeignKey("proposal_version.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Criterion(Tracked, Base):
    """One point a proposal is judged on; editable, ordered, never deleted once used."""

    __tablename__ = "criterion"
    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)


class Assessment(Tracked, Base):
    """The rating and comment of one criterion for one version."""

    __tablename__ = "assessment"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("proposal_version.id", ondelete="CASCADE"), index=True
    )
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id"), index=True)
    rating: Mapped[str | None] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("version_id", "criterion_id"),)


class ReviewComment(Tracked, Base):
    """A free comment on a version, followed from version to version until addressed."""

    __tablename__ = "review_comment"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("proposal_version.id", ondelete="CASCADE"), index=True
    )
    criterion_id: Mapped[int | None] = mapped_column(ForeignKey("criterion.id"), index=True)
    location: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open")
    resolved_in_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("proposal_version.id", ondelete="SET NULL")
    )
