"""The operation primitive as a coach meets it: Ctrl+Z undoes what was seen to happen, with the
real database thread; a failed step leaves nothing to undo; one save, one reload."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.contacts import OrganisationRow, PersonRow
from coachdesk.services.logbook import ActionDraft, MomentFilter
from coachdesk.ui import events
from coachdesk.ui.context import AppContext
from coachdesk.ui.events import Changes
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.operations import ChangeOp
from coachdesk.ui.pages.actions.dialogs import DoneDialog, RescheduleDialog
from coachdesk.ui.pages.contacts.questions import KeepDialog
from coachdesk.ui.pages.logbook.quick_log import QuickLogDialog
from tests.ui.conftest import make_ctx, show_active
from tests.ui.test_region_progress import record_stage, region_id

TODAY = date.today()


@pytest.fixture
def threaded(services) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    """A context with the real background thread, as in the app."""
    ctx = make_ctx(services, synchronous=False)
    yield ctx
    ctx.runner.wait()
    ctx.runner.shutdown()
    assert not ctx.errors.unexpected  # type: ignore[attr-defined]


def _window(qtbot, ctx: AppContext, page: str) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.show_page(window.pages.index(window.page(page)))
    qtbot.waitUntil(lambda: not ctx.undo_stack.busy and ctx.runner.wait(0))
    return window


def _hold_database_thread(ctx: AppContext) -> threading.Event:
    """Keep the database thread busy until the returned event is set."""
    release = threading.Event()
    ctx.runner.submit(release.wait, 10)
    return release


def _ctrl_z(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z as the coach presses it, in the window (active again once a dialog closed)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _finish(qtbot, ctx: AppContext, release: threading.Event | None = None) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(ctx.events.changed, timeout=10_000):
        if release is not None:
            release.set()
    qtbot.waitUntil(lambda: not ctx.undo_stack.busy, timeout=10_000)


def test_ctrl_z_right_after_done_undoes_exactly_that(qtbot, threaded: AppContext,  # type: ignore[no-untyped-def]
                                                     monkeypatch) -> None:
    ctx = threaded
    region = ctx.services.contacts.regions()[0].id
    call = ctx.services.actions.add(ActionDraft("Turnhout bellen", "Lies", TODAY), region)
    report = ctx.services.actions.add(ActionDraft("Verslag sturen", "Lies", TODAY), region)
    window = _window(qtbot, ctx, "actions")
    page = window.page("actions")
    qtbot.waitUntil(lambda: page.select_action(report))
    later = TODAY + timedelta(days=7)
    monkeypatch.setattr(RescheduleDialog, "ask", classmethod(lambda cls, a, parent=None: later))
    page.reschedule()  # an earlier change, which a quick Ctrl+Z must leave alone
    _finish(qtbot, ctx)
    qtbot.waitUntil(lambda: page.select_action(call))
    monkeypatch.setattr(DoneDialog, "ask", classmethod(lambda cls, a, parent=None: TODAY))
    release = _hold_database_thread(ctx)
    qtbot.keyClick(page.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # "Klaar"
    assert not window.menus["edit"].actions()[0].isEnabled()
    _ctrl_z(qtbot, window)  # while it runs: refused, not applied to the reschedule
    _finish(qtbot, ctx, release)
    assert ctx.services.actions.action(call).done_on == TODAY
    _ctrl_z(qtbot, window)
    _finish(qtbot, ctx)
    assert ctx.services.actions.action(call).done_on is None
    assert ctx.services.actions.action(report).due_on == later
    assert ctx.undo_stack.undoText() == "Verplaatsen"  # the earlier change is next


def test_ctrl_z_right_after_a_merge_brings_both_people_back(qtbot, threaded: AppContext,  # type: ignore[no-untyped-def]
                                                            monkeypatch) -> None:
    ctx = threaded
    contacts = ctx.services.contacts
    mol = contacts.save_organisation(OrganisationRow(None, "Gemeente Mol"))
    jan = contacts.save_person(PersonRow(None, "Jan Peeters", "schepen", mol))
    dup = contacts.save_person(PersonRow(None, "Dhr. Peeters", phone="014 12 34 56"))
    window = _window(qtbot, ctx, "contacts")
    page = window.page("contacts")
    qtbot.waitUntil(lambda: page.people.source.rowCount() == 2)
    page.people.selectAll()
    monkeypatch.setattr(KeepDialog, "ask", classmethod(
        lambda cls, a, b, parent=None: 0 if a.startswith("Jan") else 1))
    release = _hold_database_thread(ctx)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    _ctrl_z(qtbot, window)
    _finish(qtbot, ctx, release)
    assert [p.id for p in contacts.people()] == [jan]
    _ctrl_z(qtbot, window)
    _finish(qtbot, ctx)
    assert sorted(p.id for p in contacts.people()) == sorted([jan, dup])
    assert contacts.person(jan).phone == "" and contacts.person(dup).phone == "014 12 34 56"
    qtbot.waitUntil(lambda: page.people.source.rowCount() == 2)


def test_ctrl_z_right_after_a_stage_change_removes_exactly_that_one(  # type: ignore[no-untyped-def]
        qtbot, threaded: AppContext) -> None:
    ctx = threaded
    kempen = region_id(ctx, "Kempen")
    window = _window(qtbot, ctx, "regions")
    page = window.page("regions")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        ctx.events.open_requested.emit("regions", kempen)
    record_stage(qtbot, page, "Geïnformeerd", TODAY - timedelta(days=10), "Infosessie")
    _finish(qtbot, ctx)
    release = _hold_database_thread(ctx)
    record_stage(qtbot, page, "Verkenning", TODAY - timedelta(days=2), "Regio-overleg")
    _ctrl_z(qtbot, window)
    _finish(qtbot, ctx, release)
    assert [h.to_stage for h in ctx.services.progress.history(kempen)][0] == "Verkenning"
    _ctrl_z(qtbot, window)
    _finish(qtbot, ctx)
    assert [h.to_stage for h in ctx.services.progress.history(kempen)] == ["Geïnformeerd"]
    qtbot.waitUntil(lambda: page.header.stage.text().startswith("1 · Geïnformeerd"))


def _flaky(calls: list[int]):  # type: ignore[no-untyped-def]
    """A change that works the first time and fails when it is redone."""
    def change() -> int:
        calls.append(1)
        if len(calls) > 1:
            raise CoachDeskError("Het bestand is vergrendeld.")
        return 7
    return change


def test_a_change_that_fails_never_reaches_the_undo_menu(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    seen: list[Changes] = []
    ctx.events.changed.connect(seen.append)
    ChangeOp(ctx, _flaky([1]), changes=Changes.of(events.ACTIONS)) \
        .undoable("Proef", lambda _r: (lambda: None,)).run()
    assert ctx.undo_stack.count() == 0 and seen == []
    assert [str(e) for e in ctx.errors.expected] == ["Het bestand is vergrendeld."]  # type: ignore[attr-defined]


@pytest.mark.parametrize("synchronous", [True, False])
def test_a_redo_that_fails_leaves_nothing_in_the_undo_menu(qtbot, services,  # type: ignore[no-untyped-def]
                                                           synchronous: bool) -> None:
    ctx = make_ctx(services, synchronous=synchronous)
    window = _window(qtbot, ctx, "dashboard")
    undo, redo = window.menus["edit"].actions()[:2]
    undone: list[int] = []
    ChangeOp(ctx, _flaky([]), changes=Changes.of(events.ACTIONS)) \
        .undoable("Proef", lambda result: (undone.append, result)).run()
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1 and undo.isEnabled(), timeout=10_000)
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: undone == [7] and redo.isEnabled(), timeout=10_000)
    ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 0, timeout=10_000)
    assert not undo.isEnabled() and not redo.isEnabled()
    assert undo.text() == "&Ongedaan maken"
    assert [str(e) for e in ctx.errors.expected] == ["Het bestand is vergrendeld."]  # type: ignore[attr-defined]
    ctx.runner.shutdown()


def test_one_save_reloads_a_visible_page_once(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, ctx, "logbook")
    page = window.page("logbook")
    reloads: list[int] = []
    original = page.reload
    monkeypatch.setattr(page, "reload", lambda: (reloads.append(1), original()))
    announced: list[Changes] = []
    ctx.events.changed.connect(announced.append)
    dialog = QuickLogDialog(ctx, window)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.participants.line, "Wout Aerts, OCMW Geel")  # a new person
    qtbot.keyClick(dialog.participants.line, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.subject, "Kennismaking Geel")
    dialog.actions.add_row()
    qtbot.keyClicks(dialog.actions.rows[0][0], "Verslag sturen")
    dialog.save()
    assert dialog.saved_id is not None
    assert len(announced) == 1
    assert announced[0].kinds == {events.MOMENTS, events.ACTIONS, events.CONTACTS}
    assert announced[0].ids_of(events.MOMENTS) == {dialog.saved_id}
    assert reloads == [1]
    assert ctx.services.logbook.count(MomentFilter()) == 1


def test_closed_dialogs_are_deleted(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, ctx, "dashboard")
    for show in (window.show_about, window.show_preferences):
        QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
        show()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(QDialog) == []


def test_the_guard_catches_a_write_on_the_gui_thread(ctx: AppContext,  # type: ignore[no-untyped-def]
                                                     no_writes_on_the_gui_thread: list[str]) -> None:
    """The fixture itself can fail: a window's write on the GUI thread is caught."""
    from tests.ui.conftest import UI_CODE

    code = compile("services.actions.add(draft, None)", f"{UI_CODE}/imagined_page.py", "exec")
    exec(code, {"services": ctx.services, "draft": ActionDraft("Bellen", "Lies", TODAY)})
    assert no_writes_on_the_gui_thread  # the INSERT, and whatever bookkeeping goes with it
    assert "INSERT INTO action" in no_writes_on_the_gui_thread[0]
    assert "imagined_page.py" in no_writes_on_the_gui_thread[0]
    no_writes_on_the_gui_thread.clear()  # caught as it should be: not this test's failure


