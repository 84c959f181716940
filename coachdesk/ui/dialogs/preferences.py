"""Edit > Preferences: language, the stalled-region threshold, the coach's name, backups kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from coachdesk.ui import settings as s
from coachdesk.ui import events
from coachdesk.ui.context import AppContext
from coachdesk.ui.events import Changes


class PreferencesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.settings.get(s.LANGUAGE))))
        form.addRow(self.tr("&Language:"), self.language)
        self.note = QLabel(self.tr("A new language takes effect when CoachDesk starts again."))
        self.note.setWordWrap(True)
        form.addRow("", self.note)
        self.coach = QLineEdit(ctx.settings.get(s.COACH_NAME))
        form.addRow(self.tr("Your &name (on exports):"), self.coach)
        self.stalled = QSpinBox()
        self.stalled.setRange(7, 365)
        self.stalled.setSuffix(self.tr(" days"))
        self.stalled.setValue(ctx.settings.get(s.STALLED_DAYS))
        form.addRow(self.tr("Region &stalled after:"), self.stalled)
        self.keep_daily = self._count(s.BACKUP_KEEP_DAILY, 1, 365)
        form.addRow(self.tr("&Daily backups kept:"), self.keep_daily)
        self.keep_weekly = self._count(s.BACKUP_KEEP_WEEKLY, 0, 520)
        form.addRow(self.tr("&Weekly backups kept:"), self.keep_weekly)
        self.keep_monthly = self._count(s.BACKUP_KEEP_MONTHLY, 0, 240)
        form.addRow(self.tr("&Monthly backups kept:"), self.keep_monthly)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _count(self, setting: s.Setting[int], low: int, high: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setValue(self.ctx.settings.get(setting))
        return box

    def accept(self) -> None:
        self.ctx.settings.set(s.LANGUAGE, self.language.currentData())
        self.ctx.settings.set(s.COACH_NAME, self.coach.text().strip())
        self.ctx.settings.set(s.STALLED_DAYS, self.stalled.value())
        self.ctx.settings.set(s.BACKUP_KEEP_DAILY, self.keep_daily.value())
        self.ctx.settings.set(s.BACKUP_KEEP_WEEKLY, self.keep_weekly.value())
        self.ctx.settings.set(s.BACKUP_KEEP_MONTHLY, self.keep_monthly.value())
        self.ctx.services.backups.retention = s.backup_retention(self.ctx.settings)
        self.ctx.settings.sync()
        self.ctx.events.announce(Changes.of(events.SETTINGS))
        super().accept()
