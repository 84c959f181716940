"""File > Voortgangsrapport: regions, period, privacy and language; made in the background."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from coachdesk.ui.context import AppContext
from coachdesk.ui.features.report import dialog as report_dialog
from coachdesk.ui.features.report.dialog import ReportDialog
from tests.ui.conftest import make_ctx, screenshot_dir

SHOTS = screenshot_dir()


def test_file_menu_offers_the_progress_report(demo_window) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text().replace("&", "") for a in demo_window.menus["file"].actions()]
    assert "Voortgangsrapport…" in texts


def test_report_of_chosen_regions_in_english(qtbot, demo_ctx: AppContext,
                                            tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.anonymous.isChecked()  # no personal data unless asked for
    dialog.check_all(False)
    for index in range(dialog.regions.count()):
        item = dialog.regions.item(index)
        if item.text() in ("Kempen", "Limburg"):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.target.clear()
    target = tmp_path / "report.pdf"
    qtbot.keyClicks(dialog.target, str(target))
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "report-dialog.png"))
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.written == target
    pages = [p.extract_text().replace("\t", " ") for p in PdfReader(target).pages]
    assert "Progress report, call 41" in pages[0] and "without personal data" in pages[0]
    assert "Kempen" in pages[1] and "Limburg" in pages[1] and len(pages) == 3


def test_the_report_is_made_on_the_background_thread(qtbot, demo_services,
                                                     tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(demo_services, synchronous=False)
    dialog = ReportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.target.setText(str(tmp_path / "bg.pdf"))
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(tmp_path / "bg.pdf").pages) >= 11
    ctx.runner.wait()


def test_a_cancelled_report_says_so_and_leaves_nothing(
        qtbot, demo_ctx: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    real = report_dialog.write_report

    def cancel_at_once(path, data, translate, progress):  # type: ignore[no-untyped-def]
        progress.cancel()  # as the coach pressing Cancel in the progress dialog
        return real(path, data, translate, progress)

    monkeypatch.setattr(report_dialog, "write_report", cancel_at_once)
    dialog = ReportDialog(demo_ctx)
    qtbot.addWidget(dialog)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.target.setText(str(folder / "r.pdf"))
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Rapport geannuleerd; er werd geen bestand geschreven."
    assert list(folder.iterdir()) == [] and dialog.make_button.isEnabled()


def test_a_missing_folder_and_a_wrong_name_are_explained(
        qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.target.setText(str(tmp_path / "r.docx"))
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "De bestandsnaam moet eindigen op .pdf."
    dialog.target.setText(str(tmp_path / "nowhere" / "r.pdf"))
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().endswith("kan niet geschreven worden: de map bestaat niet.")
    assert dialog.written is None
