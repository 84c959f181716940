"""CoachDesk's version has one source: `[project] version` in pyproject.toml.

Everything else is made from it or checked against it (tests/packaging/test_version.py):
`coachdesk --version` and the About dialog (`coachdesk.__version__`), the bundle's metadata
(written by the build, see bundle_rules.metadata), the Inno Setup script's defines (below),
the macOS Info.plist (the spec), and the newest release in the AppStream file.

    python packaging/versioning.py                   # print the version
    python packaging/versioning.py bump 0.2.0        # new version: pyproject.toml + AppStream entry
    python packaging/versioning.py check-tag v0.2.0  # the release workflow: the tag is the version
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
METAINFO = ROOT / "packaging" / "linux" / "be.coachdesk.CoachDesk.metainfo.xml"
ISS_TEMPLATE = ROOT / "packaging" / "windows" / "coachdesk.iss"
RELEASE = re.compile(r"^\d+\.\d+\.\d+$")  # what a tag may carry: Windows wants numbers only
BUNDLE_NAME = "CoachDesk"


def project_version(pyproject: Path = PYPROJECT) -> str:
    return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])


def appstream_version(metainfo: Path = METAINFO) -> str:
    """The newest release the AppStream file lists (the first <release>)."""
    release = ET.parse(metainfo).getroot().find("releases/release")
    return release.get("version", "") if release is not None else ""


def numeric(version: str) -> str:
    """The X.Y.Z part Windows' version resources accept ("0.2.0rc1" -> "0.2.0")."""
    found = re.match(r"\d+(\.\d+){0,3}", version)
    return found.group(0) if found else "0.0.0"


def installer_name(version: str, system: str, machine: str | None = None) -> str:
    """The file build.py --installer makes for `system` (win32, darwin, linux)."""
    if system == "win32":
        return f"{BUNDLE_NAME}-{version}-windows-setup.exe"
    if system == "darwin":
        return f"{BUNDLE_NAME}-{version}-macos.dmg"
    return f"{BUNDLE_NAME}-{version}-linux-{machine or platform.machine().lower()}.tar.gz"


def iss_defines(bundle: Path, output_dir: Path, version: str | None = None) -> dict[str, str]:
    """What the Inno Setup script is given: the version and every path it uses."""
    version = version or project_version()
    return {
        "AppVersion": version,
        "AppVersionNumeric": numeric(version),
        "BundleDir": str(bundle),
        "RepoDir": str(ROOT),
        "OutputDir": str(output_dir),
        "OutputBaseName": Path(installer_name(version, "win32")).stem,
    }


def write_iss(target: Path, bundle: Path, output_dir: Path, version: str | None = None) -> Path:
    """The script ISCC compiles: the defines from pyproject.toml, then the template."""
    lines = ["; Made by packaging/build.py from pyproject.toml: do not edit, do not commit."]
    lines += [f'#define {name} "{value}"'
              for name, value in iss_defines(bundle, output_dir, version).items()]
    lines.append(f'#include "{ISS_TEMPLATE}"')
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def tag_problems(tag: str) -> list[str]:
    version = project_version()
    problems = []
    if tag != f"v{version}":
        problems.append(f"the tag {tag} is not v{version}, the version in pyproject.toml")
    if not RELEASE.match(version):
        problems.append(f"{version} is not a release version X.Y.Z")
    if appstream_version() != version:
        problems.append(f"the newest release in {METAINFO.name} is {appstream_version()}, "
                        f"not {version}: run packaging/versioning.py bump {version}")
    return problems


def bump(new: str, today: date | None = None, pyproject: Path = PYPROJECT,
         metainfo: Path = METAINFO) -> None:
    """Set the version in pyproject.toml and add its release to the AppStream file."""
    if not RELEASE.match(new):
        raise SystemExit(f"versioning.py: {new} is not X.Y.Z")
    text = pyproject.read_text(encoding="utf-8")
    head, sep, rest = text.partition("[project]\n")
    rest, count = re.subn(r'(?m)^version = "[^"]*"$', f'version = "{new}"', rest, count=1)
    if not sep or count != 1:
        raise SystemExit("versioning.py: no version line under [project] in pyproject.toml")
    pyproject.write_text(head + sep + rest, encoding="utf-8")
    xml = metainfo.read_text(encoding="utf-8")
    if f'<release version="{new}"' not in xml:
        entry = (f'<releases>\n    <release version="{new}" date="{(today or date.today()).isoformat()}">\n'
                 "      <description>\n        <p>TODO: what changed for the coaches.</p>\n"
                 "      </description>\n    </release>")
        xml = xml.replace("<releases>", entry, 1)
        metainfo.write_text(xml, encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="CoachDesk's one version.")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("show")
    bumped = sub.add_parser("bump", help="set a new version (pyproject.toml, AppStream)")
    bumped.add_argument("version")
    tagged = sub.add_parser("check-tag", help="fail unless the tag is v<version>")
    tagged.add_argument("tag")
    args = parser.parse_args(argv)
    if args.command == "bump":
        bump(args.version)
        print(f"version {args.version}: pyproject.toml and {METAINFO.name} (write its notes)")
    elif args.command == "check-tag":
        problems = tag_problems(args.tag)
        for problem in problems:
            print(f"versioning.py: {problem}", file=sys.stderr)
        return 1 if problems else 0
    else:
        print(project_version())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
