"""Proposals: add versions of real files, review them, follow comments, compare, feed back."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from coachdesk.db.models import ProposalFile, ProposalVersion
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.textdiff import Change
from coachdesk.domain.vocabulary import (
    CommentStatus,
    ProposalStatus,
    Rating,
    TextStatus,
    VersionStatus,
)
from coachdesk.exchange.documents import read_document
from coachdesk.services.container import Services
from coachdesk.services.proposals import ProposalEdit
from coachdesk.services.reviews import AssessmentInput
from tests.proposal_files import (
    ADDED_SENTENCE,
    REMOVED_SENTENCE,
    V1,
    V2,
    blank_pdf,
    docx_bytes,
    sections_as_pdf,
)

DAY1, DAY2 = date(2026, 10, 1), date(2026, 10, 20)


def region_id(services: Services, name: str = "Regio Brugge") -> int:
    return next(r.region_id for r in services.proposals.overview() if r.region == name)


def add(services: Services, proposal_id: int, name: str, data: bytes, on: date = DAY1):
    return services.proposals.add_version(proposal_id, name, data, on, read_document(name, data))


@pytest.fixture
def proposal_id(services: Services) -> int:
    return services.proposals.create(region_id(services))


def version_count(services: Services) -> int:
    with services.db.session_factory() as s:
        return s.scalar(select(func.count()).select_from(ProposalVersion)) or 0


def test_every_region_is_listed_and_a_new_proposal_waits_for_its_first_draft(
        services: Services, proposal_id: int) -> None:
    rows = services.proposals.overview()
    assert len(rows) == 18
    brugge = next(r for r in rows if r.region == "Regio Brugge")
    assert brugge.proposal_id == proposal_id and brugge.status == ProposalStatus.DRAFTING
    assert brugge.title == "Projectvoorstel Regio Brugge" and brugge.version_count == 0
    assert sum(1 for r in rows if r.proposal_id is None) == 17
    with pytest.raises(ValidationError):
        services.proposals.create(region_id(services))


def test_adding_versions_stores_file_text_and_marks_the_proposal_in_review(
        services: Services, proposal_id: int) -> None:
    first = add(services, proposal_id, "Projectvoorstel_v1.docx", docx_bytes(V1))
    second = add(services, proposal_id, "Projectvoorstel_v2.pdf", sections_as_pdf(V2), DAY2)
    assert (first.number, second.number) == (1, 2)
    assert second.page_count == 3 and second.text_status == TextStatus.OK
    assert services.proposals.file(first.id) == ("Projectvoorstel_v1.docx", docx_bytes(V1))
    assert ADDED_SENTENCE in services.proposals.text(second.id)
    row = next(r for r in services.proposals.overview() if r.proposal_id == proposal_id)
    assert row.status == ProposalStatus.IN_REVIEW
    assert (row.version_count, row.latest_number, row.waiting) == (2, 2, 2)
    assert row.latest_received == DAY2


def test_the_same_file_twice_is_refused_naming_the_earlier_version(
        services: Services, proposal_id: int) -> None:
    add(services, proposal_id, "v1.docx", docx_bytes(V1))
    with pytest.raises(ValidationError) as caught:
        add(services, proposal_id, "kopie van v1.docx", docx_bytes(V1))
    assert "version 1 of Regio Brugge" in str(caught.value)
    assert caught.value.params["number"] == 1
    assert version_count(services) == 1


def test_a_pdf_without_text_is_kept_as_text_unavailable(services: Services,
                                                        proposal_id: int) -> None:
    version = add(services, proposal_id, "scan.pdf", blank_pdf(3))
    assert version.text_status == TextStatus.UNAVAILABLE and version.page_count == 3
    assert services.proposals.file(version.id)[1] == blank_pdf(3)


def test_a_future_date_received_stores_nothing(services: Services, proposal_id: int) -> None:
    with pytest.raises(ValidationError):
        add(services, proposal_id, "v1.docx", docx_bytes(V1), date(2999, 1, 1))
    with services.db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(ProposalFile)) == 0
    assert version_count(services) == 0


def rate_all(services: Services, version_id: int, rating: Rating) -> list[int]:
    criteria = [c.id for c in services.criteria.criteria(active_only=True)]
    services.reviews.save_assessments(version_id, [
        AssessmentInput(c, rating, f"opmerking {n}") for n, c in enumerate(criteria)])
    return criteria


def test_review_of_the_second_version_carries_the_open_comments_of_the_first(
        services: Services, proposal_id: int) -> None:
    v1 = add(services, proposal_id, "v1.docx", docx_bytes(V1))
    criteria = rate_all(services, v1.id, Rating.WEAK)
    assert services.proposals.version(v1.id).status == VersionStatus.REVIEWED
    kept = services.reviews.add_comment(v1.id, criteria[6], "Personeel en budget", "Begroting?")
    done = services.reviews.add_comment(v1.id, criteria[3], "p. 2", "Meer stages graag.")
    v2 = add(services, proposal_id, "v2.docx", docx_bytes(V2), DAY2)
    services.reviews.set_comment_status(done.id, CommentStatus.ADDRESSED, v2.id)
    review = services.reviews.review(v2.id)
    assert review.previous is not None and review.previous.id == v1.id
    assert {c.id: c.status for c in review.carried} == {
        kept.id: CommentStatus.OPEN, done.id: CommentStatus.ADDRESSED}
    assert review.previous_ratings[criteria[0]] == Rating.WEAK
    assert review.assessments == {}
    with pytest.raises(ValidationError):  # settled in an earlier version: refused
        services.reviews.set_comment_status(done.id, CommentStatus.ADDRESSED, v1.id)


def test_renaming_or_deactivating_a_criterion_keeps_past_assessments(
        services: Services, proposal_id: int) -> None:
    v1 = add(services, proposal_id, "v1.docx", docx_bytes(V1))
    criteria = rate_all(services, v1.id, Rating.SUFFICIENT)
    from coachdesk.services.criteria import CriterionEdit

    services.criteria.update(criteria[0], CriterionEdit("Governance", "", active=False))
    review = services.reviews.review(v1.id)
    assert review.criteria[0].name == "Governance"
    assert review.assessments[criteria[0]].rating == Rating.SUFFICIENT
    with pytest.raises(ValidationError):
        services.criteria.delete(criteria[0])
    new = services.criteria.add("Communicatie", "Hoe maakt het netwerk zich bekend?")
    services.criteria.delete(new.id)
    order = [c.id for c in services.criteria.criteria()]
    services.criteria.reorder(list(reversed(order)))
    assert [c.id for c in services.criteria.criteria()] == list(reversed(order))


def test_comparison_shows_the_known_changes_and_the_ratings_matrix(
        services: Services, proposal_id: int) -> None:
    v1 = add(services, proposal_id, "v1.docx", docx_bytes(V1))
    v2 = add(services, proposal_id, "v2.pdf", sections_as_pdf(V2), DAY2)
    rate_all(services, v1.id, Rating.WEAK)
    rate_all(services, v2.id, Rating.STRONG)
    comparison = services.reviews.compare(v1.id, v2.id)
    texts = {(p.change, p.pieces[0].text) for p in comparison.diff.paragraphs
             if not p.is_modified}
    assert (Change.ADDED, ADDED_SENTENCE) in texts
    assert (Change.REMOVED, REMOVED_SENTENCE) in texts
    changed = [p for p in comparison.diff.paragraphs if p.is_modified]
    assert [(x.change, x.text) for x in changed[0].pieces if x.change != Change.SAME] == [
        (Change.REMOVED, "twintig"), (Change.ADDED, "veertig")]
    budget = "Het budget bedraagt 240.000 euro over drie jaar."
    assert (Change.SAME, budget) in texts
    matrix = services.reviews.matrix(proposal_id)
    first = matrix.criteria[0].id
    assert [matrix.ratings[(first, v.id)] for v in matrix.versions] == [Rating.WEAK, Rating.STRONG]


def test_proposal_details_can_be_edited(services: Services, proposal_id: int) -> None:
    edit = ProposalEdit("Samen sterk in Brugge", "Brugge, Damme", date(2027, 3, 1),
                        ProposalStatus.READY)
    services.proposals.update(proposal_id, edit)
    detail = services.proposals.detail(proposal_id)
    assert (detail.title, detail.partners, detail.deadline, detail.status) == (
        edit.title, edit.partners, edit.deadline, edit.status)
    with pytest.raises(ValidationError):
        services.proposals.update(proposal_id, ProposalEdit(" ", "", None, ProposalStatus.READY))


def test_a_wrongly_added_latest_version_can_be_deleted_with_its_review(
        services: Services, proposal_id: int) -> None:
    v1 = add(services, proposal_id, "v1.docx", docx_bytes(V1))
    comment = services.reviews.add_comment(v1.id, None, "", "Handtekening ontbreekt.")
    v2 = add(services, proposal_id, "verkeerd.pdf", sections_as_pdf(V2), DAY2)
    rate_all(services, v2.id, Rating.STRONG)
    services.reviews.set_comment_status(comment.id, CommentStatus.ADDRESSED, v2.id)
    with pytest.raises(ValidationError):
        services.proposals.delete_version(v1.id)  # not the latest
    services.proposals.delete_version(v2.id)
    assert [v.number for v in services.proposals.detail(proposal_id).versions] == [1]
    assert services.reviews.review(v1.id).comments[0].status == CommentStatus.OPEN
    assert services.reviews.matrix(proposal_id).ratings == {}
    with services.db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(ProposalFile)) == 1
    again = add(services, proposal_id, "verkeerd.pdf", sections_as_pdf(V2), DAY2)
    assert again.number == 2  # the same file can be added again once deleted
