"""Files CoachDesk writes: created exclusively, private, never through a planted file (issue 18)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

from coachdesk.services.container import Services
from coachdesk.services.contacts import PersonRow
from tests.handoff_helpers import edit, export, first_row


def test_person_export_ignores_a_planted_temporary_file(services: Services,
                                                        tmp_path: Path) -> None:
    person = services.contacts.save_person(PersonRow(None, "Wannes Vercruyssen",
                                                     email="wannes@mol.be"))
    shared = tmp_path / "shared"
    shared.mkdir()
    spy = tmp_path / "spy.txt"
    spy.write_text("")
    for planted in (".wannes.json.tmp", ".wannes.json.partial"):
        (shared / planted).symlink_to(spy)  # another user's trap in a shared folder
    target = services.privacy.export_person(person, shared / "wannes.json")
    assert spy.read_text() == ""  # nothing went through the trap
    assert "wannes@mol.be" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and not target.is_symlink()


def test_the_command_line_sets_a_private_umask(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = dict(os.environ, COACHDESK_HOME=str(home))
    subprocess.run([sys.executable, "-m", "coachdesk", "check"], env=env, check=True,
                   capture_output=True, timeout=120, preexec_fn=lambda: os.umask(0o022))
    created = [p for p in home.rglob("*")]
    assert any(p.suffix == ".sqlite" for p in created)
    loose = [p for p in created if stat.S_IMODE(p.stat().st_mode) & 0o077]
    assert not loose, loose


def test_a_killed_exports_leftover_is_removed(demo_services: Services, tmp_path: Path) -> None:
    leftover = tmp_path / ".full-k1ll3d00.partial"
    leftover.write_bytes(b"PK\x03\x04 half a workbook with the contacts sheet")
    os.utime(leftover, (time.time() - 3600, time.time() - 3600))
    fresh = tmp_path / ".other-inprogr.partial"  # another export, still being written
    fresh.write_bytes(b"PK\x03\x04")
    export(demo_services, tmp_path / "full.xlsx")
    assert not leftover.exists() and fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".partial") == [fresh.name]


def test_import_refuses_an_email_that_is_no_address(demo_services: Services,
                                                    tmp_path: Path) -> None:
    from coachdesk.exchange.workbook_reader import read_handoff

    path = export(demo_services, tmp_path / "a.xlsx")
    person = first_row(path, "Contactpersonen")
    edit(path, "Contactpersonen", {"ID": person["ID"]}, {"E-mail": "bel me maar"})
    plan = demo_services.handoff.plan_import(read_handoff(path))
    [problem] = plan.problems
    assert problem.column == "E-mail" and problem.code == "not_email"
    assert "bel me maar" not in str(problem)

