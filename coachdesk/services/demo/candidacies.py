"""Candidate network leaders per region, with their history of events."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid5

from coachdesk.services.demo.context import Demo, MuniRef
from coachdesk.services.demo.phrases import CANDIDACY_NOTES, CANDIDACY_RATIONALES, WITHDRAWN_NOTE
from coachdesk.services.demo.plans import RegionPlan

ACCEPTED_PATH = ("proposed", "approached", "considering", "accepted")
DECLINED_PATH = ("proposed", "approached", "declined")
OPEN_PATHS = (("proposed",), ("proposed", "approached"), ("proposed", "approached", "considering"))
# Halle-Vilvoorde (Monday's journey: still no network leader) and the like.
SCRIPTED_OTHERS = {"halle-vilvoorde": ("Halle", DECLINED_PATH)}


def build_candidacies(demo: Demo, plans: list[RegionPlan]) -> None:
    for plan in plans:
        if plan.stage >= 3:
            _leader_found(demo, plan)
        elif plan.withdrawn is not None:
            _withdrawn(demo, plan)
        elif plan.stage == 2:
            _exploring(demo, plan)


def _leader_found(demo: Demo, plan: RegionPlan) -> None:
    """One accepted candidacy, sometimes after another municipality declined."""
    explored, found = plan.reached(2) or plan.active_from, plan.reached(3)
    assert found is not None
    others = [m for m in plan.munis if m not in plan.leader]
    if others and demo.rng.random() < 0.4:
        _candidacy(demo, plan, [demo.rng.choice(others)], DECLINED_PATH,
                   _event_days(demo, explored, _before(demo, explored, found), 3))
    _candidacy(demo, plan, plan.leader, ACCEPTED_PATH, _event_days(demo, explored, found, 4))


def _withdrawn(demo: Demo, plan: RegionPlan) -> None:
    """A leader that accepted and withdrew; the search goes on with another candidate."""
    assert plan.withdrawn is not None
    found, back = plan.steps[3][1], plan.steps[4][1]
    _candidacy(demo, plan, [plan.withdrawn], ("proposed", "approached", "accepted", "declined"),
               [*_event_days(demo, plan.steps[2][1], found, 3), back])
    _candidacy(demo, plan, plan.leader, ("proposed", "approached"),
               _event_days(demo, back, _before(demo, back, plan.active_until), 2))


def _exploring(demo: Demo, plan: RegionPlan) -> None:
    rng = demo.rng
    explored = plan.reached(2) or plan.active_from
    _candidacy(demo, plan, plan.leader, OPEN_PATHS[2],
               _event_days(demo, explored, _before(demo, explored, plan.active_until), 3))
    others = [m for m in plan.munis if m not in plan.leader]
    scripted = SCRIPTED_OTHERS.get(plan.code)
    path: tuple[str, ...]
    if scripted:
        name, path = scripted
        _candidacy(demo, plan, [m for m in others if m.name == name], path,
                   _event_days(demo, explored, _before(demo, explored, plan.active_until),
                               len(path)))
    elif others and rng.random() < 0.6:
        path = rng.choice((DECLINED_PATH, *OPEN_PATHS[:2]))
        _candidacy(demo, plan, [rng.choice(others)], path,
                   _event_days(demo, explored, _before(demo, explored, plan.active_until),
                               len(path)))


def _label(members: list[MuniRef]) -> str:
    if len(members) == 1:
        return members[0].government
    names = [m.name for m in members]
    return f"Samenwerkingsverband {', '.join(names[:-1])} en {names[-1]}"


def _before(demo: Demo, first: date, last: date) -> date:
    """A day well before `last` (a week at least), but not before `first`."""
    return demo.day_between(first + (last - first) // 2, last - demo.days(7))


def _event_days(demo: Demo, first: date, last: date, count: int) -> list[date]:
    """`count` ascending days from `first`; the last event falls on `last`."""
    days = sorted(demo.day_between(first, last) for _ in range(count - 1))
    return [*days, last]


def _candidacy(demo: Demo, plan: RegionPlan, members: list[MuniRef], path: tuple[str, ...],
               days: list[date]) -> None:
    status = path[-1]
    tracked = demo.tracked(days[0], days[-1])
    candidacy_id = demo.add("candidacy", {
        "region_id": plan.region.id, "label": _label(members), "status": status,
        "status_date": days[-1], "rationale": demo.rng.choice(CANDIDACY_RATIONALES),
        "decision_date": days[-1] if status in ("accepted", "declined") else None,
        **tracked,
    })
    for position, muni in enumerate(members):
        demo.rows["candidacy_municipality"].append(
            {"candidacy_id": candidacy_id, "municipality_id": muni.id, "position": position})
    for number, (event, day) in enumerate(zip(path, days)):
        note = WITHDRAWN_NOTE if event == "declined" and "accepted" in path \
            else CANDIDACY_NOTES[event]
        at = demo.at(day)
        # Derived from the candidacy's uuid, so the random stream (and all later demo data)
        # stays what it was before events had a uuid of their own.
        uuid = str(uuid5(UUID(str(tracked["uuid"])), f"event:{number}"))
        demo.add("candidacy_event", {"candidacy_id": candidacy_id, "status": event,
                                     "happened_on": day, "note": note, "uuid": uuid,
                                     "created_at": at, "updated_at": at})
