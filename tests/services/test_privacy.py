"""GDPR: export one person's data; erase a person so no byte of them remains in the file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from coachdesk.services.container import Services
from coachdesk.services.contacts import OrganisationRow, PersonRow
from coachdesk.services.logbook import ActionDraft, MomentDraft, MomentFilter, ParticipantRef
from tests.platforms import mode_is

NAME, EMAIL, PHONE = "Wannes Vercruyssen", "wannes.vercruyssen@mol.be", "+32 14 98 76 54"


def _person_with_history(services: Services) -> tuple[int, int]:
    mol = services.contacts.save_organisation(OrganisationRow(None, "Gemeente Mol"))
    person = services.contacts.save_person(PersonRow(None, NAME, "schepen", mol, email=EMAIL,
                                                     phone=PHONE, notes="Bel na 17u"))
    region = services.contacts.regions()[0].id
    for n in range(3):
        services.logbook.log_moment(MomentDraft(
            date(2025, 3, 1 + n), "phone", region, f"Gesprek met {NAME}",
            f"{NAME} ({EMAIL}, {PHONE}) bevestigt deelname van Mol. Verslag {n}.",
            [ParticipantRef("person", person)], [ActionDraft(f"{NAME} terugbellen", NAME)]))
    return person, mol


def test_export_writes_everything_about_the_person(services: Services, tmp_path: Path) -> None:
    person, _ = _person_with_history(services)
    services.logbook.log_moment(MomentDraft(date(2025, 4, 1), "email", None, f"Over {NAME}", ""))
    folder = tmp_path / "export"
    folder.mkdir()
    target = services.privacy.export_person(person, folder / "wannes.json")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["email"] == EMAIL and data["person"]["organisation"] == "Gemeente Mol"
    assert len(data["contact_moments"]) == 3 and len(data["actions_mentioning"]) == 3
    assert [m["subject"] for m in data["contact_moments_mentioning"]] == [f"Over {NAME}"]
    assert mode_is(target, 0o600)
    assert [p.name for p in folder.iterdir()] == ["wannes.json"]  # no temporary file left


def test_erasure_leaves_no_trace_in_the_database_file(services: Services) -> None:
    person, mol = _person_with_history(services)
    assert services.logbook.count(MomentFilter(search="wannes")) == 3  # indexed
    assert EMAIL.encode() in _raw(services.path)  # so the check below can fail
    result = services.privacy.erase_person(person)
    assert result.moments_kept == 3
    rows = services.logbook.window(MomentFilter(search="bevestigt"))
    assert len(rows) == 3 and all(r.participants == "geanonimiseerd (Gemeente Mol)" for r in rows)
    assert services.logbook.count(MomentFilter(search="wannes")) == 0
    assert services.logbook.count(MomentFilter(search="bevestigt")) == 3
    assert services.privacy.erasure_count() == 1
    assert services.contacts.organisation(mol).name == "Gemeente Mol"
    path = services.path
    services.close()
    raw = _raw(path).lower()
    # The index keeps words one by one, lower case: look for each word, not the full name.
    for secret in (NAME, "wannes", "vercruyssen", EMAIL, PHONE, "98 76 54"):
        assert secret.lower().encode() not in raw, secret


def test_erasure_leaves_other_words_alone(services: Services) -> None:
    jan = services.contacts.save_person(PersonRow(None, "Jan Mol"))
    services.logbook.log_moment(MomentDraft(date(2025, 3, 1), "phone", None, "Jan Mol belt",
                                            "Jan Molenaar belde ook.", [ParticipantRef("person", jan)]))
    services.privacy.erase_person(jan)
    (row,) = services.logbook.window(MomentFilter())
    assert row.subject == "geanonimiseerd belt" and row.excerpt == "Jan Molenaar belde ook."


def _raw(path: Path) -> bytes:
    """The database file with its WAL and shared-memory files, as bytes."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.iterdir())
                    if p.name.startswith(path.name))


def test_a_normal_start_tidies_without_loading_the_privacy_service(demo_services: Services) -> None:
    """Start-up's tidy loads the privacy service (SQLAlchemy) only to finish an erasure."""
    assert demo_services.tidy_at_start() is None
    assert "privacy" not in vars(demo_services)
    from coachdesk.services.erasure_files import Ledger, ledger_path, write_ledger

    write_ledger(Ledger(ledger_path(demo_services.path), ["Nobody Known"], pending=True))
    demo_services.tidy_at_start()
    assert "privacy" in vars(demo_services)
    from coachdesk.services.erasure_files import read_ledger

    assert not read_ledger(demo_services.path).pending
