"""A workbook without personal data is anonymous in every cell; a merge says what it holds."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook

from coachdesk.cli import main
from coachdesk.domain import handoff as h
from coachdesk.exchange.merge import merge_workbooks
from coachdesk.exchange.workbook_reader import read_handoff
from coachdesk.services.container import Services
from tests.handoff_helpers import edit, export


def _cells(path: Path) -> list[str]:
    """Every cell of every sheet (the hidden `_meta` too), as text, read independently."""
    book = load_workbook(path, read_only=True)
    return [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
            for v in row if v is not None]


def _people(services: Services) -> list[tuple[str, str, str]]:
    return [(p.name, p.email, p.phone) for p in services.contacts.people()]


def test_no_name_email_or_phone_in_any_cell(demo_services: Services, tmp_path: Path) -> None:
    people = _people(demo_services)
    full = _cells(export(demo_services, tmp_path / "full.xlsx"))
    named_in_text = {n for n, _e, _p in people if any(n in c for c in full if len(c) > len(n))}
    assert len(named_in_text) > 20  # the demo's reports name people: the check can fail
    path = export(demo_services, tmp_path / "anon.xlsx", personal_data=False)
    cells = _cells(path)
    text = "\n".join(cells)
    folded = text.casefold()
    digits = re.sub(r"\D", "", text)
    for name, email, phone in people:
        assert name.casefold() not in folded, name
        if email:
            assert email.casefold() not in folded, email
        if phone:
            assert re.sub(r"\D", "", phone)[-8:] not in digits, phone
    assert not re.search(r"[\w.+-]+@[\w-]+\.\w+", text)  # no e-mail address of anybody
    # The organisations and the moments remain.
    wb = read_handoff(path)
    assert len(wb.sheets[h.MOMENTS]) == len(read_handoff(tmp_path / "full.xlsx").sheets[h.MOMENTS])
    orgs = {o.name for o in demo_services.contacts.organisations()}
    assert sum(1 for m in wb.sheets[h.MOMENTS] if any(o in m.participants for o in orgs)) > 100
    assert wb.meta.personal_data is False
    cover = " ".join(c for c in cells[:40])
    match = re.search(r"vervangen: (\d+) namen, (\d+) e-mailadress?e?n? en (\d+) telefoon", cover)
    assert match and int(match[1]) > 100, cover


def test_a_merge_with_one_full_workbook_is_personal(demo_services: Services,
                                                   tmp_path: Path) -> None:
    anon = export(demo_services, tmp_path / "anon.xlsx", personal_data=False, coach="Lies")
    other = tmp_path / "other.sqlite"
    assert main(["demo", str(other), "--seed", "2"]) == 0
    full = tmp_path / "full.xlsx"
    assert main(["export", str(full), "--db", str(other), "--coach", "An"]) == 0
    merged = merge_workbooks(tmp_path / "m.xlsx", [read_handoff(anon), read_handoff(full)]).path
    assert read_handoff(merged).meta.personal_data is True
    assert "Persoonsgegevens ja" in " ".join(_cells(merged))
    anon2 = tmp_path / "anon2.xlsx"
    assert main(["export", str(anon2), "--db", str(other), "--coach", "An",
                 "--no-personal-data"]) == 0
    both = merge_workbooks(tmp_path / "a.xlsx", [read_handoff(anon), read_handoff(anon2)]).path
    assert read_handoff(both).meta.personal_data is False
    assert "bij het samenvoegen werd elke cel opnieuw nagekeken" in " ".join(_cells(both))


def test_a_scrubbed_cell_edited_at_headquarters_is_not_written_back(
        demo_services: Services, tmp_path: Path) -> None:
    full = read_handoff(export(demo_services, tmp_path / "full.xlsx"))
    path = export(demo_services, tmp_path / "anon.xlsx", personal_data=False)
    anon = read_handoff(path)
    reports = {m.id: m.report for m in full.sheets[h.MOMENTS]}
    moment = next(m for m in anon.sheets[h.MOMENTS] if m.report != reports[m.id])
    edit(path, h.MOMENTS, {"ID": moment.id}, {"Verslag": moment.report + " Aangevuld."})
    plan = demo_services.handoff.plan_import(read_handoff(path))
    assert not plan.changes  # the stored report keeps its names
    assert [c.column for c in plan.ignored] == ["Verslag"]
