"""Checks a file before a spreadsheet library opens it: kind, size, and what its zip expands to."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from coachdesk.domain.errors import FileFormatError

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 500
MAX_ENTRY_BYTES = 600 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 250  # spreadsheet XML compresses well, but not this well
RATIO_FROM_BYTES = 10 * 1024 * 1024

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"


def fail(path: Path, code: str, reason: str = "", **params: object) -> FileFormatError:
    """The error `workbook.<code>`, naming the file (and sheet, row and column)."""
    return FileFormatError(f"workbook.{code}", file=str(path), reason=reason or code, **params)


def check_file(path: Path) -> None:
    """Raise FileFormatError unless `path` looks like a sane .xlsx file."""
    if not path.exists():
        raise fail(path, "missing_file")
    if not path.is_file():
        raise fail(path, "not_a_file")
    size = path.stat().st_size
    if size == 0:
        raise fail(path, "empty")
    if size > MAX_FILE_BYTES:
        raise fail(path, "too_large")
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(OLE2):
        raise fail(path, "encrypted")
    if head.startswith(b"%PDF"):
        raise fail(path, "not_xlsx")
    if not head.startswith(ZIP):
        raise fail(path, "not_xlsx")
    check_zip(path)


def check_zip(path: Path) -> None:
    """The zip's declared contents must be few, small and plausibly compressed.

    Python's zip reader never inflates an entry beyond its declared size, so checking the
    declared sizes bounds the work a zip bomb can cause.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            names = set(archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
            NotImplementedError, struct.error) as exc:
        raise fail(path, "bad_zip") from exc
    if len(entries) > MAX_ENTRIES:
        raise fail(path, "too_many_parts")
    total = 0
    for entry in entries:
        total += entry.file_size
        packed = max(entry.compress_size, 1)
        if (entry.file_size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES
                or (entry.file_size > RATIO_FROM_BYTES and entry.file_size / packed > MAX_RATIO)):
            raise fail(path, "zip_bomb")
    if "xl/workbook.xml" not in names:
        raise fail(path, "not_xlsx")
