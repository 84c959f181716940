"""People and organisations: saving, validation, likely duplicates, merge and its undo."""

from __future__ import annotations

from datetime import date

import pytest

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.names import organisation_key, person_key, person_match
from coachdesk.services.container import Services
from coachdesk.services.contacts import OrganisationRow, PersonRow
from coachdesk.services.logbook import ActionDraft, MomentDraft, MomentFilter, ParticipantRef


def _jan(services: Services) -> tuple[int, int]:
    mol = services.contacts.save_organisation(OrganisationRow(None, "Gemeente Mol"))
    jan = services.contacts.save_person(PersonRow(None, "Jan Peeters", organisation_id=mol,
                                                  email="jan.peeters@mol.be"))
    return mol, jan


def test_names_are_normalised_for_case_accents_titles_and_prefixes() -> None:
    assert organisation_key("OCMW Mol") == organisation_key("Gemeente Mol") == "mol"
    assert organisation_key("Stad Gent") == organisation_key("gent vzw")
    assert person_key("Dhr. Peeters").surname == "peeters"
    assert person_key("Mevr. Élise Van den Bossche").given == ("elise",)
    assert person_match("Dhr. Peeters", "OCMW Mol", "Jan Peeters", "Gemeente Mol")
    assert not person_match("Dhr. Peeters", "OCMW Geel", "Jan Peeters", "Gemeente Mol")
    assert not person_match("An Peeters", "", "Jan Peeters", "Gemeente Mol")
    assert person_match("Mevr. Dyck", "", "Agnieszka Van Dyck", "")  # particles dropped


def test_journeys_example_is_offered_as_a_duplicate(services: Services) -> None:
    _mol, jan = _jan(services)
    found = services.contacts.person_duplicates("Dhr. Peeters", "OCMW Mol")
    assert [d.id for d in found] == [jan]
    by_mail = services.contacts.person_duplicates("Someone", "", "JAN.PEETERS@mol.be")
    assert by_mail[0].id == jan and by_mail[0].reason == "email"
    assert services.contacts.person_duplicates("Jan Peeters", exclude_id=jan) == []


def test_an_invalid_email_is_refused_and_nothing_is_stored(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.contacts.save_person(PersonRow(None, "Els Maes", email="els@geel"))
    assert caught.value.field == "email"
    assert services.contacts.people() == []


def test_merge_keeps_every_link_and_undo_restores_both(services: Services) -> None:
    mol, jan = _jan(services)
    dup = services.contacts.save_person(PersonRow(None, "Dhr. Peeters", phone="014 12 34 56"))
    region = services.contacts.regions()[0].id
    moment, _ = services.logbook.log_moment(MomentDraft(
        date(2025, 3, 4), "phone", region, "Belafspraak", "",
        [ParticipantRef("person", dup)], [ActionDraft("Terugbellen", "Dhr. Peeters")]))
    record = services.merging.merge_people(jan, dup)
    kept = services.contacts.person(jan)
    assert kept.phone == "014 12 34 56" and kept.email == "jan.peeters@mol.be"
    assert [p.id for p in services.contacts.people()] == [jan]
    assert [r.id for r in services.logbook.window(MomentFilter(person_id=jan))] == [moment]
    services.merging.undo_merge(record)
    assert {p.id for p in services.contacts.people()} == {jan, dup}
    assert services.contacts.person(jan).phone == ""
    assert services.contacts.person(dup).name == "Dhr. Peeters"
    assert [r.id for r in services.logbook.window(MomentFilter(person_id=dup))] == [moment]
    assert services.logbook.window(MomentFilter(person_id=jan)) == []
    assert services.actions.open_actions()[0].owner == "Dhr. Peeters"
    assert services.contacts.person(jan).organisation_id == mol


def test_merging_organisations_moves_their_people(services: Services) -> None:
    mol, jan = _jan(services)
    ocmw = services.contacts.save_organisation(OrganisationRow(None, "OCMW Mol"))
    assert [d.id for d in services.contacts.organisation_duplicates("OCMW Mol", ocmw)] == [mol]
    els = services.contacts.save_person(PersonRow(None, "Els Maes", organisation_id=ocmw))
    record = services.merging.merge_organisations(mol, ocmw)
    assert services.contacts.person(els).organisation_id == mol
    services.merging.undo_merge(record)
    assert services.contacts.person(els).organisation_id == ocmw
    assert services.contacts.person(jan).organisation_id == mol
