"""The short way: Ctrl+N and *Nieuwe actie* start with the region of the page the coach is on,
the region page adds actions (button and Tijdlijn menu), *Wie* suggests people, and a saved
action is selected and confirmed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog

from coachdesk.services.logbook import ActionDraft
from coachdesk.ui.context import AppContext
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.models.table import ROW_ROLE
from coachdesk.ui.pages.actions.dialogs import NewActionDialog
from coachdesk.ui.pages.logbook.quick_log import QuickLogDialog
from coachdesk.ui.pages.regions.timeline_menu import timeline_menu
from tests.ui.conftest import show_active
from tests.ui.gallery import dialogs
from tests.ui.test_participants import region

WEDNESDAY = date.today() + timedelta(days=2)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict:
    """The forms answer at once; what they were started with is kept."""
    seen: dict = {}

    def log(cls, ctx, parent=None, region_id=None):  # type: ignore[no-untyped-def]
        seen["moment_region"] = region_id
        return None

    def new_action(cls, regions, region_id, parent=None, suggestions=()):  # type: ignore[no-untyped-def]
        seen["action_region"], seen["suggestions"] = region_id, list(suggestions)
        return ActionDraft("Integratieambtenaar Ieper bellen", "Lies", WEDNESDAY), region_id

    monkeypatch.setattr(QuickLogDialog, "ask", classmethod(log))
    monkeypatch.setattr(NewActionDialog, "ask", classmethod(new_action))
    return seen


def ctrl_n(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)


def test_ctrl_n_starts_with_the_region_of_the_page_the_coach_is_on(
        qtbot, demo_window: MainWindow, demo_ctx: AppContext, asked: dict) -> None:
    show_active(qtbot, demo_window)
    kempen, westhoek = region(demo_ctx, "Kempen"), region(demo_ctx, "Westhoek")
    demo_ctx.events.open_requested.emit("regions", kempen)
    ctrl_n(qtbot, demo_window)
    assert asked["moment_region"] == kempen
    demo_window.show_page(0)  # Overzicht: the selected row counts
    dashboard = demo_window.current_page()
    table = dashboard.table  # type: ignore[attr-defined]
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 0).data() == "Westhoek")
    table.setFocus()
    table.selectRow(row)
    ctrl_n(qtbot, demo_window)
    assert asked["moment_region"] == westhoek
    demo_ctx.events.open_requested.emit("proposals", kempen)
    ctrl_n(qtbot, demo_window)
    assert asked["moment_region"] == kempen


def test_new_action_on_the_region_page_is_for_that_region_confirmed_and_suggests_its_people(
        qtbot, demo_window: MainWindow, demo_ctx: AppContext, asked: dict) -> None:
    show_active(qtbot, demo_window)
    kempen = region(demo_ctx, "Kempen")
    demo_ctx.events.open_requested.emit("regions", kempen)
    page = demo_window.current_page()
    qtbot.keyClick(demo_window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Nieuwe &actie
    qtbot.waitUntil(lambda: "action_region" in asked)  # a mnemonic clicks after a moment
    assert asked["action_region"] == kempen
    kempen_people = {c.label for c in demo_ctx.services.contacts.participant_choices()
                     if c.kind == "person" and c.region_id == kempen}
    first = asked["suggestions"][:len(kempen_people)]
    assert set(first) == kempen_people  # *Wie*: the region's people first
    stored = [a for a in demo_ctx.services.actions.open_actions(kempen)
              if a.description == "Integratieambtenaar Ieper bellen"]
    assert len(stored) == 1 and stored[0].due_on == WEDNESDAY
    assert "Integratieambtenaar Ieper bellen" in demo_window.statusBar().currentMessage()
    assert page.key == "regions"


def test_the_timeline_menu_opens_corrects_and_adds(
        qtbot, demo_window: MainWindow, demo_ctx: AppContext, asked: dict) -> None:
    kempen = region(demo_ctx, "Kempen")
    demo_ctx.events.open_requested.emit("regions", kempen)
    page = demo_window.current_page()
    table = page.timeline.table  # type: ignore[attr-defined]
    table.setCurrentIndex(table.model().index(0, 0))
    menu = timeline_menu(page, QPoint(-1, -1))  # type: ignore[arg-type]
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[-2:] == ["Nieuw &contactmoment…", "Nieuwe &actie…"]
    menu.actions()[-1].trigger()
    assert asked["action_region"] == kempen
    menu.actions()[-2].trigger()
    assert asked["moment_region"] == kempen


def test_a_new_action_on_the_actions_page_is_selected_even_when_filtered_out(
        qtbot, demo_window: MainWindow, demo_ctx: AppContext, asked: dict) -> None:
    show_active(qtbot, demo_window)
    demo_window.show_page(4)
    page = demo_window.current_page()
    assert page.key == "actions"
    page.region.setCurrentIndex(page.region.findText("Westhoek"))  # type: ignore[attr-defined]
    page.tree.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(demo_window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &Nieuwe actie
    qtbot.waitUntil(lambda: "action_region" in asked)
    assert asked["action_region"] == region(demo_ctx, "Westhoek")
    current = page.current_action()  # type: ignore[attr-defined]
    assert current is not None and current.description == "Integratieambtenaar Ieper bellen"
    assert "Integratieambtenaar Ieper bellen" in demo_window.statusBar().currentMessage()


@pytest.mark.parametrize(("kind", "target"), [("moment", "logbook"), ("action_created", "actions")])
def test_alt_left_returns_to_the_region_and_row_the_coach_came_from(
        qtbot, demo_window: MainWindow, demo_ctx: AppContext, kind: str, target: str) -> None:
    show_active(qtbot, demo_window)
    kempen = region(demo_ctx, "Kempen")
    demo_ctx.events.open_requested.emit("regions", kempen)
    page = demo_window.current_page()
    table = page.timeline.table  # type: ignore[attr-defined]
    model = table.model()
    row = next(r for r in range(5, model.rowCount())  # not the first: the row must be found
               if model.index(r, 0).data(ROW_ROLE).kind == kind)
    entry = model.index(row, 0).data(ROW_ROLE)
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)  # opens the moment or action on its own page
    assert demo_window.current_page().key == target
    assert demo_window.history.button.isVisible()
    assert "Kempen" in demo_window.history.button.text()
    qtbot.keyClick(demo_window.focusWidget() or demo_window, Qt.Key.Key_Left,
                   Qt.KeyboardModifier.AltModifier)
    assert demo_window.current_page() is page
    assert page.current_region_name() == "Kempen"  # type: ignore[attr-defined]
    current = table.currentIndex().data(ROW_ROLE)
    assert (current.kind, current.ref_id) == (entry.kind, entry.ref_id)
    assert "Overzicht" in demo_window.history.button.text()  # the step before, still there


def test_the_back_button_does_what_alt_left_does(
        qtbot, demo_window: MainWindow, demo_ctx: AppContext) -> None:
    show_active(qtbot, demo_window)
    westhoek = region(demo_ctx, "Westhoek")
    demo_ctx.events.open_requested.emit("regions", westhoek)
    demo_window.show_page(4)
    qtbot.mouseClick(demo_window.history.button, Qt.MouseButton.LeftButton)
    page = demo_window.current_page()
    assert page.key == "regions" and page.current_region_id() == westhoek  # type: ignore[attr-defined]


def test_ctrl_enter_saves_the_stage_change_from_the_reason_field(
        qtbot, demo_ctx: AppContext) -> None:
    from coachdesk.ui.pages.regions.stage_dialog import StageChangeDialog

    dialog = StageChangeDialog(demo_ctx, region(demo_ctx, "Kempen"), "Kempen")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.reason
    qtbot.keyClicks(dialog.reason, "Collegebesluit Turnhout")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize("name", ["action-done", "action-next", "action-new", "quick-log",
                                  "proposal-add-version", "candidacy-new", "candidacy-status",
                                  "membership", "next-step", "stage-change"])
def test_shift_tab_leaves_every_date_field_backwards(
        qtbot, demo_ctx: AppContext, demo_window: MainWindow, name: str) -> None:
    dialog = dialogs()[name](demo_ctx, demo_window)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    fields = [d for d in dialog.findChildren(QDateEdit) if d.isVisible() and d.isEnabled()]
    if name == "quick-log":
        dialog.actions.add_row()  # type: ignore[attr-defined]
        fields = [d for d in dialog.findChildren(QDateEdit) if d.isVisible()]
    assert fields, name
    for field in fields:
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert QApplication.focusWidget() is not field, (name, field)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not field, (name, field)
    dialog.close()


def test_backup_maken_is_in_the_file_menu_and_backups_are_told_apart(
        qtbot, demo_window: MainWindow, demo_ctx: AppContext) -> None:
    from coachdesk.ui.features.backups.labels import format_taken_at

    file_menu = demo_window.menus["file"]
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert "&Backup maken" in texts
    mnemonics = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(mnemonics) == len(set(mnemonics)), texts  # each letter opens one entry
    next(a for a in file_menu.actions() if a.objectName() == "makeBackup").trigger()
    assert "Backup gemaakt" in demo_window.statusBar().currentMessage()
    backups = demo_ctx.services.backups.list()
    assert backups and len(format_taken_at(backups[0])) == len("03/12/2026 09:30:15")
    words = " ".join(a.text() for menu in demo_window.menus.values() for a in menu.actions())
    assert "databank" not in words.lower()
