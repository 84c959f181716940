"""Every dialog of CoachDesk, built on the demo database as a coach would open it.

Used by the laptop-screen tests and by `scripts/screenshots.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from coachdesk.ui.context import AppContext

Factory = Callable[[AppContext, QWidget], QDialog]


def _region(ctx: AppContext, name: str = "Kempen") -> int:
    return next(r.id for r in ctx.services.regions.list_regions() if r.name == name)


def _moment_row(ctx: AppContext):  # type: ignore[no-untyped-def]
    return ctx.services.logbook.region_moments(_region(ctx), limit=1)[0]


def _action(ctx: AppContext):  # type: ignore[no-untyped-def]
    return ctx.services.actions.open_actions(_region(ctx))[0]


def _proposal(ctx: AppContext):  # type: ignore[no-untyped-def]
    row = next(r for r in ctx.services.proposals.overview() if r.proposal_id)
    return ctx.services.proposals.detail(row.proposal_id)


def _dialogs() -> dict[str, Factory]:
    from coachdesk.ui.dialogs.about import AboutDialog
    from coachdesk.ui.dialogs.preferences import PreferencesDialog
    from coachdesk.ui.errors import ErrorDialog
    from coachdesk.ui.features.backups.check_dialog import CheckDialog
    from coachdesk.ui.features.backups.restore_dialog import RestoreDialog
    from coachdesk.ui.features.handoff.export_dialog import ExportDialog
    from coachdesk.ui.features.report.dialog import ReportDialog
    from coachdesk.ui.features.team.conflict_dialog import ConflictDialog
    from coachdesk.ui.features.team.connect_dialog import TeamDialog
    from coachdesk.ui.pages.actions.dialogs import DoneDialog, NewActionDialog, NextDialog
    from coachdesk.ui.pages.contacts.forms import OrganisationForm, PersonForm
    from coachdesk.ui.pages.contacts.questions import KeepDialog
    from coachdesk.ui.pages.logbook.detail import MomentDetail
    from coachdesk.ui.pages.logbook.quick_log import QuickLogDialog
    from coachdesk.ui.pages.proposals.adding import AddVersionDialog
    from coachdesk.ui.pages.proposals.criteria_dialog import CriteriaDialog
    from coachdesk.ui.pages.proposals.dialogs import ProposalDialog
    from coachdesk.ui.pages.regions.candidacy_dialogs import (
        CandidacyStatusDialog,
        NewCandidacyDialog,
    )
    from coachdesk.ui.pages.regions.membership_dialogs import MembershipDialog, MoveDialog
    from coachdesk.ui.pages.regions.small_dialogs import NextStepDialog, StageListDialog
    from coachdesk.ui.pages.regions.stage_dialog import StageChangeDialog

    def regions(ctx: AppContext) -> list[tuple[str, int]]:
        return [(r.name, r.id) for r in ctx.services.regions.list_regions()]

    def municipalities(ctx: AppContext):  # type: ignore[no-untyped-def]
        return ctx.services.regions.municipalities(_region(ctx))

    def candidacy(ctx: AppContext):  # type: ignore[no-untyped-def]
        return ctx.services.candidacies.candidacies(_region(ctx))[0]

    def dashboard_rows(ctx: AppContext):  # type: ignore[no-untyped-def]
        return ctx.services.dashboard.rows(date.today(), 30)

    return {
        "about": lambda c, p: AboutDialog(c, p),
        "preferences": lambda c, p: PreferencesDialog(c, p),
        "error": lambda c, p: ErrorDialog("Traceback (most recent call last):\n  ...", None, p),
        "backup-check": lambda c, p: CheckDialog(c, p),
        "backup-restore": lambda c, p: RestoreDialog(c, p),
        "handoff-export": lambda c, p: ExportDialog(c, p),
        "action-done": lambda c, p: DoneDialog(_action(c), p),
        "action-next": lambda c, p: NextDialog(_action(c), p),
        "action-new": lambda c, p: NewActionDialog(regions(c), _region(c), p),
        "person": lambda c, p: PersonForm(c, c.services.contacts.people()[0].id, p),
        "organisation": lambda c, p: OrganisationForm(c, None, p),
        "contacts-merge": lambda c, p: KeepDialog("Jan Peeters, Gemeente Mol",
                                                  "Dhr. Peeters, OCMW Mol", p),
        "moment-detail": lambda c, p: MomentDetail(c, _moment_row(c), p),
        "quick-log": lambda c, p: QuickLogDialog(c, p, _region(c)),
        "proposal-add-version": lambda c, p: AddVersionDialog(Path("Projectvoorstel_v3.docx"), p),
        "proposal-criteria": lambda c, p: CriteriaDialog(c, p),
        "proposal-edit": lambda c, p: ProposalDialog(_proposal(c), c.lang, p),
        "candidacy-new": lambda c, p: NewCandidacyDialog(municipalities(c), c.lang, False, p),
        "candidacy-status": lambda c, p: CandidacyStatusDialog(candidacy(c), c.lang, False, p),
        "membership": lambda c, p: MembershipDialog(municipalities(c)[:2], c.lang, p),
        "municipality-move": lambda c, p: MoveDialog(municipalities(c)[:1], dashboard_rows(c), p),
        "next-step": lambda c, p: NextStepDialog(c.services.regions.next_step(_region(c)),
                                                 "Kempen", p),
        "stage-list": lambda c, p: StageListDialog(c.services.progress.stages(), p),
        "stage-change": lambda c, p: StageChangeDialog(c, _region(c), "Kempen", None, p),
        "file-open": lambda c, p: _file_dialog(p),
        "report": lambda c, p: ReportDialog(c, p),
        "team-connect": _team_dialog,
        "team-conflicts": lambda c, p: ConflictDialog(c, p),
    }


def _team_dialog(ctx: AppContext, parent: QWidget) -> QDialog:
    """The team database dialog as after a failed try: the longest it gets."""
    from coachdesk.domain.errors import DatabaseError
    from coachdesk.ui.errors import error_text
    from coachdesk.ui.features.team.connect_dialog import TeamDialog

    dialog = TeamDialog(ctx, parent)
    dialog.address.setText("postgresql://db.example.be/coachdesk")
    dialog.show()
    dialog.error.setText(error_text(DatabaseError(
        "team.unreachable", address="postgresql://lies@db.example.be/coachdesk")))
    return dialog


def _file_dialog(parent: QWidget) -> QDialog:
    """Qt's own file dialog (not the system's), as the coach sees it on Linux."""
    dialog = QFileDialog(parent, "", str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


DIALOGS: dict[str, Factory] = {}


def dialogs() -> dict[str, Factory]:
    if not DIALOGS:
        DIALOGS.update(_dialogs())
    return DIALOGS
