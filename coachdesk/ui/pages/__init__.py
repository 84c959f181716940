"""The pages of the main window, in navigation order."""

from __future__ import annotations

from coachdesk.ui.pages.actions.page import ActionsPage
from coachdesk.ui.pages.base import Page
from coachdesk.ui.pages.contacts.page import ContactsPage
from coachdesk.ui.pages.dashboard.page import DashboardPage
from coachdesk.ui.pages.logbook.page import LogbookPage
from coachdesk.ui.pages.proposals.page import ProposalsPage
from coachdesk.ui.pages.regions.page import RegionsPage

PAGE_CLASSES: tuple[type[Page], ...] = (
    DashboardPage, RegionsPage, ContactsPage, LogbookPage, ActionsPage, ProposalsPage,
)
