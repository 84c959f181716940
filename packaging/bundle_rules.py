"""What goes into the PyInstaller bundle: data files, hidden imports, and what is left out."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "be.coachdesk.CoachDesk"
QM_DIR_VARIABLE = "COACHDESK_BUILD_QM_DIR"  # freshly compiled .qm files (packaging/build.py)

# Qt modules CoachDesk imports: QtCore, QtGui, QtWidgets, QtPdf and QtPdfWidgets (proposal
# drafts), and QtNetwork for its local socket (coachdesk/instance.py; no network connection).
# Everything else is left out; tests/packaging/test_packaging_files.py checks the imports.
UNUSED_QT = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner",
    "QtGraphs", "QtHelp", "QtHttpServer", "QtLabsStyleKit", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPositioning",
    "QtPrintSupport", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
    "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvg", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView",
    "QtXml",
]
# Python packages that are never needed at run time (tests, tools, other GUI toolkits).
UNUSED_PYTHON = [
    "tkinter", "_tkinter", "pydoc_data", "lib2to3", "idlelib", "ensurepip", "venv",
    "pytest", "_pytest", "pytestqt", "hypothesis", "importlinter", "grimp", "PyInstaller",
    "setuptools", "pkg_resources", "pip", "IPython", "matplotlib", "numpy", "PIL", "readline",
    # ssl stays: psycopg imports it, and libpq speaks TLS to the team database (the only
    # connection CoachDesk makes).
    # python-docx needs lxml.etree only.
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.cssselect", "lxml.doctestcompare",
]
EXCLUDES = [f"PySide6.{name}" for name in UNUSED_QT] + UNUSED_PYTHON

# Alembic loads the migrations by path, so they travel as files; their imports must be found.
HIDDEN_IMPORTS = [
    "alembic.op", "alembic.context", "alembic.ddl.sqlite", "alembic.runtime.migration",
    "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.sqlite.pysqlite",
    "coachdesk.db.fts", "coachdesk.db.models",
]

# Qt plugins kept, per plugin folder; folders not named here are dropped whole.
KEEP_PLUGINS = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    # Not qgtk3: it would drag in a second GTK stack (cairo, pango, ...) that clashes with the
    # system's; the Fusion style is ours anyway, and the portal theme gives native dialogs.
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    "imageformats": {"qsvg", "qico", "qicns", "qjpeg", "qgif"},
    "iconengines": {"qsvgicon"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "wayland-decoration-client": {"bradient", "adwaita"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl", "shm-emulation-server"},
    "wayland-shell-integration": {"xdg-shell"},
}
# Libraries only the dropped plugins need.
DROP_LIBRARIES = ("libQt6Quick", "libQt6Qml", "libQt6EglFS")
# Qt's own translations: Dutch (the coaches' language); English is the source language.
KEEP_QT_TRANSLATIONS = ("qt_nl", "qtbase_nl")


def _plugin_stem(name: str) -> str:
    stem = name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep(dest: str) -> bool:
    """Whether a file at `dest` (its path inside the bundle) belongs in the bundle."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    name = parts[-1] if parts else dest
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) > index + 2:
            folder = parts[index + 1]
            return _plugin_stem(name) in KEEP_PLUGINS.get(folder, set())
    if "translations" in parts and "PySide6" in parts and name.endswith(".qm"):
        return name.startswith(KEEP_QT_TRANSLATIONS)
    return not any(name.startswith(prefix) for prefix in DROP_LIBRARIES)


def prune(toc: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The entries of a PyInstaller TOC that `keep` accepts."""
    return [entry for entry in toc if keep(entry[0])]


def _is_plain_library(dest: str) -> bool:
    """A shared library that is there only because something else needs it (Linux)."""
    path = PurePosixPath(dest)
    in_lib_folder = len(path.parts) == 1 or path.parent.as_posix() == "PySide6/Qt/lib"
    return in_lib_folder and ".so" in path.name and not path.name.startswith("libpython")


def prune_orphans(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop the libraries that no kept extension module or plugin needs any more (Linux)."""
    if not sys.platform.startswith("linux"):
        return binaries
    from PyInstaller.depend.bindepend import get_imports  # ldd: the whole closure at once

    needed: set[str] = set()
    for dest, src, _kind in binaries:
        if not _is_plain_library(dest):
            needed.update(name for name, _path in get_imports(src))
    return [entry for entry in binaries
            if not _is_plain_library(entry[0]) or PurePosixPath(entry[0]).name in needed]


def app_modules() -> list[str]:
    """Every module of the app, named for PyInstaller: commands, pages and dialogs load on
    first use (importlib), which its import analysis cannot follow. The migrations are not
    among them: Alembic loads them by path, from the files `datas` ships."""
    names = []
    for path in sorted((ROOT / "coachdesk").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if "migrations" in parts:
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def datas() -> list[tuple[str, str]]:
    """The shipped resources (where `coachdesk.paths.resources_dir` looks) and the migrations.

    Each entry is (source file, folder inside the bundle). Translation sources (.ts) stay home.
    """
    found: list[tuple[str, str]] = []
    trees = ((ROOT / "resources", "coachdesk/resources", None),
             (ROOT / "coachdesk" / "db" / "migrations", "coachdesk/db/migrations",
              (".py", ".mako")))
    for top, target, suffixes in trees:
        for path in sorted(top.rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.name.startswith("."):
                continue
            if path.suffix == ".ts" or (suffixes and path.suffix not in suffixes):
                continue
            if path.suffix == ".qm" and os.environ.get(QM_DIR_VARIABLE):
                continue  # the build compiled them afresh
            folder = PurePosixPath(target) / path.parent.relative_to(top).as_posix()
            found.append((str(path), str(folder)))
    if os.environ.get(QM_DIR_VARIABLE):
        fresh = sorted(Path(os.environ[QM_DIR_VARIABLE]).glob("*.qm"))
        found += [(str(qm), "coachdesk/resources/translations") for qm in fresh]
    return found


def metadata(work: Path) -> list[tuple[str, str]]:
    """The bundle's package metadata (what `importlib.metadata` and so `coachdesk --version`
    read in the bundle), written afresh from pyproject.toml: never a stale installed copy."""
    from versioning import project_version

    version = project_version()
    folder = work / "metadata" / f"coachdesk-{version}.dist-info"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: coachdesk\nVersion: {version}\n", encoding="utf-8")
    return [(str(folder / "METADATA"), folder.name)]


def icon_file() -> str | None:
    """The icon the executable carries: .ico on Windows, .icns on macOS."""
    suffix = {"win32": ".ico", "darwin": ".icns"}.get(sys.platform)
    if suffix is None:
        return None
    path = ROOT / "resources" / "icons" / f"coachdesk{suffix}"
    return str(path) if path.exists() else None
