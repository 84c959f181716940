"""The next-step dialog and the stage-list editor (rename, reorder; history keeps its ids)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
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

from coachdesk.services.progress import StageRow
from coachdesk.services.regions import NextStep
from coachdesk.ui.widgets.inline_error import InlineError
from coachdesk.ui.widgets.dates import date_edit, from_qdate


class NextStepDialog(QDialog):
    def __init__(self, step: NextStep, region_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region_id = step.region_id
        self.setWindowTitle(self.tr("Next step of %1").replace("%1", region_name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.text = QLineEdit(step.text)
        self.text.setPlaceholderText(self.tr("e.g. regional meeting on the draft"))
        self.has_date = QCheckBox(self.tr("&Planned on:"))
        self.has_date.setChecked(step.on is not None)
        self.when = date_edit(step.on or date.today())
        self.when.setEnabled(step.on is not None)
        self.has_date.toggled.connect(self.when.setEnabled)
        label = QLabel(self.tr("&Next step:"))
        label.setBuddy(self.text)
        form.addRow(label, self.text)
        form.addRow(self.has_date, self.when)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def step(self) -> NextStep:
        on = from_qdate(self.when.date()) if self.has_date.isChecked() else None
        return NextStep(self.region_id, self.text.text().strip(), on)


class StageListDialog(QDialog):
    """Rename stages in place (F2) and move them up or down; ids stay, so history stays."""

    def __init__(self, stages: list[StageRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stages"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Rename a stage with F2, reorder with the buttons. Stage changes "
                               "already recorded keep pointing to the same stage."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._list_row(stages))
        self.error = InlineError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.list.setCurrentRow(0)

    def _list_row(self, stages: list[StageRow]) -> QHBoxLayout:
        row = QHBoxLayout()
        self.list = QListWidget()
        for st in stages:
            item = QListWidgetItem(st.name)
            item.setData(Qt.ItemDataRole.UserRole, st.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        row.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move d&own"))
        side.addWidget(self.up)
        side.addWidget(self.down)
        side.addStretch(1)
        row.addLayout(side)
        return row

    def ordered(self) -> list[tuple[int, str]]:
        return [(int(self.list.item(i).data(Qt.ItemDataRole.UserRole)), self.list.item(i).text())
                for i in range(self.list.count())]

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def _on_save(self) -> None:
        names = [name.strip().casefold() for _i, name in self.ordered()]
        if any(not n for n in names):
            self.error.setText(self.tr("Every stage needs a name."))
        elif len(set(names)) != len(names):
            self.error.setText(self.tr("Two stages have the same name."))
        else:
            self.accept()
