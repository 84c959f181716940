"""The handoff's expected problems as sentences in the coach's language (the one registry)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.domain.messages import ERRORS, fill
from coachdesk.services.handoff_import import Problem
from coachdesk.ui.errors import error_text


class HandoffMessages:
    """A FileFormatError, a writing error or an invalid cell, as one translated sentence."""

    def error(self, exc: BaseException) -> str:
        return error_text(exc)

    def problem(self, problem: Problem) -> str:
        """One invalid cell of an import, for the preview."""
        template = ERRORS["cell.at" if problem.column else "cell.at_row"]
        return fill(template, problem.fields, QCoreApplication.translate)
