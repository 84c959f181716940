"""The progress report of the small demo, painted to PDF and read back with pypdf and QtPdf."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument
from sqlalchemy import select

from coachdesk.cli import main
from coachdesk.db.models import Person
from coachdesk.domain.report import ReportOptions
from coachdesk.reporting.chart import stage_colors
from coachdesk.application.translations import translator
from coachdesk.reporting.pdf import write_report
from coachdesk.services.container import Services

REGIONS = ["Brussel", "Stad Antwerpen", "Stad Gent", "Regio Antwerpen", "Rivierenland", "Kempen",
           "Halle-Vilvoorde", "Oost-Brabant", "Regio Brugge", "Middenkust", "Westhoek",
           "Midwest", "Zuid-West-Vlaanderen", "Regio Gent", "Waasland", "Denderregio",
           "Vlaamse Ardennen", "Limburg"]


def _text(path: Path) -> list[str]:
    """Each page's text; the PDF separates words with tabs and writes 'ff' as a ligature."""
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split(" "))
            .replace("\t", " ") for page in PdfReader(path).pages]


def _report(services: Services, path: Path, **options: object) -> Path:
    data = services.report.gather(ReportOptions(**options))  # type: ignore[arg-type]
    return write_report(path, data, translator(data.options.lang))


def test_the_report_holds_every_region_and_its_pages(qapp: object, demo_services: Services,
                                                     tmp_path: Path) -> None:
    path = _report(demo_services, tmp_path / "rapport.pdf")
    pages = _text(path)
    # the overview, nine pages of two regions, the changes of the last three months
    assert len(pages) >= 11 and "Voortgangsrapport oproep 41" in pages[0]
    assert all(name in pages[0] for name in REGIONS)  # the 18 regions by stage
    for name in REGIONS:  # and each has its half page
        assert any(page.lstrip().startswith(name) or f"\n{name}" in page for page in pages[1:10])
    assert "Wat veranderde van" in pages[10]
    assert all(f"pagina {n} van {len(pages)}" in page for n, page in enumerate(pages, start=1))
    reader = PdfReader(path)
    assert reader.metadata.title.startswith("Voortgangsrapport oproep 41")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4


def test_the_first_page_shows_the_chart(qapp: object, demo_services: Services,
                                        tmp_path: Path) -> None:
    path = _report(demo_services, tmp_path / "rapport.pdf")
    doc = QPdfDocument()
    doc.load(str(path))
    image = doc.render(0, QSize(595, 842))
    doc.close()
    # the chart's bands are large areas of stage colours between y 390 and 690 pt
    colors = {c.rgb() & 0xFFFFFF for c in stage_colors(8)[1:4]}
    band = sum(1 for y in range(390, 690, 3) for x in range(100, 400, 3)
               if image.pixel(x, y) & 0xFFFFFF in colors)
    assert band > 1000, band
    assert QColor.fromRgba(image.pixel(300, 800)).alpha() == 0  # no ink where nothing belongs


def test_without_personal_data_no_persons_name_appears(qapp: object, demo_services: Services,
                                                       tmp_path: Path) -> None:
    with demo_services.db.session_factory() as s:
        names = set(s.scalars(select(Person.name)))
    full = " ".join(_text(_report(demo_services, tmp_path / "full.pdf",
                                  start=date(2020, 1, 1))))
    assert [n for n in names if n in full]  # the ordinary report names people
    anon = " ".join(_text(_report(demo_services, tmp_path / "anon.pdf", personal_data=False,
                                  start=date(2020, 1, 1))))
    assert [n for n in names if n in anon.replace("\n", " ")] == []
    assert "zonder persoonsgegevens" in " ".join(anon.split())


def test_in_english_and_for_a_few_regions(qapp: object, demo_services: Services,
                                          tmp_path: Path) -> None:
    path = _report(demo_services, tmp_path / "en.pdf", regions=("Kempen", "westhoek"),
                   lang="en")
    pages = _text(path)
    assert "Progress report, call 41" in pages[0] and "2 of the regions" in pages[0]
    assert "Limburg" not in " ".join(pages)
    assert len(pages) == 3
    # the stages in English too (Kempen explores in the demo), in the list, the chart's legend
    # and the half page; no default Dutch stage name is left
    text = " ".join(" ".join(page.split()) for page in pages)
    assert "Exploring" in text and "Network leader found" in text
    assert not any(dutch in text for dutch in ("Verkenning", "Niet gestart", "Geïnformeerd"))


def test_the_period_lists_the_changes_found_like_the_workbook(
        qapp: object, demo_services: Services) -> None:
    kempen = next(r.id for r in demo_services.regions.list_regions() if r.name == "Kempen")
    stages = demo_services.progress.stages()
    current, _since = demo_services.progress.current(kempen)
    later = next(st for st in stages if st.position > next(
        x.position for x in stages if x.id == current))
    from coachdesk.services.progress import StageChangeInput
    demo_services.progress.change_stage(StageChangeInput(kempen, later.id, date.today(),
                                                         "Stuurgroep besliste"))
    data = demo_services.report.gather(ReportOptions(start=date.today() - timedelta(days=1)))
    [change] = [c for c in data.changes if c.region == "Kempen" and c.kind == "stage"]
    assert change.on == date.today() and change.text.endswith(later.name)
    assert change.detail == "Stuurgroep besliste"
    assert all(sum(m.counts) == 18 for m in data.months)
    assert data.months[-1].counts[later.position] >= 1


def test_a_cancelled_report_leaves_no_file(qapp: object, demo_services: Services,
                                           tmp_path: Path) -> None:
    class Cancel:
        def __init__(self) -> None:
            self.calls = 0

        def report(self, done: int, total: int, text: str = "") -> None:
            self.calls += 1

        def check(self) -> None:
            if self.calls > 2:
                raise KeyboardInterrupt

    data = demo_services.report.gather(ReportOptions())
    with pytest.raises(KeyboardInterrupt):
        write_report(tmp_path / "r.pdf", data, translator("nl"), Cancel())
    assert list(tmp_path.iterdir()) == [tmp_path / "demo.sqlite"] or not (
        tmp_path / "r.pdf").exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".pdf" or "r.pdf" in p.name]


def test_report_from_the_command_line(demo_db_path: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "rapport.pdf"
    assert main(["report", str(out), "--db", str(demo_db_path), "--region", "Limburg",
                 "--from", "01/01/2025", "--to", "2026-06-30", "--no-personal-data"]) == 0
    assert "Report written to" in capsys.readouterr().out
    pages = _text(out)
    assert "Limburg" in pages[1] and "30/06/2026" in pages[0]
    assert main(["report", str(tmp_path / "r.txt"), "--db", str(demo_db_path)]) == 1
    assert main(["report", str(tmp_path / "x.pdf"), "--db", str(demo_db_path),
                 "--from", "01/02/2026", "--to", "01/01/2026"]) == 1
    assert "starts (01/02/2026) after it ends" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(SystemExit) as usage:
        main(["report", str(out), "--db", str(demo_db_path), "--from", "volgende week"])
    assert usage.value.code == 2
