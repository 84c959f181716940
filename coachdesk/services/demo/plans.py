"""Each region's story: the stages it went through and when, and who leads it."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from coachdesk.services.demo.context import Demo, MuniRef, RegionRef

# Regions whose state the journeys (JOURNEYS.md) rely on; the others get varied stages.
# Kempen is at Verkenning, so Tuesday can accept Turnhout's candidacy and move it on; Regio
# Brugge has been at Voorstel in opmaak for 41 days on Monday and gets its v2 on Wednesday.
SCRIPTED_STAGES = {"kempen": 2, "westhoek": 2, "halle-vilvoorde": 2, "regio-brugge": 4,
                   "denderregio": 2}
OTHER_STAGES = (0, 1, 1, 3, 3, 4, 5, 5, 5, 6, 6, 7, 7)
# Known (likely) network leaders; for other regions a city of the region is drawn.
LEADERS = {"kempen": "Turnhout", "regio-brugge": "Brugge", "halle-vilvoorde": "Vilvoorde",
           "westhoek": "Ieper", "denderregio": "Ninove", "stad-antwerpen": "Antwerpen",
           "stad-gent": "Gent", "brussel": "Brussel"}
WITHDRAWN_LEADER = ("denderregio", "Aalst")
MIN_GAP = 21  # days between two stage changes
BRUGGE_DRAFTING_DAYS = 41
WESTHOEK_QUIET_DAYS = 30  # Monday: stalled, no contact for 30 days


@dataclass
class RegionPlan:
    region: RegionRef
    munis: list[MuniRef]
    steps: list[tuple[int, date]]  # (stage position, date); the first is (0, programme start)
    active_until: date  # the last day with contact
    leader: list[MuniRef]  # the (candidate) network leader: one municipality or several
    withdrawn: MuniRef | None = None  # a leader that accepted and later withdrew
    step_moments: dict[int, int] = field(default_factory=dict)  # step index -> evidence moment
    proposal_status: str = ""

    @property
    def code(self) -> str:
        return self.region.code

    @property
    def stage(self) -> int:
        return self.steps[-1][0]

    @property
    def active_from(self) -> date:
        return self.steps[1][1] if len(self.steps) > 1 else self.steps[0][1]

    @property
    def leader_label(self) -> str:
        if len(self.leader) == 1:
            return self.leader[0].government
        names = [m.name for m in self.leader]
        return f"Samenwerkingsverband {', '.join(names[:-1])} en {names[-1]}"

    def leader_on(self, day: date) -> str:
        """Who was (seen as) the network leader on `day`."""
        if self.withdrawn is not None and day < (self.reached(2) or day):
            return self.withdrawn.government
        return self.leader_label

    def stage_on(self, day: date) -> int:
        index = bisect_right([d for _, d in self.steps], day) - 1
        return self.steps[max(index, 0)][0]

    def reached(self, stage: int) -> date | None:
        """The last date the region moved into `stage`."""
        dates = [d for s, d in self.steps if s == stage]
        return dates[-1] if dates else None


def make_plans(demo: Demo) -> list[RegionPlan]:
    others = list(OTHER_STAGES)
    demo.rng.shuffle(others)
    plans = []
    for region in demo.ref.regions.values():
        stage = SCRIPTED_STAGES.get(region.code)
        if stage is None:
            stage = others.pop()
        plans.append(_plan(demo, region, stage))
    return plans


def _path(code: str, stage: int) -> list[int]:
    if code == WITHDRAWN_LEADER[0]:
        return [1, 2, 3, 2]
    return list(range(1, stage + 1))


def _plan(demo: Demo, region: RegionRef, stage: int) -> RegionPlan:
    rng = demo.rng
    path = _path(region.code, stage)
    active_until = demo.today
    if region.code == "westhoek":
        rng.randint(33, 45)  # drawn still, so the rest of the demo stays what it was
        active_until = demo.today - demo.days(WESTHOEK_QUIET_DAYS)
    if region.code == "regio-brugge":
        final = demo.today - demo.days(BRUGGE_DRAFTING_DAYS)
    elif stage >= 6:
        final = demo.today - demo.days(rng.randint(15, 110))
    else:
        final = active_until - demo.days(rng.randint(30, 220))
    steps = [(0, demo.start)] + list(zip(path, _step_dates(demo, len(path), final)))
    munis = demo.ref.municipalities[region.id]
    plan = RegionPlan(region, munis, steps, active_until, _leader(demo, region, munis, stage))
    if region.code == WITHDRAWN_LEADER[0]:
        plan.withdrawn = demo.ref.muni_named(region, WITHDRAWN_LEADER[1])
    return plan


def _step_dates(demo: Demo, n: int, final: date) -> list[date]:
    """n ascending dates: the first soon after the programme start, the last on `final`."""
    first = demo.start + demo.days(demo.rng.randint(20, 80))
    if n <= 1:
        return [first][:n]
    span = (final - first).days - MIN_GAP * (n - 1)
    offsets = sorted(demo.rng.randint(0, max(span, 0)) for _ in range(n - 2))
    middle = [first + demo.days(o + MIN_GAP * (i + 1)) for i, o in enumerate(offsets)]
    return [first, *middle, max(final, first + demo.days(MIN_GAP * (n - 1)))]


def _leader(demo: Demo, region: RegionRef, munis: list[MuniRef], stage: int) -> list[MuniRef]:
    rng = demo.rng
    if region.code in LEADERS:
        return [demo.ref.muni_named(region, LEADERS[region.code])]
    cities = [m for m in munis if m.is_city] or munis
    lead = rng.choice(cities)
    if stage < 3 or len(munis) < 4 or rng.random() > 0.3:
        return [lead]
    partners = rng.sample([m for m in munis if m != lead], rng.randint(1, 2))
    return [lead, *partners]
