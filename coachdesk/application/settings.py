"""Every setting of CoachDesk, declared once (key, type, default), readable without Qt.

The window stores them with QSettings (`ui/settings.py`, which adds only window geometry);
the command line reads the same INI file here, with `configparser`, and never writes it.
A renamed or reshaped key is an upgrade step (`UPGRADES`), run when the file is opened.
"""

from __future__ import annotations

import configparser
import locale
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from coachdesk import paths

if TYPE_CHECKING:  # the window's first frame reads settings before the backups are loaded
    from coachdesk.services.backups import Retention

log = logging.getLogger(__name__)

T = TypeVar("T")
FILE_NAME = "coachdesk.ini"
LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T


VERSION = Setting("meta/settings_version", int, 0)
LANGUAGE = Setting("ui/language", str, "nl")  # "nl" or "en"
STALLED_DAYS = Setting("regions/stalled_after_days", int, 30)
COACH_NAME = Setting("user/coach_name", str, "")
LAST_EXPORT_DIR = Setting("paths/last_export_dir", str, "")
LAST_IMPORT_DIR = Setting("paths/last_import_dir", str, "")
BACKUP_KEEP_DAILY = Setting("backups/keep_daily", int, 7)
BACKUP_KEEP_WEEKLY = Setting("backups/keep_weekly", int, 4)
BACKUP_KEEP_MONTHLY = Setting("backups/keep_monthly", int, 6)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    LANGUAGE, STALLED_DAYS, COACH_NAME, LAST_EXPORT_DIR, LAST_IMPORT_DIR,
    BACKUP_KEEP_DAILY, BACKUP_KEEP_WEEKLY, BACKUP_KEEP_MONTHLY,
)


class Store(Protocol):
    """What a settings file offers; QSettings has exactly these methods."""

    def value(self, key: str, defaultValue: Any = None) -> Any: ...
    def setValue(self, key: str, value: Any) -> None: ...
    def contains(self, key: str) -> bool: ...
    def remove(self, key: str) -> None: ...
    def sync(self) -> None: ...


def _rename(old: str, new: str) -> Callable[[Store], None]:
    def step(store: Store) -> None:
        if store.contains(old):
            if not store.contains(new):
                store.setValue(new, store.value(old))
            store.remove(old)
    return step


def _upgrade_1(store: Store) -> None:
    """Version 1: the backup rotation moved from `backup/` to `backups/` (the feature's name)."""
    for what in ("daily", "weekly", "monthly"):
        _rename(f"backup/keep_{what}", f"backups/keep_{what}")(store)


# Each step takes a file of the version before it to its own version; never edit a step.
UPGRADES: dict[int, Callable[[Store], None]] = {1: _upgrade_1}
CURRENT_VERSION = max(UPGRADES)


def upgrade(store: Store) -> int:
    """Run the upgrade steps the file has not had yet; the version it started at."""
    try:
        start = int(store.value(VERSION.key, 0))
    except (TypeError, ValueError):
        start = 0
    for version in sorted(v for v in UPGRADES if v > start):
        UPGRADES[version](store)
        store.setValue(VERSION.key, version)
        log.info("settings upgraded to version %d", version)
    return start


class Settings:
    """Typed access to the settings file, over any `Store` (QSettings or `IniFile`)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        upgrade(store)

    def get(self, setting: Setting[T]) -> T:
        value: Any = self.store.value(setting.key, setting.default)
        try:
            if setting.type is bool and isinstance(value, str):
                return value.lower() in ("1", "true", "yes")  # type: ignore[return-value]
            return setting.type(value)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return setting.default

    def has(self, setting: Setting[Any]) -> bool:
        return self.store.contains(setting.key)

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, value)

    def sync(self) -> None:
        self.store.sync()


class IniFile:
    """The settings file as QSettings writes it, read with configparser; changes stay in memory.

    `a/b` is key `b` of section `[a]`; a key without a slash lives in `[General]`.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.values: dict[str, str] = {}
        parser = configparser.RawConfigParser(strict=False, interpolation=None)
        parser.optionxform = str  # type: ignore[assignment,method-assign]
        try:
            parser.read(path, encoding="utf-8")
        except (configparser.Error, OSError, UnicodeDecodeError) as exc:
            log.warning("settings file %s cannot be read (%s); using the defaults", path, exc)
            return
        for section in parser.sections():
            for key, raw in parser.items(section):
                name = key if section == "General" else f"{section}/{key}"
                self.values[name] = unquote(raw)

    def value(self, key: str, defaultValue: Any = None) -> Any:
        return self.values.get(key, defaultValue)

    def setValue(self, key: str, value: Any) -> None:
        self.values[key] = str(value)

    def contains(self, key: str) -> bool:
        return key in self.values

    def remove(self, key: str) -> None:
        self.values.pop(key, None)

    def sync(self) -> None:
        return None  # the command line never writes the window's settings


def unquote(raw: str) -> str:
    """A value as QSettings wrote it: maybe in double quotes, with backslash escapes."""
    text = raw.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    if "\\" not in text:
        return text
    out, i = [], 0
    simple = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "0": "\0"}
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt == "x":
                j = i + 2
                while j < len(text) and j < i + 6 and text[j] in "0123456789abcdefABCDEF":
                    j += 1
                out.append(chr(int(text[i + 2:j], 16)) if j > i + 2 else "x")
                i = j
                continue
            out.append(simple.get(nxt, nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def settings_path() -> Path:
    return paths.config_dir() / FILE_NAME


def read_settings(path: Path | None = None) -> Settings:
    """The coach's settings, read-only, without Qt (the command line)."""
    return Settings(IniFile(path or settings_path()))


def backup_retention(settings: Settings) -> Retention:
    """The backup rotation the coach chose in Voorkeuren."""
    from coachdesk.services.backups import Retention

    return Retention(
        daily=max(1, settings.get(BACKUP_KEEP_DAILY)),
        weekly=max(0, settings.get(BACKUP_KEEP_WEEKLY)),
        monthly=max(0, settings.get(BACKUP_KEEP_MONTHLY)),
    )


def system_language() -> str:
    """'nl' on a Dutch-speaking system (nl_BE, nl_NL), else 'en'."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    try:
        found = locale.getlocale()[0] or ""
    except ValueError:
        found = ""
    return "nl" if found.lower().startswith(("nl", "dutch")) else "en"


def chosen_language(settings: Settings, settings_exist: bool = True) -> str:
    """The language chosen in Voorkeuren; Dutch by default; English when no settings exist
    and the system does not speak Dutch (the command line on a fresh machine)."""
    if settings.has(LANGUAGE):
        lang = settings.get(LANGUAGE)
        return lang if lang in LANGUAGES else LANGUAGE.default
    if not settings_exist:
        return system_language()
    return LANGUAGE.default
