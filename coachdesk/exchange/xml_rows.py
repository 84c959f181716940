"""Render worksheet rows straight to SpreadsheetML, the same XML openpyxl's writer produces.

The data sheets of a large database hold a million cells; building an openpyxl cell object
for each one is most of an export's time. The sheet around the rows (columns, frozen header,
filter, styles) is still written by openpyxl; only `<row>` elements are rendered here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from typing import Any

from openpyxl.utils import get_column_letter

from coachdesk.domain.handoff import Kind

EPOCH = date(1899, 12, 30)  # Excel's day 0 (the 1900 system, with its leap-year quirk)
FORMULA_START = frozenset("=+-@\t\r")
ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]|[\ud800-\udfff]|[\ufffe\uffff]")
MAX_TEXT = 32767
CHUNK_ROWS = 2000

Render = Callable[[str, Any], str]


def clean_text(value: str) -> str:
    """Text a workbook can hold: no control characters, at most Excel's 32,767 characters."""
    if not value.isprintable():
        value = ILLEGAL.sub("", value)
    return value[:MAX_TEXT]


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")  # a bare CR would be lost when the XML is read
    return text


class CellRenderer:
    """Renders one cell of each kind; the styles are indexes into the workbook's cell styles."""

    def __init__(self, date_style: int, text_style: int, number_style: int,
                 wrap_style: int | None = None, wrap_text_style: int | None = None) -> None:
        self.date_style = date_style
        self.text_style = text_style
        self.number_style = number_style
        self.wrap_style = f' s="{wrap_style}"' if wrap_style is not None else ""
        self.wrap_text_style = wrap_text_style if wrap_text_style is not None else text_style

    def text(self, ref: str, value: Any) -> str:
        return self._text(ref, value, "", self.text_style)

    def wrapped(self, ref: str, value: Any) -> str:
        """Long text, wrapped in its cell (on screen and on paper)."""
        return self._text(ref, value, self.wrap_style, self.wrap_text_style)

    def _text(self, ref: str, value: Any, plain: str, formula_like: int) -> str:
        if not isinstance(value, str):
            value = str(value)
        value = clean_text(value)
        if not value:
            return ""
        style = f' s="{formula_like}"' if value[0] in FORMULA_START else plain
        space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
        return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{_escape(value)}</t></is></c>'

    def date(self, ref: str, value: Any) -> str:
        if isinstance(value, datetime):
            value = value.date()
        if not isinstance(value, date):
            return self.text(ref, value)
        return f'<c r="{ref}" s="{self.date_style}" t="n"><v>{(value - EPOCH).days}</v></c>'

    def number(self, ref: str, value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return self.text(ref, value)
        return f'<c r="{ref}" s="{self.number_style}" t="n"><v>{value!r}</v></c>'

    def for_kind(self, kind: Kind, wrap: bool = False) -> Render:
        if kind is Kind.DATE:
            return self.date
        if kind in (Kind.INT, Kind.FLOAT):
            return self.number
        return self.wrapped if wrap else self.text


def render_rows(rows: Iterable[Iterable[Any]], kinds: list[tuple[Kind, bool]],
                renderer: CellRenderer, first_row: int = 2) -> Iterator[str]:
    """The `<row>` elements of `rows`, in chunks of a few thousand rows (kind, wrapped)."""
    letters = [get_column_letter(i) for i in range(1, len(kinds) + 1)]
    cells = list(zip(letters, [renderer.for_kind(k, w) for k, w in kinds]))
    chunk: list[str] = []
    for number, values in enumerate(rows, start=first_row):
        row = str(number)
        chunk.append(f'<row r="{row}">')
        for (letter, render), value in zip(cells, values):
            if value is not None and value != "":
                chunk.append(render(letter + row, value))
        chunk.append("</row>")
        if len(chunk) > CHUNK_ROWS * 4:
            yield "".join(chunk)
            chunk = []
    if chunk:
        yield "".join(chunk)
