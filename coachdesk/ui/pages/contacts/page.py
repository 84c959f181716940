"""Contacts page."""

from __future__ import annotations

from coachdesk.ui import events
from coachdesk.ui.pages.placeholder import CountPage


class ContactsPage(CountPage):
    key = "contacts"
    count_key = "people"
    watches = frozenset({events.CONTACTS})

    def title(self) -> str:
        return self.tr("Contacts")

    def sentence(self, count: int) -> str:
        return self.tr("%n person(s) in the database.", "", count)
