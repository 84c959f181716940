"""`coachdesk demo`: a new database filled with realistic, reproducible demo data."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.progress import NoProgress, ProgressSink
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.demo.actions import build_actions
from coachdesk.services.demo.candidacies import build_candidacies
from coachdesk.services.demo.context import SIZES, Demo
from coachdesk.services.demo.moments import build_moments
from coachdesk.services.demo.names import COACH_NAME
from coachdesk.services.demo.people import build_directory
from coachdesk.services.demo.plans import make_plans
from coachdesk.services.demo.progress import (
    build_memberships, build_region_updates, build_stage_changes,
)
from coachdesk.services.demo.proposals import build_proposals
from coachdesk.services.demo.store import TABLES, load_reference, write

__all__ = ["DemoSummary", "create_demo_database"]

SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def create_demo_database(path: Path, size: str = "small", seed: int = 1,
                         today: date | None = None, progress: ProgressSink | None = None) -> DemoSummary:
    """Write a new demo database at `path`, whole or not at all; returns a short summary.

    `progress` hears each step and may cancel (its `check()` raises): then no file is left.
    """
    progress = progress or NoProgress()
    path = Path(path)
    if size not in SIZES:
        raise CoachDeskError("demo.unknown_size", size=size)
    if path.exists():
        raise CoachDeskError("demo.exists", path=str(path))
    partial = path.with_name(path.name + ".partial")
    _remove(partial)
    try:
        demo = _fill(partial, size, seed, today or date.today(), progress)
        progress.check()  # the last moment a cancel still leaves nothing behind
        _publish(partial, path)
    except BaseException:
        _remove(partial)
        raise
    return _summary(demo)


def _fill(partial: Path, size: str, seed: int, today: date, progress: ProgressSink) -> Demo:
    progress.check()
    db = open_coachdesk_db(partial, coach=COACH_NAME)
    try:
        with db.session_factory.begin() as session:
            demo = Demo(load_reference(session), SIZES[size], seed, today)
            _generate(demo, progress)
            write(session, demo, progress)
    finally:
        db.dispose()
    return demo


STEPS = 9 + len(TABLES)  # generating the rows in 9 steps, then writing each table


def _generate(demo: Demo, progress: ProgressSink) -> None:
    """Queue every row; the order matters, as each step draws from the same random source."""
    def step(number: int) -> None:
        progress.check()
        progress.report(number, STEPS)

    plans = make_plans(demo)
    step(1)
    directory = build_directory(demo, plans)
    step(2)
    moments = build_moments(demo, plans, directory)
    step(3)
    joined = build_memberships(demo, plans)
    step(4)
    versions = build_proposals(demo, plans, directory, joined)
    step(5)
    build_stage_changes(demo, plans, versions)
    step(6)
    build_candidacies(demo, plans)
    step(7)
    build_actions(demo, plans, directory, moments)
    step(8)
    build_region_updates(demo, plans)
    step(9)


def _publish(partial: Path, path: Path) -> None:
    for suffix in SQLITE_SIDE_FILES:  # all connections are closed: nothing may be left beside
        if Path(str(partial) + suffix).exists():
            raise CoachDeskError("demo.not_closed", path=str(partial))
    if path.exists():
        raise CoachDeskError("demo.exists", path=str(path))
    os.replace(partial, path)


def _remove(partial: Path) -> None:
    for candidate in [partial] + [Path(str(partial) + s) for s in SQLITE_SIDE_FILES]:
        candidate.unlink(missing_ok=True)


@dataclass(frozen=True)
class DemoSummary:
    """What the demo database holds (the command line says it in the coach's language)."""

    regions: int
    people: int
    contact_moments: int
    actions: int
    proposal_versions: int


def _summary(demo: Demo) -> DemoSummary:
    return DemoSummary(len(demo.ref.regions), len(demo.rows["person"]),
                       len(demo.rows["contact_moment"]), len(demo.rows["action"]),
                       len(demo.rows["proposal_version"]))
