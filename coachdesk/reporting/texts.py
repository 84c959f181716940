"""The report's words: English sources, translated from the `report` area's .ts like every
other text of CoachDesk.

The report's language is chosen per report (a coach may send an English one to a funder while
working in Dutch), so the caller hands the painter a `translate` for that language
(`application.translations.translator(lang)`), which the window and the command line share.
"""

from __future__ import annotations

from datetime import date

from coachdesk.domain.messages import QT_TRANSLATE_NOOP, Translate

TEXTS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("report", "Progress report, call 41"),
    "subtitle": QT_TRANSLATE_NOOP(
        "report", "Regional organisation networks for newcomers' participation"),
    "state_on": QT_TRANSLATE_NOOP("report", "State of affairs on {day}"),
    "made_by": QT_TRANSLATE_NOOP("report", "Prepared by {coach} with CoachDesk {version}"),
    "made_by_nobody": QT_TRANSLATE_NOOP("report", "Prepared with CoachDesk {version}"),
    "scope_all": QT_TRANSLATE_NOOP("report", "all {n} regions"),
    "scope_some": QT_TRANSLATE_NOOP("report", "{n} of the regions: {names}"),
    "no_personal": QT_TRANSLATE_NOOP(
        "report", "without personal data: people's names are replaced by their organisation"),
    "today": QT_TRANSLATE_NOOP("report", "Where the regions stand today"),
    "regions_n": QT_TRANSLATE_NOOP("report", "{n} regions"),
    "region_1": QT_TRANSLATE_NOOP("report", "1 region"),
    "road": QT_TRANSLATE_NOOP("report", "The road so far: regions per stage, month by month"),
    "road_note": QT_TRANSLATE_NOOP(
        "report",
        "Each colour is a stage; the height of a band is the number of regions in that stage at"
        " the end of the month."),
    "stalled": QT_TRANSLATE_NOOP("report", "Stalled regions"),
    "stalled_none": QT_TRANSLATE_NOOP(
        "report", "No region has stalled: every region had contact in the last {days} days."),
    "stalled_line": QT_TRANSLATE_NOOP("report", "{stage}; {contact}; {in_stage}."),
    "no_contact_ever": QT_TRANSLATE_NOOP("report", "no contact yet"),
    "no_contact_days": QT_TRANSLATE_NOOP("report", "no contact for {n} days"),
    "in_stage_days": QT_TRANSLATE_NOOP("report", "{n} days in this stage"),
    "stalled_rule": QT_TRANSLATE_NOOP(
        "report", "A region has stalled when it had no contact for {days} days or more."),
    "stage_since": QT_TRANSLATE_NOOP("report", "since {day} ({n} days)"),
    "leader": QT_TRANSLATE_NOOP("report", "Network leader"),
    "leader_none": QT_TRANSLATE_NOOP("report", "not found yet"),
    "municipalities": QT_TRANSLATE_NOOP("report", "Municipalities"),
    "joined_of": QT_TRANSLATE_NOOP("report", "{joined} of {total} joined"),
    "joined_none": QT_TRANSLATE_NOOP("report", "none of the {total} joined yet"),
    "proposal": QT_TRANSLATE_NOOP("report", "Project proposal"),
    "proposal_none": QT_TRANSLATE_NOOP("report", "no version received yet"),
    "version_line": QT_TRANSLATE_NOOP("report", "version {n}, received on {day}: {status}"),
    "proposal_status": QT_TRANSLATE_NOOP("report", "status: {status}"),
    "criteria": QT_TRANSLATE_NOOP("report", "Rating per criterion (latest version)"),
    "not_rated": QT_TRANSLATE_NOOP("report", "not rated"),
    "contacts": QT_TRANSLATE_NOOP("report", "Latest contacts"),
    "contacts_none": QT_TRANSLATE_NOOP("report", "no contact yet"),
    "actions": QT_TRANSLATE_NOOP("report", "Actions"),
    "actions_line": QT_TRANSLATE_NOOP("report", "{open} open, {late} of them overdue"),
    "actions_line_ok": QT_TRANSLATE_NOOP("report", "{open} open, none overdue"),
    "road_short": QT_TRANSLATE_NOOP("report", "The road"),
    "version_now": QT_TRANSLATE_NOOP("report", "status now: {status}"),
    "changes_count": QT_TRANSLATE_NOOP(
        "report",
        "{stages} stage changes, {leaders} new network leaders and {versions} versions of "
        "project proposals received."),
    "versions_n": QT_TRANSLATE_NOOP("report", "versions {first} to {last} received ({n})"),
    "versions_since": QT_TRANSLATE_NOOP("report", "the first on {day}; the latest now: {status}"),
    "guide": QT_TRANSLATE_NOOP("report", "In this report"),
    "guide_regions": QT_TRANSLATE_NOOP(
        "report",
        "Pages 2 to {last}: each region on half a page, in alphabetical order: stage and road "
        "so far, network leader, municipalities joined, the project proposal with its rating, "
        "the latest contacts, open actions and the next step."),
    "guide_region_page": QT_TRANSLATE_NOOP(
        "report",
        "Page 2: each region on half a page: stage and road so far, network leader, "
        "municipalities joined, the project proposal with its rating, the latest contacts, open"
        " actions and the next step."),
    "guide_changes": QT_TRANSLATE_NOOP(
        "report", "Page {first}: what changed from {start} to {end}."),
    "guide_changes_n": QT_TRANSLATE_NOOP(
        "report", "Pages {first} to {last}: what changed from {start} to {end}."),
    "actions_none": QT_TRANSLATE_NOOP("report", "no open actions"),
    "due": QT_TRANSLATE_NOOP("report", "due on {day}"),
    "next_step": QT_TRANSLATE_NOOP("report", "Next step"),
    "next_step_none": QT_TRANSLATE_NOOP("report", "no next step recorded"),
    "on_day": QT_TRANSLATE_NOOP("report", "by {day}"),
    "changes": QT_TRANSLATE_NOOP("report", "What changed from {start} to {end}"),
    "changes_more": QT_TRANSLATE_NOOP("report", "What changed (continued)"),
    "changes_none": QT_TRANSLATE_NOOP(
        "report",
        "Nothing changed in stages, network leaders or proposal versions in this period."),
    "changes_note": QT_TRANSLATE_NOOP(
        "report",
        "Stage changes, new network leaders and proposal versions received, as the handoff "
        "workbook's Wijzigingen sheet also tracks them."),
    "col_date": QT_TRANSLATE_NOOP("report", "Date"),
    "col_region": QT_TRANSLATE_NOOP("report", "Region"),
    "col_what": QT_TRANSLATE_NOOP("report", "What"),
    "col_note": QT_TRANSLATE_NOOP("report", "Note"),
    "kind_stage": QT_TRANSLATE_NOOP("report", "Stage"),
    "kind_leader": QT_TRANSLATE_NOOP("report", "Network leader"),
    "kind_version": QT_TRANSLATE_NOOP("report", "Proposal"),
    "version_n": QT_TRANSLATE_NOOP("report", "version {n} received"),
    "leader_before": QT_TRANSLATE_NOOP("report", "before: {name}"),
    "page": QT_TRANSLATE_NOOP("report", "page {n} of {total}"),
    "criteria_key": QT_TRANSLATE_NOOP("report", "Criteria"),
    "ratings_key": QT_TRANSLATE_NOOP("report", "Colours"),
    "stage_n": QT_TRANSLATE_NOOP("report", "stage {n} of {total}"),
}

# The months as the chart's axis shows them, one word each, in calendar order.
MONTHS = QT_TRANSLATE_NOOP("report", "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")


class Words:
    """`words("key", name=value)`: the sentence in the report's language, filled in."""

    def __init__(self, translate: Translate) -> None:
        self._translate = translate
        self._months = translate("report", MONTHS).split()
        if len(self._months) != 12:
            self._months = MONTHS.split()

    def __call__(self, key: str, **values: object) -> str:
        return self._translate("report", TEXTS[key]).format(**values)

    @staticmethod
    def day(value: date | None) -> str:
        return f"{value.day:02d}/{value.month:02d}/{value.year}" if value else "–"

    def month(self, value: date) -> str:
        return f"{self._months[value.month - 1]} {value:%y}"
