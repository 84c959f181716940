"""Write the handoff workbook (CONTRACTS.md section 2) fast, safely, and readable for a person."""

from __future__ import annotations

import errno
import io
import os
import tempfile
import warnings
import zipfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from coachdesk import __version__
from coachdesk.domain import handoff as h
from coachdesk.domain.errors import CoachDeskError
from coachdesk.exchange import cover, package
from coachdesk.exchange.cover import print_setup
from coachdesk.exchange.partials import remove_stale_partials
from coachdesk.exchange.sheets import ALSO_WITH_HEADER, COACH_HEADER, SHEETS, Column, Kind, Sheet
from coachdesk.exchange.xml_rows import CHUNK_ROWS, FORMULA_START, CellRenderer, render_rows

DATE_FORMAT = "DD/MM/YYYY"
MAX_WIDTH = 60
WRAP_WIDTH = 40  # long text wraps in a column this wide, so a printed sheet stays readable
FONT = "Calibri"  # named, with a size: LibreOffice otherwise falls back to a serif
TABLE_STYLE = TableStyleInfo(name="TableStyleLight1", showRowStripes=True)


class _Styles:
    """Prepared cell styles; copying a style array is far cheaper than styling each cell."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        header = WriteOnlyCell(ws)
        header.font = Font(name=FONT, size=11, family=2, bold=True)
        header.fill = PatternFill("solid", fgColor="DDE7F0")
        header.border = Border(bottom=Side(style="thin", color="7F8C99"))
        header.alignment = Alignment(vertical="center")
        date = WriteOnlyCell(ws)
        date.number_format = DATE_FORMAT
        date.alignment = Alignment(horizontal="center")  # not glued to the next column's text
        number = WriteOnlyCell(ws)
        number.alignment = Alignment(horizontal="center")
        text = WriteOnlyCell(ws)
        text.quotePrefix = True  # shown and kept as text, even when edited in a spreadsheet
        title = WriteOnlyCell(ws)
        title.font = Font(name=FONT, size=14, family=2, bold=True)
        label = WriteOnlyCell(ws)
        label.font = Font(name=FONT, size=11, family=2, bold=True)
        label.alignment = Alignment(vertical="top")
        wrap = WriteOnlyCell(ws)
        wrap.alignment = Alignment(wrap_text=True, vertical="top")
        wrap_text = WriteOnlyCell(ws)
        wrap_text.alignment = Alignment(wrap_text=True, vertical="top")
        wrap_text.quotePrefix = True
        self.arrays = {name: cell._style for name, cell in (
            ("plain", WriteOnlyCell(ws)), ("header", header), ("date", date), ("number", number),
            ("text", text), ("title", title), ("label", label), ("wrap", wrap),
            ("wrap_text", wrap_text))}

    def cell(self, ws: WriteOnlyWorksheet, value: Any, style: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=value)
        if isinstance(value, str) and value[:1] in FORMULA_START and value:
            cell._value, cell.data_type = value, "s"
        if style != "plain":
            cell._style = self.arrays[style].__copy__()
        return cell


def write_handoff(path: Path, data: h.HandoffData, progress: h.ProgressSink | None = None) -> Path:
    """Write `data` to `path` through a temporary file; the target appears whole or not at all."""
    path = Path(path)
    sink = progress or h.NoProgress()
    if path.is_dir():
        raise CoachDeskError("workbook.is_folder", file=str(path), reason="is_folder")
    partial = _open_partial(path)
    try:
        try:
            with open(partial, "wb") as fh:
                _write(fh, data, sink)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise _not_written(path, exc) from exc
        sink.check()
        _replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path


def _not_written(path: Path, exc: OSError) -> CoachDeskError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return CoachDeskError("workbook.disk_full", file=str(path), reason="disk_full")
    return CoachDeskError("workbook.read_only", file=str(path), reason="read_only")


def _open_partial(path: Path) -> Path:
    folder = path.parent
    if not folder.is_dir():
        raise CoachDeskError("workbook.no_folder", file=str(path), reason="no_folder")
    remove_stale_partials(folder)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".partial", dir=folder)
    except OSError as exc:
        raise CoachDeskError("workbook.read_only", file=str(path), reason="read_only") from exc
    os.close(fd)
    os.chmod(name, 0o600)
    return Path(name)


def _replace(partial: Path, path: Path) -> None:
    try:
        os.replace(partial, path)
    except PermissionError as exc:
        raise CoachDeskError("workbook.locked", file=str(path), reason="locked") from exc
    except OSError as exc:
        raise CoachDeskError("workbook.read_only", file=str(path), reason="read_only") from exc


@dataclass
class _Part:
    """A data sheet whose rows are rendered into the zip after openpyxl wrote its frame."""

    name: str
    entry: str
    columns: list[Column]
    rows: list[Any]
    values: Callable[[Any], list[Any]]
    counted: bool

    def head(self, xml: str) -> str:
        return package.with_dimension(xml, len(self.columns), len(self.rows) + 1)

    def tail(self, xml: str) -> str:
        ids = package.text_id_ranges([c.kind for c in self.columns], len(self.rows))
        return package.with_ignored_errors(xml, ids)


def _write(fh: BinaryIO, data: h.HandoffData, sink: h.ProgressSink) -> None:
    frame = io.BytesIO()
    book, parts, renderer = _frame(data)
    book.save(frame)
    total = max(1, sum(len(p.rows) for p in parts if p.counted))
    done = 0
    by_entry = {p.entry: p for p in parts}
    with zipfile.ZipFile(frame) as template, zipfile.ZipFile(fh, "w") as out:
        for info in template.infolist():
            part = by_entry.get(info.filename)
            if part is None:
                body = template.read(info)
                if info.filename == "docProps/app.xml":
                    body = package.app_properties(__version__)
                elif info.filename.startswith("xl/worksheets/sheet"):
                    body = package.sized(body.decode("utf-8")).encode("utf-8")
                out.writestr(package.entry(info.filename), body)
                continue
            head, tail = template.read(info).decode("utf-8").split("</sheetData>", 1)
            with out.open(package.entry(info.filename), "w") as sheet_xml:
                sheet_xml.write(part.head(head).encode("utf-8"))
                rows = (part.values(r) for r in part.rows)
                kinds = [(c.kind, c.wrap) for c in part.columns]
                for chunk in render_rows(rows, kinds, renderer):
                    sheet_xml.write(chunk.encode("utf-8"))
                    if part.counted:
                        done = min(total, done + CHUNK_ROWS)
                        sink.report(done, total, part.name)
                    sink.check()
                sheet_xml.write(("</sheetData>" + part.tail(tail)).encode("utf-8"))
    sink.report(total, total, "")


def _frame(data: h.HandoffData) -> tuple[Workbook, list[_Part], CellRenderer]:
    """The workbook without its data rows: cover, headers, widths, filters, `_meta`."""
    wb = Workbook(write_only=True)
    _properties(wb, data)
    cover_ws = wb.create_sheet(h.README)
    styles = _Styles(cover_ws)
    present = [s for s in SHEETS if s.name in data.sheets]
    cover.write_cover(cover_ws, data, present, styles)
    parts = []
    for index, sheet in enumerate(present, start=2):
        ws = wb.create_sheet(sheet.name)
        parts.append(_frame_sheet(ws, index, sheet, data.sheets[sheet.name], data.merged, styles))
    meta = wb.create_sheet(h.META)
    cover.write_meta(meta, data, styles)
    meta.sheet_state = "hidden"
    renderer = CellRenderer(*(wb._cell_styles.add(styles.arrays[name])
                              for name in ("date", "text", "number", "wrap", "wrap_text")))
    return wb, parts, renderer


def _properties(wb: Workbook, data: h.HandoffData) -> None:
    """Who made the workbook and what it is, as a file browser and Excel's Info pane show."""
    coach = data.meta.coach or "CoachDesk"
    props = wb.properties
    props.creator = props.lastModifiedBy = coach
    props.title = ("CoachDesk: samengevoegde overdracht aan het hoofdkantoor" if data.merged
                   else "CoachDesk: overdracht aan het hoofdkantoor")
    props.subject = "Regionale organisatienetwerken (oproep 41)"
    props.description = f"Gemaakt met CoachDesk {__version__}"
    props.keywords = "CoachDesk; overdracht"
    wb.calculation.fullCalcOnLoad = None  # no formulas: nothing to recalculate on opening


