"""Region progress driven as a coach: stage dialog, header, timeline, dashboard, undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from coachdesk.ui.context import AppContext
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages.regions.page import RegionsPage
from coachdesk.ui.pages.regions.stage_dialog import StageChangeDialog
from tests.ui.conftest import show_active

TODAY = date.today()


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def region_id(ctx: AppContext, name: str) -> int:
    return next(r.id for r in ctx.services.regions.list_regions() if r.name == name)


def column_texts(table, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def dashboard_cell(window: MainWindow, region: str, column: int) -> str:
    table = window.page("dashboard").table
    row = column_texts(table, 0).index(region)
    return table.model().index(row, column).data()


def open_window(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                region: str = "Kempen") -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    ctx.events.open_requested.emit("regions", region_id(ctx, region))
    return window


def record_stage(qtbot, page: RegionsPage, stage: str,  # type: ignore[no-untyped-def]
                 on: date, reason: str) -> StageChangeDialog:
    qtbot.mouseClick(page.header.change_stage_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, StageChangeDialog) and dialog.isVisible()
    dialog.stage.setCurrentIndex(dialog.stage.findText(stage, Qt.MatchFlag.MatchEndsWith))
    dialog.when.setDate(qdate(on))
    dialog.reason.clear()
    qtbot.keyClicks(dialog.reason, reason)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    return dialog


def test_two_stage_moves_show_everywhere_and_undo_reverts_them(qtbot, ctx: AppContext) -> None:
    window = open_window(qtbot, ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    assert dashboard_cell(window, "Kempen", 1) == "0 · Niet gestart"
    record_stage(qtbot, page, "Geïnformeerd", TODAY - timedelta(days=10), "Infosessie Turnhout")
    record_stage(qtbot, page, "Verkenning", TODAY - timedelta(days=3), "Regio-overleg Geel")
    assert page.header.stage.text().startswith("2 · Verkenning, sinds")
    assert column_texts(page.timeline.table, 2)[:2] == [
        "Geïnformeerd → Verkenning", "Niet gestart → Geïnformeerd"]
    # no contact moment at all while past stage 0: flagged as stalled
    assert page.region_list.currentItem().text() == "Kempen ⚠\n2 · Verkenning"
    window.show_page(0)
    assert dashboard_cell(window, "Kempen", 1) == "2 · Verkenning"
    assert dashboard_cell(window, "Kempen", 2) == "3"
    window.show_page(1)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.header.stage.text().startswith("1 · Geïnformeerd")
    ctx.undo_stack.undo()
    assert page.header.stage.text() == "0 · Niet gestart"
    assert page.timeline.table.model().rowCount() == 0
    assert ctx.services.progress.history(region_id(ctx, "Kempen")) == []
    window.show_page(0)
    assert dashboard_cell(window, "Kempen", 1) == "0 · Niet gestart"
    ctx.undo_stack.redo()
    assert dashboard_cell(window, "Kempen", 1) == "1 · Geïnformeerd"


@pytest.mark.parametrize("offset, reason, field, message", [
    (1, "Collegebesluit", "date", "toekomst"),
    (-30, "Collegebesluit", "date", "vóór de vorige wijziging"),
    (0, "   ", "reason", "Geef een reden"),
])
def test_invalid_stage_input_is_refused_inline_and_nothing_is_stored(
        qtbot, ctx: AppContext, offset: int, reason: str, field: str, message: str) -> None:
    window = open_window(qtbot, ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    record_stage(qtbot, page, "Geïnformeerd", TODAY - timedelta(days=10), "Infosessie")
    dialog = record_stage(qtbot, page, "Verkenning", TODAY + timedelta(days=offset), reason)
    label = dialog.date_error if field == "date" else dialog.reason_error
    assert dialog.isVisible() and label.isVisible() and message in label.text()
    assert label.objectName() == "inlineError"
    assert len(ctx.services.progress.history(region_id(ctx, "Kempen"))) == 1
    assert ctx.undo_stack.count() == 1
    dialog.reject()


def test_a_wrong_entry_is_corrected_and_the_correction_recorded(qtbot, ctx: AppContext) -> None:
    window = open_window(qtbot, ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    record_stage(qtbot, page, "Voorstel in opmaak", TODAY - timedelta(days=2), "Verkeerd")
    table = page.timeline.table
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.mouseClick(page.timeline.correct_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, StageChangeDialog) and dialog.corrects is not None
    dialog.stage.setCurrentIndex(dialog.stage.findText("Verkenning", Qt.MatchFlag.MatchEndsWith))
    dialog.reason.setPlainText("Verkeerde fase aangeklikt")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert page.header.stage.text().startswith("2 · Verkenning")
    assert sorted(column_texts(table, 1)) == ["Fase (correctie)", "Fase (gecorrigeerd)"]
    history = ctx.services.progress.history(region_id(ctx, "Kempen"))
    assert [h.corrected for h in history] == [False, True]


def test_a_step_forward_with_a_contact_moment_as_evidence(qtbot, ctx: AppContext) -> None:
    from tests.services.test_progress_helpers import add_moment

    add_moment(ctx.services, region_id(ctx, "Kempen"), TODAY - timedelta(days=1),
               "Regio-overleg Turnhout")
    window = open_window(qtbot, ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    qtbot.mouseClick(page.header.change_stage_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, StageChangeDialog)
    assert dialog.focusWidget() is dialog.reason  # type the reason at once
    qtbot.keyClicks(dialog.reason, "College Turnhout wil trekken")
    dialog.evidence.setCurrentIndex(1)
    assert "Regio-overleg Turnhout" in dialog.evidence.currentText()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    details = column_texts(page.timeline.table, 3)
    assert any("bewijs: " in d and "Regio-overleg Turnhout" in d for d in details)
    assert ctx.services.progress.history(region_id(ctx, "Kempen"))[0].evidence.endswith(
        "Regio-overleg Turnhout")


def test_with_the_background_runner_the_page_follows_a_stage_change(
        qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import make_ctx

    ctx = make_ctx(services, synchronous=False)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        ctx.events.open_requested.emit("regions", region_id(ctx, "Kempen"))
    qtbot.waitUntil(lambda: page.header.stage.text() == "0 · Niet gestart", timeout=10_000)
    record_stage(qtbot, page, "Geïnformeerd", TODAY, "Infosessie")
    qtbot.waitUntil(lambda: page.header.stage.text().startswith("1 · Geïnformeerd"),
                    timeout=10_000)
    qtbot.waitUntil(lambda: page.timeline.table.model().rowCount() == 1, timeout=10_000)
    ctx.runner.wait()
    assert not ctx.errors.unexpected  # type: ignore[attr-defined]
