"""Words for backups as a coach reads them: why a copy was taken, and how big it is."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.backups import BackupInfo
from coachdesk.ui.errors import error_text
from coachdesk.ui.widgets.dates import format_datetime


class BackupLabels(QObject):
    """Translated reasons; a QObject so the texts have a translation context."""

    def reason(self, backup: BackupInfo) -> str:
        reason = backup.reason
        known = {
            "daily": self.tr("Daily copy"),
            "manual": self.tr("Made by hand"),
            "before-restore": self.tr("Before a restore"),
            "damaged": self.tr("Damaged state, set aside"),
            "before-import": self.tr("Before an import"),
            "before-merge": self.tr("Before a merge"),
            "before-bulk-change": self.tr("Before a bulk change"),
            "before-erasure": self.tr("Before erasing a person"),
        }
        for key, label in known.items():
            if reason == key or reason.startswith(key + "-"):
                return label
        if reason.startswith("before-upgrade"):
            return self.tr("Before a program update")
        if reason == "other":
            return self.tr("Chosen file")
        return reason.replace("-", " ")


def format_size(size: int) -> str:
    """1.234.567 bytes as "1,2 MB" in the user's locale."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def format_taken_at(backup: BackupInfo) -> str:
    """To the second: two copies made in the same minute are told apart."""
    return backup.taken_at.strftime("%d/%m/%Y %H:%M:%S")


class BackupMessages(QObject):
    """A failed backup, restore or repair in the coach's language (the one error registry)."""

    def text(self, exc: CoachDeskError) -> str:
        return error_text(exc)
