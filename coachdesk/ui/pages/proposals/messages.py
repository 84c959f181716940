"""Dutch sentences for the problems the proposal services and file reader report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.domain.errors import CoachDeskError


def _file_texts() -> dict[str, str]:
    return {
        "empty": QCoreApplication.translate("ProposalMessages", "%file is empty (0 bytes): ask the promotor to send it again."),
        "too_large": QCoreApplication.translate("ProposalMessages", "%file is %size; CoachDesk takes files up to %limit. "
                         "Ask for a smaller PDF (without scanned pages)."),
        "unsupported": QCoreApplication.translate("ProposalMessages", "%file is not a PDF or Word (.docx) file."),
        "old_doc": QCoreApplication.translate("ProposalMessages", "%file is an old Word document (.doc) with a .docx name, or a "
                       "password-protected one. Open it in Word and save it as .docx or PDF."),
        "not_docx": QCoreApplication.translate("ProposalMessages", "%file is not a Word document, although its name ends in .docx."),
        "not_pdf": QCoreApplication.translate("ProposalMessages", "%file is not a PDF document, although its name ends in .pdf."),
        "damaged": QCoreApplication.translate("ProposalMessages", "%file is damaged and cannot be read: ask the promotor to send it again."),
        "encrypted": QCoreApplication.translate("ProposalMessages", "%file is protected with a password. Ask the promotor for a version "
                         "without a password."),
        "no_pages": QCoreApplication.translate("ProposalMessages", "%file is a PDF without any pages."),
        "too_many_pages": QCoreApplication.translate("ProposalMessages", "%file has %pages pages; CoachDesk takes up to %limit."),
        "duplicate": QCoreApplication.translate("ProposalMessages", "%file was already added as version %number of %region (%earlier): "
                         "nothing was added."),
        "missing": QCoreApplication.translate("ProposalMessages", "%file cannot be opened: it may have been moved or deleted."),
    }


def _other_texts() -> dict[str, str]:
    return {
        "no_text": QCoreApplication.translate("ProposalMessages", "Write the comment first."),
        "no_name": QCoreApplication.translate("ProposalMessages", "A criterion needs a name."),
        "not_latest": QCoreApplication.translate(
            "ProposalMessages", "Only the latest version can be deleted; version %number is not."),
        "evidence": QCoreApplication.translate(
            "ProposalMessages", "Version %number is the evidence of a stage change of the "
            "region: it cannot be deleted."),
        "write_failed": QCoreApplication.translate(
            "ProposalMessages", "%file cannot be written (%cause). Choose another folder."),
        "used": QCoreApplication.translate("ProposalMessages", "'%name' is used in reviews: it cannot be deleted, only deactivated."),
        "name_taken": QCoreApplication.translate("ProposalMessages", "A criterion named '%name' already exists."),
    }


def message_for(exc: CoachDeskError) -> str:
    """The translated sentence for a known reason, else the error's own (English) message."""
    reason = str(exc.params.get("reason", ""))
    if reason == "duplicate" and "name" in exc.params:
        reason = "name_taken"
    text = _file_texts().get(reason) or _other_texts().get(reason)
    if text is None:
        return str(exc)
    for key, value in sorted(exc.params.items(), key=lambda kv: -len(kv[0])):
        text = text.replace(f"%{key}", str(value))
    return text
