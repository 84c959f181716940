"""Each region's proposal and its versions: list, create, edit, add a file, fetch a file."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.models import (
    Proposal,
    ProposalFile,
    ProposalVersion,
    Region,
    ReviewComment,
    StageChange,
)
from coachdesk.domain.documents import MAX_FILE_SIZE, DocumentText, size_label
from coachdesk.domain.errors import NotFoundError, ValidationError
from coachdesk.domain.ids import reference_id
from coachdesk.domain.vocabulary import (
    CommentStatus,
    ProposalStatus,
    TextStatus,
    VersionStatus,
)
from coachdesk.services.candidacies import leaders

NEW_DRAFT_STATUSES = {ProposalStatus.DRAFTING, ProposalStatus.FEEDBACK_SENT,
                      ProposalStatus.CHANGES_REQUESTED}


@dataclass(frozen=True)
class ProposalRow:
    """One line of the overview: a region and where its proposal stands."""

    region_id: int
    region: str
    proposal_id: int | None
    title: str
    promotor: str
    status: ProposalStatus | None
    deadline: date | None
    version_count: int
    latest_number: int | None
    latest_received: date | None
    waiting: int  # versions still to review
    open_comments: int


@dataclass(frozen=True)
class VersionRow:
    id: int
    proposal_id: int
    number: int
    received_on: date
    status: VersionStatus
    file_name: str
    file_size: int
    sha256: str
    text_status: TextStatus
    page_count: int | None
    notes: str


@dataclass(frozen=True)
class ProposalDetail:
    id: int
    region_id: int
    region: str
    title: str
    promotor: str
    partners: str
    deadline: date | None
    status: ProposalStatus
    versions: tuple[VersionRow, ...]


@dataclass(frozen=True)
class ProposalEdit:
    title: str
    partners: str
    deadline: date | None
    status: ProposalStatus


def version_row(v: ProposalVersion) -> VersionRow:
    return VersionRow(v.id, v.proposal_id, v.number, v.received_on, VersionStatus(v.status),
                      v.file_name, v.file_size, v.sha256, TextStatus(v.text_status),
                      v.page_count, v.notes)


def load_version(s: Session, version_id: int) -> ProposalVersion:
    version = s.get(ProposalVersion, version_id)
    if version is None:
        raise NotFoundError("not_found.version")
    return version


class ProposalService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def overview(self) -> list[ProposalRow]:
        with self._sf() as s:
            promotors = leaders(s)
            stats = self._version_stats(s)
            comments = dict(s.execute(
                select(ProposalVersion.proposal_id, func.count()).join(
                    ReviewComment, ReviewComment.version_id == ProposalVersion.id)
                .where(ReviewComment.status == CommentStatus.OPEN.value)
                .group_by(ProposalVersion.proposal_id)).all())
            q = select(Region, Proposal).outerjoin(Proposal).order_by(Region.name)
            return [self._row(r, p, promotors, stats, comments) for r, p in s.execute(q).all()]

    @staticmethod
    def _version_stats(s: Session) -> dict[int, tuple[int, int, date, int]]:
        waiting = func.sum(case((ProposalVersion.status == VersionStatus.RECEIVED.value, 1),
                                else_=0))
        rows = s.execute(select(ProposalVersion.proposal_id, func.count(),
                                func.max(ProposalVersion.number),
                                func.max(ProposalVersion.received_on), waiting)
                         .group_by(ProposalVersion.proposal_id)).all()
        return {r[0]: (r[1], r[2], r[3], int(r[4] or 0)) for r in rows}

    @staticmethod
    def _row(r: Region, p: Proposal | None, leaders: dict[int, str],
             stats: dict[int, tuple[int, int, date, int]], comments: dict[int, int]) -> ProposalRow:
        count, latest, received, waiting = stats.get(p.id, (0, None, None, 0)) if p else (
            0, None, None, 0)
        return ProposalRow(
            region_id=r.id, region=r.name, proposal_id=p.id if p else None,
            title=p.title if p else "", promotor=leaders.get(r.id, ""),
            status=ProposalStatus(p.status) if p else None, deadline=p.deadline if p else None,
            version_count=count, latest_number=latest, latest_received=received,
            waiting=waiting, open_comments=comments.get(p.id, 0) if p else 0)

    def create(self, region_id: int, title: str = "") -> int:
        with self._sf.begin() as s:
            region = s.get(Region, region_id)
            if region is None:
                raise NotFoundError("not_found.region")
            if s.scalar(select(Proposal.id).where(Proposal.region_id == region_id)):
                raise ValidationError("validation.proposal_exists", field="region",
                                      region=region.name)
            # One proposal per region: the same uuid on every laptop, so two coaches who
            # both start it offline meet in one record when they synchronise.
            proposal = Proposal(uuid=reference_id("proposal", region.uuid), region_id=region_id,
                                title=title.strip() or f"Projectvoorstel {region.name}")
            s.add(proposal)
            s.flush()
            return proposal.id

    def detail(self, proposal_id: int) -> ProposalDetail:
        with self._sf() as s:
            p = self._proposal(s, proposal_id)
            region = s.get(Region, p.region_id)
            return ProposalDetail(
                id=p.id, region_id=p.region_id, region=region.name if region else "",
                title=p.title, promotor=leaders(s, [p.region_id]).get(p.region_id, ""),
                partners=p.partners, deadline=p.deadline, status=ProposalStatus(p.status),
                versions=tuple(version_row(v) for v in p.versions))

    def update(self, proposal_id: int, edit: ProposalEdit) -> ProposalEdit:
        """Change title, partners, deadline and status; returns what they were (for undo)."""
        if not edit.title.strip():
            raise ValidationError("validation.proposal_title", field="title")
        with self._sf.begin() as s:
            p = self._proposal(s, proposal_id)
            before = ProposalEdit(p.title, p.partners, p.deadline, ProposalStatus(p.status))
            p.title, p.partners = edit.title.strip(), edit.partners.strip()
            p.deadline, p.status = edit.deadline, ProposalStatus(edit.status).value
            return before

    def find_file(self, sha256: str) -> tuple[str, VersionRow] | None:
        """The region and version that already hold a file with this SHA-256, if any."""
        with self._sf() as s:
            found = s.execute(select(ProposalVersion, Region.name)
                              .join(Proposal, Proposal.id == ProposalVersion.proposal_id)
                              .join(Region, Region.id == Proposal.region_id)
                              .where(ProposalVersion.sha256 == sha256)
                              .order_by(ProposalVersion.id)).first()
            return (found[1], version_row(found[0])) if found else None

    def add_version(self, proposal_id: int, file_name: str, data: bytes, received_on: date,
                    document: DocumentText, today: date | None = None) -> VersionRow:
        """Store a new version with its file and text, in one transaction."""
        self._check_new_file(file_name, data, received_on, today or date.today())
        digest = hashlib.sha256(data).hexdigest()
        duplicate = self.find_file(digest)
        if duplicate is not None:
            region, earlier = duplicate
            raise ValidationError(
                "validation.duplicate_file", field="file", reason="duplicate",
                file=file_name, region=region, number=earlier.number, earlier=earlier.file_name)
        with self._sf.begin() as s:
            p = self._proposal(s, proposal_id)
            number = (s.scalar(select(func.max(ProposalVersion.number))
                               .where(ProposalVersion.proposal_id == p.id)) or 0) + 1
            version = ProposalVersion(
                proposal_id=p.id, number=number, received_on=received_on,
                status=VersionStatus.RECEIVED.value, file_name=file_name, file_size=len(data),
                sha256=digest, text=document.text or None, text_status=document.status.value,
                page_count=document.page_count)
            s.add(version)
            s.flush()
            s.add(ProposalFile(version_id=version.id, data=data))
            if ProposalStatus(p.status) in NEW_DRAFT_STATUSES:
                p.status = ProposalStatus.IN_REVIEW.value
            s.flush()
            return version_row(version)

    @staticmethod
    def _check_new_file(file_name: str, data: bytes, received_on: date | None,
                        today: date) -> None:
        if received_on is None:
            raise ValidationError("validation.received_required", field="received_on")
        if received_on > today:
            raise ValidationError("validation.received_future", field="received_on")
        if len(data) > MAX_FILE_SIZE:
            raise ValidationError("validation.file_too_large", field="file", file=file_name,
                                  limit=size_label(MAX_FILE_SIZE))

    def file(self, version_id: int) -> tuple[str, bytes]:
        """The version's original file: its name and bytes."""
        with self._sf() as s:
            version = load_version(s, version_id)
            stored = s.get(ProposalFile, version_id)
            return version.file_name, stored.data if stored else b""

    def version(self, version_id: int) -> VersionRow:
        with self._sf() as s:
            return version_row(load_version(s, version_id))

    def text(self, version_id: int) -> str:
        with self._sf() as s:
            return load_version(s, version_id).text or ""

    def set_version_status(self, version_id: int, status: VersionStatus) -> VersionStatus:
        """Set a version's status; returns the previous one (for undo)."""
        with self._sf.begin() as s:
            version = load_version(s, version_id)
            before = VersionStatus(version.status)
            version.status = VersionStatus(status).value
            return before

    def delete_version(self, version_id: int) -> None:
        """Remove the latest version (a wrong file): its file, ratings and comments go too."""
        with self._sf.begin() as s:
            version = load_version(s, version_id)
            latest = s.scalar(select(func.max(ProposalVersion.number))
                              .where(ProposalVersion.proposal_id == version.proposal_id))
            if version.number != latest:
                raise ValidationError("validation.not_latest", field="version",
                                      reason="not_latest", number=version.number)
            if s.scalar(select(StageChange.id).where(StageChange.evidence_version_id == version_id)):
                raise ValidationError("validation.evidence",
                                      field="version", reason="evidence", number=version.number)
            for comment in s.scalars(select(ReviewComment).where(
                    ReviewComment.resolved_in_version_id == version_id)):
                comment.status, comment.resolved_in_version_id = CommentStatus.OPEN.value, None
            s.delete(version)

    @staticmethod
    def _proposal(s: Session, proposal_id: int) -> Proposal:
        proposal = s.get(Proposal, proposal_id)
        if proposal is None:
            raise NotFoundError("not_found.proposal")
        return proposal
