"""The handoff's expected problems as sentences in the coach's language (the one registry)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from coachdesk.domain.messages import ERRORS, fill
from coachdesk.services.handoff_import import Problem
from coachdesk.services.handoff import ExportResult
from coachdesk.ui.errors import error_text


class HandoffMessages:
    """A FileFormatError, a writing error or an invalid cell, as one translated sentence."""

    def error(self, exc: BaseException) -> str:
        return error_text(exc)

    def problem(self, problem: Problem) -> str:
        """One invalid cell of an import, for the preview."""
        template = ERRORS["cell.at" if problem.column else "cell.at_row"]
        return fill(template, problem.fields, QCoreApplication.translate)


class HandoffStatus(QObject):
    """The status bar after an export or import; the first export says it is the first."""

    def exported(self, result: ExportResult) -> str:
        rows = self.tr("%n row(s)", "", result.row_count)
        if result.first:
            return self.tr("Workbook saved: %1 (%2). This is your first export: the next "
                           "one lists what changed since this one.").replace(
                "%1", str(result.path)).replace("%2", rows)
        changes = self.tr("%n change(s)", "", result.change_count)
        return self.tr("Workbook saved: %1 (%2, %3 since the previous export).").replace(
            "%1", str(result.path)).replace("%2", rows).replace("%3", changes)

    def imported(self, applied: int) -> str:
        return self.tr("Workbook imported: %n change(s) applied.", "", applied)
