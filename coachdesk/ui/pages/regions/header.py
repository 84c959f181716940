"""The region page's header: name, stage with its progress, network leader, next step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.regions import stage_label
from coachdesk.services.dashboard import DashboardRow
from coachdesk.ui.widgets.dates import format_date


class RegionHeader(QWidget):
    """`title` is the region's name; `stage`, `leader` and `next_step` are labels tests read."""

    def __init__(self, lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        # Minimum, not Maximum: a next step that wraps to more lines makes the header taller
        # (Maximum would cap it at its preferred height at another width, and clip the text).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 6)
        top = QHBoxLayout()
        self.title = QLabel(self.tr("Regions"))
        self.title.setObjectName("pageTitle")
        top.addWidget(self.title)
        top.addStretch(1)
        self.change_stage_button = QPushButton(self.tr("Change &stage…"))
        self.next_step_button = QPushButton(self.tr("Ne&xt step…"))
        self.new_action_button = QPushButton(self.tr("New &action…"))
        top.addWidget(self.change_stage_button)
        top.addWidget(self.next_step_button)
        top.addWidget(self.new_action_button)
        outer.addLayout(top)
        outer.addLayout(self._facts())

    def _facts(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.stage = QLabel()
        self.stage.setObjectName("regionStage")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedSize(140, 10)
        self.leader = QLabel()
        self.last_contact = QLabel()
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        for column, (caption, widget) in enumerate(
                ((self.tr("Stage"), self.stage), (self.tr("Network leader"), self.leader),
                 (self.tr("Last contact"), self.last_contact),
                 (self.tr("Next step"), self.next_step))):
            label = QLabel(caption)
            label.setObjectName("pageSubtitle")
            grid.addWidget(label, 0, column)
            # The next step may wrap: let it use the progress bar's row too.
            rows = 2 if widget is self.next_step else 1
            grid.addWidget(widget, 1, column, rows, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.progress, 2, 0)
        grid.setColumnStretch(3, 1)
        return grid

    def show_row(self, row: DashboardRow) -> None:
        self.title.setText(row.name)
        since = format_date(row.stage_since)
        stage = f"{row.stage_position} · {stage_label(row.stage_name, self.lang)}"
        if since:
            text = self.tr("%1, since %2 (%n day(s))", "", row.days_in_stage or 0)
            stage = text.replace("%1", stage).replace("%2", since)
        self.stage.setText(stage)
        self.progress.setRange(0, max(row.last_position, 1))
        self.progress.setValue(row.stage_position)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.leader.setText(row.leader or self.tr("none yet"))
        self.last_contact.setText(self._last_contact(row))
        if row.next_step or row.next_step_date:
            when = format_date(row.next_step_date)
            if row.next_step_date and row.next_step_date < date.today():
                when = "⚠ " + self.tr("%1 (past)").replace("%1", when)
            self.next_step.setText(" — ".join(p for p in (when, row.next_step) if p))
        else:
            self.next_step.setText(self.tr("not planned"))

    def _last_contact(self, row: DashboardRow) -> str:
        if row.last_contact is None:
            return self.tr("none yet")
        text = self.tr("%1 (%n day(s) ago)", "", row.days_since_contact or 0)
        text = text.replace("%1", format_date(row.last_contact))
        stalled = self.tr("stalled")
        return f"⚠ {text} · {stalled}" if row.stalled else text
