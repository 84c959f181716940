"""The one script for translations: extract strings, fill Dutch, build the .qm files.

    python scripts/translations.py            # update every .ts from the sources, build .qm
    python scripts/translations.py missing    # print untranslated strings as JSON, per area
    python scripts/translations.py fill AREA FILE.json   # merge {source: translation} into AREA

Areas: `shell` (the window and shared UI), one per package under coachdesk/ui/pages/ and
coachdesk/ui/features/, `errors` (the registry of error texts, coachdesk/domain/messages.py)
and `cli` (the command line's own sentences). Each area has its own `resources/translations/coachdesk_<area>_nl.ts`,
so people working on different features never edit the same file. A plural source (with %n)
takes a list of two forms: ["%n regio", "%n regio's"].
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "coachdesk" / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANG = "nl"


def areas() -> dict[str, list[Path]]:
    """Map each area to its Python sources."""
    result: dict[str, list[Path]] = {}
    owned: set[Path] = set()
    for group in ("pages", "features"):
        for package in sorted((UI / group).glob("*/")):
            if package.is_dir() and (package / "__init__.py").exists():
                files = sorted(package.rglob("*.py"))
                result[package.name] = files
                owned.update(files)
    result["shell"] = sorted(p for p in UI.rglob("*.py") if p not in owned)
    # The progress report's painter speaks with the report dialog's area.
    result["report"] = result.get("report", []) + sorted(
        (ROOT / "coachdesk" / "reporting").glob("*.py"))
    # What the window and the command line both say: the error registry, and the command
    # line's own sentences.
    result["errors"] = [ROOT / "coachdesk" / "domain" / "messages.py"]
    result["cli"] = sorted((ROOT / "coachdesk" / "cli").glob("*.py"))
    return result


def ts_path(area: str, folder: Path = TS_DIR) -> Path:
    return folder / f"coachdesk_{area}_{LANG}.ts"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def lupdate(area: str, files: list[Path], folder: Path = TS_DIR) -> Path:
    target = ts_path(area, folder)
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
         "-target-language", "nl_BE", *map(str, files), "-ts", str(target)],
        check=True,
    )
    return target


def lrelease(ts: Path, qm: Path | None = None) -> Path:
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return not all(texts)


def missing() -> dict[str, dict[str, object]]:
    result: dict[str, dict[str, object]] = {}
    for area in areas():
        ts = ts_path(area)
        if not ts.exists():
            continue
        todo: dict[str, object] = {}
        for m in messages(ts):
            if is_unfinished(m):
                source = m.findtext("source") or ""
                todo[source] = ["", ""] if m.get("numerus") == "yes" else ""
        if todo:
            result[area] = todo
    return result


def fill(area: str, translations: dict[str, object]) -> int:
    ts = ts_path(area)
    tree = ET.parse(ts)
    count = 0
    for m in tree.getroot().iter("message"):
        source = m.findtext("source") or ""
        if source not in translations or not translations[source]:
            continue
        value = translations[source]
        translation = m.find("translation")
        if translation is None:
            translation = ET.SubElement(m, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if isinstance(value, list):
            translation.text = None
            for form in value:
                ET.SubElement(translation, "numerusform").text = str(form)
        else:
            translation.text = str(value)
        count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease(ts)
    return count


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    known = set()
    for area, files in areas().items():
        if files:
            ts = lupdate(area, files)
            lrelease(ts)
            known.add(ts.name)
    for stale in TS_DIR.glob(f"coachdesk_*_{LANG}.ts"):
        if stale.name not in known:
            stale.unlink()
            stale.with_suffix(".qm").unlink(missing_ok=True)


def main(argv: list[str]) -> int:
    if not argv or argv[0] == "update":
        update()
        todo = missing()
        for area, items in todo.items():
            print(f"{area}: {len(items)} untranslated", file=sys.stderr)
        return 0
    if argv[0] == "missing":
        print(json.dumps(missing(), ensure_ascii=False, indent=2))
        return 0
    if argv[0] == "fill" and len(argv) == 3:
        data = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{fill(argv[1], data)} translations set in {argv[1]}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