def test_switching_databases_five_times_leaves_one_database_thread(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from coachdesk import paths
    from coachdesk.app import AppController
    from coachdesk.ui.settings import Settings
    from tests.ui.conftest import RecordingErrors

    others = set(threading.enumerate())  # other tests' threads, if any, are not ours

    def database_threads() -> list[threading.Thread]:
        return [t for t in threading.enumerate() if t.name == "coachdesk-db" and t not in others]

    controller = AppController(Settings(paths.config_dir() / "coachdesk.ini"),
                               RecordingErrors(), "nl")
    try:
        controller.open(tmp_path / "start.sqlite")
        before = threading.active_count()
        for number in range(5):
            window = controller.open(tmp_path / f"coach{number}.sqlite")
            qtbot.waitUntil(lambda w=window: w.ctx.runner.wait(0), timeout=30_000)
        assert len(database_threads()) == 1
        assert threading.active_count() == before
    finally:
        controller._close_current()
        controller.guard.release()
    assert database_threads() == []


def test_cancelling_the_demo_leaves_no_file_and_the_old_database_open(  # type: ignore[no-untyped-def]
        qtbot, threaded: AppContext, tmp_path) -> None:
    from PySide6.QtWidgets import QPushButton

    window = _window(qtbot, threaded, "dashboard")
    switched: list[object] = []
    window.database_requested.connect(switched.append)
    target = tmp_path / "demo.sqlite"
    release = _hold_database_thread(threaded)
    window.create_demo(target)
    dialog = window.demo_progress
    assert dialog is not None
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "Annuleren"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: threaded.runner.wait(0), timeout=30_000)
    QCoreApplication.processEvents()
    assert switched == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("demo")) == []
    assert threaded.services.maintenance.counts()["people"] == 0  # the old database, still open
    assert threaded.errors.expected == []  # type: ignore[attr-defined]
