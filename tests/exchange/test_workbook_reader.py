"""Reading a workbook back; every bad input gives one sentence naming file, sheet, row, column."""

from __future__ import annotations

import io
import struct
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coachdesk.domain import handoff as h
from coachdesk.domain.errors import FileFormatError
from coachdesk.exchange.workbook_reader import read_handoff
from coachdesk.exchange.workbook_writer import write_handoff
from tests.handoff_helpers import edit, replace_entry, sheet_entry, small_data

ACTION_ID = "6f1c1a52-2a6b-4c1e-9d1f-000000000001"


@pytest.fixture
def book(tmp_path: Path) -> Path:
    rows = {
        h.ACTIONS: [h.ActionRow(ACTION_ID, "Kempen", "Bellen", "coach", date(2026, 3, 20),
                                "open", None),
                    h.ActionRow("6f1c1a52-2a6b-4c1e-9d1f-000000000002", "Kempen", "Mailen",
                                "", None, "open", None)],
        h.MUNICIPALITIES: [h.MunicipalityRow("13011", "Geel", "Kempen", "aangesloten",
                                             date(2026, 2, 1))],
    }
    return write_handoff(tmp_path / "good.xlsx", small_data(rows))


def refused(path: Path) -> str:
    with pytest.raises(FileFormatError) as info:
        read_handoff(path)
    message = str(info.value)
    assert str(path) in message and "\n" not in message and message.endswith(".")
    return message


def test_reads_back_what_was_written(book: Path) -> None:
    wb = read_handoff(book)
    assert wb.meta.coach == "Lies" and wb.meta.format_version == 1
    assert wb.sheets[h.ACTIONS][0] == h.ActionRow(ACTION_ID, "Kempen", "Bellen", "coach",
                                                   date(2026, 3, 20), "open", None)
    assert wb.sheets[h.MUNICIPALITIES][0].nis_code == "13011"
    assert wb.row_numbers[h.ACTIONS] == [2, 3]


