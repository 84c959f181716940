"""PDF page text through QtPdf (pdfium, fast), for exchange.read_document's extract_pages."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from coachdesk.ui.pages.proposals.document_view import HAVE_QTPDF

log = logging.getLogger(__name__)


def qtpdf_pages(data: bytes, progress: Callable[[int, int], None] | None) -> list[str] | None:
    """One text per page, or None when QtPdf is missing or cannot open the file.

    Runs on the background thread: the document and its buffer are made there, unparented.
    """
    if not HAVE_QTPDF:
        return None
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready:
            log.info("QtPdf could not open the file: %s", document.error())
            return None
        count = document.pageCount()
        pages = []
        for index in range(count):
            pages.append(document.getAllText(index).text())
            if progress is not None:
                progress(index + 1, count)
        return pages
    finally:
        document.close()
        buffer.close()
