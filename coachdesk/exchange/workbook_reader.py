"""Read a handoff workbook back, refusing anything that is not one with one clear sentence."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from openpyxl.utils.datetime import from_excel

from coachdesk.domain import handoff as h
from coachdesk.domain.errors import FileFormatError
from coachdesk.exchange.sheets import COACH_HEADER, META_KEYS, SOURCE_KEY, Kind, Sheet
from coachdesk.exchange.workbook_formulas import Formulas, find_formulas
from coachdesk.exchange.workbook_guard import check_file, fail
from coachdesk.exchange.workbook_source import MAX_ROWS, Book, scan_sheets

MAX_META_ROWS = 1_000


def read_handoff(path: Path | str) -> h.HandoffWorkbook:
    """The workbook at `path`; raises FileFormatError (file, sheet, row, column) for anything else."""
    path = Path(path)
    check_file(path)
    with_formulas = scan_sheets(path)
    try:
        book = Book(path)
    except BaseException as exc:  # calamine raises its own kinds, and panics as BaseException
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise _unreadable(path, exc) from exc
    try:
        formulas = find_formulas(path, with_formulas) if with_formulas else {}
        return _Reader(path, book, formulas).read()
    except FileFormatError:
        raise
    except BaseException as exc:
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise _unreadable(path, exc) from exc
    finally:
        book.close()


def _unreadable(path: Path, exc: BaseException) -> FileFormatError:
    name = type(exc).__name__
    if name == "PasswordError":
        return fail(path, "encrypted")
    if isinstance(exc, (MemoryError, RecursionError)):
        return fail(path, "too_large")
    return fail(path, "unreadable")


class _Reader:
    def __init__(self, path: Path, book: Any, formulas: Formulas | None = None) -> None:
        self.path, self.book = path, book
        self.formulas = formulas or {}

    def read(self) -> h.HandoffWorkbook:
        meta, sources = self._meta()
        wb = h.HandoffWorkbook(meta=meta, sources=sources, path=str(self.path))
        for sheet in h.SHEETS:
            if sheet.name not in self.book.sheetnames:
                if sheet.name == h.CHANGES or (sheet.name == h.PEOPLE and not meta.personal_data):
                    continue
                raise fail(self.path, "missing_sheet",
                           sheet=sheet.name)
            rows, numbers, index = self._sheet(sheet, wb.merged)
            wb.sheets[sheet.name] = rows
            wb.row_numbers[sheet.name] = numbers
            self._formulas(sheet.name, index, wb)
        return wb

    def _meta(self) -> tuple[h.HandoffMeta, list[h.HandoffMeta]]:
        if h.META not in self.book.sheetnames:
            raise fail(self.path, "no_meta", sheet=h.META)
        facts: dict[str, str] = {}
        sources: list[h.HandoffMeta] = []
        rows = self.book.rows(h.META)
        for number, row in enumerate(_bounded(rows, MAX_META_ROWS, self.path, h.META), start=1):
            cells = [_text(v).strip() for v in row[:8]]
            if not cells or not cells[0] or number == 1 and cells[0] == "key":
                continue
            if cells[0] == SOURCE_KEY:
                sources.append(self._source(cells + [""] * 6, number))
            else:
                facts[cells[0]] = cells[1] if len(cells) > 1 else ""
        return self._facts(facts), sources

    def _facts(self, facts: dict[str, str]) -> h.HandoffMeta:
        if facts.get("format") != h.FORMAT:
            raise fail(self.path, "no_meta", sheet=h.META)
        for key in META_KEYS:
            if key not in facts:
                raise fail(self.path, "bad_meta",
                           sheet=h.META, column=key)
        version = facts["format_version"].removesuffix(".0")
        if not version.isdigit():
            raise fail(self.path, "bad_meta", sheet=h.META, column="format_version")
        if int(version) > h.FORMAT_VERSION:
            raise fail(self.path, "future_version", sheet=h.META, column="format_version",
                       version=version)
        return h.HandoffMeta(
            export_id=facts["export_id"], exported_at=self._moment(facts["exported_at"]),
            app_version=facts["app_version"], database_id=facts["database_id"],
            coach=facts["coach"], format_version=int(version),
            personal_data=facts.get("personal_data", "yes") != "no",
            regions=tuple(filter(None, (r.strip() for r in facts.get("regions", "").split(";")))),
        )

    def _source(self, cells: list[str], number: int) -> h.HandoffMeta:
        return h.HandoffMeta(export_id=cells[2], exported_at=self._moment(cells[3], number),
                             database_id=cells[4], app_version=cells[5], coach=cells[1])

    def _moment(self, text: str, row: int = 0) -> datetime:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise fail(self.path, "bad_meta",
                       sheet=h.META, column="exported_at") from None
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)

    def _formulas(self, name: str, index: dict[str, tuple[int, Kind]],
                  wb: h.HandoffWorkbook) -> None:
        """Formula cells of this sheet by (row number, attribute), for the import preview."""
        cells = self.formulas.get(name)
        if not cells:
            return
        attr_of = {col + 1: attr for attr, (col, _kind) in index.items()}
        wb.formulas[name] = {(row, attr_of[col]): found for (row, col), found in cells.items()
                             if col in attr_of}

    def _sheet(self, sheet: Sheet, merged: bool
               ) -> tuple[list[Any], list[int], dict[str, tuple[int, Kind]]]:
        rows = self.book.rows(sheet.name)
        header = next(rows, None) or ()
        index = self._header(sheet, [("" if v is None else str(v).strip()) for v in header], merged)
        convert = [(col, _CONVERT[kind]) for col, kind in index.values()]
        attrs = list(index)
        width = max(col for col, _fn in convert) + 1
        make = sheet.row_type
        result: list[Any] = []
        numbers: list[int] = []
        seen: dict[str, int] = {}
        key_of = sheet.key_getter()
        for number, row in enumerate(_bounded(rows, MAX_ROWS, self.path, sheet.name), start=2):
            if not any(row):  # an empty row (a zero alone does not make a record)
                continue
            if len(row) < width:
                row = list(row) + [None] * (width - len(row))
            try:
                item = make(**dict(zip(attrs, [fn(row[col]) for col, fn in convert])))
            except (ValueError, TypeError, OverflowError):
                raise self._bad_cell(sheet, row, number, attrs, convert) from None
            self._unique(sheet, key_of(item), item.coach, number, seen)
            result.append(item)
            numbers.append(number)
        return result, numbers, index

    def _bad_cell(self, sheet: Sheet, row: Any, number: int, attrs: list[str],
                  convert: list[tuple[int, Any]]) -> FileFormatError:
        """The first cell of a row that does not fit its column, in one sentence."""
        for attr, (col, fn) in zip(attrs, convert):
            try:
                fn(row[col])
            except (ValueError, TypeError, OverflowError):
                header = sheet.column(attr).header if attr != "coach" else COACH_HEADER
                return fail(self.path, "bad_value", sheet=sheet.name, row=number,
                            column=header)  # no cell content: it may be personal
        return fail(self.path, "bad_row", "bad_value", sheet=sheet.name, row=number)

    def _header(self, sheet: Sheet, header: list[str], merged: bool) -> dict[str, tuple[int, Kind]]:
        where = {text: i for i, text in reversed(list(enumerate(header))) if text}
        index: dict[str, tuple[int, Kind]] = {}
        wanted = [(c.header, c.attr, c.kind) for c in sheet.columns]
        if merged:
            wanted.append((COACH_HEADER, "coach", Kind.TEXT))
        for text, attr, kind in wanted:
            if text not in where:
                raise fail(self.path, "missing_column", sheet=sheet.name, column=text)
            index[attr] = (where[text], kind)
        return index

    def _unique(self, sheet: Sheet, key: str, coach: str, number: int,
                seen: dict[str, int]) -> None:
        if not key or not key.replace("|", "").strip():
            return  # a new row without an ID yet
        if coach:
            key = f"{coach}|{key}"
        if key in seen:
            header = sheet.column(sheet.key[0]).header
            shown = key.removeprefix(f"{coach}|") if coach else key
            raise fail(self.path, "duplicate_id", sheet=sheet.name, row=number, column=header,
                       other=seen[key])
        seen[key] = number


def _bounded(rows: Iterator[Any], limit: int, path: Path, sheet: str) -> Iterator[Any]:
    for count, row in enumerate(rows, start=1):
        if count > limit:
            raise fail(path, "too_many_rows", sheet=sheet)
        yield row


def _text(value: Any) -> str:
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y") if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 1 <= value < 2958466:
            raise ValueError("the number is not a date")
        moment = from_excel(value)
        return moment.date() if isinstance(moment, datetime) else None
    if isinstance(value, timedelta):
        raise ValueError("a duration is not a date")
    text = str(value).strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError("the text is not a date (write it as dd/mm/yyyy)")


def _int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("yes/no is not a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    if text.lstrip("-").isdigit() and len(text) < 16:
        return int(text)
    raise ValueError("the value is not a whole number")


def _float(value: Any) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    try:
        return float(str(value).strip().replace(",", ".")[:40])
    except ValueError:
        raise ValueError("the value is not a number") from None


_CONVERT: dict[Kind, Callable[[Any], Any]] = {
    Kind.TEXT: _text, Kind.ID: lambda v: _text(v).strip(), Kind.DATE: _date, Kind.INT: _int,
    Kind.FLOAT: _float,
}
