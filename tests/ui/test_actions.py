"""Acties 'Vandaag' as a coach uses it on Monday: buckets, done, done-and-next, reschedule."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from coachdesk.domain.agenda import Bucket
from coachdesk.services.logbook import ActionDraft
from coachdesk.ui.context import AppContext
from coachdesk.ui.pages.actions.dialogs import (
    DoneDialog,
    NewActionDialog,
    NextDialog,
    RescheduleDialog,
)
from coachdesk.ui.pages.actions.model import ActionTreeModel
from coachdesk.ui.pages.actions.page import ActionsPage
from tests.ui.conftest import show_active

TODAY = date.today()


def _page(qtbot, ctx: AppContext) -> ActionsPage:  # type: ignore[no-untyped-def]
    page = ActionsPage(ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.activate()
    return page


def _actions(ctx: AppContext) -> dict[str, int]:
    region = ctx.services.contacts.regions()[0].id
    add = ctx.services.actions.add
    return {
        "late": add(ActionDraft("Verslag rondsturen", "Lies", TODAY - timedelta(days=3)), region),
        "today": add(ActionDraft("Turnhout bellen", "Lies", TODAY), region),
        "later": add(ActionDraft("Kick-off plannen", "Jan", TODAY + timedelta(days=30)), None),
    }


def test_actions_are_grouped_from_overdue_to_later(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    _actions(ctx)
    page = _page(qtbot, ctx)
    buckets = page.model.buckets()
    assert [a.description for a in buckets[Bucket.OVERDUE]] == ["Verslag rondsturen"]
    assert [a.description for a in buckets[Bucket.TODAY]] == ["Turnhout bellen"]
    assert [a.description for a in buckets[Bucket.LATER]] == ["Kick-off plannen"]
    assert page.model.index(0, 0).data() == "Te laat (1)"
    assert page.header.subtitle.text() == "1 te laat, 1 vandaag, 0 deze week"
    page.owner.setCurrentIndex(page.owner.findData("Jan"))
    assert [b for b in page.model.buckets()] == [Bucket.LATER]


def test_done_and_next_closes_one_and_opens_the_next(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = _actions(ctx)
    page = _page(qtbot, ctx)

    def answer(cls, action, parent=None):  # type: ignore[no-untyped-def]
        dialog = cls(action, parent)
        qtbot.addWidget(dialog)
        show_active(qtbot, dialog)
        assert QApplication.focusWidget() is dialog.description
        qtbot.keyClicks(dialog.description, "Collegebeslissing opvolgen")
        dialog._on_ok()
        assert dialog.result() == dialog.DialogCode.Accepted
        return dialog.on.date().toPython(), NextDialog.draft(dialog)

    monkeypatch.setattr(NextDialog, "draft", lambda d: ActionDraft(
        d.description.text(), d.owner.text(), d.due.date().toPython()), raising=False)
    monkeypatch.setattr(NextDialog, "ask", classmethod(answer))
    assert page.select_action(ids["today"])
    qtbot.keyClick(page.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    done = ctx.services.actions.action(ids["today"])
    assert done.status == "done" and done.done_on == TODAY
    week = page.model.buckets()
    nxt = [a for rows in week.values() for a in rows if a.description == "Collegebeslissing opvolgen"]
    assert len(nxt) == 1 and nxt[0].owner == "Lies" and nxt[0].due_on == TODAY + timedelta(days=7)
    assert "Turnhout bellen" not in [a.description for rows in week.values() for a in rows]


def test_next_action_without_description_is_refused_inline(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = _actions(ctx)
    dialog = NextDialog(ctx.services.actions.action(ids["today"]))
    qtbot.addWidget(dialog)
    dialog._on_ok()
    error = dialog.findChild(QLabel, "inlineError")
    assert not error.isHidden() and "Beschrijf de volgende actie" in error.text()
    assert dialog.result() != dialog.DialogCode.Accepted


def test_mark_done_and_reschedule(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = _actions(ctx)
    page = _page(qtbot, ctx)
    yesterday = TODAY - timedelta(days=1)
    monkeypatch.setattr(DoneDialog, "ask", classmethod(lambda cls, a, parent=None: yesterday))
    monkeypatch.setattr(RescheduleDialog, "ask", classmethod(
        lambda cls, a, parent=None: TODAY + timedelta(days=60)))
    page.select_action(ids["late"])
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert ctx.services.actions.action(ids["late"]).done_on == yesterday
    assert Bucket.OVERDUE not in page.model.buckets()
    page.select_action(ids["today"])
    qtbot.mouseClick(page.reschedule_button, Qt.MouseButton.LeftButton)
    assert Bucket.TODAY not in page.model.buckets()
    assert len(page.model.buckets()[Bucket.LATER]) == 2


@pytest.mark.parametrize("empty", [True, False])
def test_action_model_passes_the_model_tester(qtmodeltester, demo_services, empty: bool) -> None:  # type: ignore[no-untyped-def]
    model = ActionTreeModel()
    model.set_rows([] if empty else demo_services.actions.open_actions(), TODAY)
    qtmodeltester.check(model)


def test_a_new_action_of_its_own(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    assert page.empty.isVisible()
    wednesday = TODAY + timedelta(days=2)
    monkeypatch.setattr(NewActionDialog, "ask", classmethod(lambda cls, regions, region, parent=None, suggestions=(): (
        ActionDraft("Integratieambtenaar Ieper bellen", "Lies", wednesday), regions[0][1])))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    (action,) = [a for rows in page.model.buckets().values() for a in rows]
    assert action.description == "Integratieambtenaar Ieper bellen" and action.due_on == wednesday
    assert not page.empty.isVisible()


def test_marking_done_can_be_undone(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = _actions(ctx)
    page = _page(qtbot, ctx)
    monkeypatch.setattr(DoneDialog, "ask", classmethod(lambda cls, a, parent=None: TODAY))
    page.select_action(ids["late"])
    qtbot.keyClick(page.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert Bucket.OVERDUE not in page.model.buckets()
    ctx.undo_stack.undo()
    assert [a.id for a in page.model.buckets()[Bucket.OVERDUE]] == [ids["late"]]
    assert ctx.services.actions.action(ids["late"]).done_on is None
