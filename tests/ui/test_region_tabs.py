"""The region page's tabs as a coach uses them: memberships, candidacies, contacts, stages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from coachdesk.ui.context import AppContext
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.models.table import ROW_ROLE
from coachdesk.ui.pages.regions.candidacy_dialogs import CandidacyStatusDialog, NewCandidacyDialog
from coachdesk.ui.pages.regions.membership_dialogs import MembershipDialog, MoveDialog
from coachdesk.ui.pages.regions.page import LEADER, MUNICIPALITIES, RegionsPage
from coachdesk.ui.pages.regions.small_dialogs import StageListDialog
from tests.ui.conftest import make_ctx, show_active
from tests.ui.test_region_progress import column_texts, dashboard_cell, open_window, region_id


def select_rows(table, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    model, selection = table.model(), table.selectionModel()
    selection.clearSelection()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() in names:
            selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)


def statuses(page: RegionsPage) -> dict[str, str]:
    table = page.municipalities
    return dict(zip(column_texts(table, 0), column_texts(table, 2), strict=True))


def test_membership_edits_of_several_municipalities_persist_across_a_restart(
        qtbot, services: Services, db_path: Path) -> None:
    ctx = make_ctx(services)
    window = open_window(qtbot, ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    page.tabs.setCurrentIndex(MUNICIPALITIES)
    select_rows(page.municipalities, ["Mol", "Balen"])
    qtbot.mouseClick(page.municipality_tab.status_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MembershipDialog)
    dialog.status.setCurrentIndex(dialog.status.findText("aangesloten"))
    dialog.keep_note.setChecked(False)
    qtbot.keyClicks(dialog.note, "Collegebesluit")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert statuses(page)["Mol"] == statuses(page)["Balen"] == "aangesloten"
    assert page.municipality_tab.summary.text() == "2 van 27 aangesloten"
    window.close()
    services.close()
    reopened = Services(open_coachdesk_db(db_path))
    try:
        again = open_window(qtbot, make_ctx(reopened)).page("regions")
        assert statuses(again)["Mol"] == "aangesloten"  # type: ignore[arg-type]
        rows = {m.name: m for m in reopened.regions.municipalities(region_id(again.ctx, "Kempen"))}
        assert (rows["Balen"].note, rows["Balen"].status_since) == ("Collegebesluit", date.today())
    finally:
        reopened.close()


def test_membership_change_and_move_are_undone(qtbot, ctx: AppContext) -> None:
    window = open_window(qtbot, ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    page.tabs.setCurrentIndex(MUNICIPALITIES)
    select_rows(page.municipalities, ["Geel"])
    page.municipality_tab.status_button.click()
    dialog = page.dialog
    assert isinstance(dialog, MembershipDialog)
    dialog.status.setCurrentIndex(dialog.status.findText("afgehaakt"))
    dialog.accept()
    assert statuses(page)["Geel"] == "afgehaakt"
    select_rows(page.municipalities, ["Laakdal"])
    page.municipality_tab.move_button.click()
    move = page.dialog
    assert isinstance(move, MoveDialog)
    move.region.setCurrentIndex(move.region.findText("Oost-Brabant"))
    move.accept()
    assert "Laakdal" not in statuses(page) and len(statuses(page)) == 26
    ctx.undo_stack.undo()
    assert "Laakdal" in statuses(page)
    ctx.undo_stack.undo()
    assert statuses(page)["Geel"] == "onbekend"


def test_an_accepted_candidacy_shows_as_network_leader_on_the_dashboard(
        qtbot, ctx: AppContext) -> None:
    window = open_window(qtbot, ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    page.tabs.setCurrentIndex(LEADER)
    qtbot.mouseClick(page.candidacies.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, NewCandidacyDialog)
    turnhout = dialog.members.findItems("Turnhout", Qt.MatchFlag.MatchExactly)[0]
    dialog.members.setCurrentItem(turnhout)
    qtbot.keyClick(dialog.members, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.note, "Grootste stad van de regio")
    dialog._on_ok()
    assert column_texts(page.candidacies.table, 2) == ["voorgesteld"]
    page.candidacies.table.setCurrentIndex(page.candidacies.table.model().index(0, 0))
    page.candidacies.status_button.click()
    status = page.dialog
    assert isinstance(status, CandidacyStatusDialog)
    status.status.setCurrentIndex(status.status.findText("aanvaard"))
    status.note.setText("College akkoord")
    status._on_ok()
    assert page.header.leader.text() == "Turnhout"
    assert page.candidacies.summary.text() == "Promotor: Turnhout"
    assert column_texts(page.candidacies.history, 1) == ["aanvaard", "voorgesteld"]
    window.show_page(0)
    assert dashboard_cell(window, "Kempen", 4) == "Turnhout"
    ctx.undo_stack.undo()
    assert dashboard_cell(window, "Kempen", 4) == "—"


def test_a_second_accepted_candidacy_is_refused_inline(qtbot, ctx: AppContext) -> None:
    kempen = region_id(ctx, "Kempen")
    ids = {m.name: m.id for m in ctx.services.regions.municipalities(kempen)}
    first = ctx.services.candidacies.add(kempen, [ids["Geel"]], "", _status("accepted"),
                                         date.today(), "")
    assert first
    window = open_window(qtbot, ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    page.tabs.setCurrentIndex(LEADER)
    page.candidacies.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, NewCandidacyDialog)
    dialog.members.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.status.setCurrentIndex(dialog.status.findText("aanvaard"))
    dialog._on_ok()
    assert dialog.isVisible() and "al een aanvaarde netwerkleider" in dialog.error.text()
    assert len(ctx.services.candidacies.candidacies(kempen)) == 1


def _status(code: str):  # type: ignore[no-untyped-def]
    from coachdesk.domain.vocabulary import CandidacyStatus

    return CandidacyStatus(code)


def test_renaming_and_reordering_stages_keeps_the_history(qtbot, ctx: AppContext) -> None:
    window = open_window(qtbot, ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    from tests.ui.test_region_progress import record_stage

    record_stage(qtbot, page, "Geïnformeerd", date.today(), "Infosessie")
    edit = next(a for a in window.menus["edit"].actions() if a.text() == "F&asen beheren…")
    edit.trigger()
    dialog = page.dialog
    assert isinstance(dialog, StageListDialog)
    dialog.list.item(1).setText("Infosessie gehad")
    dialog.list.setCurrentRow(1)
    dialog.down.click()
    dialog._on_save()
    assert page.header.stage.text().startswith("2 · Infosessie gehad")
    assert column_texts(page.timeline.table, 2) == ["Niet gestart → Infosessie gehad"]
    ctx.undo_stack.undo()
    assert page.header.stage.text().startswith("1 · Geïnformeerd")


def test_ctrl_shift_f_opens_the_stage_dialog_and_help_lists_it(
        qtbot, ctx: AppContext, monkeypatch) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    assert window.current_page() is page and page.dialog is not None and page.dialog.isVisible()
    page.dialog.reject()
    shown = {}
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: shown.update(text=text))
    window.show_shortcuts()
    assert "Regiofase wijzigen" in shown["text"] and "Ctrl+Shift+F" in shown["text"]


def test_contacts_tab_lists_people_linked_to_the_region(qtbot, demo_ctx: AppContext) -> None:
    window = open_window(qtbot, demo_ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    page.tabs.setCurrentIndex(3)
    rows = [page.contacts.table.model().index(r, 0).data(ROW_ROLE)
            for r in range(page.contacts.table.model().rowCount())]
    assert rows and rows[0].kind == "person"
    assert "persone" in page.contacts.summary.text() or "persoon" in page.contacts.summary.text()


def test_enter_on_a_timeline_entry_opens_it_on_its_own_page(qtbot, demo_ctx: AppContext) -> None:
    window = open_window(qtbot, demo_ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    table = page.timeline.table
    kinds = [table.model().index(r, 0).data(ROW_ROLE).kind for r in range(table.model().rowCount())]
    for kind, target in (("moment", "logbook"), ("action_created", "actions")):
        window.show_page(1)
        table.setFocus()
        table.setCurrentIndex(table.model().index(kinds.index(kind), 0))
        qtbot.keyClick(table, Qt.Key.Key_Return)
        assert window.current_page().key == target


def test_the_region_page_is_walked_with_tab_and_mnemonics(qtbot, ctx: AppContext) -> None:
    window = open_window(qtbot, ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    page.region_list.setFocus()
    chain = []
    for _ in range(9):
        chain.append(window.focusWidget())
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    timeline = page.timeline
    assert chain[:8] == [page.region_list, page.header.change_stage_button,
                         page.header.next_step_button, page.header.new_action_button,
                         page.tabs.tabBar(), timeline.kind, timeline.search, timeline.table]
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == MUNICIPALITIES
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    page.dialog.reject()  # type: ignore[union-attr]


def test_the_timeline_filters_by_kind_and_search(qtbot, demo_ctx: AppContext) -> None:
    window = open_window(qtbot, demo_ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    timeline = page.timeline
    everything = timeline.table.model().rowCount()
    timeline.kind.setCurrentIndex(timeline.kind.findData("moment"))
    moments = [timeline.table.model().index(r, 0).data(ROW_ROLE)
               for r in range(timeline.table.model().rowCount())]
    assert moments and {e.kind for e in moments} == {"moment"} and len(moments) < everything
    qtbot.keyClicks(timeline.search, "regio-overleg")
    kinds = column_texts(timeline.table, 1)
    assert kinds and set(kinds) == {"Regio-overleg"}  # kinds written alike (issue 13)
    timeline.kind.setCurrentIndex(0)
    timeline.search.clear()
    assert timeline.table.model().rowCount() == everything
