"""Follow-up actions: buckets of the 'Vandaag' view, done, done-and-next, reschedule, filters."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coachdesk.domain.agenda import Bucket, bucket_of
from coachdesk.domain.errors import ValidationError
from coachdesk.services.container import Services
from coachdesk.services.logbook import ActionDraft

MONDAY = date(2025, 3, 10)


def test_buckets_run_from_overdue_to_later() -> None:
    assert bucket_of(MONDAY - timedelta(days=1), MONDAY) == Bucket.OVERDUE
    assert bucket_of(MONDAY, MONDAY) == Bucket.TODAY
    assert bucket_of(MONDAY + timedelta(days=6), MONDAY) == Bucket.THIS_WEEK  # Sunday
    assert bucket_of(MONDAY + timedelta(days=7), MONDAY) == Bucket.LATER
    assert bucket_of(None, MONDAY) == Bucket.NO_DATE


def test_done_and_next_closes_one_and_opens_the_next(services: Services) -> None:
    region = services.contacts.regions()[0].id
    first = services.actions.add(ActionDraft("Bellen", "Lies", MONDAY), region)
    nxt = services.actions.done_and_next(first, MONDAY, ActionDraft("Mail sturen", "",
                                                                    MONDAY + timedelta(days=2)))
    (open_row,) = services.actions.open_actions()
    assert open_row.id == nxt and open_row.owner == "Lies" and open_row.region_id == region
    done = services.actions.action(first)
    assert done.status == "done" and done.done_on == MONDAY


def test_done_and_next_refuses_an_empty_next_action(services: Services) -> None:
    first = services.actions.add(ActionDraft("Bellen", "Lies", MONDAY), None)
    with pytest.raises(ValidationError):
        services.actions.done_and_next(first, MONDAY, ActionDraft(" "))
    assert services.actions.action(first).status == "open"


def test_reschedule_mark_done_and_restore(services: Services) -> None:
    first = services.actions.add(ActionDraft("Bellen", "Lies", MONDAY), None)
    services.actions.add(ActionDraft("Mailen", "Jan", None), None)
    before = services.actions.reschedule([first], MONDAY + timedelta(days=3))
    assert services.actions.action(first).due_on == MONDAY + timedelta(days=3)
    services.actions.restore(before)
    assert services.actions.action(first).due_on == MONDAY
    services.actions.mark_done([first], MONDAY)
    assert [a.description for a in services.actions.open_actions()] == ["Mailen"]
    assert services.actions.owners() == ["Jan"]
    assert [a.owner for a in services.actions.open_actions(owner="Jan")] == ["Jan"]
