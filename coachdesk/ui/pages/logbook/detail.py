"""One contact moment in full: who took part, the whole report, the actions that followed."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from coachdesk.domain.vocabulary import ActionStatus, ContactKind
from coachdesk.services.actions import ActionRow
from coachdesk.services.logbook import MomentRow
from coachdesk.ui.context import AppContext
from coachdesk.ui.models.table import format_value
from coachdesk.ui.pages.logbook.model import unmark


class MomentDetail(QDialog):
    def __init__(self, ctx: AppContext, row: MomentRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(unmark(row.subject))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setObjectName("momentDetail")
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        draft = ctx.services.logbook.moment(row.id)
        actions = ctx.services.actions.actions_of_moment(row.id)
        self.text.setHtml(self._html(ctx.lang, row, draft.report, actions))

    def _html(self, lang: str, row: MomentRow, report: str, actions: list[ActionRow]) -> str:
        kind = ContactKind(row.kind).label(lang)
        who_label = self.tr("Participants")
        nobody = self.tr("none recorded")
        follow_up = self.tr("Follow-up actions")
        lines = [f"<h3>{html.escape(unmark(row.subject))}</h3>",
                 f"<p><b>{format_value(row.happened_on)}</b> · {html.escape(kind)}"
                 f"{' · ' + html.escape(row.region_name) if row.region_name else ''}</p>",
                 f"<p><b>{who_label}:</b> {html.escape(row.participants) or nobody}</p>",
                 "<p>" + html.escape(report).replace("\n", "<br>") + "</p>"]
        if actions:
            lines.append(f"<p><b>{follow_up}</b></p><ul>")
            for a in actions:
                status = ActionStatus(a.status).label(lang)
                due = format_value(a.due_on)
                lines.append(f"<li>{html.escape(a.description)} — {html.escape(a.owner)} "
                             f"({due}, {html.escape(status)})</li>")
            lines.append("</ul>")
        return "".join(lines)
