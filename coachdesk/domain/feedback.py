"""What a feedback document for the promotor holds: plain values for any writer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coachdesk.domain.vocabulary import CommentStatus, Rating


@dataclass(frozen=True)
class FeedbackCriterion:
    name: str
    description: str
    rating: Rating | None
    previous_rating: Rating | None
    comment: str


@dataclass(frozen=True)
class FeedbackComment:
    criterion: str  # name, or "" for a general comment
    location: str
    text: str
    status: CommentStatus
    version_number: int  # the version the comment was made on


@dataclass(frozen=True)
class FeedbackReport:
    """One version's review: ratings, new comments, and what happened to earlier ones."""

    region: str
    title: str
    promotor: str
    version_number: int
    file_name: str
    received_on: date
    written_on: date
    coach: str
    criteria: tuple[FeedbackCriterion, ...]
    comments: tuple[FeedbackComment, ...]
    addressed: tuple[FeedbackComment, ...]
    still_open: tuple[FeedbackComment, ...]
    previous_number: int | None = None


def dutch_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


RATING_HINTS = {
    Rating.MISSING: "ontbreekt in het voorstel",
    Rating.WEAK: "aanwezig, maar nog onvoldoende uitgewerkt",
    Rating.SUFFICIENT: "voldoet aan de verwachting",
    Rating.STRONG: "sterk uitgewerkt",
}
