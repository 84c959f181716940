"""Pick participants by typing: completion over people, organisations and municipalities."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.names import person_match, split_name_and_organisation
from coachdesk.services.contacts import MUNICIPALITY, ORGANISATION, PERSON, Choice, Duplicate
from coachdesk.services.logbook import ParticipantRef
from coachdesk.ui.collation import collated
from coachdesk.ui.context import AppContext
from coachdesk.ui.operations import QueryOp

REF_ROLE = Qt.ItemDataRole.UserRole + 1
_EMAIL_PART = re.compile(r"<([^>]*)>|(\S+@\S*)")


def split_email(text: str) -> tuple[str, str]:
    """'Els Maes, OCMW Geel <els@geel.be>' -> ('Els Maes, OCMW Geel', 'els@geel.be')."""
    found = _EMAIL_PART.search(text)
    if not found:
        return text.strip(), ""
    email = (found.group(1) or found.group(2) or "").strip()
    rest = (text[:found.start()] + text[found.end():]).strip().rstrip(",").strip()
    return rest, email


class ChosenList(QListWidget):
    """The chosen participants; Delete removes the current one."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.takeItem(self.currentRow())
            return
        super().keyPressEvent(event)


class NewParticipantQuestion:
    """Enter on a name nobody has: add a new person, take the likely existing one, or not."""

    NEW, EXISTING = "new", "existing"

    @classmethod
    def ask(cls, name: str, existing: Duplicate | None, parent: QWidget) -> str | None:
        translate = QCoreApplication.translate
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("NewParticipantQuestion", "New participant"),
                          translate("NewParticipantQuestion", "Nobody called '%1' is known yet.")
                          .replace("%1", name), parent=parent)
        new = box.addButton(translate("NewParticipantQuestion", "Add as &new person"),
                            QMessageBox.ButtonRole.AcceptRole)
        use = None
        if existing is not None:
            use = box.addButton(translate("NewParticipantQuestion", "&Use %1")
                                .replace("%1", existing.name), QMessageBox.ButtonRole.YesRole)
            box.setInformativeText(translate("NewParticipantQuestion", "May already exist: %1")
                                   .replace("%1", describe(existing)))
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(use or new)
        box.exec()
        clicked = box.clickedButton()
        return cls.NEW if clicked is new else cls.EXISTING if use and clicked is use else None


def describe(dup: Duplicate) -> str:
    return f"{dup.name}, {dup.organisation_name}" if dup.organisation_name else dup.name


