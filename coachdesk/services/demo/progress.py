"""A region's progress: stage history, municipalities' membership, candidate network leaders."""

from __future__ import annotations

from datetime import date
from itertools import accumulate

from coachdesk.services.demo.context import Demo, MuniRef, dutch_date
from coachdesk.services.demo.phrases import (
    CHANGES_REQUESTED_REASON, EVIDENCE_NOTES,
    MEMBERSHIP_NOTES, NEXT_STEPS, STAGE_REASONS, STEP_BACK_REASON,
)
from coachdesk.services.demo.plans import RegionPlan

MEMBERSHIP_WEIGHTS: dict[int, dict[str, int]] = {
    0: {"unknown": 1},
    1: {"informed": 70, "unknown": 20, "interested": 10},
    2: {"informed": 35, "interested": 40, "joined": 10, "declined": 10, "unknown": 5},
    3: {"interested": 35, "joined": 40, "informed": 15, "declined": 10},
    4: {"joined": 65, "interested": 20, "declined": 10, "informed": 5},
    6: {"joined": 85, "declined": 10, "interested": 5},
}
KEMPEN_UNDECIDED = ("Mol", "Balen")  # Tuesday's journey: they decide to join


def build_memberships(demo: Demo, plans: list[RegionPlan]) -> dict[int, list[MuniRef]]:
    """Queue each municipality's membership; returns the joined ones per region id."""
    joined: dict[int, list[MuniRef]] = {}
    for plan in plans:
        weights = MEMBERSHIP_WEIGHTS[max(s for s in MEMBERSHIP_WEIGHTS if s <= plan.stage)]
        statuses, cum = list(weights), list(accumulate(weights.values()))
        joined[plan.region.id] = []
        for muni in plan.munis:
            status = demo.rng.choices(statuses, cum_weights=cum)[0]
            if plan.stage >= 3 and muni in plan.leader:
                status = "joined"
            if plan.code == "kempen" and muni.name in KEMPEN_UNDECIDED:
                status = "interested"
            _membership(demo, plan, muni, status)
            if status == "joined":
                joined[plan.region.id].append(muni)
    return joined


def _membership(demo: Demo, plan: RegionPlan, muni: MuniRef, status: str) -> None:
    informed = plan.reached(1) or plan.active_from
    since: date | None = None
    if status == "informed":
        since = demo.day_between(informed, informed + demo.days(30))
    elif status == "joined":
        since = demo.day_between(plan.reached(3) or plan.reached(2) or informed, plan.active_until)
    elif status != "unknown":
        since = demo.day_between(plan.reached(2) or informed, plan.active_until)
    note = demo.rng.choice(MEMBERSHIP_NOTES.get(status, ("",)))
    demo.updates["municipality"].append({
        "row_id": muni.id, "membership_status": status, "status_since": since,
        "membership_note": note.format(datum=dutch_date(since)) if since else note,
        "updated_at": demo.at(since) if since else demo.at(demo.start - demo.days(1)),
    })


def build_stage_changes(demo: Demo, plans: list[RegionPlan],
                        versions: dict[str, list[tuple[int, date]]]) -> None:
    stage_ids = demo.ref.stage_ids
    for plan in plans:
        previous: int | None = None
        for index, (stage, day) in enumerate(plan.steps):
            moment = plan.step_moments.get(index)
            version = versions[plan.code][-1][0] if stage == 5 and versions.get(plan.code) else None
            note = EVIDENCE_NOTES.get(stage, "") if index and moment is None else ""
            demo.add("stage_change", {
                "region_id": plan.region.id,
                "from_stage_id": stage_ids[previous] if previous is not None else None,
                "to_stage_id": stage_ids[stage], "changed_on": day,
                "reason": _reason(demo, plan, stage, previous, day),
                "evidence_moment_id": moment, "evidence_version_id": version,
                "evidence_note": note.format(datum=dutch_date(day)), "corrects_id": None,
                **demo.tracked(day),
            })
            previous = stage


def _reason(demo: Demo, plan: RegionPlan, stage: int, previous: int | None, day: date) -> str:
    rng = demo.rng
    if previous is not None and stage < previous and plan.withdrawn is not None:
        return STEP_BACK_REASON.format(promotor=plan.withdrawn.government)
    if stage == 6 and plan.proposal_status == "changes_requested":
        return CHANGES_REQUESTED_REASON
    return rng.choice(STAGE_REASONS[stage]).format(
        promotor=plan.leader_on(day), gemeente=rng.choice(plan.munis).name,
        gemeente2=rng.choice(plan.munis).name)


def build_region_updates(demo: Demo, plans: list[RegionPlan]) -> None:
    for plan in plans:
        step = NEXT_STEPS[plan.stage]
        when = demo.today + demo.days(demo.rng.randint(1, 21))
        if plan.code == "westhoek":
            step = "Regio-overleg opnieuw opstarten"
            when = demo.today - demo.days(demo.rng.randint(5, 12))  # already overdue
        elif plan.proposal_status == "changes_requested":
            step = "Bijgestuurd projectvoorstel opvolgen"
        demo.updates["region"].append({
            "row_id": plan.region.id, "next_step": step, "next_step_date": when,
            "notes": _region_note(plan), "updated_at": demo.at(plan.active_until),
        })


def _region_note(plan: RegionPlan) -> str:
    if plan.code == "westhoek":
        return f"Stilgevallen na het laatste regio-overleg; {plan.leader_label} twijfelt nog."
    if plan.stage == 2:
        return "Nog geen netwerkleider gevonden."
    if plan.stage >= 3:
        return f"Netwerkleider: {plan.leader_label}."
    return ""
