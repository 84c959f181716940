"""File > Export for headquarters: choose regions and privacy, then write with progress and cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.handoff import ExportOptions
from coachdesk.exchange.workbook_writer import write_handoff
from coachdesk.services.handoff import ExportResult
from coachdesk.ui import settings as s
from coachdesk.ui.collation import collated
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.modal import run_modal
from coachdesk.ui.operations import QueryOp
from coachdesk.ui.features.handoff.messages import HandoffMessages
from coachdesk.ui.tasks import Task


class ExportDialog(QDialog):
    """`result` holds the written workbook once the export succeeded."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: ExportResult | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Export for headquarters"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Writes the workbook headquarters opens in Excel: one sheet per "
                               "kind of record, with what changed since your last export."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_form())
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a61b1b;")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("&Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 600)
        self._load_regions()

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        self.regions = QListWidget()
        self.regions.setObjectName("regions")
        picks = QHBoxLayout()
        for text, state in ((self.tr("&All"), True), (self.tr("&None"), False)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, on=state: self.check_all(on))
            picks.addWidget(button)
        picks.addStretch(1)
        box = QVBoxLayout()
        box.addWidget(self.regions)
        box.addLayout(picks)
        label = QLabel(self.tr("&Regions:"))
        label.setBuddy(self.regions)
        form.addRow(label, box)
        self.anonymous = QCheckBox(self.tr("&Without personal data (names of people become "
                                           "their organisation; no contact persons sheet)"))
        self.anonymous.setChecked(True)
        form.addRow("", self.anonymous)
        self.coach = QLineEdit(self.ctx.settings.get(s.COACH_NAME))
        self.coach.setPlaceholderText(self.tr("your name, as headquarters knows you"))
        form.addRow(self.tr("&Coach:"), self.coach)
        self.target = QLineEdit(str(self._default_target()))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.target)  # a row of widgets gets no buddy by itself: "&File:" would show
        form.addRow(label, row)
        return form

    def _default_target(self) -> Path:
        folder = self.ctx.settings.get(s.LAST_EXPORT_DIR) or str(Path.home())
        return Path(folder) / f"coachdesk-overdracht-{date.today():%Y-%m-%d}.xlsx"

    def _load_regions(self) -> None:
        """Every region; those of the last export (the coach's own) ticked, or all at first."""
        own = set(filter(None, self.ctx.settings.get(s.OWN_REGIONS).split("\n")))
        names = self.ctx.services.handoff.region_names()
        if not own.intersection(names):
            own = set(names)
        for name in collated(names):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in own else Qt.CheckState.Unchecked)
            self.regions.addItem(item)
        if not self.coach.text():
            self.coach.setText(self.ctx.services.handoff.coach())

    def check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for index in range(self.regions.count()):
            self.regions.item(index).setCheckState(state)

    def chosen_regions(self) -> list[str]:
        items = [self.regions.item(i) for i in range(self.regions.count())]
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    @classmethod
    def choose_file(cls, parent: QWidget, start: str) -> str:
        """The save-file question; tests replace it."""
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ExportDialog", "Export for headquarters"), start,
            QCoreApplication.translate("ExportDialog", "Excel workbook (*.xlsx)"))
        return path

    def browse(self) -> None:
        path = self.choose_file(self, self.target.text())
        if path:
            self.target.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def options(self) -> ExportOptions:
        chosen = self.chosen_regions()
        every = len(chosen) == self.regions.count()
        return ExportOptions(regions=() if every else tuple(chosen),
                             personal_data=not self.anonymous.isChecked(),
                             coach=self.coach.text().strip())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def start(self) -> None:
        """Check the choices, then export in the background with a cancellable progress."""
        target = Path(self.target.text().strip()).expanduser()
        if not self.chosen_regions():
            self.show_message(self.tr("Choose at least one region."))
            return
        if target.suffix.lower() != ".xlsx":
            self.show_message(self.tr("The file name must end in .xlsx."))
            return
        self.show_message("")
        self.export_button.setEnabled(False)
        self.ctx.settings.set(s.COACH_NAME, self.coach.text().strip())
        op = QueryOp(self.ctx, self.ctx.services.handoff.export, target, self.options(),
                     write_handoff)
        self.task = op.with_progress(self, self.tr("Exporting the workbook…")) \
            .success(self._done).failure(self._failed).cancelled(self._cancelled).run()

    def _done(self, result: ExportResult) -> None:
        self.result = result
        self.ctx.settings.set(s.LAST_EXPORT_DIR, str(result.path.parent))
        self.ctx.settings.set(s.OWN_REGIONS, "\n".join(self.chosen_regions()))
        self.accept()

    def _cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self.show_message(self.tr("Export cancelled; no file was written."))

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, Exception) and hasattr(exc, "params"):
            self.show_message(HandoffMessages().error(exc))
        else:
            self.ctx.errors(exc)

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> ExportResult | None:
        dialog = cls(ctx, parent)
        run_modal(dialog)
        return dialog.result