class ParticipantPicker(QWidget):
    """A line with completion (Enter adds), the list of chosen ones, a hint about duplicates."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._duplicate: Duplicate | None = None
        self._last_new: ParticipantRef | None = None
        self._choices: list[Choice] = []
        self.region_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.line.setObjectName("participantInput")
        self.line.setPlaceholderText(self.tr("Type a name, organisation or municipality; Enter adds"))
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.line.setCompleter(self.completer)
        layout.addWidget(self.line)
        self.setFocusProxy(self.line)  # the form's "Deelnemers" label (Alt+N) lands here
        layout.addWidget(self._build_hint())
        self.chosen = ChosenList()
        self.chosen.setObjectName("participants")
        self.chosen.setMaximumHeight(96)
        layout.addWidget(self.chosen)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._check_duplicates)
        self.line.returnPressed.connect(self._on_enter)
        # After the line edit has taken the chosen text (it does so after this signal in a real
        # window): add it then, so the line is empty for the next name.
        self.completer.activated[str].connect(lambda _t: QTimer.singleShot(0, self._on_enter))
        self.line.textEdited.connect(lambda _t: self._timer.start())
        self.use_existing.clicked.connect(self._on_use_existing)
        self.chosen.model().rowsRemoved.connect(lambda *_: self._forget_removed())

    def _build_hint(self) -> QWidget:
        """'May already exist: ...' with a button to take the existing person instead."""
        self.hint_row = QWidget()
        hint_layout = QHBoxLayout(self.hint_row)
        hint_layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel()
        self.hint.setObjectName("duplicateWarning")
        self.hint.setWordWrap(True)
        self.use_existing = QPushButton()
        self.use_existing.setObjectName("useExisting")
        hint_layout.addWidget(self.hint, 1)
        hint_layout.addWidget(self.use_existing)
        self.hint_row.setVisible(False)
        return self.hint_row

    def set_choices(self, choices: list[Choice]) -> None:
        self._choices = list(choices)
        self._fill()

    def set_region(self, region_id: int | None) -> None:
        """Rank the people, organisations and municipalities of this region first."""
        if region_id != self.region_id:
            self.region_id = region_id
            self._fill()
            if self._duplicate is not None:
                self._timer.start()  # the likely duplicate may be someone else now

    def _fill(self) -> None:
        self.model.clear()
        region = self.region_id
        kinds_first = {PERSON: 0, ORGANISATION: 1, MUNICIPALITY: 2}
        choices = sorted(collated(self._choices, lambda c: c.label),
                         key=lambda c: (region is not None and c.region_id != region,
                                        kinds_first.get(c.kind, 3)))
        kinds = {ORGANISATION: self.tr("organisation"), MUNICIPALITY: self.tr("municipality")}
        for choice in choices:
            detail = choice.detail if choice.kind == PERSON else kinds[choice.kind]
            if choice.kind == MUNICIPALITY and choice.detail:
                detail = f"{kinds[MUNICIPALITY]}, {choice.detail}"
            item = QStandardItem(f"{choice.label} · {detail}" if detail else choice.label)
            item.setData(ParticipantRef(choice.kind, choice.id, choice.label), REF_ROLE)
            self.model.appendRow(item)

    def refs(self) -> list[ParticipantRef]:
        return [self.chosen.item(i).data(REF_ROLE) for i in range(self.chosen.count())]

    def add_existing(self, ref: ParticipantRef) -> None:
        self._add(ref, self._label_of(ref))

    def add_pending(self) -> bool:
        """Add what is typed; False when the coach chose not to (the name stays typed)."""
        return self._on_enter()

    def _on_enter(self) -> bool:
        text = self.line.text().strip()
        if not text:
            return True
        ref = self._resolve(text) if "@" not in text else None
        if ref is None:
            name, email = split_email(text)
            if not self._still_applies(self._duplicate, name):
                self._show_duplicate(None)  # a hint found for other words than these
            answer = NewParticipantQuestion.ask(name, self._duplicate, self)
            if answer is None:
                self.line.setFocus()
                return False
            if answer == NewParticipantQuestion.EXISTING:
                self._on_use_existing()
                return True
            ref = ParticipantRef(PERSON, None, name, email)
            self._last_new = ref
        else:
            self._show_duplicate(None)  # an existing record was chosen: no hint applies
        self._add(ref, text if ref.id is None else self._label_of(ref))
        self.line.clear()
        return True

    def _resolve(self, text: str) -> ParticipantRef | None:
        popup = self.completer.popup()
        current = popup.currentIndex() if popup.isVisible() else None
        if current is not None and current.isValid():
            return current.data(REF_ROLE)
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.text().casefold() == text.casefold():
                return item.data(REF_ROLE)
        self.completer.setCompletionPrefix(text)
        if self.completer.completionCount() > 0:
            self.completer.setCurrentRow(0)
            return self.completer.currentIndex().data(REF_ROLE)
        return None

    def _label_of(self, ref: ParticipantRef) -> str:
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(REF_ROLE) == ref:
                return self.model.item(row).text()
        return ref.name

    def _add(self, ref: ParticipantRef, label: str) -> None:
        if any(r.kind == ref.kind and r.id == ref.id and ref.id is not None for r in self.refs()):
            return
        if ref.id is None:
            label = self.tr("%1 (new person)").replace("%1", label)
        item = QListWidgetItem(label)
        item.setData(REF_ROLE, ref)
        self.chosen.addItem(item)
        self.changed.emit()

    def _check_duplicates(self) -> None:
        text = self.line.text().strip()
        if not text and self._last_new is not None:
            text = self._last_new.name  # after Enter: the new person's name still counts
        name, organisation = split_name_and_organisation(split_email(text)[0])
        if len(name) < 3 or self._resolve_exact(text):
            self._show_duplicate(None)
            return

        def found(duplicates: list[Duplicate]) -> None:
            typed = self.line.text().strip()
            if typed == text or (not typed and self._last_new is not None):
                self._show_duplicate(duplicates[0] if duplicates else None)

        QueryOp(self.ctx, self.ctx.services.contacts.person_duplicates, name, organisation,
                "", None, self.region_id).success(found).run()

    @staticmethod
    def _still_applies(dup: Duplicate | None, typed: str) -> bool:
        if dup is None:
            return False
        name, organisation = split_name_and_organisation(typed)
        return person_match(name, organisation, dup.name, dup.organisation_name)

    def _forget_removed(self) -> None:
        """The new person the hint was about was taken off the list: the hint goes too."""
        if self._last_new is not None and self._last_new not in self.refs():
            self._last_new = None
            if not self.line.text().strip():
                self._show_duplicate(None)

    def _resolve_exact(self, text: str) -> bool:
        return any(self.model.item(r).text().casefold() == text.strip().casefold()
                   for r in range(self.model.rowCount()))

    def _show_duplicate(self, dup: Duplicate | None) -> None:
        self._duplicate = dup
        self.hint_row.setVisible(dup is not None)
        if dup is None:
            return
        self.hint.setText(self.tr("May already exist: %1").replace("%1", describe(dup)))
        self.use_existing.setText(self.tr("&Use %1").replace("%1", dup.name))

    def _on_use_existing(self) -> None:
        dup = self._duplicate
        if dup is None:
            return
        for row in range(self.chosen.count() - 1, -1, -1):
            if self.chosen.item(row).data(REF_ROLE) == self._last_new:
                self.chosen.takeItem(row)  # the existing record replaces the new person
                break
        ref = ParticipantRef(PERSON, dup.id, dup.name)
        self._add(ref, self._label_of(ref))
        self.line.clear()
        self._show_duplicate(None)
        self.line.setFocus()

