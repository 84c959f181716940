"""The proposals page, driven as a coach does: add drafts, review, compare, send feedback."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QMessageBox

from coachdesk.domain.vocabulary import CommentStatus, Rating, VersionStatus
from coachdesk.ui.context import AppContext
from coachdesk.ui.events import PROPOSALS, Changes
from coachdesk.ui.pages.proposals.adding import AddVersionDialog
from coachdesk.ui.pages.proposals.criteria_dialog import CriteriaDialog
from coachdesk.ui.pages.proposals.export import ExportTarget
from coachdesk.ui.pages.proposals.page import ProposalsPage
from tests.proposal_files import (
    ADDED_SENTENCE,
    REMOVED_SENTENCE,
    V1,
    V2,
    blank_pdf,
    docx_bytes,
    encrypted_pdf,
    no_pages_pdf,
    sections_as_pdf,
)
from tests.platforms import mode_is

TODAY = date.today()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def page(qtbot, ctx: AppContext) -> ProposalsPage:  # type: ignore[no-untyped-def]
    widget = ProposalsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    widget.activate()
    return widget


def select_region(page: ProposalsPage, name: str) -> None:
    model = page.overview.model()
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == name:
            page.overview.setCurrentIndex(model.index(r, 0))
            return
    raise AssertionError(name)


def brugge_with_proposal(qtbot, page: ProposalsPage) -> None:  # type: ignore[no-untyped-def]
    select_region(page, "Regio Brugge")
    assert page.detail.empty_text.text() == "Regio Brugge heeft nog geen voorstel."
    qtbot.mouseClick(page.detail.create_button, Qt.MouseButton.LeftButton)
    assert page.detail.stack.currentIndex() == 1


def add_file(page: ProposalsPage, monkeypatch, path: Path, on: date = TODAY) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(AddVersionDialog, "ask", classmethod(lambda cls, p, parent=None: (path, on)))
    page.detail.buttons["add"].click()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def version_numbers(page: ProposalsPage) -> list[int]:
    return sorted(v.number for v in page.detail.versions.source.rows())


def test_the_list_shows_every_region_and_offers_to_create_a_proposal(qtbot, page: ProposalsPage,
                                                                    ctx: AppContext) -> None:
    assert page.overview.model().rowCount() == 18
    assert page.header.subtitle.text() == "Geen ontwerpen die op beoordeling wachten."
    brugge_with_proposal(qtbot, page)
    select_region(page, "Regio Brugge")
    status = page.overview.model().index(page.overview.currentIndex().row(), 1).data()
    assert status == "in opmaak"
    assert page.detail.title_label.text().endswith("Projectvoorstel Regio Brugge")


def test_a_coach_adds_two_drafts_reviews_compares_and_exports(
        qtbot, page: ProposalsPage, ctx: AppContext, tmp_path: Path, monkeypatch,
        warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    brugge_with_proposal(qtbot, page)
    add_file(page, monkeypatch, write(tmp_path, "Projectvoorstel_v1.docx", docx_bytes(V1)))
    assert version_numbers(page) == [1]
    assert page.header.subtitle.text() == "1 ontwerp wacht op beoordeling."

    # review v1: the document with its headings beside the criteria
    qtbot.keyClick(page.detail.versions, Qt.Key.Key_Return)
    review = page.review
    assert page.modes.currentWidget() is review
    assert "Actieplan voor participatietrajecten" in review.document.shown_text()
    editors = review.criteria.editors
    assert len(editors) == 9
    editors[0].rating.setCurrentIndex(editors[0].rating.findData(Rating.WEAK.value))
    qtbot.keyClicks(editors[0].comment, "Wie zit in de stuurgroep?")
    assert "Nog niet bewaard" in review.criteria.summary.text()
    qtbot.keyClick(review, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    comments = review.comments
    comments.criterion.setCurrentIndex(comments.criterion.findText("Personeel en budget"))
    comments.location.setCurrentText("Personeel en budget")
    qtbot.keyClicks(comments.text, "Geef de begroting per jaar.")
    qtbot.mouseClick(comments.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(comments.text, "Meer kennismakingsstages graag.")
    qtbot.mouseClick(comments.add_button, Qt.MouseButton.LeftButton)
    assert comments.list.count() == 2
    assert review.tabs.tabText(1) == "O&pmerkingen (2)"
    qtbot.keyClick(review, Qt.Key.Key_Escape)
    assert page.modes.currentIndex() == 0

    # v2 arrives as a PDF, dropped on the proposal
    v2 = write(tmp_path, "Projectvoorstel_v2.pdf", sections_as_pdf(V2))
    monkeypatch.setattr(AddVersionDialog, "ask", classmethod(lambda cls, p, parent=None: (p, TODAY)))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(v2))])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    page.detail.dropEvent(drop)  # offscreen Qt delivers no synthetic drops: call the handler
    assert drop.isAccepted()
    assert version_numbers(page) == [1, 2]

    # review v2: the open comments of v1 are listed; one is marked addressed
    page.detail.buttons["review"].click()
    review = page.review
    assert review.document.shows_pdf() and review.document.page_count() == 3
    earlier = review.earlier.items
    assert [e.comment.text for e in earlier] == ["Geef de begroting per jaar.",
                                                 "Meer kennismakingsstages graag."]
    assert review.tabs.tabText(2) == "&Eerdere opmerkingen (2 open)"
    stages = earlier[1].status
    stages.setFocus()
    qtbot.keyClick(stages, Qt.Key.Key_Down)
    assert review.tabs.tabText(2) == "&Eerdere opmerkingen (1 open)"
    for editor in review.criteria.editors:
        editor.rating.setCurrentIndex(editor.rating.findData(Rating.SUFFICIENT.value))
    assert review.criteria.editors[0].previous.text() == "Versie 1: zwak"
    qtbot.mouseClick(review.back_button, Qt.MouseButton.LeftButton)  # saves on the way out

    stored = ctx.services.reviews.review(review.version_id())
    assert {a.rating for a in stored.assessments.values()} == {Rating.SUFFICIENT}
    assert stored.version.status == VersionStatus.REVIEWED
    assert [c.status for c in stored.carried] == [CommentStatus.OPEN, CommentStatus.ADDRESSED]

    # compare v1 and v2: the known changes and the ratings matrix
    page.detail.buttons["compare"].click()
    comparison = page.comparison
    shown = comparison.text.toPlainText()
    assert ADDED_SENTENCE in shown and REMOVED_SENTENCE in shown
    assert "1 alinea toegevoegd" in comparison.summary.text()
    matrix = comparison.matrix_model
    assert (matrix.rowCount(), matrix.columnCount()) == (9, 2)
    assert [matrix.index(0, c).data() for c in range(2)] == ["zwak", "voldoende"]
    qtbot.keyClick(comparison, Qt.Key.Key_Escape)

    # feedback for the promotor, read back
    target = tmp_path / "feedback.docx"
    monkeypatch.setattr(ExportTarget, "ask", classmethod(lambda cls, parent, folder, name: target))
    page.detail.buttons["export"].click()
    document = Document(str(target))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])
    for editor in review.criteria.editors:
        assert editor.criterion.name in text
    assert "Oordeel: voldoende (versie 1: zwak)" in text
    assert "Personeel en budget: Meer kennismakingsstages graag." in text
    assert "Personeel en budget · Personeel en budget: Geef de begroting per jaar. (versie 1)" in text
    assert warnings == []


def test_the_feedback_prints_to_pdf(qtbot, page: ProposalsPage, tmp_path: Path,
                                    monkeypatch) -> None:  # type: ignore[no-untyped-def]
    brugge_with_proposal(qtbot, page)
    add_file(page, monkeypatch, write(tmp_path, "v1.pdf", sections_as_pdf(V1)))
    target = tmp_path / "feedback.pdf"
    monkeypatch.setattr(ExportTarget, "ask", classmethod(lambda cls, parent, folder, name: target))
    page.detail.buttons["export"].click()
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(target)).pages)
    assert "Feedback op versie 1" in text and "Netwerkleiderschap" in text
    assert mode_is(target, 0o600)


BAD = [
    ("leeg.pdf", b"", "leeg.pdf is leeg (0 bytes)"),
    ("kapot.pdf", b"%PDF-1.4\n" + b"\x00" * 400, "kapot.pdf is beschadigd"),
    ("oud.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
     "oud.docx is een oud Word-document (.doc)"),
    ("geheim.pdf", encrypted_pdf(), "geheim.pdf is beveiligd met een wachtwoord"),
    ("nul.pdf", no_pages_pdf(), "nul.pdf is een PDF zonder pagina's"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_files_get_a_clear_message_and_store_nothing(
        qtbot, page: ProposalsPage, ctx: AppContext, tmp_path: Path, monkeypatch,
        warnings: list[str], name: str, data: bytes, message: str) -> None:  # type: ignore[no-untyped-def]
    brugge_with_proposal(qtbot, page)
    add_file(page, monkeypatch, write(tmp_path, name, data))
    assert len(warnings) == 1 and warnings[0].startswith(message)
    assert version_numbers(page) == []
    assert ctx.services.maintenance.counts().get("proposal_versions", 0) == 0


def test_a_200_mb_file_is_refused_without_reading_it(qtbot, page: ProposalsPage, tmp_path: Path,
                                                     monkeypatch, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    huge = tmp_path / "scan.pdf"
    with open(huge, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no 200 MB written to disk
    brugge_with_proposal(qtbot, page)
    add_file(page, monkeypatch, huge)
    assert warnings == ["scan.pdf is 200,0 MB; CoachDesk neemt bestanden tot 50,0 MB. "
                        "Vraag een kleinere PDF (zonder ingescande pagina's)."]
    assert version_numbers(page) == []


def test_the_same_file_twice_names_the_earlier_version(qtbot, page: ProposalsPage, tmp_path: Path,
                                                       monkeypatch, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    brugge_with_proposal(qtbot, page)
    add_file(page, monkeypatch, write(tmp_path, "v1.docx", docx_bytes(V1)))
    add_file(page, monkeypatch, write(tmp_path, "kopie.docx", docx_bytes(V1)))
    assert warnings == ["kopie.docx werd al toegevoegd als versie 1 van Regio Brugge (v1.docx): "
                        "er werd niets toegevoegd."]
    assert version_numbers(page) == [1]


def test_the_original_opens_from_a_private_copy(qtbot, page: ProposalsPage, tmp_path: Path,
                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    brugge_with_proposal(qtbot, page)
    add_file(page, monkeypatch, write(tmp_path, "v1.docx", docx_bytes(V1)))
    page.detail.buttons["original"].click()
    copy = Path(opened[0].toLocalFile())
    assert copy.read_bytes() == docx_bytes(V1) and copy.name == "v1.docx"
    assert mode_is(copy, 0o600)
    assert mode_is(copy.parent, 0o700)


def test_criteria_can_be_renamed_and_reordered(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = CriteriaDialog(ctx)
    qtbot.addWidget(dialog)
    first = dialog.list.item(0).text()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Governance van het netwerk")
    dialog.apply_button.click()
    assert dialog.list.item(0).text() == "Governance van het netwerk"
    dialog.move(1)
    assert dialog.list.item(1).text() == "Governance van het netwerk"
    assert dialog.list.currentRow() == 1
    names = [c.name for c in ctx.services.criteria.criteria()]
    assert names[1] == "Governance van het netwerk" and first not in names


def test_matrix_model_passes_the_model_tester(qtbot, qtmodeltester, page: ProposalsPage,
                                              ctx: AppContext, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    brugge_with_proposal(qtbot, page)
    add_file(page, monkeypatch, write(tmp_path, "v1.docx", docx_bytes(V1)))
    add_file(page, monkeypatch, write(tmp_path, "v2.docx", docx_bytes(V2)))
    page.detail.buttons["compare"].click()
    qtmodeltester.check(page.comparison.matrix_model)
    qtmodeltester.check(page.overview.source)
    qtmodeltester.check(page.detail.versions.source)


def test_a_scan_without_text_is_stored_and_reviewed_from_the_original(
        qtbot, page: ProposalsPage, tmp_path: Path, monkeypatch, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    brugge_with_proposal(qtbot, page)
    add_file(page, monkeypatch, write(tmp_path, "scan.pdf", blank_pdf(2)))
    assert warnings == ["Versie 1 is toegevoegd, maar de tekst kon niet gelezen worden (tekst niet "
                        "beschikbaar): beoordeel ze vanuit het origineel."]
    assert page.detail.versions.model().index(0, 6).data() == "tekst niet beschikbaar"
    page.detail.buttons["review"].click()
    assert page.review.document.shows_pdf()  # the pages themselves still show
    assert len(page.review.criteria.editors) == 9


def test_a_version_added_by_mistake_is_deleted_after_confirmation(
        qtbot, page: ProposalsPage, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    brugge_with_proposal(qtbot, page)
    add_file(page, monkeypatch, write(tmp_path, "v1.docx", docx_bytes(V1)))
    add_file(page, monkeypatch, write(tmp_path, "verkeerd.docx", docx_bytes(V2)))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    page.detail.buttons["delete"].click()
    assert "Versie 2 (verkeerd.docx)" in asked[0]
    assert version_numbers(page) == [1]


def test_only_changes_hides_unchanged_paragraphs(qtbot, page: ProposalsPage, tmp_path: Path,
                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    brugge_with_proposal(qtbot, page)
    add_file(page, monkeypatch, write(tmp_path, "v1.docx", docx_bytes(V1)))
    add_file(page, monkeypatch, write(tmp_path, "v2.docx", docx_bytes(V2)))
    page.detail.buttons["compare"].click()
    budget = "Het budget bedraagt 240.000 euro over drie jaar."
    assert budget in page.comparison.text.toPlainText()
    page.comparison.only_changes.click()
    shown = page.comparison.text.toPlainText()
    assert budget not in shown and ADDED_SENTENCE in shown and "…" in shown


def test_leaving_the_page_keeps_a_half_finished_review(qtbot, page: ProposalsPage, ctx: AppContext,
                                                       tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    brugge_with_proposal(qtbot, page)
    add_file(page, monkeypatch, write(tmp_path, "v1.docx", docx_bytes(V1)))
    page.detail.buttons["review"].click()
    editor = page.review.criteria.editors[2]
    qtbot.keyClicks(editor.comment, "Cijfers per gemeente?")
    page.deactivate()
    stored = ctx.services.reviews.review(page.review.version_id())
    assert stored.assessments[editor.criterion.id].comment == "Cijfers per gemeente?"


def test_the_criteria_dialog_is_in_the_edit_menu(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from coachdesk.ui.main_window import MainWindow

    opened: list[bool] = []
    monkeypatch.setattr(CriteriaDialog, "ask", classmethod(lambda cls, c, parent=None: opened.append(True)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    action = next(a for a in window.menus["edit"].actions()
                  if a.text() == "&Criteria van de voorstellen…")
    action.trigger()
    assert opened == [True]


def test_marking_a_comment_addressed_and_saving_ratings_can_be_undone(
        qtbot, page: ProposalsPage, ctx: AppContext, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    brugge_with_proposal(qtbot, page)
    add_file(page, monkeypatch, write(tmp_path, "v1.docx", docx_bytes(V1)))
    first = ctx.services.proposals.detail(page.detail.detail.id).versions[0]
    ctx.services.reviews.add_comment(first.id, None, "", "Handtekening ontbreekt.")
    add_file(page, monkeypatch, write(tmp_path, "v2.docx", docx_bytes(V2)))
    page.detail.buttons["review"].click()
    review = page.review
    assert review.tabs.currentWidget() is review.earlier  # open comments first
    combo = review.earlier.items[0].status
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert review.tabs.tabText(2) == "&Eerdere opmerkingen (0 open)"
    # the list is rebuilt; the keyboard stays on the comment just marked
    assert review.earlier.items[0].status.hasFocus()
    editor = review.criteria.editors[0]
    editor.rating.setCurrentIndex(editor.rating.findData(Rating.STRONG.value))
    review.save()
    assert ctx.services.reviews.review(review.version_id()).assessments[editor.criterion.id].rating \
        == Rating.STRONG
    ctx.undo_stack.undo()
    assert editor.rating.currentData() is None  # the view follows the undo
    ctx.undo_stack.undo()
    assert review.tabs.tabText(2) == "&Eerdere opmerkingen (1 open)"
    assert review.earlier.items[0].status.currentText() == "open"


def test_a_pdf_that_qtpdf_cannot_show_falls_back_to_its_text_per_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    from coachdesk.domain.documents import DocumentText
    from coachdesk.ui.pages.proposals.document_view import DocumentPane

    pane = DocumentPane()
    qtbot.addWidget(pane)
    assert pane.show_pdf(b"%PDF-1.4 stuk", DocumentText("pdf", "eerste\ftweede", 2)) is False
    shown = pane.shown_text()
    assert "Pagina 1" in shown and "Pagina 2" in shown and "tweede" in shown


def test_editing_the_proposal_stores_title_deadline_and_status(
        qtbot, page: ProposalsPage, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from coachdesk.domain.vocabulary import ProposalStatus
    from coachdesk.services.proposals import ProposalEdit
    from coachdesk.ui.pages.proposals.dialogs import ProposalDialog

    brugge_with_proposal(qtbot, page)
    dialog = ProposalDialog(page.detail.detail, "nl")
    qtbot.addWidget(dialog)
    assert dialog.status.currentText() == "in opmaak" and not dialog.deadline.isEnabled()
    edit = ProposalEdit("Samen sterk", "Brugge, Damme", date(2027, 1, 31), ProposalStatus.READY)
    monkeypatch.setattr(ProposalDialog, "ask", classmethod(lambda cls, d, lang, parent=None: edit))
    page.detail.buttons["edit"].click()
    assert page.detail.facts["deadline"].text() == "31/01/2027"
    assert page.detail.facts["status"].text() == "klaar voor indiening"
    ctx.undo_stack.undo()
    assert page.detail.facts["status"].text() == "in opmaak"


def test_a_draft_is_read_on_the_background_thread(qtbot, services, tmp_path: Path,
                                                  monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import make_ctx

    threaded = make_ctx(services, synchronous=False)
    page = ProposalsPage(threaded)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.activate()
    region = next(r for r in services.proposals.overview() if r.region == "Regio Brugge")
    proposal = services.proposals.create(region.region_id)
    with qtbot.waitSignal(page.detail.versions.source.modelReset, timeout=10000):
        page.open_item(region.region_id)
        threaded.events.announce(Changes.of(PROPOSALS, ids=[proposal]))
    path = write(tmp_path, "v1.pdf", sections_as_pdf(V1))
    monkeypatch.setattr(AddVersionDialog, "ask", classmethod(lambda cls, p, parent=None: (path, TODAY)))
    with qtbot.waitSignal(threaded.events.changed, timeout=10000) as changed:
        page.detail.buttons["add"].click()
    assert changed.args == [Changes.of(PROPOSALS, ids=[proposal])]
    qtbot.waitUntil(lambda: version_numbers(page) == [1], timeout=10000)
    threaded.runner.wait()
    assert not threaded.errors.unexpected  # type: ignore[attr-defined]


def test_an_earlier_comment_shows_its_place_in_the_document(
        qtbot, page: ProposalsPage, ctx: AppContext, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    brugge_with_proposal(qtbot, page)
    add_file(page, monkeypatch, write(tmp_path, "v1.pdf", sections_as_pdf(V1)))
    first = ctx.services.proposals.detail(page.detail.detail.id).versions[0]
    ctx.services.reviews.add_comment(first.id, None, "p. 3", "Begroting per jaar?")
    add_file(page, monkeypatch, write(tmp_path, "v2.pdf", sections_as_pdf(V2)))
    page.detail.buttons["review"].click()
    navigator = page.review.document.pdf_view.pageNavigator()
    assert navigator.currentPage() == 0
    show = page.review.earlier.items[0].findChild(QPushButton)
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert navigator.currentPage() == 2
    assert page.review.comments.location.currentText() == "p. 3"  # new comments follow the view


def test_a_comment_on_a_section_finds_its_heading_in_a_word_draft(
        qtbot, page: ProposalsPage, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    brugge_with_proposal(qtbot, page)
    add_file(page, monkeypatch, write(tmp_path, "v1.docx", docx_bytes(V1)))
    page.detail.buttons["review"].click()
    document = page.review.document
    assert page.review.comments.location.findText("Personeel en budget") > 0
    assert document.go_to("Personeel en budget")
    assert document.text_view.textCursor().selectedText() == "Personeel en budget"
    assert not document.go_to("Bijlage 9")


def test_copies_for_the_system_viewer_are_removed_after_a_day(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import os
    import tempfile

    from coachdesk.ui.pages.proposals import export

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    old = export.open_original("oud.pdf", b"%PDF-1.4")
    os.utime(old.parent, (0, 0))
    new = export.open_original("nieuw.pdf", b"%PDF-1.4")
    assert not old.parent.exists() and new.exists()


def test_copies_for_the_system_viewer_go_when_coachdesk_closes(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import tempfile

    from coachdesk.ui.pages.proposals import export

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    opened = [export.open_original(f"v{n}.pdf", b"%PDF-1.4") for n in range(2)]
    assert all(p.exists() for p in opened)
    export.remove_opened_originals()  # what quitting the application runs
    assert not any(p.parent.exists() for p in opened)
