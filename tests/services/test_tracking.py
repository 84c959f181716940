"""What sync needs from every change, on both engines: versions go up, deletions leave
tombstones, and the records that travel inside their parent move their parent's version."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from coachdesk.db.models import (
    Candidacy,
    CandidacyEvent,
    ContactMoment,
    Criterion,
    Organisation,
    Person,
    ProposalVersion,
    ReviewComment,
    StageChange,
    Tombstone,
)
from coachdesk.domain.vocabulary import CandidacyStatus
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.contacts import OrganisationRow, PersonRow
from coachdesk.services.logbook import MomentDraft, ParticipantRef
from coachdesk.services.progress import StageChangeInput
from tests.proposal_files import V1, docx_bytes
from tests.services.test_proposals import add
from tests.services.test_progress_helpers import region_id

TODAY = date(2026, 3, 12)


def _uuid(services: Services, model: type, row_id: int) -> str:
    with services.db.session_factory() as s:
        return s.scalar(select(model.uuid).where(model.id == row_id))  # type: ignore[attr-defined]


def _version(services: Services, model: type, row_id: int) -> int:
    with services.db.session_factory() as s:
        return s.scalar(select(model.version).where(model.id == row_id))  # type: ignore[attr-defined]


def _tombstones(services: Services) -> set[tuple[str, str, str]]:
    with services.db.session_factory() as s:
        return {(t.table_name, t.uuid, t.kind) for t in s.scalars(select(Tombstone))}


def test_an_edit_raises_the_version_and_an_unchanged_save_does_not(services: Services) -> None:
    jan = services.contacts.save_person(PersonRow(None, "Jan Peeters"))
    assert _version(services, Person, jan) == 1
    services.contacts.save_person(PersonRow(jan, "Jan Peeters", email="jan@mol.be"))
    assert _version(services, Person, jan) == 2
    services.contacts.save_person(PersonRow(jan, "Jan Peeters", email="jan@mol.be"))
    assert _version(services, Person, jan) == 2


def test_changing_a_moments_participants_raises_the_moments_version(services: Services) -> None:
    jan = services.contacts.save_person(PersonRow(None, "Jan Peeters"))
    els = services.contacts.save_person(PersonRow(None, "Els Maes"))
    draft = MomentDraft(date(2026, 3, 4), "phone", None, "Belafspraak", "",
                        [ParticipantRef("person", jan)], [])
    moment, _ = services.logbook.log_moment(draft)
    before = _version(services, ContactMoment, moment)
    draft.participants.append(ParticipantRef("person", els))
    services.logbook.update_moment(moment, draft)
    assert _version(services, ContactMoment, moment) > before
    assert _tombstones(services) == set()  # participants travel inside their moment


def test_merging_people_and_organisations_leaves_tombstones(services: Services) -> None:
    mol = services.contacts.save_organisation(OrganisationRow(None, "Gemeente Mol"))
    ocmw = services.contacts.save_organisation(OrganisationRow(None, "OCMW Mol"))
    jan = services.contacts.save_person(PersonRow(None, "Jan Peeters"))
    dup = services.contacts.save_person(PersonRow(None, "Dhr. Peeters"))
    dropped = {("person", _uuid(services, Person, dup), "deleted"),
               ("organisation", _uuid(services, Organisation, ocmw), "deleted")}
    services.merging.merge_people(jan, dup)
    services.merging.merge_organisations(mol, ocmw)
    assert _tombstones(services) == dropped


def test_removing_a_stage_change_and_a_candidacy_leaves_tombstones(services: Services) -> None:
    kempen = region_id(services, "Kempen")
    informed = next(s.id for s in services.progress.stages() if s.key == "informed")
    change = services.progress.change_stage(
        StageChangeInput(kempen, informed, date(2026, 1, 5), "Overleg"), today=TODAY)
    turnhout = next(m.id for m in services.regions.municipalities(kempen) if m.name == "Turnhout")
    candidacy = services.candidacies.add(kempen, [turnhout], "", CandidacyStatus.PROPOSED,
                                         date(2026, 2, 1), "Grootste stad", today=TODAY)
    with services.db.session_factory() as s:
        events = set(s.scalars(select(CandidacyEvent.uuid)
                               .where(CandidacyEvent.candidacy_id == candidacy)))
    expected = {("stage_change", _uuid(services, StageChange, change), "deleted"),
                ("candidacy", _uuid(services, Candidacy, candidacy), "deleted"),
                *(("candidacy_event", e, "deleted") for e in events)}
    services.progress.remove_change(change)
    services.candidacies.remove(candidacy)
    assert _tombstones(services) == expected


def test_deleting_a_version_a_comment_and_a_criterion_leaves_tombstones(
        services: Services) -> None:
    proposal = services.proposals.create(region_id(services, "Regio Brugge"))
    version = add(services, proposal, "v1.docx", docx_bytes(V1))
    comment = services.reviews.add_comment(version.id, None, "", "Handtekening ontbreekt.")
    criterion = services.criteria.add("Communicatie", "Hoe maakt het netwerk zich bekend?")
    expected = {("review_comment", _uuid(services, ReviewComment, comment.id), "deleted"),
                ("criterion", _uuid(services, Criterion, criterion.id), "deleted"),
                ("proposal_version", _uuid(services, ProposalVersion, version.id), "deleted")}
    services.reviews.delete_comment(comment.id)
    services.criteria.delete(criterion.id)
    services.proposals.delete_version(version.id)
    assert _tombstones(services) == expected


def test_an_erased_person_leaves_an_erased_tombstone(db_path) -> None:  # type: ignore[no-untyped-def]
    services = Services(open_coachdesk_db(db_path, backup_dir=db_path.parent / "backups"))
    try:
        jan = services.contacts.save_person(PersonRow(None, "Jan Peeters"))
        uuid = _uuid(services, Person, jan)
        services.privacy.erase_person(jan)
        assert _tombstones(services) == {("person", uuid, "erased")}
    finally:
        services.close()


def test_a_regions_proposal_gets_the_same_uuid_on_every_laptop(
        services: Services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other = Services(open_coachdesk_db(tmp_path / "other.sqlite"))
    try:
        uuids = []
        for svc in (services, other):
            proposal = svc.proposals.create(region_id(svc, "Regio Brugge"))
            with svc.db.session_factory() as s:
                from coachdesk.db.models import Proposal

                uuids.append(s.scalar(select(Proposal.uuid).where(Proposal.id == proposal)))
        assert uuids[0] == uuids[1]
    finally:
        other.close()


def test_undoing_a_merge_forgets_its_tombstone_and_merging_again_leaves_one(
        services: Services) -> None:
    jan = services.contacts.save_person(PersonRow(None, "Jan Peeters"))
    dup = services.contacts.save_person(PersonRow(None, "Dhr. Peeters"))
    dropped = ("person", _uuid(services, Person, dup), "deleted")
    record = services.merging.merge_people(jan, dup)
    assert _tombstones(services) == {dropped}
    services.merging.undo_merge(record)
    assert _tombstones(services) == set()  # the deletion never left this database
    services.merging.merge_people(jan, dup)
    assert _tombstones(services) == {dropped}
