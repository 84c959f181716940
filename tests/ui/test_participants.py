"""Ctrl+N's participants, typed as a coach types them: the region's people first, a likely
duplicate found from a short name, and never a new person without asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coachdesk.ui.context import AppContext
from coachdesk.ui.pages.logbook.participants import NewParticipantQuestion
from coachdesk.ui.pages.logbook.quick_log import QuickLogDialog
from tests.ui.conftest import show_active
from tests.ui.test_logbook import Keyboard


def region(ctx: AppContext, name: str) -> int:
    return next(r.id for r in ctx.services.contacts.regions() if r.name == name)


def person(ctx: AppContext, name: str) -> int:
    return next(p.id for p in ctx.services.contacts.people() if p.name == name)


def open_form(qtbot, ctx: AppContext, region_name: str) -> tuple[QuickLogDialog, Keyboard]:  # type: ignore[no-untyped-def]
    dialog = QuickLogDialog(ctx, None, region(ctx, region_name))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Tab, times=3)  # date, kind, region: on to the participants
    assert QApplication.focusWidget() is dialog.participants.line
    return dialog, keys


@pytest.mark.parametrize(("region_name", "expected"), [
    ("Kempen", "Ruben Thijs"), ("Westhoek", "Ikram Thijs")])  # Ana Thijs (Midwest) sorts first
def test_enter_on_a_surname_takes_the_person_of_the_chosen_region(
        qtbot, demo_ctx: AppContext, region_name: str, expected: str) -> None:
    dialog, keys = open_form(qtbot, demo_ctx, region_name)
    keys.type("Thijs")
    keys.press(Qt.Key.Key_Return)
    assert [r.id for r in dialog.participants.refs()] == [person(demo_ctx, expected)]


def test_changing_the_region_reranks_the_completion(qtbot, demo_ctx: AppContext) -> None:
    dialog, keys = open_form(qtbot, demo_ctx, "Westhoek")
    dialog.region.setCurrentIndex(dialog.region.findText("Kempen"))
    dialog.participants.line.setFocus()
    keys.type("Thijs")
    keys.press(Qt.Key.Key_Return)
    assert [r.id for r in dialog.participants.refs()] == [person(demo_ctx, "Ruben Thijs")]


def test_enter_on_a_name_nobody_has_asks_before_creating_a_person(
        qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answer: list[str | None] = [None]

    def ask(cls, name, existing, parent):  # type: ignore[no-untyped-def]
        asked.append(name)
        return answer[0]

    monkeypatch.setattr(NewParticipantQuestion, "ask", classmethod(ask))
    dialog, keys = open_form(qtbot, demo_ctx, "Kempen")
    keys.type("Wout Aerts")
    keys.press(Qt.Key.Key_Return)
    assert asked == ["Wout Aerts"]
    assert dialog.participants.refs() == [] and dialog.participants.line.text() == "Wout Aerts"
    answer[0] = NewParticipantQuestion.NEW
    keys.press(Qt.Key.Key_Return)
    assert [(r.id, r.name) for r in dialog.participants.refs()] == [(None, "Wout Aerts")]
    assert dialog.participants.line.text() == ""


def test_a_short_name_in_kempen_finds_the_kempen_namesake_and_enter_can_take_him(
        qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = []

    def ask(cls, name, existing, parent):  # type: ignore[no-untyped-def]
        seen.append(existing.name if existing else None)
        return cls.EXISTING

    monkeypatch.setattr(NewParticipantQuestion, "ask", classmethod(ask))
    dialog, keys = open_form(qtbot, demo_ctx, "Kempen")
    picker = dialog.participants
    keys.type("Dhr. Peeters")
    qtbot.waitUntil(picker.hint_row.isVisible)
    assert "Jan Peeters, Gemeente Mol" in picker.hint.text()
    keys.press(Qt.Key.Key_Return)
    assert seen == ["Jan Peeters"]
    assert [r.id for r in picker.refs()] == [person(demo_ctx, "Jan Peeters")]
    assert not picker.hint_row.isVisible()


def test_a_hint_that_no_longer_applies_disappears(
        qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(NewParticipantQuestion, "ask", classmethod(
        lambda cls, *a: pytest.fail("an existing person needs no question")))
    dialog, keys = open_form(qtbot, demo_ctx, "Kempen")
    picker = dialog.participants
    keys.type("Dhr. Peeters")
    qtbot.waitUntil(picker.hint_row.isVisible)
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type("Zzyzx Quorn")
    qtbot.waitUntil(lambda: not picker.hint_row.isVisible())
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type("Dhr. Peeters")
    qtbot.waitUntil(picker.hint_row.isVisible)
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type("Ruben Thijs")  # an existing person, chosen with Enter
    keys.press(Qt.Key.Key_Return)
    assert [r.id for r in picker.refs()] == [person(demo_ctx, "Ruben Thijs")]
    assert not picker.hint_row.isVisible()


def test_a_name_chosen_in_the_popup_is_added_and_the_line_emptied(
        qtbot, demo_ctx: AppContext) -> None:
    dialog, keys = open_form(qtbot, demo_ctx, "Kempen")
    keys.type("Geel")
    popup = dialog.participants.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    chosen = popup.currentIndex().data()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.participants.chosen.count() == 1, timeout=2000)
    assert dialog.participants.chosen.item(0).text() == chosen
    qtbot.waitUntil(lambda: dialog.participants.line.text() == "", timeout=2000)
    keys.type("Welzijn")  # the next name starts on an empty line
    assert dialog.participants.line.text() == "Welzijn"
