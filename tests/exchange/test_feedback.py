"""The feedback document, read back with python-docx: every criterion, rating and comment."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document

from coachdesk.domain.feedback import FeedbackComment, FeedbackCriterion, FeedbackReport
from coachdesk.domain.vocabulary import CommentStatus, Rating
from coachdesk.exchange.feedback import feedback_html, write_feedback_docx
from tests.platforms import mode_is

CRITERIA = (
    FeedbackCriterion("Netwerkleiderschap en governance", "", Rating.SUFFICIENT, Rating.WEAK,
                      "De stuurgroep is nu duidelijk."),
    FeedbackCriterion("Personeel en budget", "", Rating.WEAK, Rating.WEAK, ""),
    FeedbackCriterion("Monitoring en leren", "", None, None, ""),
)


def report() -> FeedbackReport:
    return FeedbackReport(
        region="Regio Brugge", title="Samen sterk", promotor="Brugge", version_number=2,
        file_name="Projectvoorstel_v2.docx", received_on=date(2026, 10, 20),
        written_on=date(2026, 10, 22), coach="Lies Claes", criteria=CRITERIA,
        comments=(FeedbackComment("Personeel en budget", "p. 4", "Begroting per jaar?",
                                  CommentStatus.OPEN, 2),),
        addressed=(FeedbackComment("Actieplan", "Actieplan", "Meer stages.",
                                   CommentStatus.ADDRESSED, 1),),
        still_open=(FeedbackComment("", "", "Handtekening van de schepen ontbreekt.",
                                    CommentStatus.OPEN, 1),),
        previous_number=1)


def all_text(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_docx_holds_every_criterion_rating_and_comment(tmp_path: Path) -> None:
    target = write_feedback_docx(report(), tmp_path / "feedback.docx")
    text = all_text(target)
    for c in CRITERIA:
        assert c.name in text
    assert "Oordeel: voldoende (versie 1: zwak)" in text
    assert "nog niet beoordeeld" in text
    assert "De stuurgroep is nu duidelijk." in text
    assert "Personeel en budget · p. 4: Begroting per jaar?" in text
    assert "Actieplan: Meer stages." in text
    assert "Handtekening van de schepen ontbreekt. (versie 1)" in text
    assert "Lies Claes" in text and "20/10/2026" in text
    assert mode_is(target, 0o600)
    assert [p.name for p in tmp_path.iterdir()] == ["feedback.docx"]


def test_headings_make_a_navigable_document(tmp_path: Path) -> None:
    document = Document(str(write_feedback_docx(report(), tmp_path / "f.docx")))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:2] == ["Overzicht van de beoordeling", "Beoordeling per criterium"]
    assert "Verwerkt sinds versie 1" in headings and "Nog open uit vorige versies" in headings


def test_a_first_version_has_no_section_about_earlier_comments(tmp_path: Path) -> None:
    first = FeedbackReport(**{**report().__dict__, "previous_number": None, "addressed": (),
                              "still_open": (), "version_number": 1})
    text = all_text(write_feedback_docx(first, tmp_path / "f.docx"))
    assert "Verwerkt sinds" not in text and "Nog open" not in text


def test_html_version_escapes_and_holds_the_same_facts() -> None:
    odd = FeedbackReport(**{**report().__dict__, "title": "<b>Samen</b> & sterk"})
    page = feedback_html(odd)
    assert "&lt;b&gt;Samen&lt;/b&gt; &amp; sterk" in page
    assert "Begroting per jaar?" in page and "voldoende" in page