def test_a_text_file_renamed(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_text("Regio;Fase\nKempen;3\n", encoding="utf-8")
    assert "not an Excel workbook" in refused(path)


def test_a_pdf_renamed(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    assert "PDF" in refused(path)


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.touch()
    assert "empty" in refused(path)


def test_a_password_protected_workbook(tmp_path: Path) -> None:
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)
    assert "password" in refused(path)


def test_a_workbook_without_meta(tmp_path: Path, book: Path) -> None:
    wb = load_workbook(book)
    del wb["_meta"]
    wb.save(tmp_path / "nometa.xlsx")
    assert "_meta" in refused(tmp_path / "nometa.xlsx")


def test_a_format_from_the_future(tmp_path: Path, book: Path) -> None:
    path = edit(book, "_meta", {"key": "format_version"}, {"value": "2"}, tmp_path / "v2.xlsx")
    message = refused(path)
    assert "format version 2" in message and "update CoachDesk" in message


def test_a_missing_sheet(tmp_path: Path, book: Path) -> None:
    wb = load_workbook(book)
    del wb["Acties"]
    wb.save(tmp_path / "nosheet.xlsx")
    assert "sheet 'Acties' is missing" in refused(tmp_path / "nosheet.xlsx")


def test_a_missing_column(tmp_path: Path, book: Path) -> None:
    path = edit(book, "Acties", {"ID": "ID"}, {"Vervaldatum": "Deadline"}, tmp_path / "c.xlsx")
    assert "sheet 'Acties' has no column 'Vervaldatum'" in refused(path)


def test_text_in_a_date_column(tmp_path: Path, book: Path) -> None:
    path = edit(book, "Acties", {"ID": ACTION_ID}, {"Vervaldatum": "volgende week"},
                tmp_path / "d.xlsx")
    message = refused(path)
    assert "sheet 'Acties', row 2, column 'Vervaldatum'" in message
    assert "does not fit the column" in message and "volgende week" not in message


def test_a_typed_date_is_accepted(tmp_path: Path, book: Path) -> None:
    path = edit(book, "Acties", {"ID": ACTION_ID}, {"Vervaldatum": "31/03/2026"},
                tmp_path / "d.xlsx")
    assert read_handoff(path).sheets[h.ACTIONS][0].due_on == date(2026, 3, 31)


def test_a_duplicated_id(tmp_path: Path, book: Path) -> None:
    path = edit(book, "Acties", {"Omschrijving": "Mailen"}, {"ID": ACTION_ID}, tmp_path / "x.xlsx")
    message = refused(path)
    assert "sheet 'Acties', row 3, column 'ID'" in message and "also appears in row 2" in message


def test_far_too_many_rows(tmp_path: Path, book: Path) -> None:
    far = '<row r="400000"><c r="A400000" t="inlineStr"><is><t>x</t></is></c></row>'
    path = replace_entry(book, sheet_entry(book, "Acties"),
                         lambda xml: xml.replace("</sheetData>", far + "</sheetData>"),
                         tmp_path / "rows.xlsx")
    assert "row 400,000" in refused(path)


def test_a_cell_at_the_end_of_the_grid(tmp_path: Path, book: Path) -> None:
    far = '<row r="3"><c r="XFD3"><v>1</v></c></row>'
    path = replace_entry(book, sheet_entry(book, "Acties"),
                         lambda xml: xml.replace("</sheetData>", far + "</sheetData>"),
                         tmp_path / "wide.xlsx")
    assert "column 16,384" in refused(path)


def test_a_zip_bomb(tmp_path: Path, book: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, src.read(info))
        with out.open("xl/media/padding.bin", "w") as fh:
            block = b"\0" * (1 << 20)
            for _ in range(60):
                fh.write(block)
    assert "expands to far more data" in refused(path)


def test_a_zip_that_claims_gigabytes(tmp_path: Path, book: Path) -> None:
    data = bytearray(book.read_bytes())
    central = data.rfind(b"PK\x01\x02")  # the last entry of the central directory
    data[central + 24:central + 28] = struct.pack("<I", 4_000_000_000)
    path = tmp_path / "claims.xlsx"
    path.write_bytes(bytes(data))
    assert "expands to far more data" in refused(path)


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    path = tmp_path / "other.xlsx"
    path.write_bytes(buffer.getvalue())
    assert "not an Excel workbook" in refused(path)


@pytest.mark.parametrize("cut", [30, 200, 1000, 5000])
def test_a_truncated_workbook(tmp_path: Path, book: Path, cut: int) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(book.read_bytes()[:cut])
    refused(path)


def test_damaged_sheet_xml(tmp_path: Path, book: Path) -> None:
    path = replace_entry(book, sheet_entry(book, "Acties"), lambda xml: xml[: len(xml) // 2],
                         tmp_path / "broken.xlsx")
    refused(path)


def test_damaged_bytes_never_give_anything_but_a_sentence(tmp_path: Path, book: Path) -> None:
    """Flipped bytes anywhere in a real workbook: a good read or one FileFormatError."""
    import random

    original = book.read_bytes()
    rng = random.Random(41)
    for attempt in range(40):
        data = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"flip{attempt}.xlsx"
        path.write_bytes(bytes(data))
        try:
            read_handoff(path)
        except FileFormatError as exc:
            assert str(path) in str(exc) and "\n" not in str(exc)


def test_a_zip_that_claims_a_future_zip_version_is_refused_with_a_sentence(tmp_path) -> None:
    """Found by the hostile-files fuzzer: a central-directory 'version needed' of 6.4."""
    import struct
    import zipfile

    from coachdesk.domain.errors import FileFormatError
    from coachdesk.exchange.workbook_reader import read_handoff

    path = tmp_path / "future.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    struct.pack_into("<B", data, central + 6, 64)  # 'version needed to extract' = 6.4
    path.write_bytes(bytes(data))
    with pytest.raises(FileFormatError, match="future.xlsx"):
        read_handoff(path)
