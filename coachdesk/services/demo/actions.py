"""Follow-up actions: most older ones done, some open, a few overdue or due today."""

from __future__ import annotations

from datetime import date

from coachdesk.services.demo.context import Demo
from coachdesk.services.demo.moments import PHASES, MomentRef, MomentWriter
from coachdesk.services.demo.people import Directory
from coachdesk.services.demo.phrases import ACTIONS
from coachdesk.services.demo.plans import RegionPlan

COACH_OWNER = "coach"


def build_actions(demo: Demo, plans: list[RegionPlan], directory: Directory,
                  writer: MomentWriter) -> None:
    by_code = {p.code: p for p in plans}
    latest = _latest_moments(writer.moments)
    scripted = _scripted(demo, by_code, directory, latest)
    for plan, description, owner, created, due in scripted:
        _add(demo, plan, description, owner, created, due, "open", None, latest.get(plan.code))
    for _ in range(demo.size.actions - len(scripted)):
        _random_action(demo, plans, directory, writer)


def _latest_moments(moments: list[MomentRef]) -> dict[str, MomentRef]:
    latest: dict[str, MomentRef] = {}
    for m in moments:
        if m.plan.code not in latest or m.day >= latest[m.plan.code].day:
            latest[m.plan.code] = m
    return latest


def _scripted(demo: Demo, by_code: dict[str, RegionPlan], d: Directory,
              latest: dict[str, MomentRef]) -> list[tuple[RegionPlan, str, str, date, date]]:
    """Monday's review: three overdue actions, two due today, two open in Westhoek."""
    today, days = demo.today, demo.days
    west, kempen, hv, brugge = (by_code[c] for c in
                                ("westhoek", "kempen", "halle-vilvoorde", "regio-brugge"))
    west_day = latest["westhoek"].day
    return [
        (west, "Verslag regio-overleg rondsturen", COACH_OWNER, west_day, west_day + days(7)),
        (west, f"Kandidatuur {west.leader_label} als promotor opvolgen",
         d.key_people["westhoek:leader"].name, west_day, today + days(demo.rng.randint(2, 6))),
        (kempen, "Partnerengagementen verzamelen", d.key_people["kempen:mol"].name,
         today - days(20), today - days(3)),
        (hv, f"Collegebeslissing opvragen bij {hv.leader_label}", COACH_OWNER,
         today - days(25), today - days(8)),
        (kempen, "Uitnodiging regio-overleg Turnhout versturen", COACH_OWNER, today - days(2),
         today),
        (brugge, "Herinneren aan de afspraak over versie 2 van het projectvoorstel", COACH_OWNER,
         today - days(10), today),
    ]


def _add(demo: Demo, plan: RegionPlan, description: str, owner: str, created: date,
         due: date | None, status: str, done_on: date | None, source: MomentRef | None) -> None:
    closed = done_on or (demo.day_between(created, demo.today) if status == "cancelled" else None)
    demo.add("action", {
        "region_id": plan.region.id, "description": description, "owner": owner,
        "due_on": due, "status": status, "done_on": done_on,
        "source_moment_id": source.id if source and source.day <= created else None,
        **demo.tracked(created, closed),
    })


def _random_action(demo: Demo, plans: list[RegionPlan], d: Directory, writer: MomentWriter) -> None:
    rng = demo.rng
    source: MomentRef | None = None
    if rng.random() < 0.75:
        source = rng.choice(writer.moments)
        plan, created = source.plan, source.day
    else:
        plan = rng.choice(plans)
        created = demo.day_between(plan.active_from, plan.active_until)
    values = {"gemeente": rng.choice(plan.munis).name, "gemeente2": rng.choice(plan.munis).name,
              "promotor": plan.leader_on(created)}
    description = rng.choice(ACTIONS[PHASES[plan.stage_on(created)]]).format(**values)
    due = None if rng.random() < 0.05 else created + demo.days(rng.randint(2, 35))
    status, done_on, due = _status(demo, plan, created, due)
    _add(demo, plan, description, _owner(demo, plan, d, source), created, due, status, done_on,
         source)


def _owner(demo: Demo, plan: RegionPlan, d: Directory, source: MomentRef | None) -> str:
    rng = demo.rng
    if rng.random() < 0.55:
        return COACH_OWNER
    if source and source.people:
        return rng.choice(source.people)
    return rng.choice(d.people[plan.region.id]).name


def _status(demo: Demo, plan: RegionPlan, created: date,
            due: date | None) -> tuple[str, date | None, date | None]:
    """(status, done_on, due_on); only the large demo leaves random past-due actions open."""
    rng, today = demo.rng, demo.today
    roll = rng.random()
    quiet = plan.code == "westhoek"  # its only open actions are the scripted ones
    if due is None or due < today:
        latest_done = min(due + demo.days(10), today) if due else today
        if due is not None and roll < demo.size.overdue_rate and not quiet:
            return "open", None, due
        if roll > 0.92:
            return "cancelled", None, due
        if due is None and roll < 0.5 and not quiet and (today - created).days < 60:
            return "open", None, None
        return "done", demo.day_between(created, latest_done), due
    if quiet or roll < 0.15:
        return "done", demo.day_between(created, min(today, plan.active_until)), due
    if roll < 0.2:
        return "cancelled", None, due
    if due == today and demo.size.overdue_rate == 0:
        due = today + demo.days(1)  # the small demo's two actions due today are scripted
    return "open", None, due
