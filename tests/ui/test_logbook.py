"""Logboek as a coach uses it: Ctrl+N with the keyboard alone, search, bad input refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from coachdesk.services.contacts import OrganisationRow, PersonRow
from coachdesk.domain.marks import MARK_START
from coachdesk.services.logbook import (
    ActionDraft,
    MomentDraft,
    MomentFilter,
    ParticipantRef,
)
from coachdesk.ui.context import AppContext
from coachdesk.ui.events import MOMENTS, Changes
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages.logbook.detail import MomentDetail
from coachdesk.ui.pages.logbook.model import MARKED_ROLE, SUBJECT, MomentModel
from coachdesk.ui.pages.logbook.participants import NewParticipantQuestion
from coachdesk.ui.pages.logbook.quick_log import QuickLogDialog
from tests.ui.conftest import show_active

CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    """Types into whatever has the focus, as a user at the keyboard does."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(QApplication.focusWidget(), text)

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _people(ctx: AppContext) -> tuple[int, int]:
    contacts = ctx.services.contacts
    mol = contacts.save_organisation(OrganisationRow(None, "Gemeente Mol"))
    jan = contacts.save_person(PersonRow(None, "Jan Peeters", "schepen", mol,
                                         email="jan.peeters@mol.be"))
    els = contacts.save_person(PersonRow(None, "Els Maes", "directeur", None))
    return jan, els


def _driving(qtbot, monkeypatch, script: Callable[[QuickLogDialog, Keyboard], None]) -> list:  # type: ignore[no-untyped-def]
    """Make Ctrl+N's dialog run `script` instead of waiting for a person."""
    seen: list[QuickLogDialog] = []

    def ask(cls, ctx, parent=None, region_id=None):  # type: ignore[no-untyped-def]
        dialog = cls(ctx, parent, region_id)
        qtbot.addWidget(dialog)
        show_active(qtbot, dialog)
        seen.append(dialog)
        script(dialog, Keyboard(qtbot))
        return dialog.saved_id

    monkeypatch.setattr(QuickLogDialog, "ask", classmethod(ask))
    return seen


def _log_regio_overleg(dialog: QuickLogDialog, keys: Keyboard) -> None:
    assert QApplication.focusWidget() is dialog.date  # starts on the date: today
    keys.press(Qt.Key.Key_Tab)
    keys.type("regio")  # the kind, by its first letters
    keys.press(Qt.Key.Key_Tab)
    keys.type("Kempen")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Jan Pee")
    keys.press(Qt.Key.Key_Return)
    keys.type("Els M")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Tab, times=2)  # past the list of participants
    keys.type("Regio-overleg Turnhout")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Mol en Balen sluiten aan; Turnhout wordt promotor.")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Space)  # "Add action"
    keys.type("Collegebeslissing Turnhout opvragen")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Lies")
    keys.press(Qt.Key.Key_Return, CTRL)


