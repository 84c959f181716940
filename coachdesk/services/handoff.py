"""The handoff to headquarters: gather and record an export, plan and apply an import."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from coachdesk import __version__
from coachdesk.db.models import DbMeta, HandoffExport, Region
from coachdesk.domain import handoff as h
from coachdesk.domain.ids import new_id
from coachdesk.services import handoff_diff as diff
from coachdesk.services.handoff_gather import Gatherer
from coachdesk.services.handoff_import import ImportChoices, ImportPlan, apply_plan, make_plan

Writer = Callable[[Path, h.HandoffData, h.ProgressSink], Path]


@dataclass(frozen=True)
class ExportRecord:
    export_id: str
    exported_at: datetime
    file_name: str
    regions: tuple[str, ...]
    personal_data: bool
    row_count: int


@dataclass(frozen=True)
class ExportResult:
    path: Path
    export_id: str
    row_count: int
    change_count: int
    first: bool = False  # no earlier export to compare with: every row is new to headquarters


class HandoffService:
    """Export, import and history of the handoff workbook; the file format is injected."""

    def __init__(self, session_factory: sessionmaker[Session],
                 backup: Callable[[], Path] | None = None) -> None:
        self._sf = session_factory
        self._backup = backup

    def region_names(self) -> list[str]:
        with self._sf() as s:
            return list(s.scalars(select(Region.name).order_by(Region.name)))

    def coach(self) -> str:
        with self._sf() as s:
            return s.scalar(select(DbMeta.value).where(DbMeta.key == "coach")) or ""

    def gather(self, options: h.ExportOptions, progress: h.ProgressSink | None = None,
               today: date | None = None) -> tuple[h.HandoffData, str]:
        """The workbook's contents (with `Wijzigingen`) and the snapshot to record with it."""
        sink = progress or h.NoProgress()
        with self._sf() as s:
            gatherer = Gatherer(s, options, today)
            sheets = gatherer.gather(sink)
            meta = self._meta(s, options, tuple(gatherer.names[i] for i in gatherer.region_ids))
            previous_at, previous_regions, before = self._previous(
                s, options.personal_data, set(meta.regions))
        snapshot = diff.take(sheets)
        sheets[h.CHANGES] = []
        if before:  # no previous export, or an unreadable snapshot: nothing to compare with
            regions = set() if not options.regions else set(meta.regions)
            sheets[h.CHANGES] = [*diff.changes(before, snapshot, regions)]
        else:
            previous_at = None
        del before
        if gatherer.scrubber is not None:  # an older snapshot may still hold names
            h.scrub_sheets({h.CHANGES: sheets[h.CHANGES]}, gatherer.scrubber)
            meta = dataclasses.replace(meta, replaced=gatherer.replaced())
        data = h.HandoffData(meta=meta, sheets=sheets, previous_export_at=previous_at,
                             previous_regions=previous_regions)
        return data, diff.pack(snapshot)

    def export(self, target: Path, options: h.ExportOptions, writer: Writer,
               progress: h.ProgressSink | None = None) -> ExportResult:
        """Gather, write through `writer`, and record the export only once the file exists."""
        sink = progress or h.NoProgress()
        data, snapshot = self.gather(options, sink)
        path = writer(Path(target), data, sink)
        self.record(data, snapshot, path)
        return ExportResult(path, data.meta.export_id, data.row_count(),
                            len(data.sheets[h.CHANGES]), first=data.previous_export_at is None)

    def record(self, data: h.HandoffData, snapshot: str, path: Path) -> None:
        meta = data.meta
        with self._sf.begin() as s:
            s.add(HandoffExport(
                export_id=meta.export_id,
                exported_at=meta.exported_at.astimezone(timezone.utc).replace(tzinfo=None),
                file_name=Path(path).name, regions="; ".join(meta.regions),
                personal_data=meta.personal_data, row_count=data.row_count(), snapshot=snapshot,
            ))

    def history(self) -> list[ExportRecord]:
        with self._sf() as s:
            q = (select(HandoffExport.export_id, HandoffExport.exported_at,
                        HandoffExport.file_name, HandoffExport.regions,
                        HandoffExport.personal_data, HandoffExport.row_count)
                 .order_by(HandoffExport.exported_at.desc(), HandoffExport.id.desc()))
            return [ExportRecord(eid, at, name, tuple(filter(None, regions.split("; "))),
                                 personal, count)
                    for eid, at, name, regions, personal, count in s.execute(q)]

    def plan_import(self, workbook: h.HandoffWorkbook) -> ImportPlan:
        """Every change the workbook would make, its conflicts and its invalid rows."""
        with self._sf() as s:
            return make_plan(s, workbook)

    def apply_import(self, plan: ImportPlan, choices: ImportChoices | None = None) -> int:
        """Back up, then apply the plan in one transaction; returns the number of fields set."""
        if plan.problems:
            raise plan.refusal()
        if plan.empty:
            return 0
        if self._backup is not None:
            self._backup()
        with self._sf.begin() as s:
            return apply_plan(s, plan, choices or ImportChoices())

    def _meta(self, s: Session, options: h.ExportOptions, regions: tuple[str, ...]) -> h.HandoffMeta:
        facts = dict(s.execute(select(DbMeta.key, DbMeta.value)).all())
        return h.HandoffMeta(
            export_id=new_id(), exported_at=datetime.now(timezone.utc).replace(microsecond=0),
            app_version=__version__, database_id=facts.get("database_id", ""),
            coach=options.coach or facts.get("coach", ""), personal_data=options.personal_data,
            regions=regions if options.regions else (),
        )

    @staticmethod
    def _previous(s: Session, personal_data: bool, regions: set[str],
                  ) -> tuple[datetime | None, tuple[str, ...], diff.Snapshot]:
        """The latest export in the same privacy mode that held all of these regions.

        An export of fewer regions is passed over: compared with it, every row of the other
        regions would look added and hide the real edits. The same privacy mode, so old values
        never leak names. `regions` empty means all regions.
        """
        found = s.execute(
            select(HandoffExport.exported_at, HandoffExport.regions, HandoffExport.id)
            .where(HandoffExport.personal_data == personal_data)
            .order_by(HandoffExport.exported_at.desc(), HandoffExport.id.desc())
        ).all()
        for at, names, export_id in found:
            held = {n for n in names.split("; ") if n}
            if held and (not regions or not regions <= held):
                continue
            snapshot = s.scalar(select(HandoffExport.snapshot).where(HandoffExport.id == export_id))
            return at.replace(tzinfo=timezone.utc), tuple(sorted(held)), diff.unpack(snapshot or "")
        return None, (), {}
