"""The one registry of what CoachDesk tells people: each error code's English text.

The English texts are the source strings of the `.ts` pipeline (context "errors", area
`errors`); `render(error, translate)` fills in the error's fields in the coach's language:
the window passes Qt's translate, the command line a catalog read from the same `.qm` files
(`application/translations.py`). A field whose name is in `PHRASES` is itself a code (a cause,
a reason) and is shown as its phrase. Services and file formats write no prose for people:
they raise a code with fields; a new code is added here (tests/domain/test_messages.py).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachdesk.domain.errors import CoachDeskError

CONTEXT = "errors"
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks `text` for translation (lupdate); the translation is looked up when shown."""
    return text


def english(context: str, text: str) -> str:
    return text


ERRORS: dict[str, str] = {
    # The database file (db/migrate.py, services/database.py)
    "database.cannot_open": QT_TRANSLATE_NOOP("errors", "{path} cannot be opened."),
    "database.damaged": QT_TRANSLATE_NOOP(
        "errors", "{path} is not a CoachDesk database that can be opened (the file is damaged "
        "or not SQLite); if it is yours, `coachdesk check --repair` puts back its latest sound "
        "backup."),
    "database.is_folder": QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a database file."),
    "database.unreadable": QT_TRANSLATE_NOOP("errors", "{path} cannot be read: {cause}."),
    "database.not_sqlite": QT_TRANSLATE_NOOP(
        "errors", "{path} is not a CoachDesk database (it is not an SQLite file)."),
    "database.foreign": QT_TRANSLATE_NOOP(
        "errors", "{path} is an SQLite file but not a CoachDesk database."),
    "database.newer_schema": QT_TRANSLATE_NOOP(
        "errors", "{path} was written by a newer version of CoachDesk (schema {revision}); "
        "install that version to open it. The file was not changed."),
    "database.cannot_create": QT_TRANSLATE_NOOP("errors", "{path} cannot be created: {cause}."),
    "database.read_only": QT_TRANSLATE_NOOP(
        "errors", "{path} is read-only; CoachDesk needs to write to it."),
    "database.upgrade_copy_failed": QT_TRANSLATE_NOOP(
        "errors", "{path} needs an upgrade, but the copy to take before it could not be written "
        "to {folder}; the database was not changed."),
    "database.cannot_write": QT_TRANSLATE_NOOP(
        "errors", "{path} cannot be written: the file or its folder is read-only."),
    "database.upgrade_failed": QT_TRANSLATE_NOOP(
        "errors", "Upgrading {path} to schema {revision} failed and the copy taken before it "
        "could not be put back; it is safe at {backup}."),
    "database.upgrade_undone": QT_TRANSLATE_NOOP(
        "errors", "Upgrading {path} to schema {revision} failed; the database was restored from "
        "the copy taken before the upgrade ({backup}), so nothing was lost."),
    "database.in_use": QT_TRANSLATE_NOOP(
        "errors", "{path} is already open in CoachDesk. Close it there first, or carry on in "
        "that window: two windows on one database would overwrite each other's work."),
    "database.in_use_here": QT_TRANSLATE_NOOP(
        "errors", "{path} is already open in CoachDesk (on this computer, since {since}). Close "
        "it there first, or carry on in that window: two windows on one database would "
        "overwrite each other's work."),
    "database.in_use_elsewhere": QT_TRANSLATE_NOOP(
        "errors", "{path} is already open in CoachDesk (on the computer {host}, since {since}). "
        "Close it there first, or carry on in that window: two windows on one database would "
        "overwrite each other's work."),
    "database.activated": QT_TRANSLATE_NOOP(
        "errors", "{path} is already open in another CoachDesk window; that window was brought "
        "to the front."),
    "database.check_failed": QT_TRANSLATE_NOOP(
        "errors", "{path} failed its check; repair it with `coachdesk check --repair` or put a "
        "backup back with `coachdesk restore`."),
    "storage.failed": QT_TRANSLATE_NOOP(
        "errors", "{path} could not be saved: {cause}. The change was not stored; everything "
        "saved before it is intact."),
    # The team database (db/server.py)
    "team.not_postgresql": QT_TRANSLATE_NOOP("errors", "{address} is not a PostgreSQL address."),
    "team.tls": QT_TRANSLATE_NOOP(
        "errors", "{address}: the team database must be reached over TLS (sslmode=require or "
        "verify-full), not sslmode={mode}."),
    "team.none_given": QT_TRANSLATE_NOOP(
        "errors", "No team database is set up on this computer: connect once with `coachdesk "
        "team connect postgresql://user@host/database` (or File > Team database…), or add "
        "--team postgresql://user@host/database."),
    "team.no_user": QT_TRANSLATE_NOOP(
        "errors", "{address}: the address names no user; add one "
        "(postgresql://user@host/database)."),
    "team.unreachable": QT_TRANSLATE_NOOP(
        "errors", "The team database {address} cannot be reached: no network, or the server "
        "does not answer. CoachDesk keeps working on this computer; synchronise again later."),
    "team.wrong_password": QT_TRANSLATE_NOOP(
        "errors", "The team database {address} refused the user {user}: the user name or the "
        "password is wrong."),
    "team.tls_unsupported": QT_TRANSLATE_NOOP(
        "errors", "The team database {address} refused a secure (TLS) connection; CoachDesk "
        "does not send the password without TLS. Ask the server's administrator to switch TLS "
        "on."),
    "team.tls_certificate": QT_TRANSLATE_NOOP(
        "errors", "The secure (TLS) connection to {address} failed: the server's certificate "
        "does not match the certificate authority given, or that file cannot be read."),
    "team.no_access": QT_TRANSLATE_NOOP(
        "errors", "The team database {address} does not let {user} in from this computer; ask "
        "the team database's administrator."),
    "team.no_database": QT_TRANSLATE_NOOP(
        "errors", "{address}: the server answers, but has no database of that name."),
    "team.no_keyring": QT_TRANSLATE_NOOP(
        "errors", "This computer has no credential store CoachDesk can use for the team "
        "database's password ({detail}); nothing was stored."),
    "team.window_only": QT_TRANSLATE_NOOP(
        "errors", "A team database address opens the window only (coachdesk --db "
        "postgresql://…); the commands work on a laptop database file."),
    "team.refused": QT_TRANSLATE_NOOP(
        "errors", "The team database refused this change: {user} may not make it (headquarters "
        "reads everything and corrects only action deadlines and comments)."),
    "team.not_prepared": QT_TRANSLATE_NOOP(
        "errors", "{address} is not a team database at schema {revision} yet; its owner prepares "
        "it with `coachdesk team init URL`."),
    "team.newer_schema": QT_TRANSLATE_NOOP(
        "errors", "{address} was set up by a newer version of CoachDesk (schema {revision}); "
        "install that version to use it."),
    # Backups (services/backups.py, services/maintenance.py)
    "backup.not_a_folder": QT_TRANSLATE_NOOP("errors", "{path} is a file, not a folder for backups."),
    "backup.write_failed": QT_TRANSLATE_NOOP(
        "errors", "The backup could not be written to {path}: {cause}. The database was not "
        "changed."),
    "backup.missing": QT_TRANSLATE_NOOP("errors", "The backup {path} does not exist."),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "errors", "The backup {path} is damaged or not a database; choose another backup. "
        "Nothing was changed."),
    "backup.foreign": QT_TRANSLATE_NOOP("errors", "{path} is not a backup of a CoachDesk database."),
    "backup.replace_failed": QT_TRANSLATE_NOOP(
        "errors", "{path} could not be replaced: {cause}. The database was not changed."),
    "backup.repair_failed": QT_TRANSLATE_NOOP(
        "errors", "{path} could not be repaired: {cause}. The database was not changed."),
    "backup.no_backup": QT_TRANSLATE_NOOP(
        "errors", "{path} is damaged and there is no sound backup of it in {folder} to repair it "
        "from."),
    "backup.check_failed": QT_TRANSLATE_NOOP(
        "errors", "The database {path} seems damaged: today's backup of it fails the check. "
        "Help > Check the database can repair it."),
    "backup.no_such_number": QT_TRANSLATE_NOOP(
        "errors", "There is no backup number {number}; `coachdesk restore --list` shows the "
        "{count} backups in {folder}."),
    # Erasing a person (services/privacy.py, services/erasure.py)
    "erasure.busy": QT_TRANSLATE_NOOP(
        "errors", "Another program or window is reading the database; close it and erase again. "
        "Nothing was erased."),
    "erasure.busy_journal": QT_TRANSLATE_NOOP(
        "errors", "Another program or window is reading the database, so its journal could not "
        "be emptied."),
    "erasure.journal_busy": QT_TRANSLATE_NOOP(
        "errors", "The person was erased, but another program is reading the database, so their "
        "old text may stay in its journal until that program closes; CoachDesk removes it at "
        "the next start."),
    # The progress report (reporting/pdf.py, cli/report.py)
    "report.is_folder": QT_TRANSLATE_NOOP(
        "errors", "{file} is a folder; choose a file name ending in .pdf."),
    "report.no_folder": QT_TRANSLATE_NOOP(
        "errors", "{file} cannot be written: its folder does not exist."),
    "report.read_only": QT_TRANSLATE_NOOP(
        "errors", "{file} cannot be written: the folder is read-only or full."),
    "report.locked": QT_TRANSLATE_NOOP(
        "errors", "{file} cannot be written (is it open in a PDF reader?)."),
    "report.not_started": QT_TRANSLATE_NOOP("errors", "The PDF could not be started."),
    "report.not_pdf_name": QT_TRANSLATE_NOOP("errors", "{file}: the report's name must end in .pdf."),
    "report.bad_period": QT_TRANSLATE_NOOP("errors", "The period starts ({start}) after it ends ({end})."),
    # Demo data
    "demo.unknown_size": QT_TRANSLATE_NOOP("errors", "Unknown demo size '{size}'; use small or large."),
    "demo.exists": QT_TRANSLATE_NOOP(
        "errors", "{path} already exists; the demo is only written to a new file."),
    "demo.not_closed": QT_TRANSLATE_NOOP(
        "errors", "{path} was not closed cleanly; the demo was not written."),
    # Records that are gone (another window, an undo, an import)
    "not_found.record": QT_TRANSLATE_NOOP("errors", "One of the records no longer exists."),
    "not_found.conflict": QT_TRANSLATE_NOOP(
        "errors", "One of these conflicts was resolved meanwhile (by another sync); nothing was "
        "changed. Open the list again."),
    "not_found.person": QT_TRANSLATE_NOOP("errors", "This person no longer exists."),
    "not_found.organisation": QT_TRANSLATE_NOOP("errors", "This organisation no longer exists."),
    "not_found.moment": QT_TRANSLATE_NOOP("errors", "This contact moment no longer exists."),
    "not_found.action": QT_TRANSLATE_NOOP("errors", "This action no longer exists."),
    "not_found.region": QT_TRANSLATE_NOOP("errors", "That region does not exist."),
    "not_found.region_named": QT_TRANSLATE_NOOP("errors", "There is no region called '{region}'."),
    "not_found.municipality": QT_TRANSLATE_NOOP("errors", "A municipality no longer exists."),
    "not_found.stage_change": QT_TRANSLATE_NOOP("errors", "That stage change no longer exists."),
    "not_found.criterion": QT_TRANSLATE_NOOP("errors", "That criterion no longer exists."),
    "not_found.comment": QT_TRANSLATE_NOOP("errors", "That comment no longer exists."),
    "not_found.candidacy": QT_TRANSLATE_NOOP("errors", "That candidacy no longer exists."),
    "not_found.version": QT_TRANSLATE_NOOP("errors", "That proposal version no longer exists."),
    "not_found.proposal": QT_TRANSLATE_NOOP("errors", "That proposal no longer exists."),
    # Input that breaks a rule (the field is in the error's `field`)
    "validation.required": QT_TRANSLATE_NOOP("errors", "{what} is required."),
    "validation.email": QT_TRANSLATE_NOOP("errors", "'{value}' is not a valid e-mail address."),
    "validation.phone": QT_TRANSLATE_NOOP("errors", "'{value}' is not a valid phone number."),
    "validation.date_required": QT_TRANSLATE_NOOP("errors", "A date is required."),
    "validation.date_future": QT_TRANSLATE_NOOP("errors", "The date lies in the future."),
    "validation.merge_itself": QT_TRANSLATE_NOOP("errors", "A record cannot be merged with itself."),
    "validation.no_municipality": QT_TRANSLATE_NOOP("errors", "Choose at least one municipality."),
    "validation.stage_name": QT_TRANSLATE_NOOP("errors", "A stage needs a name."),
    "validation.stage_duplicate": QT_TRANSLATE_NOOP("errors", "Two stages have the same name."),
    "validation.stages_changed": QT_TRANSLATE_NOOP(
        "errors", "The stage list changed meanwhile; reopen it."),
    "validation.stage_corrected": QT_TRANSLATE_NOOP(
        "errors", "This stage change was corrected; undo the correction first."),
    "validation.stage_required": QT_TRANSLATE_NOOP("errors", "Choose a stage."),
    "validation.same_stage": QT_TRANSLATE_NOOP("errors", "The region is already at this stage."),
    "validation.before_previous_stage": QT_TRANSLATE_NOOP(
        "errors", "The date lies before the region's previous stage change ({previous})."),
    "validation.reason_required": QT_TRANSLATE_NOOP("errors", "A reason is required."),
    "validation.due_before_today": QT_TRANSLATE_NOOP(
        "errors", "The next action cannot be due before today."),
    "validation.criteria_changed": QT_TRANSLATE_NOOP(
        "errors", "The list of criteria changed meanwhile."),
    "validation.criterion_used": QT_TRANSLATE_NOOP(
        "errors", "'{name}' is used in reviews: it cannot be deleted, only deactivated."),
    "validation.criterion_name": QT_TRANSLATE_NOOP("errors", "A criterion needs a name."),
    "validation.criterion_duplicate": QT_TRANSLATE_NOOP(
        "errors", "A criterion named '{name}' already exists."),
    "validation.comment_text": QT_TRANSLATE_NOOP("errors", "Write the comment first."),
    "validation.comment_settled": QT_TRANSLATE_NOOP(
        "errors", "A comment is settled in a later version."),
    "validation.legal_basis": QT_TRANSLATE_NOOP("errors", "Unknown legal basis."),
    "validation.before_previous_status": QT_TRANSLATE_NOOP(
        "errors", "The date lies before the candidacy's previous status ({previous})."),
    "validation.one_accepted": QT_TRANSLATE_NOOP(
        "errors", "The region already has an accepted network leader."),
    "validation.contact_kind": QT_TRANSLATE_NOOP("errors", "Choose the kind of contact."),
    "validation.action_before_moment": QT_TRANSLATE_NOOP(
        "errors", "Action {number} cannot be due before the contact moment."),
    "validation.proposal_exists": QT_TRANSLATE_NOOP("errors", "{region} already has a proposal."),
    "validation.proposal_title": QT_TRANSLATE_NOOP("errors", "A proposal needs a title."),
    "validation.duplicate_file": QT_TRANSLATE_NOOP(
        "errors", "{file} was already added as version {number} of {region} ({earlier}): nothing "
        "was added."),
    "validation.received_required": QT_TRANSLATE_NOOP("errors", "A date received is required."),
    "validation.received_future": QT_TRANSLATE_NOOP("errors", "The date received lies in the future."),
    "validation.file_too_large": QT_TRANSLATE_NOOP("errors", "{file} is larger than {limit}."),
    "validation.not_latest": QT_TRANSLATE_NOOP("errors", "Only the latest version can be deleted; version {number} is not."),
    "validation.evidence": QT_TRANSLATE_NOOP(
        "errors", "Version {number} is the evidence of a stage change of the region: it cannot be "
        "deleted."),
    "validation.unknown_region": QT_TRANSLATE_NOOP(
        "errors", "There is no region called '{name}'; the regions are: {known}."),
    # Proposal files (exchange/documents.py, exchange/docx_text.py)
    "document.unsupported": QT_TRANSLATE_NOOP("errors", "{file} is not a PDF or Word (.docx) file."),
    "document.missing": QT_TRANSLATE_NOOP("errors", "{file} cannot be opened: it may have been moved or deleted."),
    "document.empty": QT_TRANSLATE_NOOP("errors", "{file} is empty (0 bytes): ask the promotor to send it again."),
    "document.too_large": QT_TRANSLATE_NOOP(
        "errors", "{file} is {size}; CoachDesk takes files up to {limit}. Ask for a smaller PDF "
        "(without scanned pages)."),
    "document.damaged": QT_TRANSLATE_NOOP("errors", "{file} is damaged and cannot be read: ask the promotor to send it "
        "again."),
    "document.part_too_large": QT_TRANSLATE_NOOP(
        "errors", "{file} holds a part too large to read safely."),
    "document.too_long": QT_TRANSLATE_NOOP("errors", "{file} is too long to read."),
    "document.old_doc": QT_TRANSLATE_NOOP(
        "errors", "{file} is an old Word document (.doc) with a .docx name, or a password-protected "
        "one. Open it in Word and save it as .docx or PDF."),
    "document.not_docx": QT_TRANSLATE_NOOP("errors", "{file} is not a Word document, although its name ends in .docx."),
    "document.not_pdf": QT_TRANSLATE_NOOP("errors", "{file} is not a PDF document, although its name ends in .pdf."),
    "document.encrypted": QT_TRANSLATE_NOOP(
        "errors", "{file} is protected with a password. Ask the promotor for a version without a "
        "password."),
    "document.no_pages": QT_TRANSLATE_NOOP("errors", "{file} is a PDF without any pages."),
    "document.write_failed": QT_TRANSLATE_NOOP(
        "errors", "{file} cannot be written ({cause}). Choose another folder."),
    "document.too_many_pages": QT_TRANSLATE_NOOP(
        "errors", "{file} has {pages} pages; CoachDesk takes up to {limit}."),
    # The handoff workbook, read (exchange/workbook_guard.py, exchange/workbook_reader.py)
    "workbook.missing_file": QT_TRANSLATE_NOOP("errors", "{file} does not exist."),
    "workbook.not_a_file": QT_TRANSLATE_NOOP("errors", "{file} is a folder, not a workbook."),
    "workbook.empty": QT_TRANSLATE_NOOP("errors", "{file} is empty."),
    "workbook.too_large": QT_TRANSLATE_NOOP(
        "errors", "{file} is far larger than any handoff workbook."),
    "workbook.encrypted": QT_TRANSLATE_NOOP(
        "errors", "{file} is password-protected (or an old .xls file): save it without a "
        "password as an Excel workbook (.xlsx)."),
    "workbook.not_xlsx": QT_TRANSLATE_NOOP(
        "errors", "{file} is not an Excel workbook (.xlsx); it may be a text, CSV or PDF file "
        "that was renamed."),
    "workbook.bad_zip": QT_TRANSLATE_NOOP("errors", "{file} is damaged or not an Excel workbook."),
    "workbook.too_many_parts": QT_TRANSLATE_NOOP(
        "errors", "{file} holds far more parts than a handoff workbook."),
    "workbook.zip_bomb": QT_TRANSLATE_NOOP(
        "errors", "{file} expands to far more data than any handoff workbook (a damaged or "
        "malicious file)."),
    "workbook.too_many_rows": QT_TRANSLATE_NOOP(
        "errors", "{file}: the sheet '{sheet}' has far more rows than any handoff workbook."),
    "workbook.too_large_sheet": QT_TRANSLATE_NOOP(
        "errors", "{file}: a sheet of the workbook reaches row {rows} and column {columns}, far "
        "more than any handoff workbook."),
    "workbook.unreadable": QT_TRANSLATE_NOOP("errors", "{file} is damaged and cannot be read."),
    "workbook.no_meta": QT_TRANSLATE_NOOP(
        "errors", "{file} is not a CoachDesk handoff workbook: its hidden sheet '_meta' is "
        "missing or changed."),
    "workbook.bad_meta": QT_TRANSLATE_NOOP(
        "errors", "{file}: the hidden sheet '_meta' was changed and cannot be read ({column})."),
    "workbook.future_version": QT_TRANSLATE_NOOP(
        "errors", "{file} was made by a newer CoachDesk (format version {version}): update "
        "CoachDesk to read it."),
    "workbook.foreign": QT_TRANSLATE_NOOP(
        "errors", "{file} was exported from another coach's database ({detail}); CoachDesk imports "
        "only workbooks exported from this database, so nothing was imported."),
    "workbook.missing_sheet": QT_TRANSLATE_NOOP("errors", "{file}: the sheet '{sheet}' is missing."),
    "workbook.missing_column": QT_TRANSLATE_NOOP(
        "errors", "{file}: sheet '{sheet}' has no column '{column}' in its first row."),
    "workbook.bad_value": QT_TRANSLATE_NOOP(
        "errors", "{file}: sheet '{sheet}', row {row}, column '{column}': this value does not fit "
        "the column (write dates as dd/mm/yyyy, numbers as digits)."),
    "workbook.bad_row": QT_TRANSLATE_NOOP("errors", "{file}: sheet '{sheet}', row {row} cannot be read."),
    "workbook.duplicate_id": QT_TRANSLATE_NOOP(
        "errors", "{file}: sheet '{sheet}', row {row}, column '{column}': the ID also appears in "
        "row {other}."),
    # The handoff workbook, written and merged (exchange/workbook_writer.py, exchange/merge.py)
    "workbook.is_folder": QT_TRANSLATE_NOOP(
        "errors", "{file} is a folder: choose a file name ending in .xlsx."),
    "workbook.not_xlsx_name": QT_TRANSLATE_NOOP(
        "errors", "{file}: the workbook's name must end in .xlsx."),
    "workbook.no_folder": QT_TRANSLATE_NOOP(
        "errors", "{file} cannot be written: its folder does not exist."),
    "workbook.read_only": QT_TRANSLATE_NOOP(
        "errors", "{file} cannot be written: the folder is read-only or full; nothing was written."),
    "workbook.disk_full": QT_TRANSLATE_NOOP(
        "errors", "{file} cannot be written: the disk is full; nothing was written."),
    "workbook.locked": QT_TRANSLATE_NOOP(
        "errors", "{file} cannot be replaced: it is open in another program (close it in Excel) "
        "or it is read-only."),
    "merge.too_few": QT_TRANSLATE_NOOP("errors", "Merging needs at least two workbooks."),
    "merge.same_database": QT_TRANSLATE_NOOP(
        "errors", "{file}: comes from the same coach's database as another workbook ({coach}); "
        "merge only one export per coach."),
    "merge.into_source": QT_TRANSLATE_NOOP(
        "errors", "{file}: the merged workbook cannot replace one of its sources."),
    # Importing a workbook (services/handoff_import.py)
    "import.invalid": QT_TRANSLATE_NOOP(
        "errors", "{file}: sheet '{sheet}', row {row}, column '{column}': {problem}; nothing was "
        "imported ({count} invalid cells in all)."),
    "import.invalid_row": QT_TRANSLATE_NOOP(
        "errors", "{file}: sheet '{sheet}', row {row}: {problem}; nothing was imported ({count} "
        "invalid cells in all)."),
    "import.deleted_meanwhile": QT_TRANSLATE_NOOP(
        "errors", "{file}: sheet '{sheet}', row {row}: the record was deleted meanwhile; nothing "
        "was imported."),
    "import.breaks_rule": QT_TRANSLATE_NOOP(
        "errors", "{file}: the import breaks a rule of the database; nothing was imported."),
    # One invalid cell of an import (a Problem; also the `problem` field above)
    "cell.empty": QT_TRANSLATE_NOOP("errors", "this field may not be empty"),
    "cell.not_in_list": QT_TRANSLATE_NOOP("errors", "choose one of: {detail}"),
    "cell.unknown_region": QT_TRANSLATE_NOOP("errors", "there is no region called '{detail}'"),
    "cell.too_long": QT_TRANSLATE_NOOP("errors", "longer than {detail} characters"),
    "cell.not_email": QT_TRANSLATE_NOOP("errors", "this is not an e-mail address"),
    "cell.unknown_id": QT_TRANSLATE_NOOP("errors", "CoachDesk knows no record with ID '{detail}'"),
    "cell.bad_id": QT_TRANSLATE_NOOP("errors", "a new row needs an empty ID or a UUID"),
    "cell.done_without_date": QT_TRANSLATE_NOOP(
        "errors", "a finished action needs the date it was finished"),
    "cell.not_mine": QT_TRANSLATE_NOOP(
        "errors", "this merged workbook holds no rows of this database"),
    "cell.foreign": QT_TRANSLATE_NOOP(
        "errors", "this workbook was exported from another coach's database ({detail}); import "
        "only workbooks exported from this one"),
    "cell.formula": QT_TRANSLATE_NOOP(
        "errors", "the cell holds the formula {detail} instead of a value; type the value itself "
        "(CoachDesk does not take a formula's result)"),
    "cell.formula_without_value": QT_TRANSLATE_NOOP(
        "errors", "the cell holds the formula {detail}, saved without a computed value; type the "
        "value itself"),
    "cell.at": QT_TRANSLATE_NOOP("errors", "Sheet '{sheet}', row {row}, column '{column}': {problem}."),
    "cell.at_row": QT_TRANSLATE_NOOP("errors", "Sheet '{sheet}', row {row}: {problem}."),
}

