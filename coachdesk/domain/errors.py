"""Domain errors: a stable code plus parameters; the UI and CLI turn them into text."""

from __future__ import annotations


class CoachDeskError(Exception):
    """An expected problem a user can understand and act on."""

    code = "error"

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class ValidationError(CoachDeskError):
    """Input that breaks a rule; `field` names the offending field."""

    code = "validation"

    def __init__(self, message: str, field: str = "", **params: object) -> None:
        super().__init__(message, field=field, **params)
        self.field = field


class NotFoundError(CoachDeskError):
    code = "not_found"


class DatabaseError(CoachDeskError):
    """The database file cannot be used (wrong file, newer schema, no access)."""

    code = "database"


class NewerSchemaError(DatabaseError):
    code = "newer_schema"


class FileFormatError(CoachDeskError):
    """A file that cannot be read; the message names the file (and sheet, row, column)."""

    code = "file_format"
