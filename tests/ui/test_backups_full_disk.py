"""In the window, a full disk gets one clear Dutch message naming the file, and nothing else."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from coachdesk.ui.context import AppContext
from coachdesk.ui.pages.proposals.export import ExportTarget
from coachdesk.ui.pages.proposals.page import ProposalsPage
from tests.reliability.disks import Mount, small_disk  # noqa: F401 - a fixture
from tests.reliability.records import inventory


def _first_version(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT min(id) FROM proposal_version").fetchone()[0]
    finally:
        con.close()


# python-docx leaves its half-written zip to the garbage collector, which cannot close it either.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_feedback_onto_a_full_disk(qtbot, demo_ctx: AppContext, small_disk: Mount,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    disk = small_disk("16k")
    target = disk / "feedback.docx"
    shown: list[str] = []
    monkeypatch.setattr(ExportTarget, "ask", classmethod(lambda cls, parent, folder, name: target))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    page = ProposalsPage(demo_ctx)
    qtbot.addWidget(page)
    before = inventory(demo_ctx.services.path)
    page.export_feedback(_first_version(demo_ctx.services.path))
    assert len(shown) == 1 and str(target) in shown[0] and "kan niet" in shown[0], shown
    assert list(disk.iterdir()) == []
    assert inventory(demo_ctx.services.path) == before
