"""The handoff in the window: export with regions and privacy, import with a preview and choices."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from coachdesk.exchange.workbook_reader import read_handoff
from coachdesk.ui import settings as s
from coachdesk.ui.context import AppContext
from coachdesk.ui.features.handoff import export_dialog
from coachdesk.ui.features.handoff.export_dialog import ExportDialog
from coachdesk.ui.features.handoff.import_dialog import ImportDialog
from coachdesk.ui.features.handoff.plan_model import CONFLICT
from tests.handoff_helpers import edit, export, first_row
from tests.ui.conftest import make_ctx, screenshot_dir

SHOTS = screenshot_dir()


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"handoff-{name}.png"))


def _region_id(ctx: AppContext, name: str) -> int:
    return next(r.id for r in ctx.services.regions.list_regions() if r.name == name)


def test_file_menu_offers_export_and_import(demo_window) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text().replace("&", "") for a in demo_window.menus["file"].actions()]
    assert "Exporteren voor hoofdkantoor…" in texts and "Werkmap importeren…" in texts


def test_export_chosen_regions_without_personal_data(
        qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.anonymous.isChecked()  # headquarters gets no personal data unless asked
    dialog.check_all(False)
    for index in range(dialog.regions.count()):
        item = dialog.regions.item(index)
        if item.text() in ("Kempen", "Westhoek"):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.target.clear()
    target = tmp_path / "hq.xlsx"
    qtbot.keyClicks(dialog.target, str(target))
    dialog.coach.setText("Lies Peeters")
    _shot(dialog, "export")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result is not None and dialog.result.path == target
    wb = load_workbook(target)
    assert "Contactpersonen" not in wb.sheetnames
    assert [r[1] for r in wb["Regio's"].iter_rows(min_row=2, values_only=True)] == [
        "Kempen", "Westhoek"]
    assert read_handoff(target).meta.coach == "Lies Peeters"


def test_export_on_the_background_thread(qtbot, demo_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(demo_services, synchronous=False)
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.target.setText(str(tmp_path / "bg.xlsx"))
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result is not None and (tmp_path / "bg.xlsx").exists()
    ctx.runner.wait()


def test_export_needs_a_region(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.target.setText(str(tmp_path / "x.xlsx"))
    dialog.check_all(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Kies minstens één regio."
    assert dialog.result is None and not list(tmp_path.glob("*.xlsx"))


def test_a_cancelled_export_says_so_and_leaves_nothing(
        qtbot, demo_ctx: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    real = export_dialog.write_handoff

    def cancel_at_once(path, data, progress):  # type: ignore[no-untyped-def]
        progress.cancel()  # as the coach pressing Cancel in the progress dialog
        return real(path, data, progress)

    monkeypatch.setattr(export_dialog, "write_handoff", cancel_at_once)
    dialog = ExportDialog(demo_ctx)
    qtbot.addWidget(dialog)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.target.setText(str(folder / "x.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Export geannuleerd; er werd geen bestand geschreven."
    assert list(folder.iterdir()) == [] and dialog.export_button.isEnabled()
    assert demo_ctx.services.handoff.history() == []


def test_export_to_a_missing_folder_is_explained(qtbot, demo_ctx: AppContext,
                                                 tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.target.setText(str(tmp_path / "nowhere" / "x.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "de map bestaat niet" in dialog.message.text()


@pytest.fixture
def returned_workbook(demo_ctx: AppContext, tmp_path: Path) -> Path:
    """Headquarters changed an action's deadline; Kempen's next step changed on both sides."""
    services = demo_ctx.services
    path = export(services, tmp_path / "terug.xlsx", coach="Lies Peeters")
    action = first_row(path, "Acties")
    edit(path, "Acties", {"ID": action["ID"]}, {"Verantwoordelijke": "Hoofdkantoor"})
    edit(path, "Regio's", {"Regio": "Kempen"}, {"Volgende stap": "HQ: indienen vóór 15/01"})
    services.regions.set_next_step(_region_id(demo_ctx, "Kempen"), "Coach: college bellen", None)
    return path


def test_import_previews_changes_and_lets_the_coach_choose(
        qtbot, demo_ctx: AppContext, returned_workbook: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(demo_ctx, returned_workbook)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    kinds = [line.kind for line in model.lines]
    assert kinds == [CONFLICT, "change"]
    assert "1 wijziging, 1 conflict, 0 nieuwe rijen." in dialog.summary.text()
    conflict = model.index(0, 7)
    assert conflict.data() == "Waarde van CoachDesk behouden"
    assert model.index(0, 5).data() == "Coach: college bellen"
    assert model.index(0, 6).data() == "HQ: indienen vóór 15/01"
    dialog.table.setCurrentIndex(conflict)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert conflict.data() == "Waarde uit de werkmap overnemen"
    dialog.table.selectRow(1)  # the orange conflict row shows in the picture
    _shot(dialog, "import")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.applied == 2
    kempen = _region_id(demo_ctx, "Kempen")
    assert demo_ctx.services.regions.next_step(kempen).text == "HQ: indienen vóór 15/01"


def test_an_untouched_conflict_keeps_coachdesk(
        qtbot, demo_ctx: AppContext, returned_workbook: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(demo_ctx, returned_workbook)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.applied == 1
    kempen = _region_id(demo_ctx, "Kempen")
    assert demo_ctx.services.regions.next_step(kempen).text == "Coach: college bellen"


def test_a_bad_file_is_explained_in_dutch(qtbot, demo_ctx: AppContext,
                                          tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "lijst.xlsx"
    bad.write_text("Regio;Fase\n", encoding="utf-8")
    dialog = ImportDialog(demo_ctx, bad)
    qtbot.addWidget(dialog)
    assert "is geen Excel-werkmap (.xlsx)" in dialog.summary.text()
    assert str(bad) in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()
    dialog.show()  # a plain message: no empty preview, no legend about conflicts
    assert not dialog.table.isVisible() and not dialog.hint.isVisible()
    assert not dialog.apply_button.isVisible() and dialog.cancel_button.text() == "Sluiten"


def test_invalid_cells_block_the_import(qtbot, demo_ctx: AppContext,
                                        tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = export(demo_ctx.services, tmp_path / "x.xlsx")
    action = first_row(path, "Acties")
    edit(path, "Acties", {"ID": action["ID"]}, {"Status": "bijna", "Omschrijving": "Nieuw"})
    dialog = ImportDialog(demo_ctx, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problems.isVisible()
    assert dialog.problems.item(0).text() == (
        "Blad 'Acties', rij 2, kolom 'Status': kies een van: open, afgerond, geannuleerd.")
    assert not dialog.apply_button.isEnabled()
    _shot(dialog, "import-invalid")


def test_import_from_the_menu_through_the_file_question(
        qtbot, demo_window, returned_workbook: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in demo_window.menus["file"].actions()
                  if a.objectName() == "importHandoff")
    monkeypatch.setattr(ImportDialog, "choose_file", classmethod(lambda cls, p, s: ""))
    action.trigger()  # the coach cancels the file question: nothing happens
    assert demo_window.statusBar().currentMessage() != "Werkmap geïmporteerd: 1 wijziging overgenomen."
    monkeypatch.setattr(ImportDialog, "choose_file",
                        classmethod(lambda cls, p, s: str(returned_workbook)))
    monkeypatch.setattr(ImportDialog, "exec", lambda self: self.apply_button.click())
    action.trigger()
    assert demo_window.statusBar().currentMessage() == (
        "Werkmap geïmporteerd: 1 wijziging overgenomen.")  # one: singular
    assert Path(demo_window.ctx.settings.get(s.LAST_IMPORT_DIR)) == returned_workbook.parent


def test_import_on_the_background_thread(qtbot, demo_services, returned_workbook: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(demo_services, synchronous=False)
    dialog = ImportDialog(ctx, returned_workbook)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=60000)
    assert len(dialog.model.lines) == 2 and dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.applied == 1
    ctx.runner.wait()


def test_the_export_remembers_the_coach_s_regions_and_the_first_says_it_is_the_first(
        qtbot, demo_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ctx = demo_window.ctx
    action = next(a for a in demo_window.menus["file"].actions()
                  if a.objectName() == "exportHandoff")

    def export_kempen_and_westhoek(self) -> None:  # type: ignore[no-untyped-def]
        for index in range(self.regions.count()):
            item = self.regions.item(index)
            item.setCheckState(Qt.CheckState.Checked if item.text() in ("Kempen", "Westhoek")
                               else Qt.CheckState.Unchecked)
        self.target.setText(str(tmp_path / "vrijdag.xlsx"))
        self.start()

    monkeypatch.setattr(ExportDialog, "exec", export_kempen_and_westhoek)
    action.trigger()
    message = demo_window.statusBar().currentMessage()
    assert "eerste export" in message and "0 wijzigingen" not in message
    again = ExportDialog(ctx)
    qtbot.addWidget(again)
    assert again.chosen_regions() == ["Kempen", "Westhoek"]  # the coach's own, remembered
    monkeypatch.setattr(ExportDialog, "exec", lambda self: self.start())
    action.trigger()
    message = demo_window.statusBar().currentMessage()
    assert "sinds de vorige export" in message and "eerste" not in message
    starts: list[str] = []
    monkeypatch.setattr(ImportDialog, "choose_file",
                        classmethod(lambda cls, p, start: starts.append(start) or ""))
    next(a for a in demo_window.menus["file"].actions()
         if a.objectName() == "importHandoff").trigger()
    assert starts == [str(tmp_path)]  # the import starts where the workbook was exported
