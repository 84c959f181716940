"""Domain errors: a stable code and its fields; `domain/messages.py` turns them into text.

No error carries prose for people: `str(error)` is the English text from the registry (for
logs and tests); the window and the command line show it in the coach's language.
"""

from __future__ import annotations


class CoachDeskError(Exception):
    """An expected problem a user can understand and act on: `code` plus `params` (fields)."""

    code = "error"

    def __init__(self, code: str = "", /, **params: object) -> None:
        self.code = code or type(self).code
        self.params = params
        super().__init__(self.code)

    @property
    def message(self) -> str:
        return str(self)

    def __str__(self) -> str:
        from coachdesk.domain.messages import render

        return render(self)


class ValidationError(CoachDeskError):
    """Input that breaks a rule; `field` names the offending form field."""

    code = "validation"

    def __init__(self, code: str = "", /, field: str = "", **params: object) -> None:
        super().__init__(code, field=field, **params)
        self.field = field


class NotFoundError(CoachDeskError):
    code = "not_found"


class DatabaseError(CoachDeskError):
    """The database file cannot be used (wrong file, newer schema, no access)."""

    code = "database"


class NewerSchemaError(DatabaseError):
    code = "database.newer_schema"


class FileFormatError(CoachDeskError):
    """A file that cannot be read; its fields name the file (and sheet, row, column)."""

    code = "file_format"


def os_cause(exc: OSError) -> str:
    """A stable code for why a file operation failed (its words: `messages.PHRASES["cause"]`)."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "disk_full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "no_access"
    if exc.errno in (errno.EBUSY, errno.ETXTBSY):
        return "in_use"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "missing"
    return "other"
