"""CoachDesk: the desktop workbench of Flanders' regional network coaches."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "CoachDesk"


def _version() -> str:
    """The version, whose one source is `[project] version` in pyproject.toml.

    From a source checkout (and its editable install) that file is read itself; an installed
    wheel or the bundle carry it in their metadata, which the build writes from that file
    (packaging/version.py says where else it goes and tests/packaging/test_version.py checks).
    """
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        try:
            project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        except (OSError, ValueError):
            project = {}
        if project.get("name") == "coachdesk" and project.get("version"):
            return str(project["version"])
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("coachdesk")
    except PackageNotFoundError:
        return "0+unknown"


__version__: str  # read on first use (`__getattr__`): opening the window does not wait for it


def __getattr__(name: str) -> str:
    if name == "__version__":
        value = globals()["__version__"] = _version()
        return value
    raise AttributeError(name)
