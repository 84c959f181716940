"""The document beside the review: PDF pages through QtPdf, a DOCX as its text with headings."""

from __future__ import annotations

import html

import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from coachdesk.domain.documents import PAGE_BREAK, Block, DocumentText

try:  # QtPdf comes with the PySide6-Addons wheel; without it, PDFs show their text per page
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installation
    HAVE_QTPDF = False


def blocks_html(blocks: tuple[Block, ...] | list[Block]) -> str:
    parts = []
    for b in blocks:
        text = html.escape(b.text)
        if b.is_heading:
            level = min(b.level + 1, 4)
            parts.append(f"<h{level}>{text}</h{level}>")
        else:
            parts.append(f"<p>{text}</p>")
    return "".join(parts)


class DocumentPane(QWidget):
    """Shows one version; `location_changed(text)` names the page or section in view."""

    location_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        self.text_view = QTextBrowser()
        self.text_view.setObjectName("documentText")
        self.text_view.setOpenLinks(False)
        self.notice = QLabel()
        self.notice.setObjectName("emptyState")
        self.notice.setWordWrap(True)
        self.stack.addWidget(self.text_view)
        self.stack.addWidget(self.notice)
        self.pdf_view = None
        self._buffer: QBuffer | None = None
        self._pdf = None
        if HAVE_QTPDF:
            self._pdf = QPdfDocument(self)
            self.pdf_view = QPdfView()
            self.pdf_view.setDocument(self._pdf)
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            # A bound slot, not a lambda: Qt drops it when this view is destroyed, while
            # the navigator may still report a page change during that destruction.
            self.pdf_view.pageNavigator().currentPageChanged.connect(self._on_page_changed)
            self.stack.addWidget(self.pdf_view)
        layout.addWidget(self.stack)

    def _on_page_changed(self, page: int) -> None:
        self.location_changed.emit(f"p. {page + 1}")

    def show_pdf(self, data: bytes, document: DocumentText | None) -> bool:
        """Render the PDF's pages; False (and its text shown) if QtPdf cannot load it."""
        if self._pdf is not None and self.pdf_view is not None:
            self._pdf.close()
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._pdf.load(self._buffer)
            if self._pdf.status() == QPdfDocument.Status.Ready:
                self.stack.setCurrentWidget(self.pdf_view)
                return True
        self.show_pdf_text(document.text if document else "")
        return False

    def show_pdf_text(self, text: str) -> None:
        pages = text.split(PAGE_BREAK) if text else []
        page_title = self.tr("Page %1")
        parts = [f"<h3>{html.escape(page_title.replace('%1', str(n)))}</h3>"
                 + "".join(f"<p>{html.escape(line)}</p>" for line in page.splitlines() if line)
                 for n, page in enumerate(pages, 1)]
        self._show_html("<hr/>".join(parts))

    def show_blocks(self, blocks: tuple[Block, ...] | list[Block]) -> None:
        self._show_html(blocks_html(blocks))

    def _show_html(self, markup: str) -> None:
        if not markup:
            self.show_notice(self.tr("No text available: open the original to read it."))
            return
        self.text_view.setHtml(markup)
        self.stack.setCurrentWidget(self.text_view)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.stack.setCurrentWidget(self.notice)

    def go_to(self, location: str) -> bool:
        """Show a comment's place: 'p. 3' in a PDF, or a heading's text in a DOCX."""
        match = re.fullmatch(r"\s*p\.?\s*(\d+)\s*", location)
        if match and self.shows_pdf() and self.pdf_view is not None:
            page = int(match.group(1)) - 1
            if 0 <= page < self.page_count():
                self.pdf_view.pageNavigator().jump(page, QPointF(), 0)
                return True
            return False
        if not location.strip() or self.stack.currentWidget() is not self.text_view:
            return False
        self.text_view.moveCursor(self.text_view.textCursor().MoveOperation.Start)
        found = self.text_view.find(location.strip(), QTextDocument.FindFlag(0))
        if found:
            self.text_view.ensureCursorVisible()
        return found

    def page_count(self) -> int:
        return self._pdf.pageCount() if self._pdf is not None else 0

    def shows_pdf(self) -> bool:
        return self.pdf_view is not None and self.stack.currentWidget() is self.pdf_view

    def shown_text(self) -> str:
        if self.stack.currentWidget() is self.notice:
            return self.notice.text()
        return self.text_view.toPlainText()
