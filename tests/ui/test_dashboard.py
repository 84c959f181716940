"""The Overzicht on the demo database: filters, chart, this week, and every model checks out."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from coachdesk.services.dashboard import week_end
from coachdesk.ui.context import AppContext
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.models.table import ROW_ROLE
from coachdesk.ui.pages.dashboard.page import DashboardPage
from coachdesk.ui.pages.regions.page import RegionsPage
from tests.ui.conftest import show_active
from tests.ui.test_region_progress import column_texts, open_window


def shown_rows(page: DashboardPage) -> list:
    model = page.table.model()
    return [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]


def dashboard(qtbot, ctx: AppContext) -> DashboardPage:  # type: ignore[no-untyped-def]
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def test_filters_narrow_the_regions_and_the_chart_counts_them_all(
        qtbot, demo_ctx: AppContext) -> None:
    page = dashboard(qtbot, demo_ctx)
    assert len(shown_rows(page)) == 18
    assert sum(n for _name, n in page.chart.counts) == 18
    assert len(page.chart.counts) == len(demo_ctx.services.progress.stages())
    page.province.setCurrentIndex(page.province.findText("West-Vlaanderen"))
    assert {r.province for r in shown_rows(page)} == {"West-Vlaanderen"}
    assert len(shown_rows(page)) == 5
    page.province.setCurrentIndex(0)
    page.stalled_only.setChecked(True)
    stalled = shown_rows(page)
    assert all(r.stalled for r in stalled)
    assert stalled and all(re.fullmatch(r"⚠ (\d+ dagen?|nog geen contact)", text)
                           for text in column_texts(page.table, 3))
    page.stalled_only.setChecked(False)
    stage = page.stage.itemData(page.stage.findText("4", Qt.MatchFlag.MatchStartsWith))
    page.stage.setCurrentIndex(page.stage.findData(stage))
    assert all(r.stage_id == stage for r in shown_rows(page))
    page.stage.setCurrentIndex(0)
    qtbot.keyClicks(page.filter, "kempen")
    assert [r.name for r in shown_rows(page)] == ["Kempen"]


def test_this_week_lists_open_actions_due_this_week_overdue_first(
        qtbot, demo_ctx: AppContext) -> None:
    page = dashboard(qtbot, demo_ctx)
    model = page.week.model()
    due = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
    assert due, "the demo database has actions due this week"
    assert page.overview is not None
    assert all(a.due_on <= week_end(page.overview.today) for a in due)
    assert [a.due_on for a in due] == sorted(a.due_on for a in due)
    overdue = sum(1 for a in due if a.overdue)
    assert f"{overdue} te laat" in page.week_summary.text()


def test_enter_in_this_week_opens_the_region(qtbot, demo_ctx: AppContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.page("dashboard")
    week = page.week  # type: ignore[attr-defined]
    week.setFocus()
    week.setCurrentIndex(week.model().index(0, 0))
    action = week.model().index(0, 0).data(ROW_ROLE)
    qtbot.keyClick(week, Qt.Key.Key_Return)
    regions: RegionsPage = window.page("regions")  # type: ignore[assignment]
    assert window.current_page() is regions
    assert regions.current_region_id() == action.region_id


def test_every_table_model_passes_the_model_tester(qtbot, qtmodeltester,
                                                   demo_ctx: AppContext) -> None:
    page = dashboard(qtbot, demo_ctx)
    window = open_window(qtbot, demo_ctx)
    regions: RegionsPage = window.page("regions")  # type: ignore[assignment]
    for index in range(regions.tabs.count()):
        regions.tabs.setCurrentIndex(index)
    regions.candidacies.table.setCurrentIndex(regions.candidacies.table.model().index(0, 0))
    tables = [page.table, page.week, regions.timeline.table, regions.municipalities,
              regions.candidacies.table, regions.candidacies.history, regions.contacts.table]
    for table in tables:
        assert table.source.rowCount() > 0, table.objectName()
        qtmodeltester.check(table.source)
        qtmodeltester.check(table.model())


def test_the_keyboard_reaches_every_control_in_order(qtbot, demo_ctx: AppContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    page: DashboardPage = window.page("dashboard")  # type: ignore[assignment]
    page.province.setFocus()
    chain = []
    for _ in range(6):
        chain.append(window.focusWidget())
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert chain == [page.province, page.stage, page.stalled_only, page.filter, page.table,
                     page.week]
    page.table.setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is page.filter
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.stalled_only.isChecked)  # a mnemonic clicks the box (animated)
    assert all(r.stalled for r in shown_rows(page))