def test_log_a_moment_with_the_keyboard_alone(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    jan, els = _people(ctx)
    seen = _driving(qtbot, monkeypatch, _log_regio_overleg)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.show_page(1)  # Ctrl+N works from any page
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert seen and seen[0].saved_id is not None, seen[0].error.text() if seen else "no dialog"
    moment = seen[0].saved_id
    kempen = next(r.id for r in ctx.services.contacts.regions() if r.name == "Kempen")
    stored = ctx.services.logbook.moment(moment)
    assert (stored.kind, stored.region_id, stored.happened_on) == ("regional_meeting", kempen,
                                                                  date.today())
    assert [(p.kind, p.id) for p in stored.participants] == [("person", jan), ("person", els)]
    (action,) = stored.actions
    assert action.owner == "Lies" and action.due_on == date.today() + timedelta(days=7)
    logbook = window.page("logbook")
    window.show_page(window.pages.index(logbook))
    assert logbook.model.row_at(0).subject == "Regio-overleg Turnhout"  # type: ignore[attr-defined]
    actions = window.page("actions")
    window.show_page(window.pages.index(actions))
    assert actions.select_action(ctx.services.actions.open_actions()[0].id)  # type: ignore[attr-defined]
    assert actions.current_action().description == "Collegebeslissing Turnhout opvragen"  # type: ignore[attr-defined]
    timeline = ctx.services.timeline.entries(kempen)
    assert any(e.ref_id == moment and e.title == "Regio-overleg Turnhout" for e in timeline)


def test_search_finds_a_moment_by_a_word_of_its_report(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.page("logbook")
    demo_window.show_page(demo_window.pages.index(page))
    services = page.ctx.services
    services.logbook.log_moment(_draft_with_report("Zonhoven bespreekt de buddywerking."))
    page.ctx.events.announce(Changes.of(MOMENTS))
    qtbot.keyClicks(page.search, "zonhov")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # type: ignore[attr-defined]
    marked = page.model.index(0, SUBJECT + 2).data(MARKED_ROLE)  # type: ignore[attr-defined]
    assert MARK_START + "Zonhoven" in marked
    assert "1 contactmoment" in page.header.subtitle.text()  # type: ignore[attr-defined]


def _draft_with_report(report: str) -> MomentDraft:
    return MomentDraft(date.today(), "phone", None, "Telefoon over buddy's", report)


def _open_form(qtbot, ctx: AppContext) -> QuickLogDialog:  # type: ignore[no-untyped-def]
    dialog = QuickLogDialog(ctx)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def _refused(dialog: QuickLogDialog, ctx: AppContext, words: str) -> None:
    before = (ctx.services.logbook.count(MomentFilter()), len(ctx.services.contacts.people()),
              len(ctx.services.actions.open_actions()))
    dialog.save()
    error = dialog.findChild(QLabel, "inlineError")
    assert error.isVisible() and words in error.text()
    assert dialog.saved_id is None and dialog.isVisible()
    assert before == (ctx.services.logbook.count(MomentFilter()),
                      len(ctx.services.contacts.people()), len(ctx.services.actions.open_actions()))


def test_an_empty_subject_is_refused_inline(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_form(qtbot, ctx)
    _refused(dialog, ctx, "onderwerp")
    assert QApplication.focusWidget() is dialog.subject


def test_a_due_date_before_the_moment_is_refused_inline(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_form(qtbot, ctx)
    qtbot.keyClicks(dialog.subject, "Bilateraal in Geel")
    dialog.actions.add_row()
    description, _owner, due = dialog.actions.rows[0]
    qtbot.keyClicks(description, "Verslag sturen")
    due.setDate(dialog.date.date().addDays(-2))
    _refused(dialog, ctx, "Actie 1")


def test_an_invalid_email_of_a_new_participant_is_refused_inline(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(NewParticipantQuestion, "ask", classmethod(lambda cls, *a: cls.NEW))
    dialog = _open_form(qtbot, ctx)
    qtbot.keyClicks(dialog.participants.line, "Wout Aerts, OCMW Geel <wout@geel>")
    qtbot.keyClick(dialog.participants.line, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.subject, "Kennismaking")
    _refused(dialog, ctx, "wout@geel")


def test_typing_a_near_identical_name_offers_the_existing_person(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(NewParticipantQuestion, "ask", classmethod(lambda cls, *a: cls.NEW))
    jan, _els = _people(ctx)
    dialog = _open_form(qtbot, ctx)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Tab, times=3)  # date, kind, region: on to the participants
    keys.type("Dhr. Peeters, OCMW Mol")
    qtbot.waitUntil(dialog.participants.hint_row.isVisible)
    assert "Jan Peeters, Gemeente Mol" in dialog.participants.hint.text()
    keys.press(Qt.Key.Key_Return)  # added as a new person first...
    assert [r.id for r in dialog.participants.refs()] == [None]
    show_active(qtbot, dialog)  # offscreen Qt does not give activation back after the popup
    keys.press(Qt.Key.Key_Tab)  # ...then on to "Gebruik Jan Peeters"
    assert QApplication.focusWidget() is dialog.participants.use_existing
    keys.press(Qt.Key.Key_Space)
    assert [(r.kind, r.id) for r in dialog.participants.refs()] == [("person", jan)]


@pytest.mark.parametrize("rows", [0, 3])
def test_moment_model_passes_the_model_tester(qtmodeltester, demo_services, rows: int) -> None:  # type: ignore[no-untyped-def]
    model = MomentModel()
    fetch = lambda after: demo_services.logbook.window(MomentFilter(), after=after, limit=200)  # noqa: E731
    model.reset(demo_services.logbook.window(MomentFilter(), limit=200)[: rows or 200], fetch)
    qtmodeltester.check(model)


def test_a_person_s_moments_and_one_moment_in_full(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    jan, els = _people(ctx)
    logbook = ctx.services.logbook
    first, _ = logbook.log_moment(MomentDraft(
        date(2025, 3, 4), "phone", None, "Belafspraak", "Jan bevestigt.\nMol doet mee.",
        [ParticipantRef("person", jan)], [ActionDraft("Mail sturen", "Lies", date(2025, 3, 7))]))
    logbook.log_moment(MomentDraft(date(2025, 3, 5), "phone", None, "Andere", "",
                                   [ParticipantRef("person", els)]))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    contacts = window.page("contacts")
    window.show_page(window.pages.index(contacts))
    contacts.people.selectRow(1)  # type: ignore[attr-defined]  # Jan Peeters, after Els Maes
    qtbot.mouseClick(contacts.moments_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    page = window.current_page()
    assert page.key == "logbook" and page.person.currentText() == "Jan Peeters"  # type: ignore[attr-defined]
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == [first]  # type: ignore[attr-defined]
    detail = MomentDetail(ctx, page.model.row_at(0))  # type: ignore[attr-defined]
    qtbot.addWidget(detail)
    text = detail.text.toPlainText()
    assert "Mol doet mee." in text and "Mail sturen — Lies (07/03/2025, open)" in text


def test_search_on_the_real_background_thread(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    from coachdesk.ui.pages.logbook.page import LogbookPage
    from tests.ui.conftest import make_ctx

    ctx = make_ctx(demo_services, synchronous=False)
    page = LogbookPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.activate()
    total = page.model.rowCount()
    demo_services.logbook.log_moment(_draft_with_report("Zonhoven bespreekt de buddywerking."))
    qtbot.keyClicks(page.search, "zonhov")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.search.clear()
    everything = demo_services.logbook.count(MomentFilter())
    qtbot.waitUntil(lambda: page.model.rowCount() == total
                    and f"{everything} contactmomenten" in page.header.subtitle.text(),
                    timeout=10000)
    ctx.runner.wait()
    QApplication.processEvents()  # deliver what the last task sent before the page goes
    assert not ctx.errors.unexpected  # type: ignore[attr-defined]


def test_a_moment_is_corrected_in_the_same_form(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    jan, els = _people(ctx)
    moment, _ = ctx.services.logbook.log_moment(MomentDraft(
        date.today(), "phone", None, "Belafsprak Mol", "Tikfout.", [ParticipantRef("person", jan)],
        [ActionDraft("Mail sturen", "Lies", date.today())]))

    def correct(cls, ctx, moment_id, parent=None):  # type: ignore[no-untyped-def]
        dialog = cls(ctx, parent)
        qtbot.addWidget(dialog)
        dialog.load(moment_id)
        assert [r.id for r in dialog.participants.refs()] == [jan]
        assert "Mail sturen" in dialog.actions.existing.text()
        dialog.subject.setText("Belafspraak Mol")
        qtbot.keyClicks(dialog.participants.line, "Els")
        qtbot.keyClick(dialog.participants.line, Qt.Key.Key_Return)
        dialog.save()
        return dialog.saved_id

    monkeypatch.setattr(QuickLogDialog, "ask_to_correct", classmethod(correct))
    from coachdesk.ui.pages.logbook.page import LogbookPage

    page = LogbookPage(ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.activate()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    stored = ctx.services.logbook.moment(moment)
    assert stored.subject == "Belafspraak Mol" and [p.id for p in stored.participants] == [jan, els]
    assert len(stored.actions) == 1
    assert page.model.row_at(0).subject == "Belafspraak Mol"
