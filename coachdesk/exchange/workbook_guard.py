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


def fail(path: Path, reason: str, code: str, **params: object) -> FileFormatError:
    """One sentence that names the file and says what is wrong with it."""
    return FileFormatError(f"{path}: {reason}.", file=str(path), reason=code, **params)


def check_file(path: Path) -> None:
    """Raise FileFormatError unless `path` looks like a sane .xlsx file."""
    if not path.exists():
        raise fail(path, "the file does not exist", "missing_file")
    if not path.is_file():
        raise fail(path, "this is a folder, not a workbook", "not_a_file")
    size = path.stat().st_size
    if size == 0:
        raise fail(path, "the file is empty", "empty")
    if size > MAX_FILE_BYTES:
        raise fail(path, f"the file is {size // (1024 * 1024)} MB, far larger than any handoff "
                         "workbook", "too_large")
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(OLE2):
        raise fail(path, "the workbook is password-protected or in the old .xls format; save it "
                         "without a password as an Excel workbook (.xlsx)", "encrypted")
    if head.startswith(b"%PDF"):
        raise fail(path, "this is a PDF file, not an Excel workbook (.xlsx)", "not_xlsx")
    if not head.startswith(ZIP):
        raise fail(path, "this is not an Excel workbook (.xlsx); it may be a text or CSV file "
                         "renamed to .xlsx", "not_xlsx")
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
        raise fail(path, f"the file is damaged or not an Excel workbook ({exc})", "bad_zip") from exc
    if len(entries) > MAX_ENTRIES:
        raise fail(path, f"the workbook holds {len(entries)} parts, far more than a handoff "
                         "workbook", "too_many_parts")
    total = 0
    for entry in entries:
        total += entry.file_size
        packed = max(entry.compress_size, 1)
        if (entry.file_size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES
                or (entry.file_size > RATIO_FROM_BYTES and entry.file_size / packed > MAX_RATIO)):
            raise fail(path, "the workbook expands to far more data than any handoff workbook "
                             "(a damaged or malicious file)", "zip_bomb")
    if "xl/workbook.xml" not in names:
        raise fail(path, "this zip file is not an Excel workbook (.xlsx)", "not_xlsx")
