"""Reviewing a version: ratings per criterion, comments followed across versions, comparison."""

from __future__ import annotations

from dataclasses import dataclass
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.models import Assessment, Criterion, ProposalVersion, Region, ReviewComment
from coachdesk.domain.errors import NotFoundError, ValidationError
from coachdesk.domain.ids import reference_id
from coachdesk.domain.textdiff import TextDiff, compare_texts
from coachdesk.domain.vocabulary import CommentStatus, Rating, TextStatus, VersionStatus
from coachdesk.services.criteria import CriterionRow, criterion_row
from coachdesk.services.proposals import VersionRow, load_version, version_row


@dataclass(frozen=True)
class AssessmentInput:
    criterion_id: int
    rating: Rating | None
    comment: str


@dataclass(frozen=True)
class CommentRow:
    id: int
    version_id: int
    version_number: int
    criterion_id: int | None
    criterion: str
    location: str
    text: str
    status: CommentStatus
    resolved_in_version_id: int | None


@dataclass(frozen=True)
class Review:
    """Everything the review view shows for one version."""

    version: VersionRow
    region: str
    previous: VersionRow | None
    criteria: tuple[CriterionRow, ...]
    assessments: dict[int, AssessmentInput]
    previous_ratings: dict[int, Rating]
    comments: tuple[CommentRow, ...]  # made on this version
    carried: tuple[CommentRow, ...]  # from earlier versions: open, or settled in this one


@dataclass(frozen=True)
class RatingsMatrix:
    criteria: tuple[CriterionRow, ...]
    versions: tuple[VersionRow, ...]
    ratings: dict[tuple[int, int], Rating]  # (criterion id, version id) -> rating


@dataclass(frozen=True)
class Comparison:
    old: VersionRow
    new: VersionRow
    diff: TextDiff
    text_missing: bool  # one of the two has no readable text


def versions_of(s: Session, proposal_id: int) -> list[ProposalVersion]:
    return list(s.scalars(select(ProposalVersion).where(ProposalVersion.proposal_id == proposal_id)
                          .order_by(ProposalVersion.number)))


def comment_rows(s: Session, comments: list[ReviewComment]) -> list[CommentRow]:
    names = dict(s.execute(select(Criterion.id, Criterion.name)).all())
    numbers = dict(s.execute(
        select(ProposalVersion.id, ProposalVersion.number)
        .where(ProposalVersion.id.in_({c.version_id for c in comments}))).all())
    return [CommentRow(c.id, c.version_id, numbers.get(c.version_id, 0), c.criterion_id,
                       names.get(c.criterion_id, "") if c.criterion_id else "", c.location,
                       c.text, CommentStatus(c.status), c.resolved_in_version_id)
            for c in comments]


def ratings_of(s: Session, version_id: int) -> dict[int, AssessmentInput]:
    return {a.criterion_id: AssessmentInput(a.criterion_id, Rating(a.rating) if a.rating else None,
                                            a.comment)
            for a in s.scalars(select(Assessment).where(Assessment.version_id == version_id))}


