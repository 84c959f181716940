"""Error texts shared by the region dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.domain.errors import ValidationError
from coachdesk.ui.errors import error_text
from coachdesk.ui.widgets.dates import format_date

translate = QCoreApplication.translate  # the name lupdate recognises


def error_text(error: ValidationError) -> str:
    """The translated sentence for a validation error raised by the region services."""
    rule = error.params.get("rule", "")
    if rule == "future":
        return translate("RegionForms",
                         "The date lies in the future; choose today or an earlier day.")
    if rule == "before_previous":
        previous = error.params.get("previous")
        text = translate("RegionForms", "The date lies before the previous change (%1).")
        return text.replace("%1", format_date(previous))
    if rule == "same_stage":
        return translate("RegionForms", "The region is already at this stage; choose another.")
    if rule == "one_accepted":
        return translate("RegionForms", "This region already has an accepted network leader. "
                   "Set that candidacy to another status first.")
    if rule == "duplicate":
        return translate("RegionForms", "Two stages have the same name.")
    if error.field == "reason":
        return translate("RegionForms", "Give a reason: why does the region move to this stage?")
    if error.field in ("members", "municipalities"):
        return translate("RegionForms", "Choose at least one municipality.")
    if error.field == "name":
        return translate("RegionForms", "Every stage needs a name.")
    if rule == "required":
        return translate("RegionForms", "This field is required.")
    return error_text(error)
