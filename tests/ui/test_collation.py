"""Names appear in the order a Flemish coach reads them: Aïcha before Ayoub, de Smet among
the D's, Ömer and Özlem among the O's (Qt's QCollator for nl_BE, not code points)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coachdesk.services.contacts import PersonRow
from coachdesk.ui.context import AppContext
from coachdesk.ui.pages.contacts.page import ContactsPage
from coachdesk.ui.pages.logbook.page import LogbookPage
from coachdesk.ui.pages.logbook.quick_log import QuickLogDialog
from coachdesk.ui.widgets.names import owner_suggestions
from tests.ui.conftest import show_active

DUTCH_ORDER = ["Aïcha Benali", "Ayoub Amrani", "de Smet", "Dirk Claes", "Ömer Yilmaz",
               "Oscar Wilms", "Özlem Kaya", "Zoë Peeters"]
CODE_POINT_ORDER = sorted(DUTCH_ORDER)


def _people(ctx: AppContext) -> None:
    for name in reversed(DUTCH_ORDER):
        ctx.services.contacts.save_person(PersonRow(None, name))


def _column(table, column: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.proxy.index(r, column).data() for r in range(table.proxy.rowCount())]


def test_the_order_differs_from_code_points() -> None:
    assert CODE_POINT_ORDER != DUTCH_ORDER  # otherwise the tests below could not fail


def test_people_list_sorts_names_by_dutch_rules_both_ways(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    _people(ctx)
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.activate()
    table = page.people
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _column(table) == DUTCH_ORDER
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _column(table) == list(reversed(DUTCH_ORDER))


def test_person_filter_of_the_logbook_lists_names_by_dutch_rules(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    _people(ctx)
    page = LogbookPage(ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.activate()
    shown = [page.person.itemText(i) for i in range(page.person.count()) if page.person.itemText(i)]
    assert shown == DUTCH_ORDER


def test_participant_completion_and_owner_suggestions_follow_dutch_rules(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    _people(ctx)
    dialog = QuickLogDialog(ctx)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    model = dialog.participants.model
    people = [model.item(r).text() for r in range(model.rowCount())]
    assert people[:len(DUTCH_ORDER)] == DUTCH_ORDER
    choices = ctx.services.contacts.participant_choices()
    assert owner_suggestions(choices, ["Zeynep", "Éric", "Eva"], None) == [
        *DUTCH_ORDER, "Éric", "Eva", "Zeynep"]
