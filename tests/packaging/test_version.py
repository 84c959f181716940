"""One version, from pyproject.toml: `coachdesk --version`, the bundle's metadata, the Inno Setup
script, the macOS Info.plist and the AppStream file all say the same (issue 15)."""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path, PureWindowsPath

import pytest

import coachdesk

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_rules  # noqa: E402
import versioning  # noqa: E402

VERSION = versioning.project_version()


def _defines(script: str) -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"$', script, flags=re.MULTILINE))


def test_the_command_the_about_dialog_and_the_appstream_file_say_pyprojects_version() -> None:
    assert coachdesk.__version__ == VERSION
    shown = subprocess.run([sys.executable, "-m", "coachdesk", "--version"],
                           capture_output=True, text=True, timeout=120)
    assert shown.stdout.strip() == f"coachdesk {VERSION}", shown.stderr
    assert versioning.appstream_version() == VERSION, "run packaging/versioning.py bump"


def test_the_bundles_metadata_is_written_from_pyproject(tmp_path: Path) -> None:
    [(source, folder)] = bundle_rules.metadata(tmp_path)
    assert folder == f"coachdesk-{VERSION}.dist-info"
    meta = importlib.metadata.PathDistribution(Path(source).parent)
    assert (meta.metadata["Name"], meta.version) == ("coachdesk", VERSION)
    spec = (ROOT / "packaging" / "coachdesk.spec").read_text(encoding="utf-8")
    assert '"CFBundleShortVersionString": __version__' in spec  # the macOS Info.plist
    assert "bundle_rules.metadata(" in spec


def test_the_inno_setup_script_gets_its_version_and_paths_from_the_build(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    script = versioning.write_iss(tmp_path / "coachdesk.iss", dist / "CoachDesk", dist)
    defines = _defines(script.read_text(encoding="utf-8"))
    assert defines["AppVersion"] == VERSION
    assert defines["OutputBaseName"] + ".exe" == versioning.installer_name(VERSION, "win32")
    assert f'#include "{versioning.ISS_TEMPLATE}"' in script.read_text(encoding="utf-8")

    template = versioning.ISS_TEMPLATE.read_text(encoding="utf-8")
    assert VERSION not in template, "the version is given by the build, never written here"
    used = set(re.findall(r"\{#(\w+)\}", template))
    assert used <= set(defines) | set(_defines(template)), used - set(defines)
    for line in template.splitlines():  # every file the script names, found from the repository
        if line.startswith("SetupIconFile="):
            relative = PureWindowsPath(line.split("=", 1)[1].replace("{#RepoDir}\\", ""))
            assert (ROOT / Path(*relative.parts)).is_file(), line


def test_no_other_file_writes_the_version_number() -> None:
    pattern = re.compile(rf"""["']{re.escape(VERSION)}["']""")
    sources = [*(ROOT / "coachdesk").rglob("*.py"), *(ROOT / "packaging").rglob("*.py"),
               ROOT / "packaging" / "coachdesk.spec", versioning.ISS_TEMPLATE]
    offenders = [str(p.relative_to(ROOT)) for p in sources
                 if pattern.search(p.read_text(encoding="utf-8"))]
    assert not offenders


def test_a_release_tag_must_name_the_version() -> None:
    assert versioning.tag_problems(f"v{VERSION}") == []
    assert versioning.tag_problems("v99.0.0")
    assert versioning.tag_problems(VERSION)  # without the v


def test_bump_sets_the_version_and_adds_the_appstream_release(tmp_path: Path) -> None:
    pyproject, metainfo = tmp_path / "pyproject.toml", tmp_path / "metainfo.xml"
    shutil.copy(ROOT / "pyproject.toml", pyproject)
    shutil.copy(versioning.METAINFO, metainfo)
    versioning.bump("7.8.9", date(2027, 1, 15), pyproject=pyproject, metainfo=metainfo)
    assert versioning.project_version(pyproject) == "7.8.9"
    assert versioning.appstream_version(metainfo) == "7.8.9"
    assert f'<release version="{VERSION}"' in metainfo.read_text(encoding="utf-8")
    assert '<release version="7.8.9" date="2027-01-15">' in metainfo.read_text(encoding="utf-8")
    before = (ROOT / "pyproject.toml").read_text(encoding="utf-8").splitlines()
    after = pyproject.read_text(encoding="utf-8").splitlines()
    assert [(a, b) for a, b in zip(before, after, strict=True) if a != b] == [
        (f'version = "{VERSION}"', 'version = "7.8.9"')]
    with pytest.raises(SystemExit):
        versioning.bump("8.0", pyproject=pyproject, metainfo=metainfo)
