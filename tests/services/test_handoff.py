"""Export, `Wijzigingen`, and import of the handoff workbook against a real demo database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from coachdesk.domain import handoff as h
from coachdesk.domain.errors import CoachDeskError, FileFormatError, ValidationError
from coachdesk.exchange.workbook_reader import read_handoff
from coachdesk.services.container import Services
from coachdesk.services.handoff_import import ImportChoices
from tests.handoff_helpers import edit, export, first_row

NEW_ID = "2b0e8a7c-5d3f-4e61-9a8b-7c6d5e4f3a21"


def _region(services: Services, name: str) -> int:
    return next(r.id for r in services.regions.list_regions() if r.name == name)


def _plan(services: Services, path: Path):  # type: ignore[no-untyped-def]
    return services.handoff.plan_import(read_handoff(path))


def test_round_trip_changes_nothing(demo_services: Services, tmp_path: Path) -> None:
    plan = _plan(demo_services, export(demo_services, tmp_path / "a.xlsx"))
    assert plan.known_export
    assert (plan.changes, plan.new_rows, plan.problems, plan.ignored) == ([], [], [], [])


def test_round_trip_without_personal_data(demo_services: Services, tmp_path: Path) -> None:
    plan = _plan(demo_services, export(demo_services, tmp_path / "a.xlsx", personal_data=False))
    assert plan.empty and not plan.problems


def test_an_edited_cell_comes_back(demo_services: Services, tmp_path: Path) -> None:
    path = export(demo_services, tmp_path / "a.xlsx")
    action = first_row(path, "Acties")
    edit(path, "Acties", {"ID": action["ID"]},
         {"Vervaldatum": date(2027, 1, 15), "Omschrijving": "=HQ: bellen"})
    plan = _plan(demo_services, path)
    assert sorted(c.column for c in plan.updates) == ["Omschrijving", "Vervaldatum"]
    assert demo_services.handoff.apply_import(plan) == 2
    again = read_handoff(export(demo_services, tmp_path / "b.xlsx"))
    row = next(a for a in again.sheets[h.ACTIONS] if a.id == action["ID"])
    assert (row.due_on, row.description) == (date(2027, 1, 15), "=HQ: bellen")
    assert list((demo_services.path.parent / "backups").glob("*before-import*"))


def test_a_conflict_is_found_and_left_alone(demo_services: Services, tmp_path: Path) -> None:
    kempen = _region(demo_services, "Kempen")
    path = export(demo_services, tmp_path / "a.xlsx")
    demo_services.regions.set_next_step(kempen, "Coach: college Turnhout bellen", None)
    edit(path, "Regio's", {"Regio": "Kempen"}, {"Volgende stap": "HQ: deadline verzetten"})
    plan = _plan(demo_services, path)
    [conflict] = plan.conflicts
    assert (conflict.column, conflict.current, conflict.incoming) == (
        "Volgende stap", "Coach: college Turnhout bellen", "HQ: deadline verzetten")
    demo_services.handoff.apply_import(plan)
    assert demo_services.regions.next_step(kempen).text == "Coach: college Turnhout bellen"
    choices = ImportChoices({(h.REGIONS, conflict.key, "next_step")})
    demo_services.handoff.apply_import(plan, choices)
    assert demo_services.regions.next_step(kempen).text == "HQ: deadline verzetten"


def test_a_change_made_only_in_coachdesk_is_kept(demo_services: Services, tmp_path: Path) -> None:
    kempen = _region(demo_services, "Kempen")
    path = export(demo_services, tmp_path / "a.xlsx")
    demo_services.regions.set_next_step(kempen, "Later gewijzigd", None)
    assert _plan(demo_services, path).empty


def test_new_rows_are_added(demo_services: Services, tmp_path: Path) -> None:
    path = export(demo_services, tmp_path / "a.xlsx")
    wb = load_workbook(path)
    wb["Acties"].append([NEW_ID, "Kempen", "Partners bevragen", "HQ", date(2027, 2, 1), "open"])
    wb["Acties"].append([None, "Westhoek", "Zonder ID", "", None, None])
    wb.save(path)
    plan = _plan(demo_services, path)
    assert [n.label for n in plan.new_rows] == ["Partners bevragen", "Zonder ID"]
    demo_services.handoff.apply_import(plan)
    actions = read_handoff(export(demo_services, tmp_path / "b.xlsx")).sheets[h.ACTIONS]
    added = next(a for a in actions if a.id == NEW_ID)
    assert (added.region, added.owner, added.due_on) == ("Kempen", "HQ", date(2027, 2, 1))
    assert [a.status for a in actions if a.description == "Zonder ID"] == ["open"]


def test_invalid_rows_are_reported_and_nothing_changes(
        demo_services: Services, tmp_path: Path) -> None:
    path = export(demo_services, tmp_path / "a.xlsx")
    action = first_row(path, "Acties")
    edit(path, "Acties", {"ID": action["ID"]}, {"Status": "bijna klaar", "Omschrijving": "Nieuw"})
    plan = _plan(demo_services, path)
    [problem] = plan.problems
    assert (problem.sheet, problem.row, problem.column) == ("Acties", 2, "Status")
    assert "choose one of: open, afgerond, geannuleerd" in str(problem)
    assert "bijna klaar" not in str(problem)  # no cell content in error text
    with pytest.raises(ValidationError, match="nothing was imported"):
        demo_services.handoff.apply_import(plan)
    assert _plan(demo_services, export(demo_services, tmp_path / "b.xlsx")).empty


def test_computed_columns_are_not_imported(demo_services: Services, tmp_path: Path) -> None:
    path = export(demo_services, tmp_path / "a.xlsx")
    edit(path, "Regio's", {"Regio": "Kempen"}, {"Open acties": 99})
    plan = _plan(demo_services, path)
    assert plan.empty and [c.column for c in plan.ignored] == ["Open acties"]


def test_an_import_is_one_transaction(demo_services: Services, tmp_path: Path) -> None:
    path = export(demo_services, tmp_path / "a.xlsx")
    rows = read_handoff(path).sheets[h.ACTIONS]
    open_row = next(r for r in rows if r.status == "open")
    edit(path, "Acties", {"ID": rows[0].id}, {"Omschrijving": "Eerst gewijzigd"})
    edit(path, "Acties", {"ID": open_row.id}, {"Status": "afgerond"})  # no date: a rule broken
    plan = _plan(demo_services, path)
    with pytest.raises(CoachDeskError, match="nothing was imported"):
        demo_services.handoff.apply_import(plan)
    after = read_handoff(export(demo_services, tmp_path / "b.xlsx")).sheets[h.ACTIONS]
    assert next(a for a in after if a.id == rows[0].id).description == rows[0].description


def test_changes_since_the_previous_export(demo_services: Services, tmp_path: Path) -> None:
    first = read_handoff(export(demo_services, tmp_path / "a.xlsx"))
    assert first.sheets[h.CHANGES] == []
    kempen = _region(demo_services, "Kempen")
    demo_services.regions.set_next_step(kempen, "Stuurgroep plannen", date(2027, 3, 3))
    second = read_handoff(export(demo_services, tmp_path / "b.xlsx"))
    changed = {(c.sheet, c.column, c.new) for c in second.sheets[h.CHANGES]}
    assert (h.REGIONS, "Volgende stap", "Stuurgroep plannen") in changed
    assert (h.REGIONS, "Datum volgende stap", "03/03/2027") in changed
    assert all(c.change == h.CHANGED and c.region == "Kempen" for c in second.sheets[h.CHANGES])


def test_a_removed_row_is_listed(demo_services: Services, tmp_path: Path) -> None:
    export(demo_services, tmp_path / "a.xlsx")
    with demo_services.db.session_factory.begin() as s:
        # a done action: an open one would change its region's counts in Regio's too
        action = s.execute(text("SELECT uuid FROM action WHERE status = 'done' "
                                "LIMIT 1")).scalar_one()
        s.execute(text("DELETE FROM action WHERE uuid = :u"), {"u": action})
    changes = read_handoff(export(demo_services, tmp_path / "b.xlsx")).sheets[h.CHANGES]
    assert [(c.sheet, c.id, c.change) for c in changes] == [(h.ACTIONS, action, h.REMOVED)]


def test_an_unknown_region_is_refused(demo_services: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no region called 'Atlantis'"):
        export(demo_services, tmp_path / "a.xlsx", regions=("Atlantis",))
    assert not (tmp_path / "a.xlsx").exists() and demo_services.handoff.history() == []


def test_another_coachs_workbook_is_refused(demo_services: Services, services: Services,
                                            tmp_path: Path) -> None:
    path = export(demo_services, tmp_path / "a.xlsx", coach="An")
    with pytest.raises(FileFormatError) as refused:
        _plan(services, path)
    assert str(refused.value) == (
        f"{path} was exported from another coach's database (An); CoachDesk imports only "
        "workbooks exported from this database, so nothing was imported.")
    assert refused.value.params["reason"] == "foreign"


def test_a_merged_workbook_brings_back_only_this_databases_rows(
        demo_services: Services, services: Services, tmp_path: Path) -> None:
    from coachdesk.exchange.merge import merge_workbooks

    mine = export(demo_services, tmp_path / "mine.xlsx", coach="Lies")
    other = export(services, tmp_path / "other.xlsx", coach="An")
    merged = tmp_path / "hq.xlsx"
    merge_workbooks(merged, [read_handoff(mine), read_handoff(other)])
    wb = load_workbook(merged)
    ws = wb["Regio's"]
    heads = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[heads.index("Regio")].value == "Kempen":
            row[heads.index("Volgende stap")].value = f"HQ voor {row[1].value}"
    wb.save(merged)
    plan = _plan(demo_services, merged)
    assert [(c.column, c.incoming) for c in plan.changes] == [("Volgende stap", "HQ voor Lies")]


def test_a_merged_workbook_knows_what_the_coach_changed_since_her_export(
        demo_services: Services, services: Services, tmp_path: Path) -> None:
    from coachdesk.exchange.merge import merge_workbooks

    kempen = _region(demo_services, "Kempen")
    mine = export(demo_services, tmp_path / "mine.xlsx", coach="Lies")
    other = export(services, tmp_path / "other.xlsx", coach="An")
    merged = tmp_path / "hq.xlsx"
    merge_workbooks(merged, [read_handoff(mine), read_handoff(other)])
    demo_services.regions.set_next_step(kempen, "Later, in CoachDesk", None)
    plan = _plan(demo_services, merged)  # headquarters changed nothing of Kempen
    assert plan.known_export and plan.empty


def test_a_workbook_saved_again_by_libreoffice_changes_nothing(
        demo_services: Services, tmp_path: Path) -> None:
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    path = export(demo_services, tmp_path / "hq.xlsx", regions=("Kempen",))
    subprocess.run([soffice, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                    "--outdir", str(tmp_path / "saved"), str(path)], check=True, timeout=180,
                   capture_output=True)
    plan = _plan(demo_services, tmp_path / "saved" / "hq.xlsx")
    assert plan.known_export and plan.empty and not plan.problems and not plan.ignored


def test_a_municipality_moves_region_and_joins(demo_services: Services, tmp_path: Path) -> None:
    path = export(demo_services, tmp_path / "a.xlsx")
    edit(path, "Gemeenten", {"NIS-code": "13011"},
         {"Regio": "Rivierenland", "Status": "afgehaakt", "Sinds": date(2026, 1, 5)})
    plan = _plan(demo_services, path)
    assert {c.column for c in plan.updates} >= {"Regio", "Status"}
    demo_services.handoff.apply_import(plan)
    [geel] = [m for m in demo_services.regions.municipalities() if m.nis_code == "13011"]
    assert (geel.region_name, geel.status.value, geel.status_since) == (
        "Rivierenland", "declined", date(2026, 1, 5))


def test_changes_never_compare_with_an_export_that_had_names(
        demo_services: Services, tmp_path: Path) -> None:
    export(demo_services, tmp_path / "full.xlsx")
    anon = read_handoff(export(demo_services, tmp_path / "anon.xlsx", personal_data=False))
    assert anon.sheets[h.CHANGES] == [] and anon.previous_export_at is None