# Fields whose value is itself a code: shown as the phrase, in the same language.
PHRASES: dict[str, dict[str, str]] = {
    "cause": {
        "disk_full": QT_TRANSLATE_NOOP("errors", "the disk is full"),
        "no_access": QT_TRANSLATE_NOOP("errors", "that place cannot be written to"),
        "in_use": QT_TRANSLATE_NOOP("errors", "the file is in use by another program"),
        "missing": QT_TRANSLATE_NOOP("errors", "the file or its folder does not exist"),
        "read_only": QT_TRANSLATE_NOOP("errors", "the file or its folder is read-only"),
        "locked": QT_TRANSLATE_NOOP("errors", "another program is using the file"),
        "io": QT_TRANSLATE_NOOP("errors", "the disk reported an error"),
        "damaged": QT_TRANSLATE_NOOP(
            "errors", "the file is damaged (Help > Check the database can repair it)"),
        "other": QT_TRANSLATE_NOOP("errors", "the system refused it"),
    },
    "what": {
        "name": QT_TRANSLATE_NOOP("errors", "A name"),
        "subject": QT_TRANSLATE_NOOP("errors", "A subject"),
        "participant": QT_TRANSLATE_NOOP("errors", "A participant's name"),
        "description": QT_TRANSLATE_NOOP("errors", "A description"),
        "action_description": QT_TRANSLATE_NOOP("errors", "An action's description"),
    },
}
PHRASES["problem"] = {code.removeprefix("cell."): text for code, text in ERRORS.items()
                      if code.startswith("cell.") and code not in ("cell.at", "cell.at_row")}


class _Fields(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def fill(template: str, fields: Mapping[str, object], translate: Translate = english) -> str:
    """The template in the coach's language with its fields filled in (phrases translated)."""
    values = _Fields()
    for name, value in fields.items():
        phrase = PHRASES.get(name, {}).get(str(value)) if isinstance(value, str) else None
        if phrase is not None:
            inner = {k: v for k, v in fields.items() if k != name}
            values[name] = fill(phrase, inner, translate)
        else:
            values[name] = "" if value is None else str(value)
    text = translate(CONTEXT, template) or template
    try:
        return string.Formatter().vformat(text, (), values)
    except (ValueError, IndexError, KeyError):  # a broken translation: the English, filled
        return string.Formatter().vformat(template, (), values)


def render(error: CoachDeskError, translate: Translate = english) -> str:
    """One sentence for an error; a code not in the registry is shown as it is."""
    template = ERRORS.get(error.code)
    if template is None:
        return error.code
    return fill(template, error.params, translate)


def describe(exc: BaseException, translate: Translate = english) -> str:
    """What to tell the coach about any exception: a registered error in their language."""
    from coachdesk.domain.errors import CoachDeskError

    if isinstance(exc, CoachDeskError):
        return render(exc, translate)
    return str(exc)
