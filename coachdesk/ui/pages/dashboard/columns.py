"""The columns of the Overzicht and of its 'this week' list."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QObject

from coachdesk.domain.regions import stage_label
from coachdesk.services.dashboard import DashboardRow, DueAction
from coachdesk.ui.models.table import Column
from coachdesk.ui.widgets.dates import format_date

translate = QCoreApplication.translate  # the name lupdate recognises


class DashboardTexts(QObject):
    """Plural texts: lupdate marks `%n` strings as plurals only in `self.tr(..., n)` calls."""

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)


@lru_cache(maxsize=1)
def _texts() -> DashboardTexts:
    return DashboardTexts()


def stalled_text(r: DashboardRow) -> str:
    if not r.stalled:
        return ""
    if r.days_since_contact is None:
        return "⚠ " + translate("DashboardColumns", "no contact yet")
    return "⚠ " + _texts().days(r.days_since_contact)


def region_columns(lang: str) -> list[Column[DashboardRow]]:
    region = translate("DashboardColumns", "Region")
    stage = translate("DashboardColumns", "Stage")
    days = translate("DashboardColumns", "Days in stage")
    stalled = translate("DashboardColumns", "Stalled")
    leader = translate("DashboardColumns", "Network leader")
    joined = translate("DashboardColumns", "Joined")
    actions = translate("DashboardColumns", "Actions open (late)")
    proposal = translate("DashboardColumns", "Proposal")
    next_step = translate("DashboardColumns", "Next step")
    return [
        Column(region, lambda r: r.name, tooltip=lambda r: r.province),
        Column(stage, lambda r: f"{r.stage_position} · {stage_label(r.stage_name, lang)}",
               sort_key=lambda r: r.stage_position),
        Column(days, lambda r: r.days_in_stage, align_right=True,
               sort_key=lambda r: -1 if r.days_in_stage is None else r.days_in_stage),
        Column(stalled, stalled_text, sort_key=_stalled_key, tooltip=_last_contact_tip),
        Column(leader, lambda r: r.leader or "—", tooltip=lambda r: r.leader),
        Column(joined, lambda r: f"{r.joined} / {r.municipalities}",
               sort_key=lambda r: r.joined / max(r.municipalities, 1), align_right=True),
        Column(actions, _actions, align_right=True,
               sort_key=lambda r: r.overdue_actions * 100000 + r.open_actions),
        Column(proposal, lambda r: _proposal(r, lang)),
        Column(next_step, _next_step, tooltip=_next_step,
               sort_key=lambda r: r.next_step_date.isoformat() if r.next_step_date else "9999"),
    ]


def _stalled_key(r: DashboardRow) -> int:
    if not r.stalled:
        return -1
    return 99999 if r.days_since_contact is None else r.days_since_contact


def _actions(r: DashboardRow) -> str:
    if r.overdue_actions:
        return f"{r.open_actions} ({r.overdue_actions} ⚠)"
    return str(r.open_actions)


def _next_step(r: DashboardRow) -> str:
    when = format_date(r.next_step_date)
    return " · ".join(p for p in (when, r.next_step) if p)


def _last_contact_tip(r: DashboardRow) -> str:
    if r.last_contact is None:
        return translate("DashboardColumns", "No contact moment yet")
    text = translate("DashboardColumns", "Last contact moment: %1")
    return text.replace("%1", format_date(r.last_contact))


def _proposal(r: DashboardRow, lang: str) -> str:
    if r.proposal_status is None and r.latest_version is None:
        return ""
    status = r.proposal_status.label(lang) if r.proposal_status else ""
    version = f"v{r.latest_version}" if r.latest_version else ""
    return " · ".join(p for p in (status, version) if p)


def due_columns() -> list[Column[DueAction]]:
    return [
        Column(translate("DashboardColumns", "Due"), lambda a: a.due_on),
        Column(translate("DashboardColumns", "Region"), lambda a: a.region_name),
        Column(translate("DashboardColumns", "Action"),
               lambda a: ("⚠ " if a.overdue else "") + a.description,
               tooltip=lambda a: a.description),
        Column(translate("DashboardColumns", "Who"), lambda a: a.owner),
    ]
