"""Headquarters opens the window on the team database itself (`coachdesk --db postgresql://…`):
the same pages, live; a change the role may not make is one sentence from the server's refusal,
a deadline correction goes through (JOURNEYS.md, Thursday: Sofie)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from coachdesk.application.team import open_team_services
from coachdesk.db.server import make_server_engine
from coachdesk.domain.errors import DatabaseError
from coachdesk.services.container import Services
from coachdesk.services.contacts import PersonRow
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.logbook import ActionDraft, MomentDraft
from coachdesk.services.sync import synchronise
from coachdesk.ui.context import AppContext
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.operations import ChangeOp
from coachdesk.ui.events import ALL
from tests.team.conftest import Team, team  # noqa: F401  (the fixture)
from tests.ui.conftest import make_ctx


@pytest.fixture
def tuesday(team: Team, tmp_path: Path) -> Iterator[int]:  # noqa: F811
    """Anna logged Tuesday's regio-overleg in Kempen with an action, and synchronised."""
    anna = Services(open_coachdesk_db(tmp_path / "anna.sqlite"))
    coach = make_server_engine(team.url(team.coach))
    try:
        kempen = next(r.id for r in anna.contacts.regions() if r.name == "Kempen")
        anna.logbook.log_moment(MomentDraft(date(2026, 3, 3), "regional_meeting", kempen,
                                            "Regio-overleg Kempen"))
        anna.actions.add(ActionDraft("Verslag rondsturen", "Anna", date(2026, 3, 6)), kempen)
        synchronise(anna.db.engine, coach)
        yield kempen
    finally:
        coach.dispose()
        anna.close()


@pytest.fixture
def headquarters(team: Team, tuesday: int) -> Iterator[Services]:  # noqa: F811
    services = open_team_services(team.url(team.headquarters).replace("+psycopg", ""))
    yield services
    services.close()


def test_headquarters_reads_everything_and_corrects_only_a_deadline(  # type: ignore[no-untyped-def]
        qtbot, headquarters: Services) -> None:
    ctx: AppContext = make_ctx(headquarters)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.page("dashboard").table.model().rowCount() == 18
    logbook = window.page("logbook")
    window.show_page(window.pages.index(logbook))
    qtbot.waitUntil(lambda: logbook.model.rowCount() == 1)  # type: ignore[attr-defined]
    assert logbook.model.row_at(0).subject == "Regio-overleg Kempen"  # type: ignore[attr-defined]
    sync = window.team_sync  # type: ignore[attr-defined]
    assert not sync.sync_action.isEnabled()
    assert sync.label.text().startswith("Teamdatabase (live): postgresql://hq_")
    assert "password" not in sync.label.text()
    qtbot.waitUntil(lambda: window.db_label.text().startswith("Database: postgresql://hq_"))
    assert "er valt niets te synchroniseren" in window.statusBar().currentMessage()

    # Not allowed: adding a person. The server refuses; the window says it in one sentence.
    ChangeOp(ctx, headquarters.contacts.save_person, PersonRow(None, "Jan Peeters"),
             changes=ALL).run()
    (refused,) = ctx.errors.expected  # type: ignore[attr-defined]
    assert isinstance(refused, DatabaseError) and refused.code == "team.refused"
    assert not any(p.name == "Jan Peeters" for p in headquarters.contacts.people())

    # Allowed: correcting an action's deadline.
    (action,) = headquarters.actions.open_actions()
    ChangeOp(ctx, headquarters.actions.reschedule, [action.id], date(2026, 3, 13),
             changes=ALL).run()
    assert len(ctx.errors.expected) == 1  # type: ignore[attr-defined]
    assert headquarters.actions.action(action.id).due_on == date(2026, 3, 13)


def test_coachdesk_opens_the_window_on_a_team_database_address(  # type: ignore[no-untyped-def]
        team: Team, tuesday: int, tmp_path: Path) -> None:  # noqa: F811
    address = team.url(team.headquarters).replace("+psycopg", "")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACHDESK_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-m", "coachdesk", "--quit-when-ready", "--db",
                           address], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert not list((tmp_path / "home").rglob("*.sqlite"))  # no laptop database was made
    refused = subprocess.run([sys.executable, "-m", "coachdesk", "--lang", "en", "export",
                              "--db", address, str(tmp_path / "out.xlsx")], env=env,
                             capture_output=True, text=True,
                             timeout=120)
    assert refused.returncode != 0 and "opens the window only" in refused.stderr


