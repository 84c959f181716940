"""Words for backups as a coach reads them: why a copy was taken, and how big it is."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.backups import BackupInfo
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
    return format_datetime(backup.taken_at)


class BackupMessages(QObject):
    """A failed backup, restore or repair in the coach's language, from the error's code."""

    def text(self, exc: CoachDeskError) -> str:
        params = exc.params
        where = str(params.get("path", ""))
        kind = params.get("kind")
        if kind == "write":
            return self.tr("The copy could not be written to %1: %2. Nothing was changed.") \
                .replace("%1", where).replace("%2", self.cause(str(params.get("cause_code", ""))))
        texts = {
            "damaged": self.tr("The backup %1 is damaged; choose another one. Nothing was changed."),
            "missing": self.tr("The backup %1 no longer exists."),
            "foreign": self.tr("%1 is not a backup of a CoachDesk database."),
            "not_a_folder": self.tr("%1 is a file, not a folder for backups."),
            "no_backup": self.tr("%1 is damaged and there is no sound backup to repair it from. "
                                 "Keep the file and contact support."),
            "check_failed": self.tr("The database %1 seems damaged: today's backup of it fails "
                                    "the check. Help > Check the database can repair it."),
        }
        return texts[kind].replace("%1", where) if kind in texts else str(exc)

    def cause(self, code: str) -> str:
        return {
            "disk_full": self.tr("the disk is full"),
            "no_access": self.tr("that place cannot be written to"),
            "in_use": self.tr("the file is in use by another program"),
        }.get(code, self.tr("the system refused it"))
