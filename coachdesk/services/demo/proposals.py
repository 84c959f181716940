"""Project proposals: versions with a real .docx file and its text, assessments, comments."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from coachdesk.domain.regions import DEFAULT_CRITERIA
from coachdesk.services.demo.context import Demo, MuniRef, dutch_date
from coachdesk.services.demo.docx import docx_bytes
from coachdesk.services.demo.people import Directory
from coachdesk.services.demo.plans import RegionPlan
from coachdesk.services.demo.proposal_texts import (
    ASSESSMENT_COMMENTS, CHANGES, LOCATIONS, REVIEW_COMMENTS, SECTIONS,
)

FIXED_COUNTS = {"regio-brugge": 1}  # Wednesday's journey: Brugge awaits v2
RATINGS = ("missing", "weak", "sufficient", "strong")
REVIEWED = ("reviewed", "feedback_sent")


@dataclass
class Draft:
    """One proposal being built, with what its versions need."""

    plan: RegionPlan
    status: str
    values: dict[str, str]
    order: dict[str, list[str]]  # per criterion: its sentences in this proposal's order
    quality: list[float]  # per criterion: how good the first draft is (0..1.2)
    versions: list[tuple[int, date, str]] = field(default_factory=list)  # id, received, status


def build_proposals(demo: Demo, plans: list[RegionPlan], directory: Directory,
                    joined: dict[int, list[MuniRef]]) -> dict[str, list[tuple[int, date]]]:
    """Queue proposals; returns per region code its versions as (id, received_on)."""
    holders = [p for p in plans if p.stage >= 4]
    starter = next((p for p in plans if p.stage == 3), None)
    counts = _version_counts(demo, holders)
    result = {}
    for plan in holders + ([starter] if starter else []):
        draft = _draft(demo, plan, directory, joined[plan.region.id])
        plan.proposal_status = draft.status
        _proposal(demo, draft, counts.get(plan.code, 0))
        result[plan.code] = [(vid, day) for vid, day, _ in draft.versions]
    return result


def _version_counts(demo: Demo, holders: list[RegionPlan]) -> dict[str, int]:
    fixed = {p.code: FIXED_COUNTS[p.code] for p in holders if p.code in FIXED_COUNTS}
    others = [p for p in holders if p.code not in fixed]
    if not others:
        return fixed
    left = demo.size.versions - sum(fixed.values())
    weights = [demo.rng.uniform(0.7, 1.3) * (1 + 0.2 * (p.stage - 4)) for p in others]
    counts = [max(2, int(left * w / sum(weights))) for w in weights]
    for i in range(left - sum(counts)):
        counts[i % len(counts)] += 1
    return fixed | {p.code: n for p, n in zip(others, counts)}


def _status(demo: Demo, plan: RegionPlan) -> str:
    scripted = {"regio-brugge": "feedback_sent"}
    if plan.code in scripted:
        return scripted[plan.code]
    by_stage = {3: ("drafting",), 4: ("drafting", "feedback_sent", "ready", "in_review"),
                5: ("submitted",), 6: ("approved", "changes_requested"), 7: ("approved",)}
    return demo.rng.choice(by_stage[plan.stage])


def _draft(demo: Demo, plan: RegionPlan, d: Directory, joined: list[MuniRef]) -> Draft:
    rng = demo.rng
    members = joined or plan.leader
    region_orgs = d.orgs[plan.region.id]
    values = {"regio": plan.region.name, "promotor": plan.leader_label,
              "gemeenten": ", ".join(m.name for m in members), "aantal": str(len(members)),
              "agii": region_orgs["agii"][0].name,
              "partner": region_orgs["civil_society"][0].name}
    order = {key: rng.sample(pool, len(pool)) for key, pool in SECTIONS.items()}
    quality = [rng.uniform(0, 1.2) for _ in DEFAULT_CRITERIA]
    return Draft(plan, _status(demo, plan), values, order, quality)


def _proposal(demo: Demo, draft: Draft, count: int) -> None:
    plan, rng = draft.plan, demo.rng
    begun = plan.reached(4) or plan.reached(3) or demo.start
    days = _received_days(demo, plan, begun, count)
    submitted = plan.reached(5)
    deadline = submitted + demo.days(rng.randint(0, 14)) if submitted \
        else demo.today + demo.days(rng.randint(20, 75))
    proposal_id = demo.add("proposal", {
        "region_id": plan.region.id,
        "title": f"Regionaal organisatienetwerk participatie {plan.region.name}",
        "partners": _partners(draft), "deadline": deadline, "status": draft.status,
        **demo.tracked(begun, days[-1] if days else None),
    })
    for number, day in enumerate(days, start=1):
        _version(demo, draft, proposal_id, number, day, last=number == count)
    _assess(demo, draft)


def _received_days(demo: Demo, plan: RegionPlan, begun: date, count: int) -> list[date]:
    end = (plan.reached(5) or demo.today) - demo.days(1)
    if plan.code == "regio-brugge":
        end = demo.today - demo.days(14)
    first = begun + demo.days(7)
    span = max((end - first).days, 0) + 1
    if count <= span:  # one version a day at most, when the time allows
        return sorted(first + demo.days(o) for o in demo.rng.sample(range(span), count))
    return sorted(demo.day_between(first, end) for _ in range(count))


def _partners(draft: Draft) -> str:
    v = draft.values
    return (f"Promotor: {v['promotor']}\nLokale besturen: {v['gemeenten']}\n"
            f"Partners: {v['agii']}, {v['partner']}, VVSG")


def _version_status(draft: Draft, last: bool) -> str:
    if not last:
        return "feedback_sent"
    return {"in_review": "received", "ready": "reviewed"}.get(draft.status, "feedback_sent")


def _version(demo: Demo, draft: Draft, proposal_id: int, number: int, day: date,
             last: bool) -> None:
    status = _version_status(draft, last)
    paragraphs = _paragraphs(demo, draft, number, day)
    data = docx_bytes(paragraphs)
    suffix = "_definitief" if last and draft.plan.stage >= 5 else ""
    reviewed = demo.day_between(day, min(day + demo.days(10), demo.today))
    version_id = demo.add("proposal_version", {
        "proposal_id": proposal_id, "number": number, "received_on": day, "status": status,
        "file_name": f"Projectvoorstel_v{number}{suffix}.docx", "file_size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "text": "\n".join(text for _, text in paragraphs), "text_status": "ok",
        "page_count": None, "notes": "",
        **demo.tracked(day, reviewed if status in REVIEWED else None),
    })
    demo.rows["proposal_file"].append({"version_id": version_id, "data": data})
    draft.versions.append((version_id, day, status))


def _paragraphs(demo: Demo, draft: Draft, number: int, day: date) -> list[tuple[str, str]]:
    v = draft.values
    result = [("Title", "Projectvoorstel oproep 41"),
              ("Normal", f"Regionaal organisatienetwerk participatie {v['regio']}"),
              ("Normal", f"Promotor: {v['promotor']}"),
              ("Normal", f"Versie {number} van {dutch_date(day)}")]
    for position, criterion in enumerate(DEFAULT_CRITERIA, start=1):
        result.append(("Heading1", f"{position}. {criterion.name}"))
        sentences = draft.order[criterion.key]
        for sentence in sentences[:_section_length(criterion.key, number, len(sentences))]:
            result.append(("Normal", sentence.format(**v)))
    if number > 1:
        result.append(("Heading1", f"Wijzigingen ten opzichte van versie {number - 1}"))
        result.append(("Normal", CHANGES[number % len(CHANGES)]))
    return result


def _section_length(key: str, number: int, available: int) -> int:
    """Sections grow with each version; the budget stays the same from v1 to v2."""
    base = 2 if key == "leadership" else 1
    growth = {"action_plan": number - 1, "staffing": max(0, number - 2) // 2}.get(key, number // 2)
    return min(available, base + growth)


def _assess(demo: Demo, draft: Draft) -> None:
    reviewed = [(vid, day) for vid, day, status in draft.versions if status in REVIEWED]
    for index, (version_id, day) in enumerate(reviewed):
        progress = index / max(len(reviewed) - 1, 1)
        for position, criterion_id in enumerate(demo.ref.criterion_ids):
            _assessment(demo, draft, version_id, day, criterion_id, position, progress)
        _comments(demo, draft, reviewed, index)


def _assessment(demo: Demo, draft: Draft, version_id: int, day: date, criterion_id: int,
                position: int, progress: float) -> None:
    rng = demo.rng
    score = draft.quality[position] + 2.2 * progress + rng.uniform(-0.6, 0.6)
    rating = RATINGS[min(3, max(0, int(score)))]
    demo.add("assessment", {
        "version_id": version_id, "criterion_id": criterion_id, "rating": rating,
        "comment": rng.choice(ASSESSMENT_COMMENTS[rating]), **demo.tracked(day),
    })


def _comments(demo: Demo, draft: Draft, reviewed: list[tuple[int, date]], index: int) -> None:
    """Comments on a reviewed version; most are addressed in one of the next reviewed ones."""
    rng = demo.rng
    version_id, day = reviewed[index]
    later = reviewed[index + 1:index + 3]
    if draft.plan.code == "regio-brugge":
        count = 5
    elif not later and draft.plan.stage >= 5:
        count = rng.randint(0, 1)
    else:
        count = rng.randint(2, 5)
    for position in rng.sample(range(len(DEFAULT_CRITERIA)), count):
        status, resolved = "open", None
        roll = rng.random()
        if later and roll < 0.75:
            status, resolved = "addressed", rng.choice(later)
        elif later and roll < 0.85:
            status = "dropped"
        demo.add("review_comment", {
            "version_id": version_id,
            "criterion_id": None if rng.random() < 0.15 else demo.ref.criterion_ids[position],
            "location": rng.choice(LOCATIONS),
            "text": rng.choice(REVIEW_COMMENTS[DEFAULT_CRITERIA[position].key]),
            "status": status, "resolved_in_version_id": resolved[0] if resolved else None,
            **demo.tracked(day, resolved[1] if resolved else None),
        })
