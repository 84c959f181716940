"""Contact moments with their participants, spread over each region's story."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import accumulate

from coachdesk.services.demo.context import Demo
from coachdesk.services.demo.people import Directory, PersonRef
from coachdesk.services.demo.phrases import SENTENCES, SUBJECTS, TOPICS
from coachdesk.services.demo.plans import RegionPlan

KIND_WEIGHTS: dict[int, dict[str, int]] = {
    0: {"email": 5, "phone": 3},
    1: {"info_session": 2, "connect_session": 2, "email": 4, "phone": 3, "bilateral": 1},
    2: {"regional_meeting": 3, "bilateral": 3, "phone": 3, "email": 4, "connect_session": 1},
    3: {"bilateral": 3, "regional_meeting": 2, "phone": 3, "email": 4, "writing_session": 1},
    4: {"writing_session": 3, "draft_feedback": 3, "email": 4, "phone": 2, "regional_meeting": 1},
    5: {"email": 4, "phone": 3, "regional_meeting": 1, "draft_feedback": 1, "other": 1},
    6: {"email": 4, "phone": 3, "bilateral": 2, "regional_meeting": 1},
    7: {"regional_meeting": 3, "email": 3, "phone": 2, "other": 1, "kick_off": 1},
}
PARTICIPANTS = {"phone": (1, 1), "email": (1, 2), "bilateral": (2, 3), "writing_session": (2, 4),
                "draft_feedback": (2, 3), "other": (1, 4)}  # the rest: 3 to 6
EVIDENCE: dict[int, tuple[str, str]] = {
    1: ("info_session", "Infosessie oproep 41 voor lokale besturen"),
    2: ("regional_meeting", "Regio-overleg netwerkleiderschap {regio}"),
    3: ("bilateral", "Overleg met {promotor} over het promotorschap"),
    4: ("writing_session", "Startvergadering schrijfproces projectvoorstel {regio}"),
    5: ("email", "Projectvoorstel {regio} ingediend bij Europa WSE"),
    6: ("email", "Beslissing van Europa WSE over het projectvoorstel {regio}"),
    7: ("kick_off", "Kick-off regionaal organisatienetwerk {regio}"),
}
STEP_BACK = ("phone", "Promotor trekt zich terug: {regio} zoekt een nieuwe netwerkleider")
MAX_ROWS = 6  # participants of one moment: people, organisations, municipalities
PHASES = ("early", "early", "early", "leader", "drafting", "drafting", "started", "started")


@dataclass(slots=True)
class MomentRef:
    id: int
    day: date
    plan: RegionPlan
    people: tuple[str, ...]


class MomentWriter:
    """Queues contact moments and participants; remembers them for actions and evidence."""

    def __init__(self, demo: Demo, directory: Directory) -> None:
        self.demo = demo
        self.directory = directory
        self.moments: list[MomentRef] = []
        self._kinds = {s: (list(w), list(accumulate(w.values()))) for s, w in KIND_WEIGHTS.items()}

    def add(self, plan: RegionPlan, day: date, kind: str | None = None, subject: str | None = None,
            with_people: tuple[PersonRef, ...] = ()) -> MomentRef:
        demo, rng = self.demo, self.demo.rng
        stage = plan.stage_on(day)
        if kind is None:
            kinds, cum = self._kinds[stage]
            kind = rng.choices(kinds, cum_weights=cum)[0]
        people = self._pick_people(plan, kind, with_people)
        values = self._values(plan, day, people)
        moment_id = demo.add("contact_moment", {
            "happened_on": day, "kind": kind, "region_id": plan.region.id,
            "subject": (subject or rng.choice(SUBJECTS[kind])).format(**values)[:300],
            "report": self._report(stage, values), **demo.tracked(day),
        })
        self._participants(moment_id, plan, people)
        ref = MomentRef(moment_id, day, plan, tuple(p.name for p in people))
        self.moments.append(ref)
        return ref

    def _pick_people(self, plan: RegionPlan, kind: str,
                     given: tuple[PersonRef, ...]) -> list[PersonRef]:
        rng = self.demo.rng
        lo, hi = PARTICIPANTS.get(kind, (3, 6))
        pool = self.directory.people.get(plan.region.id, [])
        wanted = max(rng.randint(lo, hi) - len(given), 0)
        drawn = rng.sample(pool, min(wanted + len(given), len(pool)))
        people = list(given) + [p for p in drawn if p not in given][:wanted]
        if rng.random() < 0.1 and kind not in ("phone", "email") and len(people) < MAX_ROWS:
            people.append(rng.choice(self.directory.people[None]))
        return people

    def _values(self, plan: RegionPlan, day: date, people: list[PersonRef]) -> dict[str, str]:
        rng = self.demo.rng
        first, second = rng.choice(plan.munis), rng.choice(plan.munis)
        return {"regio": plan.region.name, "gemeente": first.name, "gemeente2": second.name,
                "promotor": plan.leader_on(day), "onderwerp": rng.choice(TOPICS),
                "naam": people[0].name if people else plan.leader_label}

    def _report(self, stage: int, values: dict[str, str]) -> str:
        rng = self.demo.rng
        pool = SENTENCES["any"] + SENTENCES[PHASES[stage]]
        chosen = rng.sample(pool, rng.randint(1, 4))
        return " ".join(s.format(**values) for s in chosen)

    def _participants(self, moment_id: int, plan: RegionPlan, people: list[PersonRef]) -> None:
        rng = self.demo.rng
        for person in people:
            self._participant(moment_id, person.id, person.org.id, None)
        rows = len(people)
        if not people or (rng.random() < 0.08 and rows < MAX_ROWS):
            government = self.directory.government[rng.choice(plan.munis).id]
            self._participant(moment_id, None, government.id, None)
            rows += 1
        if rng.random() < 0.05 and rows < MAX_ROWS:
            self._participant(moment_id, None, None, rng.choice(plan.munis).id)

    def _participant(self, moment_id: int, person_id: int | None, organisation_id: int | None,
                     municipality_id: int | None) -> None:
        self.demo.add("contact_participant", {
            "moment_id": moment_id, "person_id": person_id, "organisation_id": organisation_id,
            "municipality_id": municipality_id, "anonymised": False,
        })


def build_moments(demo: Demo, plans: list[RegionPlan], directory: Directory) -> MomentWriter:
    writer = MomentWriter(demo, directory)
    for plan in plans:
        _scripted(demo, writer, plan)
    _random_moments(demo, writer, plans, demo.size.moments - len(writer.moments))
    return writer


def _scripted(demo: Demo, writer: MomentWriter, plan: RegionPlan) -> None:
    """Evidence for stage changes, Westhoek's last regio-overleg, a recent contact elsewhere."""
    rng = demo.rng
    key_people = writer.directory.key_people
    leader = key_people[f"{plan.code}:leader"]
    for index in range(1, len(plan.steps)):
        stage, day = plan.steps[index]
        if rng.random() < 0.2 and stage not in (3, 7):
            continue
        kind, subject = STEP_BACK if stage < plan.steps[index - 1][0] else EVIDENCE[stage]
        when = max(plan.steps[index - 1][1], day - demo.days(rng.randint(0, 3)))
        people = (leader,) if stage >= 3 else ()
        if plan.withdrawn is not None and stage >= 2 and index >= 3:
            people = (key_people[f"{plan.code}:withdrawn"],)
        plan.step_moments[index] = writer.add(plan, when, kind, subject, people).id
    if plan.code == "westhoek":
        writer.add(plan, plan.active_until, "regional_meeting", "Regio-overleg {regio}", (leader,))
    elif plan.stage >= 1:
        recent = demo.today - demo.days(rng.randint(0, 10))
        writer.add(plan, recent, rng.choice(("phone", "email", "bilateral")))


def _random_moments(demo: Demo, writer: MomentWriter, plans: list[RegionPlan], count: int) -> None:
    rng = demo.rng
    weights = list(accumulate(0.3 if p.stage == 0 else 1 + 0.3 * p.stage for p in plans))
    for _ in range(count):
        plan = rng.choices(plans, cum_weights=weights)[0]
        day = demo.day_between(plan.active_from, plan.active_until - demo.days(1))
        if day.weekday() >= 5:  # meetings and calls happen on weekdays
            day -= demo.days(day.weekday() - 4)
        writer.add(plan, day)
