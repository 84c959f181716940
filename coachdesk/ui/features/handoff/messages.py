"""The handoff's expected problems as translated sentences, built from their codes and params."""

from __future__ import annotations

from PySide6.QtCore import QObject

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.handoff_import import Problem


def _fill(template: str, *values: object) -> str:
    for number, value in reversed(list(enumerate(values, start=1))):
        template = template.replace(f"%{number}", str(value))
    return template


class HandoffMessages(QObject):
    """Turns a FileFormatError, a writing error or an invalid cell into one translated sentence."""

    def file_reasons(self) -> dict[str, str]:
        return {
            "missing_file": self.tr("%1 does not exist."),
            "not_a_file": self.tr("%1 is a folder, not a workbook."),
            "empty": self.tr("%1 is empty."),
            "too_large": self.tr("%1 is far larger than any handoff workbook."),
            "encrypted": self.tr("%1 is password-protected (or an old .xls file): save it "
                                 "without a password as an Excel workbook (.xlsx)."),
            "not_xlsx": self.tr("%1 is not an Excel workbook (.xlsx); it may be a text, CSV or "
                                "PDF file that was renamed."),
            "bad_zip": self.tr("%1 is damaged or not an Excel workbook."),
            "too_many_parts": self.tr("%1 holds far more parts than a handoff workbook."),
            "zip_bomb": self.tr("%1 expands to far more data than any handoff workbook (a "
                                "damaged or malicious file)."),
            "too_many_rows": self.tr("%1 has far more rows than any handoff workbook."),
            "unreadable": self.tr("%1 is damaged and cannot be read."),
            "no_meta": self.tr("%1 is not a CoachDesk handoff workbook: its hidden sheet "
                               "'_meta' is missing or changed."),
            "bad_meta": self.tr("%1: the hidden sheet '_meta' was changed and cannot be read."),
            "future_version": self.tr("%1 was made by a newer CoachDesk: update CoachDesk to "
                                      "read it."),
            "missing_sheet": self.tr("%1: the sheet '%2' is missing."),
            "missing_column": self.tr("%1: the sheet '%2' has no column '%4' in its first row."),
            "bad_value": self.tr("%1: sheet '%2', row %3, column '%4': this value does not fit "
                                 "the column (write dates as dd/mm/yyyy, numbers as digits)."),
            "duplicate_id": self.tr("%1: sheet '%2', row %3, column '%4': this ID appears twice."),
            "is_folder": self.tr("%1 is a folder: choose a file name ending in .xlsx."),
            "no_folder": self.tr("%1 cannot be written: its folder does not exist."),
            "read_only": self.tr("%1 cannot be written: the folder is read-only or full."),
            "disk_full": self.tr("%1 cannot be written: the disk is full; nothing was written."),
            "locked": self.tr("%1 cannot be replaced: it is open in another program (close it in "
                              "Excel) or it is read-only."),
            "foreign": self.tr("%1 was exported from another coach's database (%5); CoachDesk "
                               "imports only workbooks exported from this database, so nothing "
                               "was imported."),
        }

    def error(self, exc: BaseException) -> str:
        """A translated sentence for an expected error; its own text otherwise."""
        if not isinstance(exc, CoachDeskError):
            return str(exc)
        template = self.file_reasons().get(str(exc.params.get("reason", "")))
        if template is None:
            return str(exc)
        p = exc.params
        return _fill(template, p.get("file", ""), p.get("sheet", ""), p.get("row", ""),
                     p.get("column", ""), p.get("detail", ""))

    def problem(self, problem: Problem) -> str:
        """One invalid cell of an import, for the preview."""
        reasons = {
            "empty": self.tr("this field may not be empty"),
            "not_in_list": self.tr("choose one of: %1"),
            "unknown_region": self.tr("there is no region called '%1'"),
            "too_long": self.tr("longer than %1 characters"),
            "not_email": self.tr("this is not an e-mail address"),
            "unknown_id": self.tr("CoachDesk knows no record with this ID"),
            "bad_id": self.tr("a new row needs an empty ID"),
            "done_without_date": self.tr("a finished action needs the date it was finished"),
            "not_mine": self.tr("this merged workbook holds no rows of this database"),
            "formula": self.tr("the cell holds the formula %1 instead of a value; type the "
                               "value itself (CoachDesk does not take a formula's result)"),
            "formula_without_value": self.tr("the cell holds the formula %1, saved without a "
                                             "computed value; type the value itself"),
        }
        reason = _fill(reasons.get(problem.code, problem.reason), problem.detail)
        if problem.column:
            return _fill(self.tr("Sheet '%1', row %2, column '%3': %4."), problem.sheet,
                         problem.row, problem.column, reason)
        return _fill(self.tr("Sheet '%1', row %2: %3."), problem.sheet, problem.row, reason)
