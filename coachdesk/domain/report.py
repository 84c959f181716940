"""The progress report (Voortgangsrapport) as plain data: gathered by a service, painted apart."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from coachdesk.domain.regions import stage_label, stage_title

# Oproep 41 of Europa WSE opened on 22 December 2022 (DOMAIN.md).
CALL_OPENED = date(2022, 12, 22)
LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class ReportOptions:
    """What the reader asked for: regions by name (empty: all), a period, privacy, language."""

    regions: tuple[str, ...] = ()
    start: date | None = None  # the period of the last page; default: three months before `end`
    end: date | None = None  # default: today
    personal_data: bool = True
    lang: str = "nl"
    stalled_days: int = 30


@dataclass(frozen=True)
class Rating:
    criterion: str
    code: str  # a `vocabulary.Rating` code, or "" when not rated
    label: str


@dataclass(frozen=True)
class Moment:
    on: date | None
    kind: str
    subject: str


@dataclass(frozen=True)
class LateAction:
    due_on: date | None
    description: str
    owner: str


@dataclass(frozen=True)
class RegionPart:
    """Half a page: one region's state, its proposal, its last contacts and what is due."""

    name: str
    province: str
    stage: str
    stage_position: int
    stage_since: date | None
    leader: str
    municipalities: int
    joined: tuple[str, ...]  # the names of the municipalities that joined
    version: int | None
    version_received: date | None
    version_status: str
    proposal_status: str
    ratings: tuple[Rating, ...]
    moments: tuple[Moment, ...]  # the last three, latest first
    open_actions: int
    late_actions: int
    late: tuple[LateAction, ...]  # the most overdue few
    next_step: str
    next_step_date: date | None
    last_contact: date | None
    stalled: bool
    steps: tuple[tuple[date | None, str], ...] = ()  # the road: each stage reached, and when


@dataclass(frozen=True)
class Month:
    """The number of regions in each stage (by position) at the end of one month."""

    month: date  # the first day of the month
    counts: tuple[int, ...]


@dataclass(frozen=True)
class Stalled:
    name: str
    stage: str
    days_without_contact: int | None  # None: never any contact
    days_in_stage: int | None


@dataclass(frozen=True)
class Change:
    """One line of the last page: a stage change, a new network leader, a version received."""

    on: date | None
    region: str
    kind: str  # "stage", "leader", "version" or "versions" (several of one region)
    text: str  # the stage step, the new leader, the version number ("3-7" for several)
    detail: str = ""  # the reason of a stage change, the former leader, the version's status
    count: int = 1  # how many versions a "versions" line stands for
    since: date | None = None  # the first of those versions' dates


@dataclass
class ReportData:
    options: ReportOptions
    made_at: datetime
    coach: str
    start: date
    end: date
    stages: list[str] = field(default_factory=list)  # names, by position
    regions: list[RegionPart] = field(default_factory=list)
    months: list[Month] = field(default_factory=list)
    stalled: list[Stalled] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    all_regions: bool = True


def in_language(data: ReportData) -> ReportData:
    """The report's stage names in its language: the default stages by their English names
    in an English report; a stage the coach renamed stays as written."""
    lang = data.options.lang
    if lang == "nl":
        return data

    def name(stage: str) -> str:
        return stage_label(stage, lang)

    return replace(
        data, stages=[name(st) for st in data.stages],
        regions=[replace(part, stage=name(part.stage),
                         steps=tuple((on, name(st)) for on, st in part.steps))
                 for part in data.regions],
        stalled=[replace(item, stage=name(item.stage)) for item in data.stalled],
        changes=[replace(c, text=stage_title(c.text, lang)) if c.kind == "stage" else c
                 for c in data.changes])
