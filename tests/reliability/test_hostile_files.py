"""Hostile files: damaged and malicious workbooks and proposal files are refused with one
FileFormatError, in bounded time, and a refused import leaves the database unchanged.

More fuzzing: `.venv/bin/pytest -m benchmark -s tests/reliability/test_hostile_files.py`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.reliability.fuzzing import (
    run_all_fuzzers,
    run_corpus,
    small_database,
    tally,
    write_corpus,
)

EXAMPLES = 12  # per fuzzer in the normal suite
BENCHMARK_EXAMPLES = 400
# Files that are not what they claim at all: these must be refused, not half-read.
MUST_REFUSE = ("-truncated-", "-empty.", "-zip-of-nothing", "xlsx-zip-bomb", "-bomb-in-main-part",
               "-lying-size", "-laughs",
               "-external-entity", "-main-part-missing", "-renamed", "-ole2", "-noise",
               "-zeros", "-not-xml", "-unclosed-xml", "-workbook-xml-garbage", "-dimension-huge",
               "-far-away-cell", "-format-", "-meta-missing", "-sheet-missing", "-header-renamed")


@pytest.fixture(scope="module")
def coach(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    folder = tmp_path_factory.mktemp("hostile")
    db, book = small_database(folder)
    return db, book.read_bytes()


@pytest.fixture(scope="module")
def corpus_results(coach: tuple[Path, bytes], tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    folder = tmp_path_factory.mktemp("corpus")
    db = folder / "coach.sqlite"
    shutil.copyfile(coach[0], db)
    write_corpus(folder / "files", coach[1])
    return run_corpus(folder / "files", db, folder / "backups")


def test_every_damaged_file_ends_in_a_clear_refusal_or_a_clean_read(corpus_results: list[dict]) -> None:
    crashes = [r for r in corpus_results if r["outcome"] in ("crash", "applied-despite-problems")]
    assert crashes == []
    assert len(corpus_results) >= 120


def test_files_that_are_not_what_they_claim_are_refused(corpus_results: list[dict]) -> None:
    wrongly_read = [(r["case"], r["outcome"], r["detail"]) for r in corpus_results
                    if any(m in r["case"] for m in MUST_REFUSE)
                    and not r["outcome"].startswith("refused")]
    assert wrongly_read == []


def test_a_refusal_names_the_file_and_changes_no_record(corpus_results: list[dict]) -> None:
    for result in corpus_results:
        if result["outcome"].startswith("refused"):
            assert not result["db_changed"], result
        if result["outcome"] == "refused":
            stem = result["case"].rsplit(".", 1)[0]
            assert stem in result["detail"], result


def test_fuzzed_workbooks_and_proposal_files(coach: tuple[Path, bytes], tmp_path: Path) -> None:
    db = tmp_path / "coach.sqlite"
    shutil.copyfile(coach[0], db)
    seen = run_all_fuzzers(tmp_path, db, coach[1], EXAMPLES)
    assert sum(seen.values()) >= 3 * EXAMPLES


@pytest.mark.benchmark
def test_hostile_files_benchmark(coach: tuple[Path, bytes], corpus_results: list[dict],
                                 tmp_path: Path) -> None:
    db = tmp_path / "coach.sqlite"
    shutil.copyfile(coach[0], db)
    seen = run_all_fuzzers(tmp_path, db, coach[1], BENCHMARK_EXAMPLES)
    print(f"\ncorpus of damaged files: {len(corpus_results)} tried: {dict(tally(corpus_results))}")
    print(f"fuzzed files: {sum(seen.values())} tried: {dict(seen)}")
    print(f"damaged files tried in all: {len(corpus_results) + sum(seen.values())}")