HQ_REASON = "Alleen-lezen: hoofdzetel mag enkel deadlines van acties corrigeren"


def test_the_window_greys_out_what_headquarters_may_not_do_and_says_why(  # type: ignore[no-untyped-def]
        qtbot, headquarters: Services, monkeypatch, tmp_path: Path) -> None:
    """Asked once of the server: every write is off with the reason; the deadline correction,
    the pages, the search, the workbook export and the report stay on."""
    from coachdesk.application.rights import HEADQUARTERS
    from coachdesk.ui.pages.actions.dialogs import RescheduleDialog

    ctx: AppContext = make_ctx(headquarters)
    assert ctx.rights.role == HEADQUARTERS and not ctx.rights.writes and ctx.rights.corrects
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.rights_label.text() == HQ_REASON and window.rights_label.isVisible()

    actions = window.page("actions")
    window.show_page(window.pages.index(actions))
    qtbot.waitUntil(lambda: actions.current_action() is not None)  # type: ignore[attr-defined]
    for button in (actions.new_button, actions.done_button,  # type: ignore[attr-defined]
                   actions.next_button):  # type: ignore[attr-defined]
        assert not button.isEnabled() and button.toolTip() == HQ_REASON
    actions._update_buttons()  # type: ignore[attr-defined]  # a selection does not turn them on
    assert not actions.done_button.isEnabled()  # type: ignore[attr-defined]
    assert actions.reschedule_button.isEnabled()  # type: ignore[attr-defined]
    window.grab().save(str(tmp_path / "headquarters-actions.png"))
    if os.environ.get("COACHDESK_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["COACHDESK_SCREENSHOTS"],
                                        "headquarters-actions.png"))

    # The correction that stays: the deadline, through the button, the way Sofie does it.
    monkeypatch.setattr(RescheduleDialog, "ask", classmethod(lambda cls, a, p=None:
                                                             date(2026, 3, 20)))
    qtbot.mouseClick(actions.reschedule_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    (action,) = headquarters.actions.open_actions()
    assert action.due_on == date(2026, 3, 20)
    assert not ctx.errors.expected  # type: ignore[attr-defined]

    contacts, logbook = window.page("contacts"), window.page("logbook")
    regions, proposals = window.page("regions"), window.page("proposals")
    for button in (contacts.new_button, contacts.edit_button,  # type: ignore[attr-defined]
                   contacts.merge_button, contacts.erase_button,  # type: ignore[attr-defined]
                   logbook.new_button, logbook.correct_button,  # type: ignore[attr-defined]
                   regions.header.change_stage_button,  # type: ignore[attr-defined]
                   regions.header.new_action_button,  # type: ignore[attr-defined]
                   regions.candidacies.add_button,  # type: ignore[attr-defined]
                   proposals.detail.create_button,  # type: ignore[attr-defined]
                   proposals.review.save_button):  # type: ignore[attr-defined]
        assert not button.isEnabled() and button.toolTip() == HQ_REASON, button.text()
    assert logbook.search.isEnabled() and logbook.clear_button.isEnabled()  # type: ignore[attr-defined]
    assert contacts.export_button.toolTip() != HQ_REASON  # type: ignore[attr-defined]
    menu = {a.objectName() or a.text().replace("&", ""): a
            for m in window.menus.values() for a in m.actions()}
    assert not menu["importHandoff"].isEnabled()
    assert not menu["Nieuw contactmoment…"].isEnabled()
    assert not menu["makeBackup"].isEnabled()
    assert menu["exportHandoff"].isEnabled()
    assert any(a.isEnabled() and "rapport" in a.text().lower() for a in menu.values())
    window.show_page(window.pages.index(logbook))
    window.grab().save(str(tmp_path / "headquarters-logbook.png"))
    if os.environ.get("COACHDESK_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["COACHDESK_SCREENSHOTS"],
                                        "headquarters-logbook.png"))


