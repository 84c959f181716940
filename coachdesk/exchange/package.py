"""The parts of the workbook's zip package as Excel itself writes them.

Excel writes every part with its real time, deflated, and Zip64 headers only for parts that
need them; it declares each sheet's size (`<dimension>`), and marks ranges whose "number
stored as text" warning is wrong for this data (`<ignoredErrors>`).
"""

from __future__ import annotations

import re
import time
import zipfile

from openpyxl.utils import column_index_from_string, get_column_letter

from coachdesk.domain.handoff import Kind

COMPRESS_LEVEL = 3  # nearly as small as the default, in half the time
_DIMENSION_AFTER = re.compile(r"(<sheetPr\b[^>]*/>|<sheetPr\b.*?</sheetPr>)", re.S)
# `<ignoredErrors>` comes after the page setup and before drawings and tables (ECMA-376 order).
_IGNORED_BEFORE = ("<drawing", "<legacyDrawing", "<picture", "<oleObjects", "<controls",
                   "<webPublishItems", "<tableParts", "<extLst", "</worksheet>")


def entry(name: str, moment: tuple[int, int, int, int, int, int] | None = None) -> zipfile.ZipInfo:
    """A deflated zip entry stamped with the current local time (never 1980-01-01)."""
    info = zipfile.ZipInfo(name, date_time=moment or time.localtime()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info._compresslevel = COMPRESS_LEVEL  # type: ignore[attr-defined]  # read by ZipFile.open
    info.external_attr = 0o600 << 16
    return info


def with_dimension(head: str, columns: int, rows: int) -> str:
    """The sheet's XML head with `<dimension>` (the used range) where the schema puts it."""
    ref = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1)}"
    element = f'<dimension ref="{ref}"/>'
    if "<dimension" in head:
        return re.sub(r"<dimension\b[^>]*/>", element, head, count=1)
    found = _DIMENSION_AFTER.search(head)
    if found:
        return head[:found.end()] + element + head[found.end():]
    start = head.index(">", head.index("<worksheet")) + 1
    return head[:start] + element + head[start:]


def sized(xml: str) -> str:
    """A small sheet written whole by openpyxl (cover, `_meta`), with its `<dimension>`."""
    rows = [int(r) for r in re.findall(r'<row r="([0-9]+)"', xml)]
    letters = set(re.findall(r'<c r="([A-Z]+)[0-9]+"', xml))
    columns = max((column_index_from_string(c) for c in letters), default=1)
    return with_dimension(xml, columns, max(rows, default=1))


def text_id_ranges(kinds: list[Kind], rows: int) -> str:
    """The ranges of identifier columns (NIS codes, IDs, phone numbers), stored as text."""
    if rows < 1:
        return ""
    return " ".join(f"{get_column_letter(i)}2:{get_column_letter(i)}{rows + 1}"
                    for i, kind in enumerate(kinds, start=1) if kind is Kind.ID)


def with_ignored_errors(tail: str, sqref: str) -> str:
    """The sheet's XML tail with Excel's "number stored as text" warning off for `sqref`."""
    if not sqref:
        return tail
    element = f'<ignoredErrors><ignoredError sqref="{sqref}" numberStoredAsText="1"/></ignoredErrors>'
    at = min((i for i in (tail.find(t) for t in _IGNORED_BEFORE) if i >= 0), default=len(tail))
    return tail[:at] + element + tail[at:]


def app_properties(version: str) -> bytes:
    """`docProps/app.xml`: the application that made the file."""
    return ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'extended-properties"><Application>CoachDesk {version}</Application>'
            '</Properties>').encode("utf-8")
