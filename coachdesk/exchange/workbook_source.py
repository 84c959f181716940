"""The cells of a checked workbook, read by calamine (fast), after a scan that bounds its work.

calamine builds each sheet as a dense grid, so a few bytes naming cell XFD1048576 could ask
for billions of cells: the scan reads every cell reference first and refuses such sheets.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from coachdesk.exchange.workbook_guard import fail

MAX_ROWS = 250_000  # per sheet; the large demo database has 100,000 contact moments
MAX_COLUMNS = 200
MAX_CELLS = 8_000_000  # rows x columns of one sheet's grid
SCAN_CHUNK = 1 << 20

_ROW = re.compile(rb'<row r="([0-9]{1,7})"')
_WIDE = re.compile(rb'<c r="([A-Z]{2,3})[0-9]')  # columns past Z are rare: find them apart
_CELL_FAR = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{6,})"')  # rows past 99,999
_DIMENSION = re.compile(rb'<dimension ref="([A-Z]{0,3})([0-9]{0,7}):?([A-Z]{0,3})([0-9]{0,7})"')


def column_number(letters: bytes | str) -> int:
    number = 0
    for char in letters if isinstance(letters, str) else letters.decode("ascii"):
        number = number * 26 + ord(char) - 64
    return number


def scan_sheets(path: Path) -> list[str]:
    """Refuse sheets whose grid would be far larger than any handoff workbook's.

    Returns the worksheet parts that hold a formula (`<f>`), for a closer look.
    """
    with_formulas: list[str] = []
    try:
        with zipfile.ZipFile(path) as archive:
            extents = [_extent(archive, info, with_formulas) for info in archive.infolist()
                       if info.filename.startswith("xl/worksheets/")
                       and info.filename.endswith(".xml")]
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError,
            NotImplementedError) as exc:
        raise fail(path, "bad_zip") from exc
    for rows, cols in extents:
        if rows > MAX_ROWS + 1 or cols > MAX_COLUMNS or rows * cols > MAX_CELLS:
            raise fail(path, "too_large_sheet", "too_many_rows", rows=f"{rows:,}",
                       columns=f"{cols:,}")
    return with_formulas


def _extent(archive: zipfile.ZipFile, info: zipfile.ZipInfo,
            with_formulas: list[str]) -> tuple[int, int]:
    """The last row and column a sheet's cells and dimension name, read in bounded chunks."""
    max_row = max_col = 0
    positioned = cells = 0
    tail = b""
    with archive.open(info) as fh:
        while chunk := fh.read(SCAN_CHUNK):
            data = tail + chunk
            cut = data.rfind(b"<")  # a tag cut in two is scanned with the next chunk
            cut = cut if cut > 0 else len(data)
            data, tail = data[:cut], data[cut:]
            positioned += data.count(b'<c r="')
            if (b"<f>" in data or b"<f " in data) and info.filename not in with_formulas:
                with_formulas.append(info.filename)
            cells += data.count(b"<c ") + data.count(b"<c>") + data.count(b"<c/")
            far = _CELL_FAR.findall(data)
            rows = _ROW.findall(data) + [r for _c, r in far]
            if rows:
                max_row = max(max_row, max(map(int, rows)))
            if b'<c r="' in data:
                letters = {c for c, _r in far} | set(_WIDE.findall(data))
                max_col = max([max_col, 26, *map(column_number, letters)])
            for dim in _DIMENSION.findall(data):
                max_row = max(max_row, int(dim[3] or dim[1] or 0))
                max_col = max(max_col, column_number(dim[2] or dim[0] or b""))
    if cells > positioned:  # cells without a position: their place cannot be bounded cheaply
        return MAX_ROWS + 2, MAX_COLUMNS + 1
    return max_row, max_col


class Book:
    """A workbook's sheet names and rows of plain values ('' for an empty cell)."""

    def __init__(self, path: Path) -> None:
        self._book = CalamineWorkbook.from_path(str(path))
        self.sheetnames: list[str] = list(self._book.sheet_names)

    def rows(self, name: str) -> Iterator[list[Any]]:
        sheet = self._book.get_sheet_by_name(name)
        yield from sheet.to_python(skip_empty_area=False)

    def close(self) -> None:
        close = getattr(self._book, "close", None)
        if callable(close):
            close()
