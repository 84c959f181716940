"""Which bucket of the 'Vandaag' view a due date falls in: overdue, today, this week, later."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum


class Bucket(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"
    NO_DATE = "no_date"


BUCKET_ORDER = (Bucket.OVERDUE, Bucket.TODAY, Bucket.THIS_WEEK, Bucket.LATER, Bucket.NO_DATE)


def bucket_of(due_on: date | None, today: date) -> Bucket:
    """'This week' runs from tomorrow to Sunday of the current week."""
    if due_on is None:
        return Bucket.NO_DATE
    if due_on < today:
        return Bucket.OVERDUE
    if due_on == today:
        return Bucket.TODAY
    sunday = today + timedelta(days=6 - today.weekday())
    return Bucket.THIS_WEEK if due_on <= sunday else Bucket.LATER
