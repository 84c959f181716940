"""The Tijdlijn is paged and searched in the database (issue 16) and tells membership changes
and candidacy decisions too (issue 13)."""

from __future__ import annotations

from datetime import date, datetime, time

from coachdesk.services import timeline as tl
from coachdesk.services.container import Services
from coachdesk.services.timeline import TimelineQuery


def _busiest(services: Services) -> int:
    regions = services.dashboard.rows(date.today(), 30)
    return max(regions, key=lambda r: len(services.timeline.entries(r.id))).id


def test_pages_follow_each_other_without_gap_or_double(demo_services: Services) -> None:
    region = _busiest(demo_services)
    whole = demo_services.timeline.entries(region)
    paged, after = [], None
    while True:
        page = demo_services.timeline.page(region, after=after, limit=7)
        paged += page
        if len(page) < 7:
            break
        after = page[-1].key
    assert paged == whole and len(whole) > 14
    assert [e.key for e in whole] == sorted((e.key for e in whole), reverse=True)


def test_the_search_runs_over_the_whole_story_not_the_first_page(demo_services: Services) -> None:
    region = _busiest(demo_services)
    oldest = next(e for e in reversed(demo_services.timeline.entries(region))
                  if e.kind == tl.MOMENT)
    word = max(oldest.title.split(), key=len)
    found = demo_services.timeline.page(region, TimelineQuery(search=word.upper()), limit=5000)
    assert oldest in found
    for e in found:  # the detail shown is an excerpt: the word may be further in the report
        if e.kind == tl.MOMENT:
            moment = demo_services.logbook.moment(e.ref_id)
            assert word.casefold() in (moment.subject + moment.report).casefold()


def test_kinds_and_labels_filter_in_the_database(demo_services: Services) -> None:
    region = _busiest(demo_services)
    moments = demo_services.timeline.page(region, TimelineQuery(kinds=frozenset({tl.MOMENT})))
    assert moments and {e.kind for e in moments} == {tl.MOMENT}
    code = moments[0].code
    labelled = demo_services.timeline.page(region, TimelineQuery(
        search="zzlabel", labelled=frozenset({(tl.MOMENT, code)})), limit=None)
    assert labelled and {(e.kind, e.code) for e in labelled} == {(tl.MOMENT, code)}


def test_membership_changes_and_candidacy_decisions_are_in_the_story(
        demo_services: Services) -> None:
    kinds = set()
    for region in demo_services.dashboard.rows(date.today(), 30):
        kinds |= {e.kind for e in demo_services.timeline.entries(region.id)}
    assert {tl.MEMBERSHIP, tl.CANDIDACY} <= kinds


def test_pages_follow_each_other_on_both_engines(services: Services) -> None:
    """Many entries on the same days, so a page ends inside a day of each long kind: the
    region-and-day indexes (migration 0004) are walked from the key on, on either engine."""
    from coachdesk.db.models import Action, ContactMoment

    region = services.contacts.regions()[0].id
    with services.db.session_factory() as s, s.begin():
        for i in range(30):
            on = date(2025, 3, 10 + i % 3)
            s.add(ContactMoment(happened_on=on, kind="phone", subject=f"Gesprek {i}",
                                report="", region_id=region))
            s.add(Action(region_id=region, description=f"Actie {i}", owner="",
                         created_at=datetime.combine(on, time(8 + i % 5, i)),
                         status="done" if i % 2 else "open", done_on=on if i % 2 else None))
    whole = services.timeline.entries(region)
    paged, after = [], None
    while True:
        page = services.timeline.page(region, after=after, limit=7)
        paged += page
        if len(page) < 7:
            break
        after = page[-1].key
    assert paged == whole and len(whole) >= 75
    assert [e.key for e in whole] == sorted((e.key for e in whole), reverse=True)
    searched = services.timeline.page(region, TimelineQuery(search="actie 2"), limit=4)
    assert [e.title for e in searched][:1] == ["Actie 29"]


def test_a_date_as_shown_finds_the_days_entries(demo_services: Services) -> None:
    """dd/mm/yyyy (or a part with digits) matches the date; a word with letters never
    formats dates, yet still finds its text."""
    region = _busiest(demo_services)
    moment = next(e for e in demo_services.timeline.entries(region) if e.kind == tl.MOMENT)
    shown = f"{moment.on:%d/%m/%Y}"
    found = demo_services.timeline.page(region, TimelineQuery(search=shown), limit=None)
    assert moment in found and all(e.on == moment.on for e in found)
    word = max(moment.title.split(), key=len)
    assert moment in demo_services.timeline.page(region, TimelineQuery(search=word), limit=None)
