"""Proposals page."""

from __future__ import annotations

from coachdesk.ui import events
from coachdesk.ui.pages.placeholder import CountPage


class ProposalsPage(CountPage):
    key = "proposals"
    count_key = "proposal_versions"
    watches = frozenset({events.PROPOSALS})

    def title(self) -> str:
        return self.tr("Proposals")

    def sentence(self, count: int) -> str:
        return self.tr("%n proposal version(s) received.", "", count)
