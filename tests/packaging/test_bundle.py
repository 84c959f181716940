"""The built bundle works without Python: version, demo, start-up, export, one instance."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from coachdesk import __version__
from coachdesk.instance import DatabaseLock

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
# 150 MB for the app, +12 MB for the team database's TLS (OpenSSL for Python's ssl, which
# psycopg imports, and libpq's own copy); on Linux +12 MB for keyring's Secret Service backend
# (SecretStorage needs cryptography, which carries a third OpenSSL).
SIZE_LIMIT_MB = 180 if sys.platform.startswith("linux") else 165


def bundled_command(dist: Path) -> Path:
    """The console program inside the bundle, per system."""
    if sys.platform == "win32":
        return dist / "CoachDesk" / "coachdesk-cli.exe"
    if sys.platform == "darwin":
        return dist / "CoachDesk.app" / "Contents" / "MacOS" / "coachdesk"
    return dist / "CoachDesk" / "coachdesk"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the bundle once for this module, with the project's build script.

    With COACHDESK_BUNDLE_DIST set (the release workflow), test the bundle already built
    there instead: the very one that is released.
    """
    prebuilt = os.environ.get("COACHDESK_BUNDLE_DIST")
    if prebuilt:
        command = bundled_command(Path(prebuilt).resolve())
        assert command.is_file(), f"no program at {command}"
        return command
    out = tmp_path_factory.mktemp("bundle")
    build = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"),
         "--dist", str(out / "dist"), "--work", str(out / "work"), "--archive"],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    print(build.stdout)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    command = bundled_command(out / "dist")
    assert command.is_file(), f"no program at {command}"
    return command


