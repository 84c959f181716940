"""Move a region to another stage (or correct an entry): date, reason, optional evidence."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.regions import stage_label
from coachdesk.services.progress import Evidence, StageChangeInput, StageChangeRow, StageRow
from coachdesk.ui.context import AppContext
from coachdesk.ui.pages.regions.forms import error_text
from coachdesk.ui.widgets.inline_error import InlineError, with_error
from coachdesk.ui.widgets.dates import date_edit, format_date, from_qdate


class StageChangeDialog(QDialog):
    """Refuses a future date, a date before the previous change and an empty reason, inline."""

    def __init__(self, ctx: AppContext, region_id: int, region_name: str,
                 corrects: StageChangeRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.region_id, self.corrects = ctx, region_id, corrects
        self.setWindowTitle(self.tr("Correct a stage change") if corrects
                            else self.tr("Change stage"))
        self.stages: list[StageRow] = ctx.services.progress.stages()
        current_id, since = ctx.services.progress.current(region_id)
        self._build(region_name, current_id, since)
        self._fill_evidence(ctx.services.progress.evidence_options(region_id))
        self.reason.setFocus()

    def _build(self, region_name: str, current_id: int, since: date | None) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self._intro(region_name, current_id, since)))
        layout.addLayout(self._form(current_id))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Ctrl+Enter"))
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # saves from any field, the reason too
            QShortcut(QKeySequence(keys), self, activated=self._on_save)
        self.when.dateChanged.connect(lambda _d: self.date_error.setText(""))
        self.stage.currentIndexChanged.connect(lambda _i: self.stage_error.setText(""))
        self.reason.textChanged.connect(lambda: self.reason_error.setText(""))

    def _form(self, current_id: int) -> QFormLayout:
        self.stage = QComboBox()
        for st in self.stages:
            self.stage.addItem(f"{st.position} · {self._name(st)}", st.id)
            self.stage.setItemData(self.stage.count() - 1, st.description,
                                   Qt.ItemDataRole.ToolTipRole)
        self.stage.setCurrentIndex(self._default_index(current_id))
        self.when = date_edit(self.corrects.changed_on if self.corrects else date.today())
        self.reason = QPlainTextEdit(self.corrects.reason if self.corrects else "")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.reason.setPlaceholderText(self.tr("Why does the region move? e.g. college decision"))
        self.evidence = QComboBox()
        self.evidence.setMinimumContentsLength(40)
        self.stage_error, self.date_error, self.reason_error = (InlineError() for _ in range(3))
        form = QFormLayout()
        for text, widget, error in ((self.tr("To &stage:"), self.stage, self.stage_error),
                                    (self.tr("&Date:"), self.when, self.date_error),
                                    (self.tr("&Reason:"), self.reason, self.reason_error),
                                    (self.tr("&Evidence:"), self.evidence, None)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, with_error(widget, error) if error else widget)
        return form

    def _intro(self, region_name: str, current_id: int, since: date | None) -> str:
        stage = next((self._name(s) for s in self.stages if s.id == current_id), "")
        if self.corrects:
            text = self.tr("%1: correct the entry of %2 (%3). The wrong entry stays in the "
                           "history, marked as corrected.")
            return (text.replace("%1", region_name)
                    .replace("%2", format_date(self.corrects.changed_on))
                    .replace("%3", stage_label(self.corrects.to_stage, self.ctx.lang)))
        if since is None:
            return self.tr("%1 is at %2.").replace("%1", region_name).replace("%2", stage)
        return (self.tr("%1 is at %2 since %3.").replace("%1", region_name)
                .replace("%2", stage).replace("%3", format_date(since)))

    def _name(self, stage: StageRow) -> str:
        return stage_label(stage.name, self.ctx.lang, stage.key)

    def _default_index(self, current_id: int) -> int:
        if self.corrects:
            wanted = self.corrects.to_stage_id
            return next((i for i, s in enumerate(self.stages) if s.id == wanted), 0)
        index = next((i for i, s in enumerate(self.stages) if s.id == current_id), -1)
        return min(index + 1, len(self.stages) - 1)

    def _fill_evidence(self, options: list[Evidence]) -> None:
        self.evidence.addItem(self.tr("(none)"), None)
        for option in options:
            prefix = self.tr("Version") if option.kind == "version" else ""
            text = f"{option.on:%d/%m/%Y}  {prefix} {option.label}".replace("  ", " ", 1)
            self.evidence.addItem(text.strip(), (option.kind, option.id))

    def change(self) -> StageChangeInput:
        picked = self.evidence.currentData()
        moment = picked[1] if picked and picked[0] == "moment" else None
        version = picked[1] if picked and picked[0] == "version" else None
        return StageChangeInput(
            self.region_id, int(self.stage.currentData()), from_qdate(self.when.date()),
            self.reason.toPlainText(), moment, version,
            self.corrects.id if self.corrects else None)

    def stage_name(self) -> str:
        return self.stage.currentText().split(" · ", 1)[-1]

    def _on_save(self) -> None:
        for label in (self.stage_error, self.date_error, self.reason_error):
            label.setText("")
        try:
            self.ctx.services.progress.check_change(self.change())
        except ValidationError as exc:
            label, field = {"reason": (self.reason_error, self.reason),
                            "stage": (self.stage_error, self.stage)}.get(
                                exc.field, (self.date_error, self.when))
            label.setText(error_text(exc))
            field.setFocus()
            return
        self.accept()
