"""Long text at 1366×768: a cut cell ends in "…" and tells its full text on hover; the
region header's next step stays whole when it needs more lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from coachdesk.ui.context import AppContext
from coachdesk.ui.models.table import Column
from coachdesk.ui.pages.regions.page import RegionsPage
from coachdesk.ui.widgets.cell_tips import cell_tooltip
from coachdesk.ui.widgets.data_table import DataTable
from tests.ui.test_region_progress import open_window, record_stage, region_id


@dataclass(frozen=True)
class Entry:
    kind: str
    what: str


def _table(qtbot) -> DataTable:  # type: ignore[no-untyped-def]
    table = DataTable([Column("Soort", lambda e: e.kind),
                       Column("Wat", lambda e: e.what, tooltip=lambda e: f"over {e.what}")])
    qtbot.addWidget(table)
    table.resize(600, 200)
    table.show()
    qtbot.waitExposed(table)
    table.set_rows([Entry("Gemeente geïnteresseerd", "Ganshoren"), Entry("E-mail", "Mail")])
    return table


def _cell(table: DataTable, text: str, column: int = 0):  # type: ignore[no-untyped-def]
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == text)
    return model.index(row, column)


def _hover(table: DataTable, index) -> str:  # type: ignore[no-untyped-def]
    """Send the tooltip event a resting mouse sends; what the tooltip then says."""
    pos = table.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, table.viewport().mapToGlobal(pos))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_cut_cell_ends_in_an_ellipsis_and_tells_its_full_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table(qtbot)
    table.setColumnWidth(0, 110)  # narrower than "Gemeente geïnteresseerd"
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
    cut = _cell(table, "Gemeente geïnteresseerd")
    assert cell_tooltip(table, cut) == "Gemeente geïnteresseerd"
    assert _hover(table, cut) == "Gemeente geïnteresseerd"
    assert cell_tooltip(table, _cell(table, "E-mail")) == ""  # it fits: no tooltip
    # a column's own tooltip wins
    assert _hover(table, _cell(table, "Gemeente geïnteresseerd", 1)) == "over Ganshoren"
    table.setColumnWidth(0, 260)
    assert cell_tooltip(table, cut) == ""


def test_the_tijdlijn_kind_column_tells_a_cut_kind(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_ctx, "Kempen")
    window.resize(1366, 728)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    table = page.timeline.table
    table.setColumnWidth(1, 120)
    kinds = [table.model().index(r, 1) for r in range(table.model().rowCount())]
    long_kind = next(i for i in kinds if len(i.data()) > 20)
    assert cell_tooltip(table, long_kind) == long_kind.data()


def test_the_next_step_stays_whole_after_a_stage_change(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    kempen = region_id(ctx, "Kempen")
    ctx.services.regions.set_next_step(
        kempen, "Regio-overleg over het netwerkleiderschap plannen met de schepenen van Geel, "
                "Mol en Balen en de directeur van de intergemeentelijke vereniging", date.today())
    window = open_window(qtbot, ctx, "Kempen")
    window.resize(1100, 728)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    record_stage(qtbot, page, "Geïnformeerd", date.today() - timedelta(days=3),
                 "Infosessie Turnhout")
    label = page.header.next_step
    assert label.text().endswith("intergemeentelijke vereniging")
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=2000)
    assert label.heightForWidth(label.width()) > 2 * label.fontMetrics().height()
    assert label.geometry().bottom() < page.header.height()


def test_the_overzicht_filters_show_their_whole_choice_when_filled_after_showing(
        qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    from coachdesk.ui.pages.dashboard.page import DashboardPage
    from tests.ui.conftest import make_ctx

    ctx = make_ctx(demo_services, synchronous=False)  # filled later, as in the real window
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.activate()
    for combo in (page.province, page.stage):
        longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                      for i in range(combo.count()))
        qtbot.waitUntil(lambda c=combo, n=longest: c.width() > n, timeout=2000)
