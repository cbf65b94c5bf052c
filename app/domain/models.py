"""Every table of the domain model; importing this registers them all on SQLModel.metadata."""

from app.domain.audit import AuditEvent, AuditSubject
from app.domain.gp_outbox import GpMessage, GpMessageEvent  # noqa: F401 - the GP record outbox (local to the laptop)
from app.domain.directory import (
    Location,
    Organisation,
    Schedule,
    Service,
    ServiceLocation,
    ServiceTaxonomy,
    TaxonomyTerm,
)
from app.domain.episodes import (
    Connection,
    ConnectionStatusChange,
    Contact,
    Episode,
    EpisodeStatusChange,
    MeasureResponse,
    PlanAction,
    PlanGoal,
    UnmetNeed,
)
from app.domain.outreach import Cohort, CohortCall, CohortMember
from app.domain.handover import Handover
from app.domain.duplicates import NotSamePair, PersonMerge  # noqa: F401 - the duplicates worklist's decisions
from app.domain.people import Person, Practice, Worker
from app.domain.settings import Setting

__all__ = [
    "AuditEvent", "AuditSubject", "Cohort", "CohortCall", "CohortMember", "Connection", "ConnectionStatusChange", "Contact", "Episode", "EpisodeStatusChange",
    "Location", "MeasureResponse", "Organisation", "Person", "PlanAction", "PlanGoal", "Practice",
    "Schedule", "Service", "ServiceLocation", "ServiceTaxonomy", "Setting", "TaxonomyTerm", "UnmetNeed",
    "Worker", "Handover",
]
