"""Dates as coaches read them (dd/mm/yyyy), and the fields that edit them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

DISPLAY_FORMAT = "dd/MM/yyyy"


def format_date(value: date | None) -> str:
    """14/03/2025; empty for no date."""
    return value.strftime("%d/%m/%Y") if value else ""


def format_datetime(value: datetime | None) -> str:
    """14/03/2025 09:30; empty for no moment."""
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def to_qdate(value: date | None) -> QDate:
    """The date for a date field; today when there is none."""
    value = value or date.today()
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """A date field that Tab leaves at once (arrow keys and typing move between its parts)."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


def date_edit(value: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A date field in the Belgian format with a calendar pop-up."""
    edit = DateEdit(to_qdate(value), parent)
    edit.setDisplayFormat(DISPLAY_FORMAT)
    edit.setCalendarPopup(True)
    return edit
