"""The written handoff workbook, read back with openpyxl: the format of CONTRACTS.md section 2."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coachdesk.domain import handoff as h
from coachdesk.domain.errors import CoachDeskError
from coachdesk.exchange.workbook_reader import read_handoff
from coachdesk.exchange.workbook_writer import write_handoff
from coachdesk.services.container import Services
from tests.handoff_helpers import export, header, small_data
from tests.platforms import private

CONTRACT = {
    "Regio's": ["Regio-ID", "Regio", "Provincie", "Fase", "Fase sinds", "Netwerkleider",
                "Gemeenten", "Gemeenten aangesloten", "Laatste contact", "Volgende stap",
                "Datum volgende stap", "Open acties", "Acties te laat", "Status voorstel",
                "Laatste versie"],
    "Gemeenten": ["NIS-code", "Gemeente", "Regio", "Status", "Sinds"],
    "Contactpersonen": ["ID", "Naam", "Functie", "Organisatie", "Regio", "E-mail", "Telefoon"],
    "Contactmomenten": ["ID", "Datum", "Soort", "Regio", "Onderwerp", "Deelnemers", "Verslag"],
    "Acties": ["ID", "Regio", "Omschrijving", "Verantwoordelijke", "Vervaldatum", "Status",
               "Afgerond op"],
    "Fasehistoriek": ["ID", "Regio", "Van fase", "Naar fase", "Datum", "Reden"],
    "Voorstelversies": ["ID", "Regio", "Versie", "Ontvangen", "Status", "Gemiddelde score"],
    "Beoordeling": ["Versie-ID", "Regio", "Versie", "Criterium", "Oordeel", "Opmerking"],
}
DATE_COLUMNS = {"Fase sinds", "Laatste contact", "Datum volgende stap", "Sinds", "Datum",
                "Vervaldatum", "Afgerond op", "Ontvangen"}
FORMULA_LIKE = ["=SUM(A1:A3)", "+32 475 12 34 56", "-5 dagen", "@coach", "\tingesprongen",
                "\rregel"]


@pytest.fixture
def demo_book(demo_services: Services, tmp_path: Path) -> Path:
    return export(demo_services, tmp_path / "handoff.xlsx", coach="Lies Peeters")


def test_sheets_and_headers_follow_the_contract(demo_book: Path) -> None:
    wb = load_workbook(demo_book)
    assert wb.sheetnames == ["Lees mij", *CONTRACT, "Wijzigingen", "_meta"]
    for name, columns in CONTRACT.items():
        ws = wb[name]
        assert header(ws)[:len(columns)] == columns, name
        assert ws.freeze_panes == "A2", name
        [table] = ws.tables.values()  # an Excel table with a filter row over all the rows
        assert table.ref == f"A1:{ws.cell(1, len(header(ws))).column_letter}{ws.max_row}"
        assert table.autoFilter.ref == table.ref
        assert all(c.font.b for c in ws[1]), name
        assert ws.max_row > 1, name


def test_cells_are_typed_for_people_who_filter(demo_book: Path) -> None:
    wb = load_workbook(demo_book)
    for name in CONTRACT:
        ws = wb[name]
        heads = header(ws)
        for row in ws.iter_rows(min_row=2):
            for head, cell in zip(heads, row):
                assert cell.data_type != "f", (name, head)
                if cell.value is None:
                    continue
                if head in DATE_COLUMNS:
                    assert isinstance(cell.value, datetime), (name, head, cell.value)
                    assert cell.number_format == "DD/MM/YYYY"
                if head.endswith("ID") or head == "NIS-code":
                    assert isinstance(cell.value, str), (name, head)
    nis = [c.value for c in wb["Gemeenten"]["A"][1:]]
    assert all(isinstance(v, str) and len(v) == 5 for v in nis)


def test_columns_fit_their_content(demo_book: Path) -> None:
    ws = load_workbook(demo_book)["Gemeenten"]
    widths = {c: ws.column_dimensions[c].width for c in "ABCDE"}
    longest_name = max(len(c.value) for c in ws["B"][1:])
    assert widths["B"] >= longest_name
    assert all(8 <= w <= 60 for w in widths.values()), widths


def test_meta_is_hidden_and_complete(demo_book: Path, demo_services: Services) -> None:
    wb = load_workbook(demo_book)
    meta = wb["_meta"]
    assert meta.sheet_state == "hidden"
    facts = {r[0]: r[1] for r in meta.iter_rows(min_row=2, values_only=True)}
    assert facts["format"] == "coachdesk-handoff" and facts["format_version"] == "1"
    assert facts["coach"] == "Lies Peeters" and facts["app_version"]
    assert datetime.fromisoformat(facts["exported_at"]).tzinfo is not None
    [record] = demo_services.handoff.history()
    assert record.export_id == facts["export_id"]
    assert facts["database_id"] == demo_services.maintenance.check().database_id


def test_cover_says_what_who_when_and_each_sheet(demo_book: Path) -> None:
    ws = load_workbook(demo_book)["Lees mij"]
    text = "\n".join(" ".join(str(v) for v in row if v) for row in ws.iter_rows(values_only=True))
    assert "Lies Peeters" in text and "0.1.0" in text and "Geëxporteerd op" in text
    for name in [*CONTRACT, "Wijzigingen"]:
        assert name in text


@pytest.mark.parametrize("text", FORMULA_LIKE)
def test_formula_like_text_stays_text(tmp_path: Path, text: str) -> None:
    row = h.ActionRow("6f1c1a52-2a6b-4c1e-9d1f-000000000001", "Kempen", text, text, None,
                      "open", None)
    path = write_handoff(tmp_path / "f.xlsx", small_data({h.ACTIONS: [row]}))
    cell = load_workbook(path)["Acties"]["C2"]
    assert (cell.value, cell.data_type) == (text, "s")
    assert cell.quotePrefix
    assert read_handoff(path).sheets[h.ACTIONS][0].description == text


def test_formula_like_text_survives_libreoffice(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    rows = [h.ActionRow(f"6f1c1a52-2a6b-4c1e-9d1f-00000000000{i}", "Kempen", t, "", None, "open",
                        None) for i, t in enumerate(FORMULA_LIKE[:4])]
    path = write_handoff(tmp_path / "f.xlsx", small_data({h.ACTIONS: rows}))
    subprocess.run([soffice, "--headless", "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,6',
                    "--outdir", str(tmp_path), str(path)], check=True, timeout=120,
                   capture_output=True)
    csv_path = next(tmp_path.glob("f*Acties*.csv"), tmp_path / "f.csv")
    with open(csv_path, newline="", encoding="utf-8") as fh:
        cells = [r[2] for r in csv.reader(fh)][1:]
    assert cells == FORMULA_LIKE[:4]


def test_without_personal_data_people_become_their_organisation(
        demo_services: Services, tmp_path: Path) -> None:
    full = read_handoff(export(demo_services, tmp_path / "full.xlsx"))
    path = export(demo_services, tmp_path / "anon.xlsx", personal_data=False)
    assert "Contactpersonen" not in load_workbook(path).sheetnames
    anon = read_handoff(path)
    names = {p.name for p in full.sheets[h.PEOPLE]}
    participants = " ; ".join(m.participants for m in anon.sheets[h.MOMENTS])
    owners = {a.owner for a in anon.sheets[h.ACTIONS]}
    assert not [n for n in names if n in participants]
    assert not names & owners
    assert any(m.participants for m in anon.sheets[h.MOMENTS])


def test_only_the_chosen_regions(demo_services: Services, tmp_path: Path) -> None:
    wb = read_handoff(export(demo_services, tmp_path / "k.xlsx", regions=("Kempen", "westhoek")))
    assert [r.name for r in wb.sheets[h.REGIONS]] == ["Kempen", "Westhoek"]
    assert {a.region for a in wb.sheets[h.ACTIONS]} <= {"Kempen", "Westhoek"}
    assert wb.meta.regions == ("Kempen", "Westhoek")


class _CancelAfter:
    def __init__(self, calls: int) -> None:
        self.calls = calls

    def report(self, done: int, total: int, text: str = "") -> None:
        self.calls -= 1

    def check(self) -> None:
        if self.calls <= 0:
            raise KeyboardInterrupt("cancelled")


def test_a_cancelled_export_leaves_nothing(demo_services: Services, tmp_path: Path) -> None:
    data, _snapshot = demo_services.handoff.gather(h.ExportOptions())
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(KeyboardInterrupt):
        write_handoff(folder / "out.xlsx", data, _CancelAfter(3))
    assert list(folder.iterdir()) == []


def test_an_unwritable_target_gives_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "out.xlsx"
    target.write_bytes(b"old")
    folder.chmod(0o500)
    try:
        if shutil.os.access(folder, shutil.os.W_OK):  # running as root: nothing is read-only
            target = tmp_path / "missing" / "out.xlsx"
        with pytest.raises(CoachDeskError) as info:
            write_handoff(target, small_data())
    finally:
        folder.chmod(0o700)
    assert str(target) in str(info.value)
    assert (folder / "out.xlsx").read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["out.xlsx"]


def test_written_file_is_private(tmp_path: Path) -> None:
    path = write_handoff(tmp_path / "p.xlsx", small_data())
    assert private(path)


def test_dates_round_trip_as_dates(tmp_path: Path) -> None:
    row = h.MomentRow("6f1c1a52-2a6b-4c1e-9d1f-000000000009", date(2025, 2, 28), "telefoon",
                      "Kempen", "Bellen & <plannen>", "", "  spaties rond  ")
    path = write_handoff(tmp_path / "d.xlsx", small_data({h.MOMENTS: [row]}))
    back = read_handoff(path).sheets[h.MOMENTS][0]
    assert back == row
