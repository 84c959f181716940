"""*Nieuwe actie*: the form, started with the region the coach is looking at, then stored."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from coachdesk.ui import events
from coachdesk.ui.context import AppContext
from coachdesk.ui.events import Changes
from coachdesk.ui.operations import ChangeOp
from coachdesk.ui.pages.actions.dialogs import NewActionDialog
from coachdesk.ui.status import show_status
from coachdesk.ui.widgets.names import owner_suggestions


def ask_new_action(ctx: AppContext, parent: QWidget, region_id: int | None,
                   saved: Callable[[int], object] | None = None) -> None:
    """Ask for a new action (its region prefilled) and store it; the status bar confirms."""
    regions = [(r.name, r.id) for r in ctx.services.contacts.regions()]
    answer = NewActionDialog.ask(regions, region_id, parent,
                                 suggestions=owner_suggestions(
        ctx.services.contacts.participant_choices(), ctx.services.actions.owners(), region_id))
    if not answer:
        return
    draft, chosen_region = answer

    def done(new_id: int) -> None:
        show_status(parent, QCoreApplication.translate("ActionsPage", "Action saved: %1")
                    .replace("%1", draft.description.strip()))
        if saved is not None:
            saved(new_id)

    ChangeOp(ctx, ctx.services.actions.add, draft, chosen_region,
             changes=lambda new_id: Changes.of(events.ACTIONS, ids=[new_id])).success(done).run()
