"""The packaging sources, without a build: icons, bundle rules, desktop files, excluded modules."""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_rules  # noqa: E402
import icons  # noqa: E402

ICONS = ROOT / "resources" / "icons"


def test_the_icon_is_rendered_at_every_size_and_qt_reads_the_ico_and_icns(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    written = icons.generate(tmp_path)
    for size in icons.PNG_SIZES:
        image = QImageReader(str(tmp_path / f"coachdesk-{size}.png")).read()
        assert (image.width(), image.height()) == (size, size)
    ico = QImageReader(str(tmp_path / "coachdesk.ico"))
    assert ico.imageCount() == len(icons.ICO_SIZES)
    largest = max(ico.read().width() for _ in range(1) if ico.jumpToImage(ico.imageCount() - 1))
    assert largest == 256
    icns = QImageReader(str(tmp_path / "coachdesk.icns"))
    assert icns.canRead() and icns.imageCount() == len(icons.ICNS_TYPES)
    assert {p.name for p in written} >= {"coachdesk.ico", "coachdesk.icns", "coachdesk-512.png"}


def _images(path: Path) -> list[QImage]:
    """Every image in a PNG, ICO or ICNS file, as 32-bit ARGB."""
    reader = QImageReader(str(path))
    found = []
    for index in range(max(1, reader.imageCount())):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), f"{path.name}: image {index} cannot be read"
        found.append(image.convertToFormat(QImage.Format.Format_ARGB32))
    return found


def _difference(a: QImage, b: QImage) -> tuple[float, int]:
    """(mean, largest) difference of two images' channels, 0..255."""
    first = bytes(a.constBits())[: a.sizeInBytes()]
    second = bytes(b.constBits())[: b.sizeInBytes()]
    diffs = [abs(x - y) for x, y in zip(first, second)]
    return sum(diffs) / max(1, len(diffs)), max(diffs, default=0)


def test_the_committed_icons_match_the_svg(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Same files, sizes and pictures; pixels may differ by the rasteriser's rounding, which
    varies between processors (exact bytes would tie CI to the machine that drew them)."""
    icons.generate(tmp_path)
    assert {p.name for p in tmp_path.iterdir()} <= {p.name for p in ICONS.iterdir()}
    stale = []
    for fresh in sorted(tmp_path.iterdir()):
        ours, theirs = _images(ICONS / fresh.name), _images(fresh)
        if [i.size() for i in ours] != [i.size() for i in theirs]:
            stale.append(f"{fresh.name}: sizes")
            continue
        for committed, drawn in zip(ours, theirs):
            mean, largest = _difference(committed, drawn)
            if mean > 1.0 or largest > 96:
                stale.append(f"{fresh.name} {drawn.width()}px: mean {mean:.2f}, max {largest}")
    assert not stale, f"run packaging/icons.py and commit resources/icons ({stale})"


def test_the_icon_comparison_sees_a_changed_picture(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    icons.generate(tmp_path)
    [image] = _images(tmp_path / "coachdesk-512.png")
    changed = image.copy()
    changed.fill(0xFF336699)
    assert _difference(image, image.copy()) == (0.0, 0)
    assert _difference(image, changed)[0] > 1.0


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/qwindows.dll", "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so", "PySide6/Qt/plugins/imageformats/qsvg.dll",
    "PySide6/Qt/translations/qtbase_nl.qm", "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "coachdesk/resources/translations/coachdesk_shell_nl.qm",
    # libpq's own OpenSSL: TLS to the team database
    "psycopg_binary.libs/libssl-6a9b88ec.so.3", "libcrypto-3a0647ea.so.3",
    "psycopg_binary/.dylibs/libssl.3.dylib", "psycopg_binary.libs/libcrypto-3-x64.dll",
])
def test_the_bundle_keeps_what_the_app_needs(dest: str) -> None:
    assert bundle_rules.keep(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/tls/libqopensslbackend.so", "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so", "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6\\Qt\\plugins\\tls\\qschannelbackend.dll",
])
def test_the_bundle_leaves_out_what_the_app_does_not_use(dest: str) -> None:
    assert not bundle_rules.keep(dest)


def test_modules_loaded_on_first_use_are_bundled_too() -> None:
    """PyInstaller follows `import` statements only; commands and pages load by name."""
    modules = set(bundle_rules.app_modules())
    assert {"coachdesk", "coachdesk.cli.maintenance", "coachdesk.ui.pages.spec",
            "coachdesk.instance", "coachdesk.locking"} <= modules
    assert not any(".migrations" in name for name in modules)
    spec = (ROOT / "packaging" / "coachdesk.spec").read_text(encoding="utf-8")
    assert "bundle_rules.app_modules()" in spec


def test_the_bundle_carries_the_resources_and_the_migrations() -> None:
    found = {(Path(src).name, dest) for src, dest in bundle_rules.datas()}
    assert ("0001_first_schema.py", "coachdesk/db/migrations/versions") in found
    assert ("env.py", "coachdesk/db/migrations") in found
    assert ("script.py.mako", "coachdesk/db/migrations") in found
    assert ("municipalities-flanders-2025.csv", "coachdesk/resources/reference") in found
    assert ("coachdesk.svg", "coachdesk/resources/icons") in found
    assert ("coachdesk_shell_nl.qm", "coachdesk/resources/translations") in found
    assert not any(name.endswith(".ts") for name, _dest in found)


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_of_the_app_imports_what_the_bundle_leaves_out() -> None:
    excluded = set(bundle_rules.EXCLUDES)
    offenders = sorted(
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / "coachdesk").rglob("*.py")
        for name in _imported_modules(path)
        if any(name == ex or name.startswith(ex + ".") for ex in excluded)
    )
    assert not offenders, ("these imports would fail in the bundle; take the module out of "
                           f"packaging/bundle_rules.py EXCLUDES if it is really needed: {offenders}")


def test_the_desktop_file_and_the_metainfo_name_the_app_id() -> None:
    app_id = bundle_rules.APP_ID
    linux = ROOT / "packaging" / "linux"
    desktop = (linux / f"{app_id}.desktop").read_text(encoding="utf-8")
    assert f"Icon={app_id}\n" in desktop and "Exec=coachdesk\n" in desktop
    meta = ET.parse(linux / f"{app_id}.metainfo.xml").getroot()
    assert meta.findtext("id") == app_id
    assert meta.findtext("launchable") == f"{app_id}.desktop"
    assert f'setDesktopFileName("{app_id}")' in (ROOT / "coachdesk" / "app.py").read_text()


def test_modules_imported_by_name_are_hidden_imports_of_the_bundle() -> None:
    """Command and page modules are imported by name on first use; PyInstaller must know."""
    from coachdesk.cli import COMMAND_MODULES
    from coachdesk.ui.pages import PAGES

    wanted = set(COMMAND_MODULES) | {spec.module for spec in PAGES}
    bundled = set(bundle_rules.HIDDEN_IMPORTS) | set(bundle_rules.app_modules())
    assert wanted <= bundled, wanted - bundled
