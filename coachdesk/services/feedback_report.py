"""Gather one version's review into a FeedbackReport for the promotor's document."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.models import DbMeta, Proposal, Region
from coachdesk.domain.feedback import FeedbackComment, FeedbackCriterion, FeedbackReport
from coachdesk.domain.vocabulary import CommentStatus
from coachdesk.services.candidacies import leaders
from coachdesk.services.proposals import load_version
from coachdesk.services.reviews import CommentRow, Review, ReviewService


def _comment(c: CommentRow) -> FeedbackComment:
    return FeedbackComment(c.criterion, c.location, c.text, c.status, c.version_number)


class FeedbackService:
    def __init__(self, session_factory: sessionmaker[Session], reviews: ReviewService) -> None:
        self._sf = session_factory
        self._reviews = reviews

    def report(self, version_id: int, coach: str = "", today: date | None = None) -> FeedbackReport:
        review = self._reviews.review(version_id)
        with self._sf() as s:
            version = load_version(s, version_id)
            proposal = s.get(Proposal, version.proposal_id)
            region = s.get(Region, proposal.region_id) if proposal else None
            leader = leaders(s, [region.id]).get(region.id, "") if region else ""
            coach = coach or s.scalar(select(DbMeta.value).where(DbMeta.key == "coach")) or ""
        return FeedbackReport(
            region=region.name if region else "", title=proposal.title if proposal else "",
            promotor=leader, version_number=review.version.number,
            file_name=review.version.file_name, received_on=review.version.received_on,
            written_on=today or date.today(), coach=coach, criteria=_criteria(review),
            comments=tuple(_comment(c) for c in review.comments),
            addressed=tuple(_comment(c) for c in review.carried
                            if c.status == CommentStatus.ADDRESSED),
            still_open=tuple(_comment(c) for c in review.carried if c.status == CommentStatus.OPEN),
            previous_number=review.previous.number if review.previous else None)


def _criteria(review: Review) -> tuple[FeedbackCriterion, ...]:
    result = []
    for c in review.criteria:
        own = review.assessments.get(c.id)
        result.append(FeedbackCriterion(
            c.name, c.description, own.rating if own else None,
            review.previous_ratings.get(c.id), own.comment if own else ""))
    return tuple(result)
