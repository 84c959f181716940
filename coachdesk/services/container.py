"""All services of one open database, built once by the composition root."""

from __future__ import annotations

from coachdesk import paths
from coachdesk.db.migrate import Database
from coachdesk.services.actions import ActionService
from coachdesk.services.backups import BackupService, Retention
from coachdesk.services.candidacies import CandidacyService
from coachdesk.services.contacts import ContactService
from coachdesk.services.criteria import CriteriaService
from coachdesk.services.dashboard import DashboardService
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
        self.regions = RegionService(db.session_factory)
        self.progress = ProgressService(db.session_factory)
        self.candidacies = CandidacyService(db.session_factory)
        self.dashboard = DashboardService(db.session_factory)
        self.timeline = TimelineService(db.session_factory)
        self.contacts = ContactService(db.session_factory)
        self.logbook = LogbookService(db.session_factory)
        self.actions = ActionService(db.session_factory)
        self.merging = MergeService(db.session_factory)
        self.privacy = PrivacyService(db.session_factory, db.engine, db.path,
                                      db.backup_dir or paths.backup_dir())
        self.proposals = ProposalService(db.session_factory)
        self.criteria = CriteriaService(db.session_factory)
        self.reviews = ReviewService(db.session_factory)
        self.feedback = FeedbackService(db.session_factory, self.reviews)
        self.maintenance = MaintenanceService(db.session_factory, db.path)
        self.backups = BackupService(db.path, db.backup_dir or paths.backup_dir(), close=db.dispose,
                                     retention=retention)
        self.handoff = HandoffService(db.session_factory,
                                      backup=lambda: self.backups.snapshot("before-import"))
        self.report = ReportService(db.session_factory)

    def close(self) -> None:
        self.db.dispose()