def _frame_sheet(ws: WriteOnlyWorksheet, index: int, sheet: Sheet, rows: list[Any],
                 merged: bool, styles: _Styles) -> _Part:
    cols = sheet_columns(sheet, merged)
    values = _row_values(sheet, rows, merged)
    widths = _widths(cols, rows, values)
    for number, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(number)].width = width
    ws.freeze_panes = "A2"
    ref = f"A1:{get_column_letter(len(cols))}{max(len(rows), 1) + 1}"
    table = Table(
        displayName=sheet.table, ref=ref, autoFilter=AutoFilter(ref=ref),
        tableColumns=[TableColumn(id=i, name=c.header) for i, c in enumerate(cols, start=1)],
        tableStyleInfo=TABLE_STYLE)
    with warnings.catch_warnings():  # the columns are given: openpyxl warns regardless
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(table)
    print_setup(ws, widths, landscape=True)
    ws.print_title_rows = "1:1"
    ws.append([styles.cell(ws, c.header, "header") for c in cols])
    return _Part(sheet.name, f"xl/worksheets/sheet{index}.xml", cols, rows, values, sheet.name != h.CHANGES)


def sheet_columns(sheet: Sheet, merged: bool) -> list[Column]:
    """The columns as written: a merged workbook adds `Coach` second and `Ook bij coach` last."""
    cols = list(sheet.columns)
    if merged:
        cols.insert(1, Column(COACH_HEADER, "coach"))
        cols.append(Column(ALSO_WITH_HEADER, "also_with"))
    return cols


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


def _widths(cols: list[Column], rows: list[Any], values: Callable[[Any], list[Any]]) -> list[float]:
    """Each column as wide as its content (within limits), measured before anything is written."""
    measured = [i for i, c in enumerate(cols) if not c.width and c.kind is not Kind.DATE]
    longest = dict.fromkeys(measured, 0)
    for row in rows:
        vals = values(row)
        for i in measured:
            value = vals[i]
            if value is not None:
                size = _display_len(value)
                if size > longest[i]:
                    longest[i] = size
    widths: list[float] = []
    for index, col in enumerate(cols):
        content = col.width or longest.get(index, 10)
        widest = WRAP_WIDTH if col.wrap else MAX_WIDTH
        widths.append(col.width or min(max(len(col.header) + 3, content + 2), widest))
    return widths


def _display_len(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        return len(value) if "\n" not in value else max(map(len, value.splitlines()), default=0)
    if isinstance(value, float):
        return len(f"{value:.1f}")
    return len(str(value))

