"""The error path and the background runner: nothing fails silently, results come back."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from coachdesk.domain.errors import ValidationError
from coachdesk.ui.errors import ErrorDialog, ErrorReporter, setup_logging
from coachdesk.ui.tasks import Cancelled, Progress, TaskRunner
from tests.platforms import private


def test_unexpected_error_is_logged_and_shown_with_details(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_path = setup_logging(tmp_path / "logs")
    shown: dict[str, str] = {}
    monkeypatch.setattr(ErrorDialog, "ask", classmethod(
        lambda cls, details, log, parent=None: shown.update(details=details)
    ))
    reporter = ErrorReporter(log_path)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        reporter.excepthook(type(exc), exc, exc.__traceback__)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "ZeroDivisionError: boom" in shown["details"]
    assert "ZeroDivisionError: boom" in log_path.read_text(encoding="utf-8")
    assert private(log_path)


def test_error_dialog_offers_copyable_details(qtbot) -> None:
    dialog = ErrorDialog("Traceback: details here", Path("/tmp/x.log"))
    qtbot.addWidget(dialog)
    assert dialog.details.toPlainText() == "Traceback: details here"
    assert dialog.details.isReadOnly()


def test_expected_error_is_a_plain_message(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: seen.append(text))
    ErrorReporter()(ValidationError("Het onderwerp is leeg.", field="subject"))
    assert seen == ["Het onderwerp is leeg."]


def test_an_expected_error_is_shown_in_dutch_from_its_code(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coachdesk.domain.errors import FileFormatError

    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: seen.append(text))
    ErrorReporter()(FileFormatError("workbook.missing_column", file="overdracht.xlsx",
                                    sheet="Acties", column="Status"))
    assert seen == ["overdracht.xlsx: het blad 'Acties' heeft geen kolom 'Status' in de "
                    "eerste rij."]


def test_runner_does_work_off_the_gui_thread_and_returns_the_result(qtbot) -> None:
    failures: list[BaseException] = []
    runner = TaskRunner(failures.append)
    results: list[object] = []
    gui_thread = threading.get_ident()
    task = runner.submit(lambda: threading.get_ident(), on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results and results[0] != gui_thread
    assert task.done and not failures


def test_runner_hands_failures_to_the_error_path(qtbot) -> None:
    failures: list[BaseException] = []
    runner = TaskRunner(failures.append)

    def broken() -> None:
        raise RuntimeError("database locked")

    runner.submit(broken)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert [str(f) for f in failures] == ["database locked"]


def test_a_cancelled_task_stops_and_reports_cancelled(qtbot) -> None:
    failures: list[BaseException] = []
    runner = TaskRunner(failures.append)
    started = threading.Event()
    release = threading.Event()

    def long_job(progress: Progress) -> int:
        started.set()
        release.wait(5)
        progress.check()
        return 42

    task = runner.submit(long_job, with_progress=True)
    assert started.wait(5)
    task.progress.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert len(failures) == 1 and isinstance(failures[0], Cancelled)
