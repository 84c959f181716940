"""Merging two coaches' workbooks: every row of both, a Coach column, shared rows flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from coachdesk.cli import main
from coachdesk.domain import handoff as h
from coachdesk.domain.errors import CoachDeskError
from coachdesk.exchange.merge import merge_workbooks
from coachdesk.exchange.workbook_reader import read_handoff
from tests.handoff_helpers import header


@pytest.fixture(scope="module")
def two_coaches(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two demo databases (seeds 1 and 2) exported by two coaches: Lies all, An three regions."""
    folder = tmp_path_factory.mktemp("coaches")
    books = []
    for seed, coach, regions in ((1, "Lies", []), (2, "An", ["Kempen", "Westhoek", "Limburg"])):
        db = folder / f"coach{seed}.sqlite"
        assert main(["demo", str(db), "--seed", str(seed)]) == 0
        book = folder / f"{coach}.xlsx"
        args = ["export", str(book), "--db", str(db), "--coach", coach]
        args += [a for r in regions for a in ("--region", r)]
        assert main(args) == 0
        books.append(book)
    return books[0], books[1]


def test_merge_has_the_rows_of_both(two_coaches: tuple[Path, Path], tmp_path: Path) -> None:
    lies, an = (read_handoff(p) for p in two_coaches)
    out = tmp_path / "hq.xlsx"
    result = merge_workbooks(out, [lies, an])
    merged = read_handoff(out)
    assert merged.merged and [s.coach for s in merged.sources] == ["Lies", "An"]
    for name in (h.REGIONS, h.PEOPLE, h.MOMENTS, h.ACTIONS, h.VERSIONS):
        rows = merged.sheets[name]
        assert len(rows) == len(lies.sheets[name]) + len(an.sheets[name]), name
        assert {r.coach for r in rows} == {"Lies", "An"}, name
    ids = {m.id for m in merged.sheets[h.MOMENTS]}
    assert {m.id for m in an.sheets[h.MOMENTS]} <= ids
    assert result.shared > 0


def test_shared_regions_are_flagged_not_doubled_silently(
        two_coaches: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "hq.xlsx"
    merge_workbooks(out, [read_handoff(p) for p in two_coaches])
    ws = load_workbook(out)["Regio's"]
    heads = header(ws)
    assert heads[:3] == ["Regio-ID", "Coach", "Regio"]
    assert heads[-1] == "Ook bij coach"
    rows = [dict(zip(heads, r)) for r in ws.iter_rows(min_row=2, values_only=True)]
    kempen = [r for r in rows if r["Regio"] == "Kempen"]
    assert sorted((r["Coach"], r["Ook bij coach"]) for r in kempen) == [("An", "Lies"),
                                                                        ("Lies", "An")]
    brussel = next(r for r in rows if r["Regio"] == "Brussel")
    assert brussel["Ook bij coach"] is None


def test_every_data_sheet_has_coach_second_and_meta_per_source(
        two_coaches: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "hq.xlsx"
    merge_workbooks(out, [read_handoff(p) for p in two_coaches])
    wb = load_workbook(out)
    for name in [*h.DATA_SHEETS, h.CHANGES]:
        assert header(wb[name])[1] == "Coach", name
        assert wb[name].freeze_panes == "A2"
    meta = [r for r in wb["_meta"].iter_rows(values_only=True) if r[0] == "source"]
    assert [m[1] for m in meta] == ["Lies", "An"]
    assert wb["_meta"].sheet_state == "hidden"


def test_the_same_database_twice_is_refused(two_coaches: tuple[Path, Path],
                                            tmp_path: Path) -> None:
    lies = read_handoff(two_coaches[0])
    with pytest.raises(CoachDeskError, match="same coach's database"):
        merge_workbooks(tmp_path / "hq.xlsx", [lies, read_handoff(two_coaches[0])])
    assert not (tmp_path / "hq.xlsx").exists()


def test_merge_from_the_command_line(two_coaches: tuple[Path, Path], tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "hq.xlsx"
    assert main(["merge", str(out), *map(str, two_coaches)]) == 0
    assert "Merged 2 workbooks" in capsys.readouterr().out
    assert main(["merge", str(out), str(two_coaches[0]), str(tmp_path / "missing.xlsx")]) == 1
    err = capsys.readouterr().err.strip()
    assert "missing.xlsx" in err and len(err.splitlines()) == 1
