"""Greying out what the user may not change, with the reason, before the server refuses it.

The rights come from `application.rights` (asked of the team database once, when the window
opens on it; a laptop file may do everything). Pages and features name their controls that
change data: `guard_writes(ctx, button, ...)`, or `correction=True` for what headquarters
may still do (an action's deadline). A guarded control stays disabled even when its page
enables it again for a selection, and its tooltip and status tip say why. What a control
cannot show greyed out (a double-click or Enter in a list, a file dropped onto a page) asks
`refused(ctx, widget, region_id)` first: the reason goes to the status bar, nothing to the server.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QWidget

from coachdesk.application.rights import HEADQUARTERS
from coachdesk.ui.status import show_status

if TYPE_CHECKING:
    from coachdesk.ui.context import AppContext

Control = QWidget | QAction | QShortcut


def reason(ctx: AppContext) -> str:
    """Why this user may not change (most) data, in one sentence; empty when she may."""
    if ctx.rights.writes:
        return ""
    if ctx.rights.role == HEADQUARTERS:
        return QCoreApplication.translate(
            "ReadOnly", "Read-only: headquarters may only correct the deadlines of actions")
    return QCoreApplication.translate(
        "ReadOnly", "Read-only: your role on the team database may not change anything")


def may(ctx: AppContext, correction: bool = False) -> bool:
    return ctx.rights.corrects if correction else ctx.rights.writes


class _KeepDisabled(QObject):
    """Turns a widget off again whenever its page turns it on (for a selection)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget)
                and watched.isEnabled()):
            watched.setEnabled(False)
        return False


def guard_writes(ctx: AppContext, *controls: Control, correction: bool = False) -> None:
    """Disable `controls` for good, saying why, when the user may not do what they do."""
    if may(ctx, correction):
        return
    why = reason(ctx)
    for control in controls:
        control.setEnabled(False)
        if isinstance(control, QShortcut):
            continue  # nothing turns a shortcut on again
        control.setToolTip(why)
        control.setStatusTip(why)
        if isinstance(control, QAction):
            control.changed.connect(lambda c=control: c.setEnabled(False) if c.isEnabled()
                                    else None)
        else:
            control.installEventFilter(_KeepDisabled(control))


def guard_laptop_only(ctx: AppContext, *controls: QAction) -> None:
    """What works on a laptop file only (backups, the file check): off on the team database."""
    if ctx.services.db.is_file:
        return
    why = QCoreApplication.translate(
        "ReadOnly", "The team database is backed up and checked by its server; this works "
                    "on a laptop database only")
    for control in controls:
        control.setEnabled(False)
        control.setToolTip(why)
        control.setStatusTip(why)


def region_reason(ctx: AppContext, region_id: int | None) -> str:
    """Why this user may not change this region's records; empty when she may."""
    if ctx.rights.writes_region(region_id):
        return ""
    return reason(ctx) or QCoreApplication.translate(
        "ReadOnly", "Read-only here: you do not coach this region")


def refused(ctx: AppContext, widget: QWidget, region_id: int | None = None) -> bool:
    """For what cannot be greyed out (a double-click, Enter, a dropped file): True, with the
    reason in the window's status bar, when the user may not change this; nothing is sent."""
    why = region_reason(ctx, region_id)
    if why:
        show_status(widget, why)
    return bool(why)


def unless_refused(ctx: AppContext, widget: QWidget, slot: Callable[..., Any],
                   region: Callable[[], int | None] = lambda: None) -> Callable[..., None]:
    """`slot`, run only when `refused` lets it (for a list's double-click or Enter)."""
    def run(*args: Any) -> None:
        if not refused(ctx, widget, region()):
            slot(*args)
    return run


def follow_region(ctx: AppContext, region_id: int | None, *controls: QWidget) -> None:
    """A coach on the team database writes only her regions: these controls follow the
    region in view (for everyone else they are left alone)."""
    if ctx.rights.regions is None or not ctx.rights.writes:
        return
    why = region_reason(ctx, region_id)
    allowed = not why
    for control in controls:
        control.setEnabled(allowed)
        control.setToolTip(why)
        control.setStatusTip(why)
