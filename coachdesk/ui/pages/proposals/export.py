"""Feedback for the promotor as DOCX or PDF, and the original file in the system viewer."""

from __future__ import annotations

import atexit
import getpass
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QFileDialog, QWidget

from coachdesk.domain.feedback import FeedbackReport
from coachdesk.exchange.feedback import feedback_html

STYLE = ("body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }"
         "h1 { font-size: 17pt; color: #1f3864; } h2 { font-size: 13pt; color: #1f3864; }"
         "h3 { font-size: 11pt; } td, th, p, li { font-size: 10.5pt; }"
         "li { margin-bottom: 5px; }")


def suggested_name(report: FeedbackReport, suffix: str = ".docx") -> str:
    region = re.sub(r"[^\w-]+", "_", report.region).strip("_")
    return f"Feedback_{region}_versie{report.version_number}{suffix}"


class ExportTarget:
    """Where to write the feedback; a seam the tests replace."""

    @classmethod
    def ask(cls, parent: QWidget, folder: str, name: str) -> Path | None:
        path, chosen = QFileDialog.getSaveFileName(
            parent, parent.tr("Save feedback"), str(Path(folder) / name),
            parent.tr("Word document (*.docx);;PDF (*.pdf)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".docx", ".pdf"):
            target = target.with_suffix(".pdf" if "pdf" in chosen.lower() else ".docx")
        return target


def feedback_document(report: FeedbackReport) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(feedback_html(report))
    return document


def write_feedback_pdf(report: FeedbackReport, target: Path) -> Path:
    """Print the feedback to PDF (A4) through Qt; a temporary name first, then renamed."""
    handle, temp = tempfile.mkstemp(prefix=".feedback-", suffix=".pdf", dir=target.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temp)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)
        writer.setTitle(f"Feedback versie {report.version_number} {report.region}")
        writer.setCreator("CoachDesk")
        feedback_document(report).print_(writer)
        del writer  # finishes the file
        os.chmod(temp, 0o600)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


ORIGINALS_PREFIX = "coachdesk-original-"
KEEP_ORIGINALS_S = 24 * 3600


def remove_old_originals(now: float | None = None) -> None:
    """Copies handed to the system viewer are removed a day later: the data stay in CoachDesk."""
    now = time.time() if now is None else now
    for folder in Path(tempfile.gettempdir()).glob(ORIGINALS_PREFIX + "*"):
        try:
            if folder.is_dir() and folder.owner() == getpass.getuser() and (
                    now - folder.stat().st_mtime > KEEP_ORIGINALS_S):
                shutil.rmtree(folder, ignore_errors=True)
        except (OSError, KeyError):
            continue


_OPENED: list[Path] = []  # folders of originals handed to the viewer during this session


def remove_opened_originals() -> None:
    """When CoachDesk closes, the copies it handed to the viewer go too."""
    while _OPENED:
        shutil.rmtree(_OPENED.pop(), ignore_errors=True)


def _remove_on_quit() -> None:
    app = QCoreApplication.instance()
    if app is not None and not _OPENED:
        app.aboutToQuit.connect(remove_opened_originals)
        atexit.register(remove_opened_originals)  # also when the window is not the way out


def open_original(file_name: str, data: bytes) -> Path:
    """Write the original to a private temporary folder and hand it to the system viewer."""
    remove_old_originals()
    folder = Path(tempfile.mkdtemp(prefix=ORIGINALS_PREFIX))  # 0700 by construction
    _remove_on_quit()
    _OPENED.append(folder)
    safe = Path(file_name).name or "voorstel"
    target = folder / safe
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target
