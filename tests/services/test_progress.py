"""Stage changes, corrections, memberships, candidacies and the overview, through the services."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.vocabulary import CandidacyStatus, MembershipStatus, ProposalStatus
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.progress import StageChangeInput
from tests.services.test_progress_helpers import add_action, add_moment, add_version, region_id

TODAY = date(2026, 3, 12)  # a Thursday


def stage(services: Services, key: str) -> int:
    return next(s.id for s in services.progress.stages() if s.key == key)


def move(services: Services, region: int, key: str, on: date, reason: str = "Overleg") -> int:
    return services.progress.change_stage(
        StageChangeInput(region, stage(services, key), on, reason), today=TODAY)


def test_stage_changes_set_the_current_stage_and_undo_removes_exactly_one(services: Services) -> None:
    kempen = region_id(services, "Kempen")
    move(services, kempen, "informed", date(2026, 1, 5))
    second = move(services, kempen, "exploring", date(2026, 2, 1))
    assert services.progress.current(kempen) == (stage(services, "exploring"), date(2026, 2, 1))
    services.progress.remove_change(second)
    assert services.progress.current(kempen) == (stage(services, "informed"), date(2026, 1, 5))
    assert [h.to_stage for h in services.progress.history(kempen)] == ["Geïnformeerd"]


@pytest.mark.parametrize("on, reason, rule", [
    (TODAY + timedelta(days=1), "Overleg", "future"),
    (date(2026, 1, 4), "Overleg", "before_previous"),
    (date(2026, 2, 1), "   ", "required"),
    (date(2026, 2, 1), "Nog eens", "same_stage"),
])
def test_invalid_stage_changes_are_refused_and_store_nothing(
        services: Services, on: date, reason: str, rule: str) -> None:
    kempen = region_id(services, "Kempen")
    move(services, kempen, "informed", date(2026, 1, 5))
    with pytest.raises(ValidationError) as caught:
        move(services, kempen, "informed" if rule == "same_stage" else "exploring", on, reason)
    assert caught.value.params["rule"] == rule
    assert len(services.progress.history(kempen)) == 1


def test_a_correction_is_recorded_and_replaces_the_wrong_entry(services: Services) -> None:
    kempen = region_id(services, "Kempen")
    wrong = move(services, kempen, "drafting", date(2026, 2, 1))
    services.progress.change_stage(StageChangeInput(
        kempen, stage(services, "exploring"), date(2026, 2, 1), "Verkeerde fase gekozen",
        corrects_id=wrong), today=TODAY)
    history = services.progress.history(kempen)
    assert [(h.to_stage, h.corrected) for h in history] == [
        ("Verkenning", False), ("Voorstel in opmaak", True)]
    assert services.progress.current(kempen)[0] == stage(services, "exploring")
    with pytest.raises(ValidationError):
        services.progress.remove_change(wrong)


def test_renaming_and_reordering_stages_keeps_history(services: Services) -> None:
    kempen = region_id(services, "Kempen")
    move(services, kempen, "informed", date(2026, 1, 5))
    stages = services.progress.stages()
    order = [(s.id, "Infosessie gehad" if s.key == "informed" else s.name) for s in stages]
    order[1], order[2] = order[2], order[1]
    services.progress.save_stages(order)
    assert services.progress.history(kempen)[0].to_stage == "Infosessie gehad"
    assert [s.name for s in services.progress.stages()][1] == "Verkenning"
    with pytest.raises(ValidationError):
        services.progress.save_stages([(i, "") for i, _n in order])


def test_membership_changes_persist_across_a_restart(services: Services, db_path) -> None:  # type: ignore[no-untyped-def]
    kempen = region_id(services, "Kempen")
    mol, balen = [m.id for m in services.regions.municipalities(kempen)
                  if m.name in ("Mol", "Balen")]
    before = services.regions.set_membership([mol, balen], MembershipStatus.JOINED,
                                             date(2026, 3, 10), "Collegebesluit", today=TODAY)
    assert {b.status for b in before} == {MembershipStatus.UNKNOWN}
    services.close()
    reopened = Services(open_coachdesk_db(db_path))
    try:
        rows = {m.name: m for m in reopened.regions.municipalities(kempen)}
        assert rows["Mol"].status is MembershipStatus.JOINED
        assert rows["Balen"].status_since == date(2026, 3, 10)
        assert rows["Balen"].note == "Collegebesluit"
        reopened.regions.restore_memberships(before)
        assert reopened.regions.municipalities(kempen)[0].status is MembershipStatus.UNKNOWN
    finally:
        reopened.close()


def test_only_one_accepted_candidacy_per_region(services: Services) -> None:
    kempen = region_id(services, "Kempen")
    ids = {m.name: m.id for m in services.regions.municipalities(kempen)}
    first = services.candidacies.add(kempen, [ids["Turnhout"]], "", CandidacyStatus.PROPOSED,
                                     date(2026, 2, 1), "Grootste stad", today=TODAY)
    duo = services.candidacies.add(kempen, [ids["Geel"], ids["Mol"]], "",
                                   CandidacyStatus.APPROACHED, date(2026, 2, 2), "", today=TODAY)
    undo = services.candidacies.set_status(first, CandidacyStatus.ACCEPTED, date(2026, 3, 1),
                                           "College akkoord", today=TODAY)
    assert services.candidacies.leaders() == {kempen: "Turnhout"}
    with pytest.raises(ValidationError):
        services.candidacies.set_status(duo, CandidacyStatus.ACCEPTED, date(2026, 3, 2), "",
                                        today=TODAY)
    assert services.candidacies.candidacies(kempen)[1].name == "Geel + Mol"
    services.candidacies.revert_status(undo)
    row = services.candidacies.candidacies(kempen)[0]
    assert (row.status, len(row.events)) == (CandidacyStatus.PROPOSED, 1)
    assert services.candidacies.leaders() == {}


def test_the_overview_aggregates_each_region(services: Services) -> None:
    kempen = region_id(services, "Kempen")
    move(services, kempen, "informed", date(2026, 1, 5))
    add_moment(services, kempen, date(2026, 3, 1))
    add_action(services, kempen, date(2026, 3, 1), "Te laat")
    add_action(services, kempen, date(2026, 3, 14), "Deze week")
    add_action(services, kempen, date(2026, 4, 1), "Later")
    add_version(services, kempen, 1, date(2026, 2, 1))
    add_version(services, kempen, 2, date(2026, 3, 1))
    overview = services.dashboard.overview(TODAY, stalled_days=30)
    row = next(r for r in overview.rows if r.id == kempen)
    assert (row.stage_name, row.days_in_stage, row.stalled) == ("Geïnformeerd", 66, False)
    assert (row.open_actions, row.overdue_actions) == (3, 1)
    assert (row.proposal_status, row.latest_version) == (ProposalStatus.IN_REVIEW, 2)
    assert row.municipalities > 20 and row.last_position == 7
    assert [(d.description, d.overdue) for d in overview.due] == [("Te laat", True),
                                                                  ("Deze week", False)]
    assert next(r for r in overview.rows if r.id == kempen).stalled is False
    assert services.dashboard.overview(date(2026, 4, 30), 30).rows[
        [r.id for r in overview.rows].index(kempen)].stalled is True


def test_the_timeline_tells_the_whole_story_newest_first(services: Services) -> None:
    kempen = region_id(services, "Kempen")
    move(services, kempen, "informed", date(2026, 1, 5), "Infosessie Turnhout")
    add_moment(services, kempen, date(2026, 2, 1), "Bilateraal met Geel", "bilateral")
    add_action(services, kempen, date(2026, 2, 10), "Agenda sturen", done_on=date(2026, 2, 9))
    add_version(services, kempen, 1, date(2026, 2, 20))
    entries = services.timeline.entries(kempen)
    kinds = [e.kind for e in entries]
    assert {"stage", "moment", "action_created", "action_done", "version"} <= set(kinds)
    assert [e.on for e in entries] == sorted((e.on for e in entries), reverse=True)
    assert entries[-1].title == "Niet gestart → Geïnformeerd"
