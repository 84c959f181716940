"""Combine several coaches' handoff workbooks into one for headquarters."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from coachdesk import __version__
from coachdesk.domain import handoff as h
from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.ids import new_id
from coachdesk.domain.scrub import Scrubber
from coachdesk.exchange.cover import local_time
from coachdesk.exchange.workbook_writer import write_handoff


@dataclass(frozen=True)
class MergeResult:
    path: Path
    row_count: int
    shared: int  # rows (by sheet and ID) that more than one coach sent


def merge_data(workbooks: list[h.HandoffWorkbook]) -> h.HandoffData:
    """One workbook's contents from several; every row keeps the name of its coach."""
    if len(workbooks) < 2:
        raise CoachDeskError("merge.too_few")
    sources: list[h.HandoffMeta] = []
    sheets: dict[str, list[h.Row]] = defaultdict(list)
    names = _coach_names(workbooks)
    for wb, name in zip(workbooks, names):
        if wb.merged:
            sources.extend(wb.sources)
            for sheet, rows in wb.sheets.items():
                sheets[sheet].extend(rows)
            continue
        _check_new_source(wb, sources)
        sources.append(dataclasses.replace(wb.meta, coach=name))
        for sheet, rows in wb.sheets.items():
            sheets[sheet].extend(dataclasses.replace(r, coach=name) for r in rows)
    regions = sorted({r for wb in workbooks for r in wb.meta.regions})
    # One workbook with personal data makes the whole merge personal.
    personal = any(wb.meta.personal_data for wb in workbooks)
    ordered = {s.name: sheets[s.name] for s in h.SHEETS if s.name in sheets}
    ordered.setdefault(h.CHANGES, [])
    replaced = (0, 0, 0)
    if not personal:  # check every cell again: e-mail addresses and phone numbers of anybody
        scrubber = Scrubber([], unknown_contacts=True)
        h.scrub_sheets(ordered, scrubber)
        replaced = (scrubber.by_kind["name"], scrubber.by_kind["email"],
                    scrubber.by_kind["phone"])
    meta = h.HandoffMeta(
        export_id=new_id(), exported_at=datetime.now(timezone.utc).replace(microsecond=0),
        app_version=__version__, database_id="", coach=", ".join(s.coach for s in sources),
        personal_data=personal, replaced=replaced,
        regions=tuple(regions) if all(wb.meta.regions for wb in workbooks) else (),
    )
    return h.HandoffData(meta=meta, sheets=ordered, sources=sources)


def merge_workbooks(out: Path, workbooks: list[h.HandoffWorkbook],
                    progress: h.ProgressSink | None = None) -> MergeResult:
    data = merge_data(workbooks)
    path = write_handoff(out, data, progress)
    return MergeResult(path, data.row_count(), shared_rows(data))


def shared_rows(data: h.HandoffData) -> int:
    """How many rows share their sheet and ID with a row of another coach."""
    count = 0
    for name, rows in data.sheets.items():
        if name == h.CHANGES:
            continue
        sheet = h.BY_NAME[name]
        coaches: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            coaches[sheet.key_of(row)].add(row.coach)
        count += sum(1 for row in rows if len(coaches[sheet.key_of(row)]) > 1)
    return count


def _coach_names(workbooks: list[h.HandoffWorkbook]) -> list[str]:
    """A distinct label per workbook: its coach, told apart by file name or export time.

    Two coaches may share a name, and two workbooks a file name (the window's default name
    holds only the date); each source keeps a label of its own so no rows collapse together.
    """
    taken = {src.coach for wb in workbooks if wb.merged for src in wb.sources}
    singles = [wb for wb in workbooks if not wb.merged]
    base = [wb.meta.coach or Path(wb.path).stem for wb in singles]
    tries = [
        base,
        [n if base.count(n) == 1 else f"{n} ({Path(wb.path).name})" for n, wb in zip(base, singles)],
        [n if base.count(n) == 1 else f"{n} ({local_time(wb.meta.exported_at)})"
         for n, wb in zip(base, singles)],
    ]
    labels = next((t for t in tries if len(set(t)) == len(t) and not taken & set(t)), tries[0])
    unique: list[str] = []
    for label in labels:
        number, candidate = 1, label
        while candidate in taken or candidate in unique:
            number += 1
            candidate = f"{label} ({number})"
        unique.append(candidate)
    names = iter(unique)
    return [next(names) if not wb.merged else "" for wb in workbooks]


def _check_new_source(wb: h.HandoffWorkbook, sources: list[h.HandoffMeta]) -> None:
    for src in sources:
        if src.database_id and src.database_id == wb.meta.database_id:
            raise CoachDeskError("merge.same_database", file=str(wb.path), coach=src.coach or "?")