class ReviewService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def review(self, version_id: int) -> Review:
        with self._sf() as s:
            version = load_version(s, version_id)
            earlier = [v for v in versions_of(s, version.proposal_id) if v.number < version.number]
            previous = earlier[-1] if earlier else None
            assessments = ratings_of(s, version_id)
            criteria = s.scalars(select(Criterion).where(or_(
                Criterion.active.is_(True), Criterion.id.in_(assessments)))
                .order_by(Criterion.position, Criterion.id))
            before = ratings_of(s, previous.id) if previous else {}
            region = s.scalar(select(Region.name).where(
                Region.id == version.proposal.region_id)) or ""
            return Review(
                version=version_row(version), region=region,
                previous=version_row(previous) if previous else None,
                criteria=tuple(criterion_row(c) for c in criteria), assessments=assessments,
                previous_ratings={k: a.rating for k, a in before.items() if a.rating},
                comments=tuple(self._own_comments(s, version_id)),
                carried=tuple(self._carried(s, version_id, [v.id for v in earlier])))

    @staticmethod
    def _own_comments(s: Session, version_id: int) -> list[CommentRow]:
        return comment_rows(s, list(s.scalars(select(ReviewComment).where(
            ReviewComment.version_id == version_id).order_by(ReviewComment.id))))

    @staticmethod
    def _carried(s: Session, version_id: int, earlier_ids: list[int]) -> list[CommentRow]:
        found = s.scalars(select(ReviewComment).where(
            ReviewComment.version_id.in_(earlier_ids),
            or_(ReviewComment.status == CommentStatus.OPEN.value,
                ReviewComment.resolved_in_version_id == version_id))
            .order_by(ReviewComment.version_id, ReviewComment.id))
        return comment_rows(s, list(found))

    def save_assessments(self, version_id: int,
                         items: list[AssessmentInput]) -> list[AssessmentInput]:
        """Store ratings and comments of a version at once; returns the previous ones."""
        with self._sf.begin() as s:
            version = load_version(s, version_id)
            existing = {a.criterion_id: a for a in s.scalars(
                select(Assessment).where(Assessment.version_id == version_id))}
            before = [AssessmentInput(i.criterion_id, *self._values(existing.get(i.criterion_id)))
                      for i in items]
            for item in items:
                criterion = s.get(Criterion, item.criterion_id)
                if criterion is None:
                    raise NotFoundError("not_found.criterion")
                row = existing.get(item.criterion_id)
                if row is None:  # one per version and criterion: the same uuid everywhere
                    row = Assessment(version_id=version_id, criterion_id=item.criterion_id,
                                     uuid=reference_id("assessment",
                                                       f"{version.uuid}/{criterion.uuid}"))
                    s.add(row)
                row.rating = Rating(item.rating).value if item.rating else None
                row.comment = item.comment.strip()
            s.flush()
            self._mark_reviewed(s, version)
            return before

    @staticmethod
    def _values(a: Assessment | None) -> tuple[Rating | None, str]:
        if a is None:
            return None, ""
        return (Rating(a.rating) if a.rating else None), a.comment

    @staticmethod
    def _mark_reviewed(s: Session, version: ProposalVersion) -> None:
        """A version whose every active criterion has a rating counts as reviewed."""
        if version.status != VersionStatus.RECEIVED.value:
            return
        active = set(s.scalars(select(Criterion.id).where(Criterion.active.is_(True))))
        rated = set(s.scalars(select(Assessment.criterion_id).where(
            Assessment.version_id == version.id, Assessment.rating.is_not(None))))
        if active and active <= rated:
            version.status = VersionStatus.REVIEWED.value

    def add_comment(self, version_id: int, criterion_id: int | None, location: str,
                    text: str) -> CommentRow:
        if not text.strip():
            raise ValidationError("validation.comment_text", field="text", reason="no_text")
        with self._sf.begin() as s:
            load_version(s, version_id)
            if criterion_id is not None and s.get(Criterion, criterion_id) is None:
                raise NotFoundError("not_found.criterion")
            comment = ReviewComment(version_id=version_id, criterion_id=criterion_id,
                                    location=location.strip()[:100], text=text.strip())
            s.add(comment)
            s.flush()
            return comment_rows(s, [comment])[0]

    def delete_comment(self, comment_id: int) -> None:
        with self._sf.begin() as s:
            s.delete(self._comment(s, comment_id))

    def set_comment_status(self, comment_id: int, status: CommentStatus,
                           in_version_id: int) -> tuple[CommentStatus, int | None]:
        """Mark an earlier comment addressed, dropped or open again as of `in_version_id`."""
        with self._sf.begin() as s:
            comment = self._comment(s, comment_id)
            target = load_version(s, in_version_id)
            made_on = load_version(s, comment.version_id)
            if target.proposal_id != made_on.proposal_id or target.number <= made_on.number:
                raise ValidationError("validation.comment_settled", field="status")
            before = (CommentStatus(comment.status), comment.resolved_in_version_id)
            comment.status = CommentStatus(status).value
            comment.resolved_in_version_id = (None if status == CommentStatus.OPEN
                                              else in_version_id)
            return before

    def restore_comment_status(self, comment_id: int, status: CommentStatus,
                               resolved_in: int | None) -> None:
        with self._sf.begin() as s:
            comment = self._comment(s, comment_id)
            comment.status, comment.resolved_in_version_id = status.value, resolved_in

    def matrix(self, proposal_id: int) -> RatingsMatrix:
        """Criteria x versions: how each criterion's rating moved from draft to draft."""
        with self._sf() as s:
            versions = versions_of(s, proposal_id)
            ids = [v.id for v in versions]
            rated = list(s.scalars(select(Assessment).where(Assessment.version_id.in_(ids))))
            used = {a.criterion_id for a in rated}
            criteria = s.scalars(select(Criterion).where(or_(
                Criterion.active.is_(True), Criterion.id.in_(used)))
                .order_by(Criterion.position, Criterion.id))
            return RatingsMatrix(
                tuple(criterion_row(c) for c in criteria), tuple(version_row(v) for v in versions),
                {(a.criterion_id, a.version_id): Rating(a.rating) for a in rated if a.rating})

    def compare(self, old_version_id: int, new_version_id: int) -> Comparison:
        with self._sf() as s:
            old, new = load_version(s, old_version_id), load_version(s, new_version_id)
            missing = TextStatus.UNAVAILABLE.value in (old.text_status, new.text_status)
            diff = compare_texts(old.text or "", new.text or "")
            return Comparison(version_row(old), version_row(new), diff, missing)

    @staticmethod
    def _comment(s: Session, comment_id: int) -> ReviewComment:
        comment = s.get(ReviewComment, comment_id)
        if comment is None:
            raise NotFoundError("not_found.comment")
        return comment

