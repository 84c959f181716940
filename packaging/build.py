"""Build CoachDesk's one-folder bundle: resources first (icons, translations), then PyInstaller.

    .venv/bin/python packaging/build.py                 # -> dist/CoachDesk
    .venv/bin/python packaging/build.py --archive       # and a .tar.gz / .zip beside it
    .venv/bin/python packaging/build.py --dist D --work W --no-install

Run it with the project's virtual environment: it installs the `packaging` extra (PyInstaller)
there when missing. See docs/PACKAGING.md for the installers of each system.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import versioning  # noqa: E402  (the one version, from pyproject.toml)

TRANSLATIONS = ROOT / "resources" / "translations"
BUNDLE_NAME = "CoachDesk"
QM_DIR_VARIABLE = "COACHDESK_BUILD_QM_DIR"  # read by bundle_rules.datas()
LINUX_EXTRAS = ("install.sh", "be.coachdesk.CoachDesk.desktop",
                "be.coachdesk.CoachDesk.metainfo.xml")


def step(text: str) -> None:
    print(f"== {text}", flush=True)


def packaging_requirements() -> list[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(data["project"]["optional-dependencies"]["packaging"])


def ensure_pyinstaller() -> None:
    """Install the `packaging` extra into this environment unless PyInstaller 6 is there."""
    try:
        version = importlib.metadata.version("pyinstaller")
    except importlib.metadata.PackageNotFoundError:
        version = ""
    if version.startswith("6."):
        return
    step("installing " + " ".join(packaging_requirements()))
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet",
                    *packaging_requirements()], check=True)


def qt_tool(name: str) -> str:
    here = Path(sys.executable).with_name(name)
    return str(here) if here.exists() else (shutil.which(name) or name)


def build_translations(out_dir: Path) -> None:
    """Compile each resources/translations/*.ts into the .qm the app loads, in `out_dir`.

    The bundle takes them from there (bundle_rules.QM_DIR_VARIABLE): the source tree is
    left as it is.
    """
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    step(f"compiling {len(sources)} translation files")
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    for ts in sources:
        subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts),
                        "-qm", str(out_dir / ts.with_suffix(".qm").name)], check=True)
    os.environ[QM_DIR_VARIABLE] = str(out_dir)


def build_icons() -> None:
    step("rendering the icons from resources/icons/coachdesk.svg")
    subprocess.run([sys.executable, str(PACKAGING / "icons.py")], check=True,
                   stdout=subprocess.DEVNULL)


def run_pyinstaller(dist: Path, work: Path) -> Path:
    step(f"building the bundle with PyInstaller into {dist}")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work),
                    str(PACKAGING / "coachdesk.spec")], check=True, cwd=ROOT)
    app = dist / f"{BUNDLE_NAME}.app"
    return app if app.exists() else dist / BUNDLE_NAME


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def archive(bundle: Path) -> Path:
    """A .tar.gz (Linux, with install.sh) or .zip (Windows, macOS) of the bundle."""
    version = versioning.project_version()
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    base = bundle.parent / f"{BUNDLE_NAME}-{version}-{system}-{platform.machine().lower()}"
    step(f"archiving into {base.name}")
    if system != "linux":
        return Path(shutil.make_archive(str(base), "zip", bundle.parent, bundle.name))
    for extra in LINUX_EXTRAS:
        shutil.copy2(PACKAGING / "linux" / extra, bundle / extra)
    target = bundle.parent / versioning.installer_name(version, "linux")
    tmp = target.with_name(target.name + ".part")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name)
    tmp.replace(target)
    return target


def installer(bundle: Path, work: Path) -> Path:
    """The installer: Inno Setup on Windows, a disk image on macOS, the archive on Linux."""
    version = versioning.project_version()
    dist = bundle.parent
    if sys.platform == "win32":
        iscc = shutil.which("ISCC") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
        script = versioning.write_iss(work / "coachdesk.iss", bundle, dist, version)
        step(f"building the Windows installer with Inno Setup ({script})")
        subprocess.run([iscc, str(script)], check=True)
        return dist / versioning.installer_name(version, "win32")
    if sys.platform == "darwin":
        image = dist / versioning.installer_name(version, "darwin")
        step("building the macOS disk image")
        command = ["hdiutil", "create", "-volname", BUNDLE_NAME, "-srcfolder", str(bundle),
                   "-ov", "-format", "UDZO", str(image)]
        for attempt in range(3):  # hdiutil fails now and then with "Resource busy"
            if subprocess.run(command).returncode == 0:
                return image
            step(f"hdiutil failed (attempt {attempt + 1} of 3)")
            time.sleep(10)
        raise SystemExit("build.py: hdiutil could not make the disk image")
    return archive(bundle)


def bundled_command(bundle: Path) -> Path:
    """The bundle's console program: the `coachdesk` command."""
    if sys.platform == "win32":
        return bundle / "coachdesk-cli.exe"
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / "coachdesk"
    return bundle / "coachdesk"


def check_version(bundle: Path) -> None:
    """The bundle must say the version of pyproject.toml, or the build fails."""
    expected = f"coachdesk {versioning.project_version()}"
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    said = subprocess.run([str(bundled_command(bundle)), "--version"], env=env,
                          capture_output=True, text=True, timeout=120)
    if said.stdout.strip() != expected:
        raise SystemExit(f"build.py: the bundle says {said.stdout.strip()!r} "
                         f"(stderr: {said.stderr.strip()[-500:]}), not {expected!r}")
    step(f"the bundle says {expected}")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Build the CoachDesk bundle.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder")
    parser.add_argument("--no-install", action="store_true",
                        help="do not install PyInstaller (it must be there already)")
    parser.add_argument("--no-resources", action="store_true",
                        help="bundle the icons and .qm files as they are")
    parser.add_argument("--archive", action="store_true", help="also pack the bundle")
    parser.add_argument("--installer", action="store_true",
                        help="also build the installer (Inno Setup, .dmg, or the Linux archive)")
    return parser.parse_args(argv)


def check_tools() -> None:
    if sys.platform.startswith("linux") and not shutil.which("objdump"):
        raise SystemExit("build.py: PyInstaller needs objdump and strip; install binutils "
                         "(sudo apt-get install binutils) and run again.")


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    check_tools()
    started = time.monotonic()
    if not args.no_install:
        ensure_pyinstaller()
    work = args.work.resolve()
    if not args.no_resources:
        build_translations(work / "translations")
        build_icons()
    bundle = run_pyinstaller(args.dist.resolve(), work)
    check_version(bundle)
    size = folder_size(bundle)
    print(f"Bundle: {bundle}")
    print(f"Size:   {size / 1e6:.1f} MB ({size} bytes)")
    if args.archive:
        packed = archive(bundle)
        print(f"Archive: {packed} ({packed.stat().st_size / 1e6:.1f} MB)")
    if args.installer:
        made = installer(bundle, work)
        print(f"Installer: {made}")
    print(f"Built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
