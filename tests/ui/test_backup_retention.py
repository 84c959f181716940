"""The rotation chosen in Voorkeuren holds for every backup, the command line's import too."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from coachdesk import paths
from coachdesk.cli import main
from coachdesk.services.backups import list_backups, take_backup
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.preferences import PreferencesDialog
from tests.handoff_helpers import edit, export, first_row


def test_thirty_daily_backups_chosen_in_the_window_survive_a_command_line_import(
    qtbot, demo_ctx: AppContext, tmp_path: Path, capsys
) -> None:
    dialog = PreferencesDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.keep_daily.setValue(30)
    dialog.accept()

    database = demo_ctx.services.path
    workbook = export(demo_ctx.services, tmp_path / "overdracht.xlsx")
    action = first_row(workbook, "Acties")
    edit(workbook, "Acties", {"ID": action["ID"]}, {"Verantwoordelijke": "Hoofdkantoor"})
    demo_ctx.services.close()
    folder = paths.backup_dir()
    now = datetime.now().replace(microsecond=0)
    for days in range(30):  # one copy a day for thirty days, today's start-up copy too
        take_backup(database, folder, "daily", now - timedelta(days=days))
    before = {b.path for b in list_backups(folder, database.stem)}
    assert len(before) == 30

    assert main(["import", str(workbook), "--db", str(database)]) == 0
    assert "1 wijzigingen geïmporteerd" in capsys.readouterr().out  # Voorkeuren: Dutch

    after = list_backups(folder, database.stem)
    assert before <= {b.path for b in after}, "the import pruned copies the coach chose to keep"
    assert [b.reason for b in after].count("before-import") == 1