def test_rights_asked_of_the_server_for_each_role(team: Team, tuesday: int) -> None:  # noqa: F811
    """The owner may do everything, a coach writes her regions (Kempen), headquarters
    corrects only, a laptop file everything."""
    from coachdesk.application.rights import COACH, HEADQUARTERS, OWNER, server_rights

    for user, role in ((None, OWNER), (team.coach, COACH), (team.headquarters, HEADQUARTERS)):
        engine = make_server_engine(team.url(user) if user else
                                    team.url("postgres"))
        try:
            rights = server_rights(engine)
        finally:
            engine.dispose()
        assert rights.role == role, user
        if role == COACH:
            assert rights.regions == frozenset({tuesday})
            assert rights.writes_region(tuesday) and not rights.writes_region(tuesday + 1)
            assert rights.writes_region(None)
        else:
            assert rights.regions is None


def test_a_coach_on_the_team_database_writes_only_her_regions(  # type: ignore[no-untyped-def]
        qtbot, team: Team, tuesday: int) -> None:  # noqa: F811
    """Anna opens the window on the team database itself: Kempen's buttons work, another
    region's say she does not coach it; nothing else is greyed out."""
    services = open_team_services(team.url(team.coach).replace("+psycopg", ""))
    try:
        ctx: AppContext = make_ctx(services)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        assert not window.rights_label.isVisible()
        regions = window.page("regions")
        window.show_page(window.pages.index(regions))
        header = regions.header  # type: ignore[attr-defined]
        other = next(r.id for r in services.contacts.regions() if r.id != tuesday)
        for region_id, allowed in ((tuesday, True), (other, False)):
            regions.open_item(region_id)
            qtbot.waitUntil(lambda: regions.current_region_id() == region_id)  # type: ignore[attr-defined]
            assert header.change_stage_button.isEnabled() is allowed
            assert header.new_action_button.isEnabled() is allowed
            assert (header.new_action_button.toolTip() ==
                    ("" if allowed else "Alleen-lezen hier: je coacht deze regio niet"))
        assert window.page("logbook").new_button.isEnabled()  # type: ignore[attr-defined]
    finally:
        services.close()


@pytest.fixture
def proposals(team: Team, tuesday: int, tmp_path: Path) -> Iterator[dict[int, int]]:  # noqa: F811
    """Proposals with two versions in Kempen (Anna's) and in another region, made by the
    owner on the server: version 1 rated and commented. Region id -> the latest version."""
    from coachdesk.application.proposals import add_file
    from coachdesk.domain.vocabulary import Rating
    from coachdesk.services.reviews import AssessmentInput
    from tests.proposal_files import V1, V2, sections_as_pdf

    owner = open_team_services(team.url("postgres").replace("+psycopg", ""))
    latest: dict[int, int] = {}
    try:
        other = next(r.id for r in owner.contacts.regions() if r.id != tuesday)
        for region in (tuesday, other):
            proposal = owner.proposals.create(region)
            (tmp_path / str(region)).mkdir()
            versions = []
            for number, text in ((1, V1), (2, V2)):
                path = tmp_path / str(region) / f"Projectvoorstel_v{number}.pdf"
                path.write_bytes(sections_as_pdf(  # another file in each region
                    {**text, "Contact": [f"Regio nummer {region}."]}))
                versions.append(add_file(owner, proposal, path, date(2026, 3, number)))
            criterion = owner.criteria.criteria(active_only=True)[0]
            owner.reviews.save_assessments(versions[0].id, [AssessmentInput(
                criterion.id, Rating.WEAK, "Te vaag")])
            owner.reviews.add_comment(versions[0].id, None, "p. 1", "Doelgroep verduidelijken")
            latest[region] = versions[1].id
        owner.contacts.save_person(PersonRow(None, "Jan Peeters"))
        yield latest
    finally:
        owner.close()


def server_state(team: Team) -> dict[str, dict[str, str]]:  # noqa: F811
    from coachdesk.db.travel import snapshot

    engine = make_server_engine(team.url("postgres"))
    try:
        with engine.connect() as con:
            return snapshot(con)
    finally:
        engine.dispose()


def open_review(qtbot, window: MainWindow, region_id: int, version_id: int):  # type: ignore[no-untyped-def]
    page = window.page("proposals")
    window.show_page(window.pages.index(page))
    page.open_item(region_id)
    page.open_review(version_id)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.review.isVisible() and bool(page.review.criteria.editors))  # type: ignore[attr-defined]
    return page


