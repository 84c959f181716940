"""The pages of the main window, in navigation order; each is imported when first shown."""

from __future__ import annotations

from coachdesk.ui.pages.actions import PAGE as ACTIONS
from coachdesk.ui.pages.contacts import PAGE as CONTACTS
from coachdesk.ui.pages.dashboard import PAGE as DASHBOARD
from coachdesk.ui.pages.logbook import PAGE as LOGBOOK
from coachdesk.ui.pages.proposals import PAGE as PROPOSALS
from coachdesk.ui.pages.regions import PAGE as REGIONS
from coachdesk.ui.pages.spec import MenuEntry, PageSpec

PAGES: tuple[PageSpec, ...] = (DASHBOARD, REGIONS, CONTACTS, LOGBOOK, ACTIONS, PROPOSALS)

__all__ = ["PAGES", "MenuEntry", "PageSpec"]