def run(command: Path, args: Sequence[str], home: Path, timeout: int = 120
        ) -> subprocess.CompletedProcess[str]:
    """Run the bundled program as a coach would: no virtualenv, no Python path, offscreen."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    env.update(COACHDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               PATH=os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                    if ".venv" not in p))
    return subprocess.run([str(command), *args], cwd=home.parent, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_the_bundle_tells_its_version(bundle: Path, coachdesk_home: Path) -> None:
    result = run(bundle, ["--version"], coachdesk_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"coachdesk {__version__}"


def test_the_bundles_metadata_says_pyprojects_version(bundle: Path) -> None:
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    top = bundle.parent if sys.platform != "darwin" else bundle.parents[1]
    [meta] = list(top.rglob("coachdesk-*.dist-info/METADATA"))
    assert f"\nVersion: {version}\n" in meta.read_text(encoding="utf-8")
    if sys.platform == "darwin":
        import plistlib

        info = plistlib.loads((top / "Info.plist").read_bytes())
        assert info["CFBundleShortVersionString"] == version


def test_the_bundle_creates_a_demo_database_and_starts_on_it(bundle: Path, coachdesk_home: Path,
                                                               tmp_path: Path) -> None:
    demo = tmp_path / "demo.sqlite"
    made = run(bundle, ["demo", str(demo), "--seed", "1"], coachdesk_home)
    assert made.returncode == 0, made.stderr
    assert "18 regions" in made.stdout
    if sys.platform != "win32":  # Windows keeps the file private through the user's profile
        assert demo.stat().st_mode & 0o777 == 0o600

    checked = run(bundle, ["check", "--db", str(demo)], coachdesk_home)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Integrity:    ok" in checked.stdout

    started = run(bundle, ["--quit-when-ready", "--db", str(demo)], coachdesk_home)
    assert started.returncode == 0, started.stderr
    assert "Traceback" not in started.stderr
    assert (coachdesk_home / "logs" / "coachdesk.log").exists()
    assert not (tmp_path / "demo.sqlite.lock").exists(), "the lock is removed on a clean exit"


def test_the_bundle_starts_on_a_new_database_of_its_own(bundle: Path, coachdesk_home: Path) -> None:
    """First start on a new laptop: the database is created by the bundled migrations."""
    started = run(bundle, ["--quit-when-ready"], coachdesk_home)
    assert started.returncode == 0, started.stderr
    checked = run(bundle, ["check"], coachdesk_home)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # Once the window has run, the command line speaks the window's language (Dutch by default).
    assert "18 regio's, 304 gemeenten" in checked.stdout
    english = run(bundle, ["check", "--lang", "en"], coachdesk_home)
    assert "18 regions, 304 municipalities" in english.stdout, english.stdout


def test_the_bundle_exports_the_handoff_workbook(bundle: Path, coachdesk_home: Path,
                                                 tmp_path: Path) -> None:
    demo, workbook = tmp_path / "demo.sqlite", tmp_path / "overdracht.xlsx"
    assert run(bundle, ["demo", str(demo)], coachdesk_home).returncode == 0
    exported = run(bundle, ["export", str(workbook), "--db", str(demo)], coachdesk_home)
    assert exported.returncode == 0, exported.stderr

    from openpyxl import load_workbook

    book = load_workbook(workbook, read_only=True)
    assert {"Lees mij", "Regio's", "Gemeenten", "_meta"} <= set(book.sheetnames)
    meta = {row[0]: row[1] for row in book["_meta"].iter_rows(values_only=True)}
    assert meta.get("format") == "coachdesk-handoff"
    assert meta.get("app_version") == __version__


def test_the_bundle_refuses_a_database_that_is_already_open(bundle: Path, coachdesk_home: Path,
                                                            tmp_path: Path) -> None:
    demo = tmp_path / "demo.sqlite"
    assert run(bundle, ["demo", str(demo)], coachdesk_home).returncode == 0
    with DatabaseLock(demo):
        second = run(bundle, ["--quit-when-ready", "--db", str(demo)], coachdesk_home)
    assert second.returncode == 1
    assert f"{demo} is al geopend in CoachDesk" in second.stderr


def test_the_bundle_reaches_for_the_team_database(bundle: Path, coachdesk_home: Path,
                                                  tmp_path: Path) -> None:
    """psycopg's libpq (with its TLS) loads in the bundle: a server that does not answer is
    named in one sentence, as on a laptop without network, not an ImportError."""
    laptop = tmp_path / "laptop.sqlite"
    told = run(bundle, ["--lang", "en", "sync", "--db", str(laptop), "--team",
                        "postgresql://coach@127.0.0.1:9/team?connect_timeout=5"], coachdesk_home)
    assert told.returncode == 1, told.stdout + told.stderr
    assert "cannot be reached" in told.stderr, told.stderr
    assert "pq wrapper" not in told.stderr and "unexpected" not in told.stderr


def test_the_bundle_holds_what_it_needs_and_little_else(bundle: Path) -> None:
    top = bundle.parent if sys.platform != "darwin" else bundle.parents[1]
    files = [p for p in top.rglob("*") if p.is_file() and not p.is_symlink()]
    names = {p.relative_to(top).as_posix() for p in files}
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    print(f"\nbundle size: {size_mb:.1f} MB in {len(files)} files")
    assert size_mb < SIZE_LIMIT_MB

    def has(suffix: str) -> bool:
        return any(name.endswith(suffix) for name in names)

    assert has("coachdesk/resources/translations/coachdesk_shell_nl.qm")
    assert has("coachdesk/resources/reference/municipalities-flanders-2025.csv")
    assert has("coachdesk/resources/icons/coachdesk.svg")
    assert has("coachdesk/db/migrations/versions/0001_first_schema.py")
    assert has("coachdesk/db/migrations/env.py")
    assert has("translations/qtbase_nl.qm")
    assert not any(name.endswith(".ts") for name in names), "translation sources stay home"
    for unused in ("WebEngine", "Qt6Qml", "Qt6Quick", "Qt63D", "Multimedia"):
        assert not any(unused in name for name in names), unused
    # Qt's own TLS plugins stay out: Qt never connects; libpq does, with its own TLS
    assert not any("plugins/tls" in name for name in names)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux archive")
def test_the_linux_archive_installs_for_one_user_and_uninstalls_keeping_the_data(
        bundle: Path, tmp_path: Path) -> None:
    archive = next(bundle.parents[1].glob("CoachDesk-*-linux-*.tar.gz"))
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    home = tmp_path / "lies"
    home.mkdir()
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("XDG_", "COACHDESK_", "VIRTUAL_ENV", "PYTHON"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    install = [str(tmp_path / "unpacked" / "CoachDesk" / "install.sh")]

    def sh(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(args), env=env, capture_output=True, text=True, timeout=120)

    assert sh(*install).returncode == 0
    command = home / ".local" / "bin" / "coachdesk"
    assert sh(str(command), "--version").stdout.strip() == f"coachdesk {__version__}"
    share = home / ".local" / "share"
    desktop = (share / "applications" / "be.coachdesk.CoachDesk.desktop").read_text()
    assert f'Exec="{home}/.local/lib/coachdesk/coachdesk"\n' in desktop
    assert "Icon=be.coachdesk.CoachDesk" in desktop
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "be.coachdesk.CoachDesk.png").exists()
    assert (share / "metainfo" / "be.coachdesk.CoachDesk.metainfo.xml").exists()

    assert sh(str(command), "--quit-when-ready").returncode == 0  # first start: a new database
    database = share / "CoachDesk" / "coachdesk.sqlite"
    assert database.exists()

    removed = sh(*install, "--uninstall")
    assert removed.returncode == 0 and "were kept" in removed.stdout
    assert not command.exists() and not (home / ".local" / "lib" / "coachdesk").exists()
    assert not (share / "applications" / "be.coachdesk.CoachDesk.desktop").exists()
    assert database.exists(), "uninstalling keeps the coach's data"
