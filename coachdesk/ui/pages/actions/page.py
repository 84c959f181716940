"""Actions page."""

from __future__ import annotations

from coachdesk.ui import events
from coachdesk.ui.pages.placeholder import CountPage


class ActionsPage(CountPage):
    key = "actions"
    count_key = "actions"
    watches = frozenset({events.ACTIONS})

    def title(self) -> str:
        return self.tr("Actions")

    def sentence(self, count: int) -> str:
        return self.tr("%n follow-up action(s).", "", count)
