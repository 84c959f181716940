"""Helpers for the handoff workbook tests: export a database, edit a workbook like a person."""

from __future__ import annotations

import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from coachdesk.domain import handoff as h
from coachdesk.domain.handoff import ExportOptions
from coachdesk.exchange.workbook_writer import write_handoff
from coachdesk.services.container import Services


def export(services: Services, path: Path, **options: Any) -> Path:
    services.handoff.export(path, ExportOptions(**options), write_handoff)
    return path


def header(ws: Any) -> list[str]:
    return [c.value for c in next(ws.iter_rows(min_row=1, max_row=1))]


def edit(path: Path, sheet: str, match: dict[str, Any], changes: dict[str, Any],
         target: Path | None = None) -> Path:
    """Change cells of the first row whose columns equal `match`, as headquarters would."""
    wb = load_workbook(path)
    ws = wb[sheet]
    heads = header(ws)
    for row in ws.iter_rows(min_row=1):
        if all(row[heads.index(k)].value == v for k, v in match.items()):
            for column, value in changes.items():
                cell = row[heads.index(column)]
                cell.value = value
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # typed as text, as a person does with a quote
            break
    else:
        raise AssertionError(f"no row in {sheet} matches {match}")
    wb.save(target or path)
    return target or path


def first_row(path: Path, sheet: str) -> dict[str, Any]:
    wb = load_workbook(path, read_only=True)
    rows = list(wb[sheet].iter_rows(min_row=1, max_row=2, values_only=True))
    wb.close()
    return dict(zip(rows[0], rows[1]))


def replace_entry(path: Path, entry: str, transform: Any, target: Path) -> Path:
    """A copy of the workbook with one zip entry's text transformed."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == entry:
                data = transform(data.decode("utf-8")).encode("utf-8")
            out.writestr(info.filename, data)
    return target


def sheet_entry(path: Path, sheet: str) -> str:
    """The zip entry of a sheet (openpyxl numbers them in workbook order)."""
    wb = load_workbook(path, read_only=True)
    index = wb.sheetnames.index(sheet) + 1
    wb.close()
    return f"xl/worksheets/sheet{index}.xml"


def small_data(rows: dict[str, list[Any]] | None = None, **meta: Any) -> h.HandoffData:
    """A workbook's contents made by hand: every sheet, a few rows."""
    facts = dict(export_id="0d6f6e1e-0000-4000-8000-000000000001",
                 exported_at=datetime(2026, 3, 14, 9, 30, tzinfo=timezone.utc),
                 app_version="0.1.0", database_id="db-1", coach="Lies")
    facts.update(meta)
    sheets: dict[str, list[Any]] = {s.name: [] for s in h.SHEETS}
    sheets.update(rows or {})
    return h.HandoffData(meta=h.HandoffMeta(**facts), sheets=sheets)
