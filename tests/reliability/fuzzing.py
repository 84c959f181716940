"""Shared by the hostile-file tests and their benchmark: the corpus run and the fuzzers."""

from __future__ import annotations

import faulthandler
import io
import json
import resource
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterator

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachdesk.domain.errors import CoachDeskError, FileFormatError
from coachdesk.domain.handoff import ExportOptions
from coachdesk.exchange.documents import read_document
from coachdesk.exchange.workbook_reader import read_handoff
from coachdesk.exchange.workbook_writer import write_handoff
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.logbook import ActionDraft, MomentDraft
from tests.reliability import hostile

WORKER = Path(__file__).with_name("hostile_worker.py")
ROOT = Path(__file__).resolve().parents[2]
MEMORY_LIMIT = 3 * 1024**3  # the worker may not take the shared machine down with it
CORPUS_TIMEOUT = 1800  # a watchdog for the whole corpus, never an assertion
WATCHDOG_SECONDS = 300


def small_database(folder: Path) -> tuple[Path, Path]:
    """A database with a few moments and actions, and its handoff workbook."""
    db = folder / "coach.sqlite"
    services = Services(open_coachdesk_db(db, backup_dir=folder / "backups"))
    try:
        for n in range(3):
            services.logbook.log_moment(MomentDraft(
                date(2025, 3, 10 + n), "regional_meeting", n + 1, f"Regio-overleg {n}",
                "Verslag", actions=[ActionDraft(f"Actie {n}.{k}", "Lies", date(2025, 4, 1))
                                    for k in range(3)]))
        book = services.handoff.export(folder / "handoff.xlsx", ExportOptions(), write_handoff)
    finally:
        services.close()
    return db, book.path


def write_corpus(folder: Path, workbook: bytes) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    cases = {f"{name}.xlsx": data for name, data in hostile.workbook_corpus(workbook).items()}
    cases |= hostile.document_corpus()
    for name, data in cases.items():
        (folder / name).write_bytes(data)
    return cases


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_corpus(corpus: Path, db: Path, backups: Path) -> list[dict]:
    """Every corpus file through the readers in one child process; one result per file."""
    done = subprocess.run(
        [sys.executable, str(WORKER), str(corpus), str(db), str(backups)],
        capture_output=True, text=True, cwd=ROOT, timeout=CORPUS_TIMEOUT,
        preexec_fn=_limit_memory,
    )
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    results = [line for line in lines if "case" in line]
    started = [line["start"] for line in lines if "start" in line]
    assert done.returncode == 0 and len(results) == len(started), (
        f"the reader did not finish {started[-1] if started else '?'}: "
        f"{done.stderr[-3000:]}")
    return results


def tally(results: list[dict]) -> Counter:
    return Counter(r["outcome"] for r in results)


@contextmanager
def watchdog() -> Iterator[None]:
    """End the test run with a traceback if a case hangs; never a timed assertion."""
    faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


def _mutate(base: bytes, cut: int | None, flips: list[tuple[int, int]]) -> bytes:
    blob = bytearray(base if cut is None else base[: cut % (len(base) + 1)])
    for position, value in flips:
        if blob:
            blob[position % len(blob)] = value
    return bytes(blob)


MUTATIONS = st.tuples(st.none() | st.integers(min_value=0),
                      st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)),
                               max_size=30))


def fuzz_workbook_bytes(base: bytes, folder: Path, examples: int, seen: Counter) -> None:
    """Random truncations and byte flips of a good workbook: read, or FileFormatError."""

    @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(MUTATIONS)
    def case(mutation: tuple[int | None, list[tuple[int, int]]]) -> None:
        path = folder / "fuzzed.xlsx"
        path.write_bytes(_mutate(base, *mutation))
        try:
            read_handoff(path)
            seen["workbook read"] += 1
        except FileFormatError:
            seen["workbook refused"] += 1

    with watchdog():
        case()


def fuzz_documents(folder: Path, examples: int, seen: Counter) -> None:
    """Random truncations and byte flips of a good DOCX and PDF: text, or FileFormatError."""
    bases = {"voorstel.docx": hostile.base_docx(), "voorstel.pdf": hostile.base_pdf()}

    @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(sorted(bases)), MUTATIONS)
    def case(name: str, mutation: tuple[int | None, list[tuple[int, int]]]) -> None:
        try:
            read_document(name, _mutate(bases[name], *mutation))
            seen[f"{name.split('.')[1]} read"] += 1
        except FileFormatError:
            seen[f"{name.split('.')[1]} refused"] += 1

    with watchdog():
        case()


CELL_VALUES = (st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=300)
               | st.integers(min_value=-(2**62), max_value=2**62)
               | st.floats(allow_nan=False, allow_infinity=False)
               | st.dates() | st.booleans() | st.none())
SHEETS = ("Acties", "Contactmomenten", "Regio's", "Fasehistoriek", "_meta")


def fuzz_workbook_cells(base: bytes, db: Path, folder: Path, examples: int, seen: Counter) -> None:
    """Odd values in a good workbook's cells; a refused import never changes the database."""
    services = Services(open_coachdesk_db(db, backup_dir=folder / "backups"))
    watcher = sqlite3.connect(db)

    @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(st.lists(st.tuples(st.sampled_from(SHEETS), st.integers(1, 12), st.integers(1, 8),
                              CELL_VALUES), min_size=1, max_size=6))
    def case(edits: list[tuple[str, int, int, object]]) -> None:
        wb = openpyxl.load_workbook(io.BytesIO(base))
        for sheet, row, column, value in edits:
            wb[sheet].cell(row, column).value = value
        path = folder / "cells.xlsx"
        wb.save(path)
        before = watcher.execute("PRAGMA data_version").fetchone()[0]
        _import_or_refuse(services, path, seen)
        assert watcher.execute("PRAGMA data_version").fetchone()[0] == before

    try:
        with watchdog():
            case()
    finally:
        watcher.close()
        services.close()


def _import_or_refuse(services: Services, path: Path, seen: Counter) -> None:
    """As the window does, but a plan without problems is not applied (it would be legal)."""
    try:
        plan = services.handoff.plan_import(read_handoff(path))
    except FileFormatError:
        seen["cells refused by the reader"] += 1
        return
    if not plan.problems:
        seen["cells accepted"] += 1
        return
    try:
        services.handoff.apply_import(plan)
    except CoachDeskError:
        seen["cells refused by the import plan"] += 1
        return
    raise AssertionError(f"an import with problems was applied: {plan.problems[:3]}")


def run_all_fuzzers(folder: Path, db: Path, book: bytes, examples: int) -> Counter:
    seen: Counter = Counter()
    fuzz_workbook_bytes(book, folder, examples, seen)
    fuzz_documents(folder, examples, seen)
    fuzz_workbook_cells(book, db, folder, examples, seen)
    return seen

