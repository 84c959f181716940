"""UI fixtures: a context with a synchronous runner, errors recorded instead of shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

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


@pytest.fixture(scope="session", autouse=True)
def dutch_interface(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Tests see the interface as a coach does: in Dutch."""
    from coachdesk.ui.i18n import install_language

    translators = install_language(qapp, "nl", paths.resources_dir() / "translations")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def screenshot_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "screenshots"


def show_active(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Show a window and make it the active one, so window shortcuts reach it (offscreen too)."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
