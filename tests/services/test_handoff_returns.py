"""The handoff's harder cases: a partial export in between, two coaches alike, formulas, strangers."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from coachdesk.cli import main
from coachdesk.domain import handoff as h
from coachdesk.exchange.merge import merge_workbooks
from coachdesk.exchange.workbook_reader import read_handoff
from coachdesk.services.container import Services
from tests.handoff_helpers import export, first_row, replace_entry, sheet_entry


def _region(services: Services, name: str) -> int:
    return next(r.id for r in services.regions.list_regions() if r.name == name)


def _cover(path: Path) -> str:
    ws = load_workbook(path)["Lees mij"]
    return "\n".join(" ".join(str(v) for v in row if v) for row in ws.iter_rows(values_only=True))


def test_changes_compare_with_the_previous_export_of_the_same_regions(
        demo_services: Services, tmp_path: Path) -> None:
    export(demo_services, tmp_path / "all-1.xlsx")
    westhoek = _region(demo_services, "Westhoek")
    demo_services.regions.set_next_step(westhoek, "Schepenen samenbrengen", date(2027, 2, 1))
    export(demo_services, tmp_path / "kempen.xlsx", regions=("Kempen",))
    again = export(demo_services, tmp_path / "all-2.xlsx")
    changes = read_handoff(again).sheets[h.CHANGES]
    assert {(c.sheet, c.region, c.change) for c in changes} == {
        (h.REGIONS, "Westhoek", h.CHANGED)}
    assert {c.column for c in changes} == {"Volgende stap", "Datum volgende stap"}
    assert re.search(r"Vergeleken met de export van \d\d/\d\d/\d{4} \d\d:\d\d \(alle regio's\)",
                     _cover(again))


def test_a_partial_export_compares_with_the_last_export_that_held_its_regions(
        demo_services: Services, tmp_path: Path) -> None:
    export(demo_services, tmp_path / "all.xlsx")
    kempen = export(demo_services, tmp_path / "kempen.xlsx", regions=("Kempen",))
    assert read_handoff(kempen).sheets[h.CHANGES] == []
    assert "(alle regio's)" in _cover(kempen)
    only = export(demo_services, tmp_path / "westhoek.xlsx", regions=("Westhoek", "Kempen"))
    assert read_handoff(only).sheets[h.CHANGES] == []


def test_a_first_export_of_these_regions_says_so(demo_services: Services, tmp_path: Path) -> None:
    export(demo_services, tmp_path / "kempen.xlsx", regions=("Kempen",))
    full = export(demo_services, tmp_path / "all.xlsx")
    assert read_handoff(full).sheets[h.CHANGES] == []
    assert "geen eerdere export van deze regio's" in _cover(full)


def test_two_coaches_with_one_name_and_one_file_name_stay_apart(tmp_path: Path) -> None:
    books = []
    for seed in (1, 2):
        db = tmp_path / f"coach{seed}.sqlite"
        assert main(["demo", str(db), "--seed", str(seed)]) == 0
        folder = tmp_path / f"laptop{seed}"
        folder.mkdir()
        book = folder / "coachdesk-overdracht-2026-12-03.xlsx"
        assert main(["export", str(book), "--db", str(db), "--coach", "An Peeters",
                     "--region", "Kempen"]) == 0
        books.append(read_handoff(book))
    out = tmp_path / "hq.xlsx"
    merge_workbooks(out, books)
    merged = read_handoff(out)
    labels = [s.coach for s in merged.sources]
    assert len(set(labels)) == 2 and all(label.startswith("An Peeters") for label in labels)
    assert {r.coach for r in merged.sheets[h.REGIONS]} == set(labels)
    cover = _cover(out)
    for label, book in zip(labels, books):
        stamp = book.meta.exported_at.astimezone().strftime("%d/%m/%Y %H:%M")
        assert f"Export {label} geëxporteerd op {stamp}" in cover


def test_a_formula_in_a_returned_workbook_is_shown_as_a_formula(
        demo_services: Services, tmp_path: Path) -> None:
    path = export(demo_services, tmp_path / "a.xlsx")
    action = first_row(path, "Acties")
    entry = sheet_entry(path, "Acties")
    with_value = replace_entry(path, entry, lambda xml: re.sub(
        r'<c r="C2"[^>]*>.*?</c>',
        '<c r="C2" t="str"><f>UPPER(B2)&amp;" bellen"</f><v>KEMPEN bellen</v></c>', xml, count=1),
        tmp_path / "value.xlsx")
    plan = demo_services.handoff.plan_import(read_handoff(with_value))
    [problem] = plan.problems
    assert (problem.sheet, problem.row, problem.column, problem.code) == (
        "Acties", 2, "Omschrijving", "formula")
    assert 'the formula =UPPER(B2)&" bellen" instead of a value' in str(problem)
    assert not plan.changes
    assert action["Omschrijving"] != "KEMPEN bellen"


def test_a_formula_without_its_computed_value_says_so(demo_services: Services,
                                                      tmp_path: Path) -> None:
    path = export(demo_services, tmp_path / "a.xlsx")
    action = first_row(path, "Acties")
    wb = load_workbook(path)
    wb["Acties"]["C2"] = "=UPPER(B2)"  # openpyxl saves a formula without its result, as some tools do
    wb.save(path)
    plan = demo_services.handoff.plan_import(read_handoff(path))
    [problem] = plan.problems
    assert problem.code == "formula_without_value" and "may not be empty" not in str(problem)
    assert "=UPPER(B2), saved without a computed value" in str(problem)
    assert action["ID"]


def test_a_formula_in_a_new_row_is_not_taken(demo_services: Services, tmp_path: Path) -> None:
    path = export(demo_services, tmp_path / "a.xlsx")
    wb = load_workbook(path)
    ws = wb["Acties"]
    ws.append(["", "Kempen", "=\"Bel \"&B2", "", None, "open", None])
    wb.save(path)
    plan = demo_services.handoff.plan_import(read_handoff(path))
    assert [p.code for p in plan.problems] == ["formula_without_value"]
    assert not plan.new_rows
