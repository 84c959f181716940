"""File > Progress report: choose regions, period, privacy and language; paint in the background."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from coachdesk.application.translations import translator
from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.progress import ProgressSink
from coachdesk.domain.report import ReportOptions
from coachdesk.reporting.pdf import write_report
from coachdesk.services.container import Services
from coachdesk.ui import settings as s
from coachdesk.ui.collation import collated
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.modal import run_modal
from coachdesk.ui.errors import error_text
from coachdesk.ui.operations import QueryOp
from coachdesk.ui.tasks import Task
from coachdesk.ui.widgets.dates import date_edit, from_qdate

PERIOD_DAYS = 91


def make_report(services: Services, target: Path, options: ReportOptions,
                progress: ProgressSink) -> Path:
    """Gather and paint, both on the database thread; the file appears whole or not at all."""
    data = services.report.gather(options, progress)
    return write_report(target, data, translator(options.lang), progress)


class ReportDialog(QDialog):
    """`written` holds the PDF's path once the report is made."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.written: Path | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Progress report"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A PDF for the steering group: where each region stands, the road "
                               "so far month by month, the stalled regions, half a page per "
                               "region and what changed in the period."))
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
        self.make_button = buttons.addButton(self.tr("&Make report"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.setDefault(True)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        self.regions = QListWidget()
        self.regions.setObjectName("regions")
        for name in collated(self.ctx.services.handoff.region_names()):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.regions.addItem(item)
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
        today = date.today()
        self.start_edit = date_edit(today - timedelta(days=PERIOD_DAYS))
        self.end_edit = date_edit(today)
        period = QHBoxLayout()
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end_edit)
        period.addStretch(1)
        since = QLabel(self.tr("&Changes from:"))
        since.setBuddy(self.start_edit)
        form.addRow(since, period)
        self.anonymous = QCheckBox(self.tr("&Without personal data (names of people become "
                                           "their organisation, in free text too)"))
        self.anonymous.setChecked(True)
        form.addRow("", self.anonymous)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if self.ctx.lang == "en" else 0)
        form.addRow(self.tr("&Language:"), self.language)
        self.target = QLineEdit(str(self._default_target()))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.target)
        form.addRow(file_label, row)
        return form

    def _default_target(self) -> Path:
        folder = self.ctx.settings.get(s.LAST_EXPORT_DIR) or str(Path.home())
        return Path(folder) / f"voortgangsrapport-{date.today():%Y-%m-%d}.pdf"

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
        path, _ = QFileDialog.getSaveFileName(parent, parent.tr("Progress report"), start,
                                              parent.tr("PDF document (*.pdf)"))
        return path

    def browse(self) -> None:
        path = self.choose_file(self, self.target.text())
        if path:
            self.target.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def options(self) -> ReportOptions:
        chosen = self.chosen_regions()
        every = len(chosen) == self.regions.count()
        return ReportOptions(
            regions=() if every else tuple(chosen), start=from_qdate(self.start_edit.date()),
            end=from_qdate(self.end_edit.date()), personal_data=not self.anonymous.isChecked(),
            lang=str(self.language.currentData()),
            stalled_days=self.ctx.settings.get(s.STALLED_DAYS))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def start(self) -> None:
        """Check the choices, then make the report in the background with progress and cancel."""
        target = Path(self.target.text().strip()).expanduser()
        options = self.options()
        if not self.chosen_regions():
            self.show_message(self.tr("Choose at least one region."))
            return
        if target.suffix.lower() != ".pdf":
            self.show_message(self.tr("The file name must end in .pdf."))
            return
        if options.start and options.end and options.start > options.end:
            self.show_message(self.tr("The period must start before it ends."))
            return
        self.show_message("")
        self.make_button.setEnabled(False)
        op = QueryOp(self.ctx, make_report, self.ctx.services, target, options)
        op.with_progress(self, self.tr("Making the progress report…")).success(self._done) \
            .failure(self._failed).cancelled(self._cancelled)
        self.task = op.run()

    def _done(self, path: Path) -> None:
        self.written = path
        self.ctx.settings.set(s.LAST_EXPORT_DIR, str(path.parent))
        self.accept()

    def _cancelled(self) -> None:
        self.make_button.setEnabled(True)
        self.show_message(self.tr("Report cancelled; no file was written."))

    def _failed(self, exc: BaseException) -> None:
        self.make_button.setEnabled(True)
        if isinstance(exc, CoachDeskError):
            self.show_message(error_text(exc))
        else:
            self.ctx.errors(exc)

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> Path | None:
        dialog = cls(ctx, parent)
        run_modal(dialog)
        return dialog.written
