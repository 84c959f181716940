"""What a headquarters analyst's tools see in the workbook's package: sizes, tables, properties."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coachdesk.domain import handoff as h
from coachdesk.services.container import Services
from tests.handoff_helpers import export

ZIP64_EXTRA = 0x0001


@pytest.fixture
def book(demo_services: Services, tmp_path: Path) -> Path:
    return export(demo_services, tmp_path / "handoff.xlsx", coach="Lies Peeters")


def _extra_ids(extra: bytes) -> list[int]:
    ids, at = [], 0
    while at + 4 <= len(extra):
        kind, size = struct.unpack_from("<HH", extra, at)
        ids.append(kind)
        at += 4 + size
    return ids


def _local_extras(path: Path) -> list[list[int]]:
    """The extra fields of every local file header (the central directory may differ)."""
    data = path.read_bytes()
    found = []
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
            start = info.header_offset + 30 + name_len
            found.append(_extra_ids(data[start:start + extra_len]))
    return found


def test_read_only_readers_see_every_sheets_size(book: Path) -> None:
    wb = load_workbook(book, read_only=True)
    sizes = {ws.title: (ws.max_row, ws.max_column) for ws in wb}
    wb.close()
    full = load_workbook(book)
    for name in [*h.DATA_SHEETS, h.README, h.META]:
        assert sizes[name] == (full[name].max_row, full[name].max_column), name
    assert sizes["Gemeenten"] == (305, 5)


def test_data_sheets_are_named_excel_tables_with_a_filter(book: Path) -> None:
    wb = load_workbook(book)
    tables = {name: ws.tables for name, ws in ((ws.title, ws) for ws in wb) if ws.tables}
    assert sorted(n for t in tables.values() for n in t) == sorted(
        s.table for s in h.SHEETS)
    moments = wb["Contactmomenten"].tables["Contactmomenten"]
    assert moments.ref == f"A1:G{wb['Contactmomenten'].max_row}"
    assert moments.autoFilter is not None and moments.autoFilter.ref == moments.ref
    assert [c.name for c in moments.tableColumns] == ["ID", "Datum", "Soort", "Regio",
                                                      "Onderwerp", "Deelnemers", "Verslag"]
    assert wb["Regio's"].auto_filter.ref is None  # one filter: the table's


def test_properties_name_coachdesk_and_the_coach(book: Path) -> None:
    wb = load_workbook(book)
    assert wb.properties.creator == "Lies Peeters"
    assert wb.properties.title == "CoachDesk: overdracht aan het hoofdkantoor"
    with zipfile.ZipFile(book) as archive:
        assert b"fullCalcOnLoad" not in archive.read("xl/workbook.xml")
        assert b"<Application>CoachDesk " in archive.read("docProps/app.xml")


def test_zip_parts_have_real_times_and_no_needless_zip64(book: Path) -> None:
    with zipfile.ZipFile(book) as archive:
        infos = archive.infolist()
        assert all(i.date_time[0] >= 2020 for i in infos), [i.date_time for i in infos]
        assert all(ZIP64_EXTRA not in _extra_ids(i.extra) for i in infos)
        assert archive.testzip() is None
    assert all(ZIP64_EXTRA not in ids for ids in _local_extras(book))


def test_header_fonts_are_named(book: Path) -> None:
    with zipfile.ZipFile(book) as archive:
        styles = archive.read("xl/styles.xml").decode()
    fonts = re.findall(r"<font>(.*?)</font>", styles, re.S)
    bold = [f for f in fonts if "<b" in f]
    assert bold and all("<name val=" in f and "<sz val=" in f for f in bold), bold


def test_identifiers_stored_as_text_raise_no_warning(book: Path) -> None:
    with zipfile.ZipFile(book) as archive:
        names = load_workbook(book, read_only=True).sheetnames
        xml = archive.read(f"xl/worksheets/sheet{names.index('Gemeenten') + 1}.xml").decode()
    assert '<ignoredError sqref="A2:A305" numberStoredAsText="1"/>' in xml
    # the element sits where Excel expects it: after the page setup, before the table parts
    assert xml.index("<pageSetup") < xml.index("<ignoredErrors") < xml.index("<tableParts")


def test_long_sheets_print_readable_with_the_header_repeated(book: Path) -> None:
    wb = load_workbook(book)
    for name in h.DATA_SHEETS:
        ws = wb[name]
        setup = ws.page_setup
        assert setup.orientation == "landscape" and setup.paperSize in ("9", 9), name
        fitted = ws.sheet_properties.pageSetUpPr.fitToPage
        assert fitted or int(setup.scale) >= 60, name
        assert ws.print_title_rows == "$1:$1", name
    moments = wb["Contactmomenten"]
    verslag = next(c for c in moments[2] if c.column_letter == "G")
    assert verslag.alignment.wrap_text


def test_libreoffice_opens_it_without_repair(book: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    done = subprocess.run([soffice, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                           "--outdir", str(tmp_path / "lo"), str(book)], timeout=180,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    again = load_workbook(tmp_path / "lo" / "handoff.xlsx")
    assert again["Gemeenten"].max_row == 305
    assert "Contactmomenten" in again["Contactmomenten"].tables
