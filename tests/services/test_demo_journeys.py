"""The small demo lets the coach's week (JOURNEYS.md) be walked as written, on the day it is
built: Monday's review, Tuesday's regio-overleg in Kempen, Wednesday's second draft."""

from __future__ import annotations

from datetime import date, timedelta

from coachdesk.domain.vocabulary import CandidacyStatus, MembershipStatus
from coachdesk.services.container import Services

STALLED_AFTER = 30  # Voorkeuren' default


def _regions(services: Services) -> dict[str, int]:
    return {r.name: r.id for r in services.regions.list_regions()}


def test_monday_the_overzicht_shows_the_weekly_review(demo_services: Services) -> None:
    today = date.today()
    overview = demo_services.dashboard.overview(today, STALLED_AFTER)
    rows = {r.name: r for r in overview.rows}
    assert len(rows) == 18
    brugge = rows["Regio Brugge"]
    assert (brugge.stage_name, brugge.days_in_stage) == ("Voorstel in opmaak", 41)
    westhoek = rows["Westhoek"]
    assert westhoek.stalled and westhoek.days_since_contact == STALLED_AFTER
    assert rows["Halle-Vilvoorde"].leader == ""
    assert sum(1 for a in overview.due if a.due_on < today) == 3
    assert sum(1 for a in overview.due if a.due_on == today) == 2
    westhoek = _regions(demo_services)["Westhoek"]
    assert len(demo_services.actions.open_actions(westhoek)) == 2  # its Tijdlijn's two


def test_tuesday_kempen_is_exploring_with_turnhout_still_a_candidate(
        demo_services: Services) -> None:
    kempen = _regions(demo_services)["Kempen"]
    summary = next(r for r in demo_services.regions.list_regions() if r.id == kempen)
    assert summary.stage_key == "exploring"
    candidacies = demo_services.candidacies.candidacies(kempen)
    turnhout = [c for c in candidacies if "Turnhout" in c.members]
    assert len(turnhout) == 1
    assert turnhout[0].status not in (CandidacyStatus.ACCEPTED, CandidacyStatus.DECLINED)
    assert not any(c.status == CandidacyStatus.ACCEPTED for c in candidacies)
    statuses = {m.name: m.status for m in demo_services.regions.municipalities(kempen)}
    assert statuses["Mol"] == statuses["Balen"] == MembershipStatus.INTERESTED


def test_tuesday_dhr_peeters_is_recognised_as_jan_peeters_of_mol(demo_services: Services) -> None:
    kempen = _regions(demo_services)["Kempen"]
    found = demo_services.contacts.person_duplicates("Dhr. Peeters", region_id=kempen)
    assert found and (found[0].name, found[0].organisation_name) == ("Jan Peeters", "Gemeente Mol")


def test_wednesday_brugge_awaits_v2_with_five_open_comments(demo_services: Services) -> None:
    brugge = next(r for r in demo_services.proposals.overview() if r.region == "Regio Brugge")
    assert brugge.proposal_id is not None
    assert (brugge.version_count, brugge.latest_number, brugge.open_comments) == (1, 1, 5)
    assert brugge.latest_received is not None
    assert brugge.latest_received < date.today() - timedelta(days=7)
