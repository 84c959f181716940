"""Write the handoff workbook (CONTRACTS.md section 2) fast, safely, and readable for a person."""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from coachdesk.domain import handoff as h
from coachdesk.domain.errors import CoachDeskError
from coachdesk.exchange import cover
from coachdesk.exchange.sheets import ALSO_WITH_HEADER, COACH_HEADER, SHEETS, Column, Kind, Sheet

FORMULA_START = frozenset("=+-@\t\r")
DATE_FORMAT = "DD/MM/YYYY"
MAX_WIDTH = 60
PROGRESS_EVERY = 2000


class _Styles:
    """Prepared cell styles; copying a style array is far cheaper than styling each cell."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        header = WriteOnlyCell(ws)
        header.font = Font(bold=True)
        header.fill = PatternFill("solid", fgColor="DDE7F0")
        header.border = Border(bottom=Side(style="thin", color="7F8C99"))
        header.alignment = Alignment(vertical="center")
        date = WriteOnlyCell(ws)
        date.number_format = DATE_FORMAT
        text = WriteOnlyCell(ws)
        text.quotePrefix = True  # shown and kept as text, even when edited in a spreadsheet
        title = WriteOnlyCell(ws)
        title.font = Font(bold=True, size=14)
        label = WriteOnlyCell(ws)
        label.font = Font(bold=True)
        label.alignment = Alignment(vertical="top")
        wrap = WriteOnlyCell(ws)
        wrap.alignment = Alignment(wrap_text=True, vertical="top")
        self.arrays = {name: cell._style for name, cell in (
            ("plain", WriteOnlyCell(ws)), ("header", header), ("date", date), ("text", text), ("title", title),
            ("label", label), ("wrap", wrap))}

    def cell(self, ws: WriteOnlyWorksheet, value: Any, style: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=value)
        if isinstance(value, str) and value[:1] in FORMULA_START and value:
            cell._value, cell.data_type = value, "s"
        if style != "plain":
            cell._style = self.arrays[style].__copy__()
        return cell

    def text(self, ws: WriteOnlyWorksheet, value: str) -> WriteOnlyCell:
        """A cell that holds `value` as text, even when it looks like a formula."""
        cell = WriteOnlyCell(ws)
        cell._value = value
        cell.data_type = "s"
        cell._style = self.arrays["text"].__copy__()
        return cell


def clean_text(value: str) -> str:
    """Text a workbook can hold: no control characters, at most Excel's 32,767 characters."""
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return value[:32767]


def write_handoff(path: Path, data: h.HandoffData, progress: h.ProgressSink | None = None) -> Path:
    """Write `data` to `path` through a temporary file; the target appears whole or not at all."""
    path = Path(path)
    sink = progress or h.NoProgress()
    if path.is_dir():
        raise CoachDeskError(f"{path} is a folder; choose a file name ending in .xlsx.")
    partial = _open_partial(path)
    try:
        with open(partial, "wb") as fh:
            _build(data, sink).save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        sink.check()
        _replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path


def _open_partial(path: Path) -> Path:
    folder = path.parent
    if not folder.is_dir():
        raise CoachDeskError(f"{path} cannot be written: the folder {folder} does not exist.")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".partial", dir=folder)
    except OSError as exc:
        raise CoachDeskError(
            f"{path} cannot be written: the folder is read-only or full ({exc.strerror or exc})."
        ) from exc
    os.close(fd)
    os.chmod(name, 0o600)
    return Path(name)


def _replace(partial: Path, path: Path) -> None:
    try:
        os.replace(partial, path)
    except PermissionError as exc:
        raise CoachDeskError(
            f"{path} cannot be replaced: it is open in another program (close it in Excel) "
            "or it is read-only."
        ) from exc
    except OSError as exc:
        raise CoachDeskError(f"{path} cannot be written: {exc.strerror or exc}.") from exc


