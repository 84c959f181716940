"""UI fixtures: a context with a synchronous runner, errors recorded instead of shown."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
from sqlalchemy import Engine, event

from coachdesk import paths
from coachdesk.app import build_context
from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.container import Services
from coachdesk.ui.context import AppContext
from coachdesk.ui.errors import ErrorReporter
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.settings import Settings


class RecordingErrors(ErrorReporter):
    """Keeps what would have been shown; unexpected errors fail the test at teardown."""

    def __init__(self) -> None:
        super().__init__(None)
        self.expected: list[CoachDeskError] = []
        self.unexpected: list[BaseException] = []

    def __call__(self, exc: BaseException) -> None:
        if isinstance(exc, CoachDeskError):
            self.expected.append(exc)
        else:
            self.unexpected.append(exc)


def make_ctx(services: Services, lang: str = "nl", synchronous: bool = True) -> AppContext:
    settings = Settings(paths.config_dir() / "coachdesk.ini")
    return build_context(services, settings, RecordingErrors(), lang, synchronous=synchronous)


@pytest.fixture
def ctx(services: Services) -> Iterator[AppContext]:
    context = make_ctx(services)
    yield context
    assert not context.errors.unexpected, context.errors.unexpected  # type: ignore[attr-defined]


@pytest.fixture
def demo_ctx(demo_services: Services) -> Iterator[AppContext]:
    context = make_ctx(demo_services)
    yield context
    assert not context.errors.unexpected, context.errors.unexpected  # type: ignore[attr-defined]


@pytest.fixture
def demo_window(qtbot, demo_ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    return window


WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")
UI_CODE = str(Path(__file__).resolve().parents[2] / "coachdesk" / "ui")


def _window_code_on(frame: FrameType | None) -> str:
    """The first frame of the window's code (coachdesk/ui) on the stack, or ''."""
    while frame is not None:
        if frame.f_code.co_filename.startswith(UI_CODE):
            return f"{frame.f_code.co_filename}:{frame.f_lineno} in {frame.f_code.co_name}"
        frame = frame.f_back
    return ""


@pytest.fixture(autouse=True)
def no_writes_on_the_gui_thread(qapp) -> Iterator[list[str]]:  # type: ignore[no-untyped-def]
    """Fails a test when the window writes to the database on the GUI thread.

    Every INSERT, UPDATE or DELETE is compared with the thread of the QApplication; one on
    that thread, reached through the window's code (coachdesk/ui), is a write that freezes
    the window while the database thread holds a transaction. A test that arranges its data
    by calling services itself writes on this thread too, but not through the window.
    """
    assert qapp.thread().isCurrentThread()
    gui_thread = threading.current_thread()
    caught: list[str] = []

    def before_execute(conn, cursor, statement: str, *args) -> None:  # type: ignore[no-untyped-def]
        if threading.current_thread() is not gui_thread:
            return
        if statement.lstrip().upper().startswith(WRITES):
            where = _window_code_on(sys._getframe(1))
            if where:
                caught.append(f"{statement.split(chr(10))[0][:80]} ... from {where}")

    event.listen(Engine, "before_cursor_execute", before_execute)
    try:
        yield caught
    finally:
        event.remove(Engine, "before_cursor_execute", before_execute)
    assert not caught, "written on the GUI thread:\n" + "\n".join(caught)


DUTCH: list[object] = []  # the session's Dutch translators


@pytest.fixture(scope="session", autouse=True)
def dutch_interface(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Tests see the interface as a coach does: in Dutch."""
    from coachdesk.ui.i18n import install_language

    DUTCH[:] = install_language(qapp, "nl", paths.resources_dir() / "translations")
    yield
    for translator in DUTCH:
        qapp.removeTranslator(translator)


@pytest.fixture
def english_interface(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """For one test, the interface in English (the source texts)."""
    for translator in DUTCH:
        qapp.removeTranslator(translator)
    try:
        yield
    finally:
        for translator in DUTCH:
            qapp.installTranslator(translator)


def screenshot_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "screenshots"


def show_active(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Show a window and make it the active one, so window shortcuts reach it (offscreen too)."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


@pytest.fixture(autouse=True)
def new_participants_are_added(monkeypatch: pytest.MonkeyPatch) -> None:
    """Enter on an unknown participant asks first (a modal question); tests that do not
    answer it themselves add the new person, as the coach mostly does."""
    from coachdesk.ui.pages.logbook.participants import NewParticipantQuestion

    monkeypatch.setattr(NewParticipantQuestion, "ask", classmethod(lambda cls, *a: cls.NEW))
