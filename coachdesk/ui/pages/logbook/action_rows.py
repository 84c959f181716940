"""Follow-up actions typed in the log form: description, owner, due date per row."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.logbook import ActionDraft
from coachdesk.ui.widgets.dates import date_edit, from_qdate
from coachdesk.ui.widgets.names import name_completer, set_names

def to_date(edit: QDateEdit) -> date:
    return from_qdate(edit.date())


class ActionRows(QWidget):
    """Rows of (description, owner, due date); empty rows are ignored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        for column, text in enumerate((self.tr("Action"), self.tr("Owner"), self.tr("Due on"))):
            self.grid.addWidget(QLabel(text), 0, column)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 1)
        outer.addLayout(self.grid)
        self.existing = QLabel()
        self.existing.setWordWrap(True)
        self.existing.setVisible(False)
        outer.addWidget(self.existing)
        self.add_button = QPushButton(self.tr("&Add action"))
        self.add_button.setObjectName("addAction")
        self.add_button.setAutoDefault(False)
        outer.addWidget(self.add_button)
        self.rows: list[tuple[QLineEdit, QLineEdit, QDateEdit]] = []
        self.owner_names: list[str] = []
        self._completers: list[QCompleter] = []
        self.base_date = date.today()
        # On press, not click: Alt+letter "clicks" 100 ms later, and a quick typist's first
        # letters would land in the field left behind.
        self.add_button.pressed.connect(self.add_row)
        self._show_headers(False)

    def set_existing(self, descriptions: list[str]) -> None:
        """Actions already stored for this moment: shown, not edited here (see Acties)."""
        self.existing.setText(self.tr("Already planned: %1").replace("%1", "; ".join(descriptions)))
        self.existing.setVisible(bool(descriptions))

    def _show_headers(self, visible: bool) -> None:
        for column in range(3):
            self.grid.itemAtPosition(0, column).widget().setVisible(visible)

    def add_row(self) -> QLineEdit:
        description, owner = QLineEdit(), QLineEdit()
        description.setPlaceholderText(self.tr("What needs to happen"))
        owner.setPlaceholderText(self.tr("Who"))
        completer = name_completer(self.owner_names, owner)
        owner.setCompleter(completer)
        self._completers.append(completer)
        due = date_edit(self.base_date + timedelta(days=7))
        row = len(self.rows) + 1
        for column, widget in enumerate((description, owner, due)):
            self.grid.addWidget(widget, row, column)
            widget.show()  # now, so that it can take the focus at once
        self.rows.append((description, owner, due))
        self._show_headers(True)
        QWidget.setTabOrder(self.rows[-2][2] if len(self.rows) > 1 else self.add_button, description)
        QWidget.setTabOrder(description, owner)
        QWidget.setTabOrder(owner, due)
        description.setFocus()
        return description

    def set_owner_names(self, names: list[str]) -> None:
        """What *Who* suggests: the moment's participants first, then the known people."""
        self.owner_names = names
        for completer in self._completers:
            set_names(completer, names)

    def drafts(self) -> list[ActionDraft]:
        return [ActionDraft(d.text().strip(), o.text().strip(), to_date(due))
                for d, o, due in self.rows if d.text().strip()]

    def last_widget(self) -> QWidget:
        return self.rows[-1][2] if self.rows else self.add_button
