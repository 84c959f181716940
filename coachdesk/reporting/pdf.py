"""Write the progress report as an A4 PDF with Qt's own painting (QPdfWriter + QPainter).

Needs a QGuiApplication (the command line makes one with the offscreen platform); uses no
widgets. The file is written through QSaveFile: it appears whole or not at all.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSaveFile
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from coachdesk import __version__
from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.messages import Translate
from coachdesk.domain.progress import NoProgress, ProgressSink
from coachdesk.domain.report import ReportData
from coachdesk.reporting import pages
from coachdesk.reporting.canvas import MARGIN, Canvas
from coachdesk.reporting.texts import Words

RESOLUTION = 600  # dots per inch: positions in the PDF are exact, whatever the viewer's zoom


def write_report(path: Path, data: ReportData, translate: Translate,
                 progress: ProgressSink | None = None) -> Path:
    """Paint `data` into a PDF at `path` with the words of `translate` (the report's
    language); a failure or a cancel leaves no file behind."""
    path = Path(path)
    sink = progress or NoProgress()
    if path.is_dir():
        raise CoachDeskError("report.is_folder", file=str(path), reason="is_folder")
    if not path.parent.is_dir():
        raise CoachDeskError("report.no_folder", file=str(path), reason="no_folder")
    target = QSaveFile(str(path))
    if not target.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise CoachDeskError("report.read_only", file=str(path), reason="read_only")
    try:
        _paint(target, data, Words(translate), sink)
    except BaseException:
        target.cancelWriting()
        target.commit()  # discards the temporary file
        raise
    if not target.commit():
        raise CoachDeskError("report.locked", file=str(path), reason="locked")
    os.chmod(path, 0o600)
    return path


def _writer(device: QSaveFile, data: ReportData, words: Words) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(f"{words('title')}: {words('state_on', day=words.day(data.end))}")
    writer.setCreator(f"CoachDesk {__version__}")
    writer.setAuthor(data.coach or "CoachDesk")
    return writer


def _paint(device: QSaveFile, data: ReportData, words: Words, sink: ProgressSink) -> None:
    writer = _writer(device, data, words)
    painter = QPainter()
    if not painter.begin(writer):
        raise CoachDeskError("report.not_started", reason="unreadable")
    try:
        c = Canvas(painter, writer)
        rows = pages.change_rows(c, data, words)
        change_pages = pages.paginate(rows, MARGIN + 78)
        region_pages = [data.regions[i:i + 2] for i in range(0, len(data.regions), 2)]
        total = 1 + len(region_pages) + len(change_pages)
        number = 1
        pages.overview(c, data, words)
        pages.guide(c, data, words, len(region_pages), len(change_pages))
        pages.footer(c, data, words, number, total)
        for pair in region_pages:
            sink.report(number, total, pair[0].name)
            sink.check()
            writer.newPage()
            number += 1
            for index, part in enumerate(pair):
                top = MARGIN + index * pages.HALF
                if index:
                    c.hline(MARGIN, top - 10, pages.WIDTH, pages.RULE, 1.0)
                pages.region_half(c, top, part, data, words)
            pages.criteria_key(c, data, words)
            pages.footer(c, data, words, number, total)
        for index, indexes in enumerate(change_pages):
            sink.check()
            writer.newPage()
            number += 1
            pages.changes_page(c, data, words, rows, indexes, first=index == 0)
            pages.footer(c, data, words, number, total)
        sink.report(total, total, "")
    finally:
        painter.end()
