"""Logbook page."""

from __future__ import annotations

from coachdesk.ui import events
from coachdesk.ui.pages.placeholder import CountPage


class LogbookPage(CountPage):
    key = "logbook"
    count_key = "contact_moments"
    watches = frozenset({events.MOMENTS})

    def title(self) -> str:
        return self.tr("Logbook")

    def sentence(self, count: int) -> str:
        return self.tr("%n contact moment(s) logged.", "", count)
