"""A page that, until its feature lands, tells the truth about what the database holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coachdesk.ui.context import AppContext
from coachdesk.ui.operations import QueryOp
from coachdesk.ui.pages.base import Page
from coachdesk.ui.widgets.page_header import PageHeader


class CountPage(Page):
    """Shows a count of one kind of record; subclasses give the key and the sentence."""

    count_key = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.header = PageHeader(self.title())
        layout.addWidget(self.header)
        self.message = QLabel()
        self.message.setObjectName("emptyState")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message, 1)

    def sentence(self, count: int) -> str:
        raise NotImplementedError

    def reload(self) -> None:
        QueryOp(self.ctx, self.ctx.services.maintenance.counts).success(self._show).run()

    def _show(self, counts: dict[str, int]) -> None:
        self.message.setText(self.sentence(counts.get(self.count_key, 0)))
        self.loaded.emit()
