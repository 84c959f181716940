"""All services of one open database, built once by the composition root.

Each service is made, and its module imported, when first used: the first page needs only
the dashboard, which reads through a plain connection, so start-up loads no SQLAlchemy.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from coachdesk import paths
from coachdesk.db.migrate import Database
from coachdesk.services.backups import BackupService, Retention
from coachdesk.services.dashboard import DashboardService

if TYPE_CHECKING:
    from coachdesk.services.actions import ActionService
    from coachdesk.services.candidacies import CandidacyService
    from coachdesk.services.contacts import ContactService
    from coachdesk.services.criteria import CriteriaService
    from coachdesk.services.feedback_report import FeedbackService
    from coachdesk.services.handoff import HandoffService
    from coachdesk.services.logbook import LogbookService
    from coachdesk.services.maintenance import MaintenanceService
    from coachdesk.services.merging import MergeService
    from coachdesk.services.privacy import PrivacyService
    from coachdesk.services.progress import ProgressService
    from coachdesk.services.proposals import ProposalService
    from coachdesk.services.regions import RegionService
    from coachdesk.services.report import ReportService
    from coachdesk.services.reviews import ReviewService
    from coachdesk.services.timeline import TimelineService


class Services:
    """The use cases the UI and command line call; holds no state of its own."""

    def __init__(self, db: Database, retention: Retention | None = None) -> None:
        self.db = db
        self.path = db.path
        self.dashboard = DashboardService(db)
        self.backups = BackupService(db.path, db.backup_dir or paths.backup_dir(), close=db.dispose,
                                     retention=retention)

    def tidy_at_start(self) -> object:
        """Leftovers of work that was killed: half-scrubbed copies go, and an interrupted
        erasure is finished. The privacy service (SQLAlchemy) is loaded only for the latter,
        so a normal start does not pay for it while the first page shows."""
        from coachdesk.services.erasure_files import read_ledger, remove_scrub_leftovers

        if self.db.is_file and read_ledger(self.db.path).pending:
            return self.privacy.tidy()
        remove_scrub_leftovers(self.db.backup_dir or paths.backup_dir())
        return None

    def warm_up(self) -> None:
        """Load SQLAlchemy and the models ahead of the first page that needs them."""
        self.db.session_factory  # noqa: B018
        self.regions  # noqa: B018

    @cached_property
    def regions(self) -> RegionService:
        from coachdesk.services.regions import RegionService

        return RegionService(self.db.session_factory)

    @cached_property
    def progress(self) -> ProgressService:
        from coachdesk.services.progress import ProgressService

        return ProgressService(self.db.session_factory)

    @cached_property
    def candidacies(self) -> CandidacyService:
        from coachdesk.services.candidacies import CandidacyService

        return CandidacyService(self.db.session_factory)

    @cached_property
    def timeline(self) -> TimelineService:
        from coachdesk.services.timeline import TimelineService

        return TimelineService(self.db.session_factory)

    @cached_property
    def contacts(self) -> ContactService:
        from coachdesk.services.contacts import ContactService

        return ContactService(self.db.session_factory)

    @cached_property
    def logbook(self) -> LogbookService:
        from coachdesk.services.logbook import LogbookService

        return LogbookService(self.db.session_factory)

    @cached_property
    def actions(self) -> ActionService:
        from coachdesk.services.actions import ActionService

        return ActionService(self.db.session_factory)

    @cached_property
    def merging(self) -> MergeService:
        from coachdesk.services.merging import MergeService

        return MergeService(self.db.session_factory)

    @cached_property
    def privacy(self) -> PrivacyService:
        from coachdesk.services.privacy import PrivacyService

        return PrivacyService(self.db.session_factory, self.db.engine, self.db.path,
                              self.db.backup_dir or paths.backup_dir())

    @cached_property
    def proposals(self) -> ProposalService:
        from coachdesk.services.proposals import ProposalService

        return ProposalService(self.db.session_factory)

    @cached_property
    def criteria(self) -> CriteriaService:
        from coachdesk.services.criteria import CriteriaService

        return CriteriaService(self.db.session_factory)

    @cached_property
    def reviews(self) -> ReviewService:
        from coachdesk.services.reviews import ReviewService

        return ReviewService(self.db.session_factory)

    @cached_property
    def feedback(self) -> FeedbackService:
        from coachdesk.services.feedback_report import FeedbackService

        return FeedbackService(self.db.session_factory, self.reviews)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from coachdesk.services.maintenance import MaintenanceService

        return MaintenanceService(self.db.session_factory, self.db.path)

    @cached_property
    def handoff(self) -> HandoffService:
        from coachdesk.services.handoff import HandoffService

        return HandoffService(self.db.session_factory,
                              backup=lambda: self.backups.snapshot("before-import"))

    @cached_property
    def report(self) -> ReportService:
        from coachdesk.services.report import ReportService

        return ReportService(self.db.session_factory)

    def close(self) -> None:
        self.db.dispose()
