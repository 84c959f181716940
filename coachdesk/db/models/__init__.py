"""All tables of CoachDesk; importing this package registers them on `Base.metadata`."""

from coachdesk.db import tracking
from coachdesk.db.base import Base
from coachdesk.db.models.contacts import (
    Action,
    ContactMoment,
    ContactParticipant,
    ErasureRecord,
    Organisation,
    Person,
)
from coachdesk.db.models.meta import DbMeta, HandoffExport, Tombstone
from coachdesk.db.models.proposals import (
    Assessment,
    Criterion,
    Proposal,
    ProposalFile,
    ProposalVersion,
    ReviewComment,
)
from coachdesk.db.models.sync import SyncBatch, SyncConflict, SyncShadow
from coachdesk.db.models.regions import (
    Candidacy,
    CandidacyEvent,
    CandidacyMunicipality,
    FormerMunicipality,
    Municipality,
    Region,
    Stage,
    StageChange,
)

__all__ = [
    "Action", "Assessment", "Base", "Candidacy", "CandidacyEvent", "CandidacyMunicipality",
    "ContactMoment", "ContactParticipant", "Criterion", "DbMeta", "ErasureRecord",
    "FormerMunicipality", "HandoffExport", "Municipality", "Organisation", "Person", "Proposal",
    "ProposalFile", "ProposalVersion", "Region", "ReviewComment", "Stage", "StageChange",
    "SyncBatch", "SyncConflict", "SyncShadow", "Tombstone",
]

tracking.install()
