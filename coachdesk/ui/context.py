"""What every page and dialog receives: services, the task runner, events, settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from coachdesk.application.rights import FULL, Rights
from coachdesk.services.container import Services
from coachdesk.ui.errors import ErrorReporter
from coachdesk.ui.events import AppEvents
from coachdesk.ui.settings import Settings
from coachdesk.ui.tasks import SyncRunner, TaskRunner
from coachdesk.ui.undo import UndoStack


@dataclass
class AppContext:
    services: Services
    runner: TaskRunner | SyncRunner
    events: AppEvents
    settings: Settings
    errors: ErrorReporter
    lang: str = "nl"
    undo_stack: UndoStack = field(default_factory=UndoStack)
    data_dir: Path | None = None
    backup_dir: Path | None = None
    log_path: Path | None = None
    rights: Rights = FULL  # what the user may change (the team database asks its server)
