"""Long work's side of progress and cancel, without Qt: `report(...)`, `check()` raises `Cancelled`."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """Raised inside long work when the user cancelled it; nothing of it may be left behind."""


class ProgressSink(Protocol):
    """What long work reports to: `report(done, total, text)`; `check()` raises on cancel."""

    def report(self, done: int, total: int, text: str = "") -> None: ...

    def check(self) -> None: ...


class NoProgress:
    """A progress sink that reports nowhere and never cancels."""

    def report(self, done: int, total: int, text: str = "") -> None:
        return None

    def check(self) -> None:
        return None
