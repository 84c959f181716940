"""The import preview in Dutch: a formula shown as a formula, a stranger's workbook refused."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from coachdesk.services.container import Services
from coachdesk.ui.context import AppContext
from coachdesk.ui.features.handoff.import_dialog import ImportDialog
from tests.handoff_helpers import export


def test_a_formula_is_shown_as_a_formula(qtbot, demo_ctx: AppContext,
                                         tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = export(demo_ctx.services, tmp_path / "x.xlsx")
    wb = load_workbook(path)
    wb["Acties"]["C2"] = "=UPPER(B2)"
    wb.save(path)
    dialog = ImportDialog(demo_ctx, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problems.item(0).text() == (
        "Blad 'Acties', rij 2, kolom 'Omschrijving': de cel bevat de formule =UPPER(B2), "
        "bewaard zonder berekende waarde; typ de waarde zelf.")
    assert not dialog.apply_button.isEnabled()


def test_another_coachs_workbook_is_refused_in_one_sentence(
        qtbot, demo_ctx: AppContext, services: Services,
        tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = export(services, tmp_path / "an.xlsx", coach="An")
    dialog = ImportDialog(demo_ctx, path)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == (
        f"{path} werd geëxporteerd uit de database van een andere coach (An); CoachDesk "
        "importeert alleen werkmappen die uit deze database geëxporteerd zijn, dus er werd "
        "niets geïmporteerd.")
    assert not dialog.problems.isVisible() and not dialog.apply_button.isEnabled()