def test_the_review_and_double_clicks_refuse_headquarters_with_the_reason(  # type: ignore[no-untyped-def]
        qtbot, team: Team, headquarters: Services, proposals: dict[int, int],  # noqa: F811
        monkeypatch, tmp_path: Path) -> None:
    """The ratings, the criterion comments and the earlier comments' status are greyed out
    with the reason; a file dropped on the proposal, Ctrl+S and the lists' double-clicks that
    would edit say why in the status bar; nothing reaches the server. The window has no way to
    edit a review comment's text, so nothing offers it."""
    from PySide6.QtWidgets import QDialog

    from coachdesk.ui.pages.contacts.forms import PersonForm

    opened: list[object] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(PersonForm, "ask", classmethod(lambda cls, *a: opened.append(a)))
    before = server_state(team)
    ctx: AppContext = make_ctx(headquarters)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    kempen, latest = next(iter(proposals.items()))
    page = open_review(qtbot, window, kempen, latest)
    review = page.review
    assert review.earlier.items, "version 1's comment is carried to version 2"
    for control in ([w for e in review.criteria.editors for w in (e.rating, e.comment)]
                    + [i.status for i in review.earlier.items]):
        assert not control.isEnabled() and control.toolTip() == HQ_REASON
    qtbot.wait(300)  # the PDF's first page is drawn
    for tab, name in ((review.criteria, "criteria"), (review.earlier, "earlier")):
        review.tabs.setCurrentWidget(tab)
        for folder in (str(tmp_path), os.environ.get("COACHDESK_SCREENSHOTS")):
            if folder:
                window.grab().save(os.path.join(folder, f"headquarters-review-{name}.png"))
    review.save()  # Ctrl+S (its shortcut is off too) and going back store nothing
    assert window.statusBar().currentMessage() == HQ_REASON
    review.go_back()

    window.statusBar().clearMessage()
    page.detail.add_requested.emit(tmp_path / str(kempen) / "Projectvoorstel_v2.pdf")  # a drop
    assert window.statusBar().currentMessage() == HQ_REASON

    contacts = window.page("contacts")
    window.show_page(window.pages.index(contacts))
    qtbot.waitUntil(lambda: contacts.people.model().rowCount() > 0)  # type: ignore[attr-defined]
    window.statusBar().clearMessage()
    contacts.people.row_activated.emit(contacts.people.source.rows()[0])  # type: ignore[attr-defined]
    assert window.statusBar().currentMessage() == HQ_REASON

    regions = window.page("regions")
    window.show_page(window.pages.index(regions))
    regions.open_item(kempen)
    qtbot.waitUntil(lambda: regions.current_region_id() == kempen)  # type: ignore[attr-defined]
    for signal, argument in ((regions.municipality_tab.status_requested, []),  # type: ignore[attr-defined]
                             (regions.candidacies.status_requested, None),  # type: ignore[attr-defined]
                             (regions.timeline.correct_requested, None)):  # type: ignore[attr-defined]
        window.statusBar().clearMessage()
        signal.emit(argument)
        assert window.statusBar().currentMessage() == HQ_REASON
    assert not opened
    assert not ctx.errors.expected and not ctx.errors.unexpected  # type: ignore[attr-defined]
    assert server_state(team) == before


def test_a_coach_on_the_team_database_reviews_only_her_regions(  # type: ignore[no-untyped-def]
        qtbot, team: Team, proposals: dict[int, int], tuesday: int) -> None:  # noqa: F811
    services = open_team_services(team.url(team.coach).replace("+psycopg", ""))
    try:
        ctx: AppContext = make_ctx(services)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        for region_id, version_id in proposals.items():
            page = open_review(qtbot, window, region_id, version_id)
            review = page.review
            allowed = region_id == tuesday
            for control in (review.criteria.editors[0].rating, review.earlier.items[0].status,
                            review.save_button, review.comments.add_button):
                assert control.isEnabled() is allowed
                assert control.toolTip() == ("" if allowed else
                                             "Alleen-lezen hier: je coacht deze regio niet")
            review.go_back()
        window.statusBar().clearMessage()
        page.detail.add_requested.emit(Path("elders.pdf"))  # the other region's, dropped
        assert window.statusBar().currentMessage() == "Alleen-lezen hier: je coacht deze regio niet"
        assert not ctx.errors.expected  # type: ignore[attr-defined]
    finally:
        services.close()