def _build(data: h.HandoffData, sink: h.ProgressSink) -> Workbook:
    wb = Workbook(write_only=True)
    cover_ws = wb.create_sheet(h.README)
    styles = _Styles(cover_ws)
    total = max(1, data.row_count())
    done = 0
    present = [s for s in SHEETS if s.name in data.sheets]
    cover.write_cover(cover_ws, data, present, styles)
    for sheet in present:
        ws = wb.create_sheet(sheet.name)
        for written in _write_sheet(ws, sheet, data.sheets[sheet.name], data.merged, styles):
            if sheet.name != h.CHANGES:
                done += written
            sink.report(min(done, total), total, sheet.name)
            sink.check()
    meta = wb.create_sheet(h.META)
    cover.write_meta(meta, data, styles)
    meta.sheet_state = "hidden"
    return wb


def sheet_columns(sheet: Sheet, merged: bool) -> list[Column]:
    """The columns as written: a merged workbook adds `Coach` second and `Ook bij coach` last."""
    cols = list(sheet.columns)
    if merged:
        cols.insert(1, Column(COACH_HEADER, "coach"))
        cols.append(Column(ALSO_WITH_HEADER, "also_with"))
    return cols


def _write_sheet(ws: WriteOnlyWorksheet, sheet: Sheet, rows: list[Any], merged: bool,
                 styles: _Styles) -> Iterator[int]:
    cols = sheet_columns(sheet, merged)
    values = _row_values(sheet, rows, merged)
    matrix = [values(r) for r in rows]
    for index, width in enumerate(_widths(cols, matrix), start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{len(matrix) + 1}"
    ws.append([styles.cell(ws, c.header, "header") for c in cols])
    dates = [i for i, c in enumerate(cols) if c.kind is Kind.DATE]
    texts = [i for i, c in enumerate(cols) if c.kind in (Kind.TEXT, Kind.ID)]
    for count, row in enumerate(matrix, start=1):
        ws.append(_cells(ws, row, dates, texts, styles))
        if count % PROGRESS_EVERY == 0:
            yield PROGRESS_EVERY
    yield len(matrix) % PROGRESS_EVERY


def _row_values(sheet: Sheet, rows: list[Any], merged: bool) -> Callable[[Any], list[Any]]:
    getter = sheet.values()
    if not merged:
        return lambda row: list(getter(row))
    coaches: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        coaches[sheet.key_of(row)].add(row.coach)

    def merged_values(row: Any) -> list[Any]:
        out = list(getter(row))
        others = sorted(coaches[sheet.key_of(row)] - {row.coach})
        out.insert(1, row.coach)
        out.append(", ".join(others))
        return out

    return merged_values


def _cells(ws: WriteOnlyWorksheet, row: list[Any], dates: list[int], texts: list[int],
           styles: _Styles) -> list[Any]:
    for i in texts:
        value = row[i]
        if value:
            if not isinstance(value, str):
                value = row[i] = str(value)
            if ILLEGAL_CHARACTERS_RE.search(value) or len(value) > 32767:
                value = row[i] = clean_text(value)
            if value and value[0] in FORMULA_START:
                row[i] = styles.text(ws, value)
        elif value == "":
            row[i] = None
    for i in dates:
        if row[i] is not None:
            row[i] = styles.cell(ws, row[i], "date")
    return row


def _widths(cols: list[Column], matrix: list[list[Any]]) -> list[float]:
    widths = []
    for index, col in enumerate(cols):
        if col.width:
            widths.append(col.width)
            continue
        if col.kind is Kind.DATE:
            content = 10
        else:
            content = max((_display_len(r[index]) for r in matrix), default=0)
        widths.append(min(max(len(col.header) + 3, content + 2), MAX_WIDTH))
    return widths


def _display_len(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        return len(value) if "\n" not in value else max(map(len, value.splitlines()), default=0)
    if isinstance(value, float):
        return len(f"{value:.1f}")
    return len(str(value))
