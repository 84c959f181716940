"""The Tijdlijn as a coach sees it: kinds written alike, decisions and memberships among them,
and a long story paged in as the table scrolls (issues 13 and 16)."""

from __future__ import annotations

from datetime import date

from coachdesk.services import timeline as tl
from coachdesk.services.timeline import TimelineEntry
from coachdesk.ui.context import AppContext
from coachdesk.ui.pages.regions.page import RegionsPage
from tests.ui.test_region_progress import column_texts, open_window


def test_every_kind_is_written_alike_in_dutch(qtbot, demo_ctx: AppContext) -> None:
    window = open_window(qtbot, demo_ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    timeline = page.timeline
    probes = [TimelineEntry(date(2026, 1, 1), kind, "", "", code, 0)
              for kind, code in ((tl.MOMENT, "regional_meeting"), (tl.ACTION_DONE, ""),
                                 (tl.MEMBERSHIP, "joined"), (tl.CANDIDACY, "accepted"))]
    texts = [timeline._kind_text(e) for e in probes]
    assert texts == ["Regio-overleg", "Actie afgerond", "Gemeente aangesloten",
                     "Kandidatuur aanvaard"]
    assert all(t[:1].isupper() for t in column_texts(timeline.table, 1))


def test_a_long_story_pages_in_and_the_search_reaches_its_start(qtbot, demo_ctx: AppContext,
                                                                monkeypatch) -> None:
    monkeypatch.setattr(tl, "PAGE", 10)
    window = open_window(qtbot, demo_ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    timeline = page.timeline
    timeline.model.page_size = 10
    timeline.reload()
    model = timeline.model  # the source; the table shows it through a proxy
    assert model.rowCount() == 10 and model.canFetchMore()
    timeline.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 10)
    whole = demo_ctx.services.timeline.entries(page.current_region_id())
    oldest = next(e for e in reversed(whole) if e.kind == tl.MOMENT)
    qtbot.keyClicks(timeline.search, max(oldest.title.split(), key=len))
    shown = model.rows()
    while oldest not in shown and model.canFetchMore():
        model.fetchMore()
        shown = model.rows()
    assert oldest in shown and len(shown) < len(whole)  # found in the database, not loaded all
