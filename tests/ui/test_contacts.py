"""Contacten as a coach uses it: duplicate warning, merge and undo, export and erase a person."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from coachdesk.services.contacts import OrganisationRow, PersonRow
from coachdesk.services.logbook import MomentDraft, MomentFilter, ParticipantRef
from coachdesk.ui.context import AppContext
from coachdesk.ui.pages.contacts.forms import PersonForm
from coachdesk.ui.pages.contacts.page import ContactsPage
from coachdesk.ui.pages.contacts.questions import EraseConfirmation, ExportTarget, KeepDialog
from tests.ui.conftest import show_active


def _page(qtbot, ctx: AppContext) -> ContactsPage:  # type: ignore[no-untyped-def]
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.activate()
    return page


def _jan_twice(ctx: AppContext) -> tuple[int, int, int]:
    contacts = ctx.services.contacts
    mol = contacts.save_organisation(OrganisationRow(None, "Gemeente Mol"))
    jan = contacts.save_person(PersonRow(None, "Jan Peeters", "schepen", mol,
                                         email="jan.peeters@mol.be"))
    dup = contacts.save_person(PersonRow(None, "Dhr. Peeters", phone="014 12 34 56"))
    moment, _ = ctx.services.logbook.log_moment(MomentDraft(
        date(2025, 3, 4), "phone", None, "Belafspraak", "", [ParticipantRef("person", dup)]))
    return jan, dup, moment


def _select(qtbot, page: ContactsPage, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+click each named person in the list, as a user selects several rows."""
    table = page.people
    for row in range(table.proxy.rowCount()):
        index = table.proxy.index(row, 0)
        if index.data() in names:
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.ControlModifier, table.visualRect(index).center())


def test_typing_a_near_identical_name_shows_the_duplicate_warning(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    _jan_twice(ctx)
    form = PersonForm(ctx)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    warning = form.findChild(QLabel, "duplicateWarning")
    assert not warning.isVisible()
    qtbot.keyClicks(form.name, "jan peeters")
    qtbot.waitUntil(warning.isVisible)
    assert "Jan Peeters, Gemeente Mol" in warning.text() and "gelijkaardige naam" in warning.text()


def test_an_invalid_email_is_refused_inline_and_nothing_stored(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    form = PersonForm(ctx)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    qtbot.keyClicks(form.name, "Els Maes")
    qtbot.keyClicks(form.email, "els.maes@geel")
    form.save()
    error = form.findChild(QLabel, "inlineError")
    assert error.isVisible() and "'els.maes@geel' is geen geldig e-mailadres" in error.text()
    assert form.saved_id is None and ctx.services.contacts.people() == []


def test_merge_and_undo_restore_both_records(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    jan, dup, moment = _jan_twice(ctx)
    page = _page(qtbot, ctx)
    monkeypatch.setattr(KeepDialog, "ask", classmethod(lambda cls, a, b, parent=None:
                                                       0 if a.startswith("Jan") else 1))
    _select(qtbot, page, ["Jan Peeters", "Dhr. Peeters"])
    assert page.merge_button.isEnabled()
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in page.people.source.rows()] == ["Jan Peeters"]
    assert page.people.source.rows()[0].phone == "014 12 34 56"
    assert [m.id for m in ctx.services.logbook.window(MomentFilter(person_id=jan))] == [moment]
    ctx.undo_stack.undo()
    assert sorted(r.name for r in page.people.source.rows()) == ["Dhr. Peeters", "Jan Peeters"]
    assert ctx.services.contacts.person(jan).phone == ""
    assert [m.id for m in ctx.services.logbook.window(MomentFilter(person_id=dup))] == [moment]
    ctx.undo_stack.redo()
    assert [r.name for r in page.people.source.rows()] == ["Jan Peeters"]


def test_export_and_erase_a_person(qtbot, ctx: AppContext, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    jan, _dup, moment = _jan_twice(ctx)
    ctx.services.logbook.log_moment(MomentDraft(
        date(2025, 3, 5), "email", None, "Mail aan Jan Peeters", "", [ParticipantRef("person", jan)]))
    page = _page(qtbot, ctx)
    target = tmp_path / "jan.json"
    monkeypatch.setattr(ExportTarget, "ask", classmethod(lambda cls, s, parent=None: target))
    monkeypatch.setattr(EraseConfirmation, "ask", classmethod(lambda cls, n, parent=None: True))
    _select(qtbot, page, ["Jan Peeters"])
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(target.read_text(encoding="utf-8"))["person"]["email"] == "jan.peeters@mol.be"
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in page.people.source.rows()] == ["Dhr. Peeters"]
    assert "1 contactmoment blijft bewaard" in page.status.text()
    (row,) = ctx.services.logbook.window(MomentFilter(date_from=date(2025, 3, 5)))
    assert row.participants == "geanonimiseerd (Gemeente Mol)"
    assert row.subject == "Mail aan geanonimiseerd"
