"""The proposal pages' problems in the coach's language, from the one error registry."""

from __future__ import annotations

from coachdesk.domain.errors import CoachDeskError
from coachdesk.ui.errors import error_text


def message_for(exc: CoachDeskError) -> str:
    """The translated sentence for an error of the proposal services and file reader."""
    return error_text(exc)
