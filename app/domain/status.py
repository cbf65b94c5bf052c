"""Status vocabularies and the pure rules for moving between them.

An illegal move raises ``IllegalTransition`` whose message names the moves that are allowed.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from app.errors import IllegalTransition, InvalidInput
from app.i18n import QT_TRANSLATE_NOOP, Labels, translate


class EpisodeStatus(StrEnum):
    REFERRED = "referred"
    CONTACTED = "contacted"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WHAT_MATTERS = "what_matters"
    PLANNED = "planned"
    CONNECTING = "connecting"
    REVIEW = "review"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        """In the chosen language; ``EPISODE_LABELS.english`` keeps the words stored and exported."""
        return EPISODE_LABELS[self]


EPISODE_LABELS = Labels("status", {
    EpisodeStatus.REFERRED: QT_TRANSLATE_NOOP("status", "Referred, not yet contacted"),
    EpisodeStatus.CONTACTED: QT_TRANSLATE_NOOP("status", "Contacted, offer made"),
    EpisodeStatus.ACCEPTED: QT_TRANSLATE_NOOP("status", "Accepted"),
    EpisodeStatus.DECLINED: QT_TRANSLATE_NOOP("status", "Declined"),
    EpisodeStatus.WHAT_MATTERS: QT_TRANSLATE_NOOP("status", "What matters conversation held"),
    EpisodeStatus.PLANNED: QT_TRANSLATE_NOOP("status", "Plan agreed"),
    EpisodeStatus.CONNECTING: QT_TRANSLATE_NOOP("status", "Connecting and following up"),
    EpisodeStatus.REVIEW: QT_TRANSLATE_NOOP("status", "Under review"),
    EpisodeStatus.CLOSED: QT_TRANSLATE_NOOP("status", "Closed"),
})

# What can be done next from each status, and why, in one short line under the journey's buttons.
EPISODE_NEXT = Labels("status", {
    EpisodeStatus.REFERRED: QT_TRANSLATE_NOOP("status", "Next: contact them and offer support (Offer made), or close if it is not for us."),
    EpisodeStatus.CONTACTED: QT_TRANSLATE_NOOP("status", "Next: say whether they accepted or declined the offer of support."),
    EpisodeStatus.ACCEPTED: QT_TRANSLATE_NOOP("status", "Next: hold the what matters conversation, the start of their plan."),
    EpisodeStatus.DECLINED: QT_TRANSLATE_NOOP("status", "They declined: Accepted if they change their mind, or close the referral."),
    EpisodeStatus.WHAT_MATTERS: QT_TRANSLATE_NOOP("status", "Next: agree a plan from what matters to them."),
    EpisodeStatus.PLANNED: QT_TRANSLATE_NOOP("status", "Next: connect them with services (Connecting), or review the plan."),
    EpisodeStatus.CONNECTING: QT_TRANSLATE_NOOP("status", "Next: follow up their connections, then review how it is going."),
    EpisodeStatus.REVIEW: QT_TRANSLATE_NOOP("status", "Next: carry on connecting, change the plan, or close when it has done its work."),
    EpisodeStatus.CLOSED: QT_TRANSLATE_NOOP("status", "This referral is closed; if they need support again, start a new referral."),
})

_E = EpisodeStatus
EPISODE_MOVES: dict[EpisodeStatus, tuple[EpisodeStatus, ...]] = {
    _E.REFERRED: (_E.CONTACTED, _E.CLOSED),
    _E.CONTACTED: (_E.ACCEPTED, _E.DECLINED, _E.CLOSED),
    _E.ACCEPTED: (_E.WHAT_MATTERS, _E.CLOSED),
    _E.DECLINED: (_E.ACCEPTED, _E.CLOSED),
    _E.WHAT_MATTERS: (_E.PLANNED, _E.CLOSED),
    _E.PLANNED: (_E.CONNECTING, _E.REVIEW, _E.CLOSED),
    _E.CONNECTING: (_E.REVIEW, _E.CLOSED),
    _E.REVIEW: (_E.CONNECTING, _E.PLANNED, _E.CLOSED),
    _E.CLOSED: (),
}
OPEN_EPISODE_STATUSES = tuple(s for s in EpisodeStatus if s is not _E.CLOSED)


class ClosureReason(StrEnum):
    GOALS_MET = "goals_met"
    DISENGAGED = "disengaged"
    DECLINED = "declined"
    MOVED_AWAY = "moved_away"
    TRANSFERRED = "transferred"
    DIED = "died"
    OTHER = "other"


class ConnectionStatus(StrEnum):
    """The HL7 SDOH referral (FHIR Task) statuses."""

    DRAFT = "draft"
    REQUESTED = "requested"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    IN_PROGRESS = "in-progress"
    ON_HOLD = "on-hold"
    FAILED = "failed"
    COMPLETED = "completed"
    ENTERED_IN_ERROR = "entered-in-error"


_C = ConnectionStatus
CONNECTION_MOVES: dict[ConnectionStatus, tuple[ConnectionStatus, ...]] = {
    _C.DRAFT: (_C.REQUESTED, _C.CANCELLED, _C.ENTERED_IN_ERROR),
    _C.REQUESTED: (_C.ACCEPTED, _C.REJECTED, _C.COMPLETED, _C.CANCELLED, _C.FAILED, _C.ENTERED_IN_ERROR),
    _C.ACCEPTED: (_C.IN_PROGRESS, _C.ON_HOLD, _C.COMPLETED, _C.CANCELLED, _C.FAILED, _C.ENTERED_IN_ERROR),
    _C.IN_PROGRESS: (_C.ON_HOLD, _C.COMPLETED, _C.CANCELLED, _C.FAILED, _C.ENTERED_IN_ERROR),
    _C.ON_HOLD: (_C.IN_PROGRESS, _C.CANCELLED, _C.FAILED, _C.ENTERED_IN_ERROR),
    _C.REJECTED: (_C.ENTERED_IN_ERROR,),
    _C.CANCELLED: (_C.ENTERED_IN_ERROR,),
    _C.FAILED: (_C.ENTERED_IN_ERROR,),
    _C.COMPLETED: (_C.ENTERED_IN_ERROR,),
    _C.ENTERED_IN_ERROR: (),
}
CONNECTION_NEEDS_REASON = (_C.REJECTED, _C.FAILED)


class ConnectionOutcome(StrEnum):
    SERVICE_CLOSED = "service_closed"
    NO_CAPACITY = "no_capacity"
    NOT_ELIGIBLE = "not_eligible"
    DID_NOT_ATTEND = "did_not_attend"
    CHANGED_MIND = "changed_mind"
    OTHER = "other"


S = TypeVar("S", bound=StrEnum)


def _parse(kind: type[S], value: str, refusal: str) -> S:
    """``refusal`` has {value} and {allowed} to fill."""
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(s.value for s in kind)
        raise InvalidInput(refusal.format(value=repr(value), allowed=allowed)) from None


def _not_a_referral_status() -> str:
    return translate("status", "{value} is not a referral status; use one of: {allowed}.")


def _not_a_connection_status() -> str:
    return translate("status", "{value} is not a connection status; use one of: {allowed}.")


def _say(status: StrEnum) -> str:
    return status.label if isinstance(status, EpisodeStatus) else status.value


def next_episode_status(
    current: str, target: str, *, closure_reason: str | None = None
) -> EpisodeStatus:
    """The new status, if the move from ``current`` to ``target`` is allowed."""
    cur = _parse(EpisodeStatus, current, _not_a_referral_status())
    new = _parse(EpisodeStatus, target, _not_a_referral_status())
    allowed = EPISODE_MOVES[cur]
    if new not in allowed:
        raise IllegalTransition(_refusal(True, cur, new, allowed))
    if new is _E.CLOSED:
        if not closure_reason:
            reasons = ", ".join(r.value for r in ClosureReason)
            raise InvalidInput(translate("status", "Closing needs a reason: one of {reasons}.").format(reasons=reasons))
        _parse(ClosureReason, closure_reason, translate("status", "{value} is not a closure reason; use one of: {allowed}."))
    return new


def next_connection_status(
    current: str, target: str, *, outcome_reason: str | None = None
) -> ConnectionStatus:
    cur = _parse(ConnectionStatus, current, _not_a_connection_status())
    new = _parse(ConnectionStatus, target, _not_a_connection_status())
    allowed = CONNECTION_MOVES[cur]
    if new not in allowed:
        raise IllegalTransition(_refusal(False, cur, new, allowed))
    if new in CONNECTION_NEEDS_REASON:
        if not outcome_reason:
            reasons = ", ".join(r.value for r in ConnectionOutcome)
            raise InvalidInput(translate("status", "A connection that is {status} needs a reason: one of {reasons}.")
                               .format(status=new.value, reasons=reasons))
        _parse(ConnectionOutcome, outcome_reason,
               translate("status", "{value} is not a connection outcome reason; use one of: {allowed}."))
    return new


def _refusal(referral: bool, cur: StrEnum, new: StrEnum, allowed: tuple[StrEnum, ...]) -> str:
    if not allowed:
        finished = (translate("status", "A referral that is '{current}' is finished and cannot move to '{target}'.")
                    if referral else
                    translate("status", "A connection that is '{current}' is finished and cannot move to '{target}'."))
        return finished.format(current=_say(cur), target=_say(new))
    options = "; ".join(f"'{_say(s)}'" for s in allowed)
    refused = (translate("status", "A referral that is '{current}' cannot move to '{target}'. It can move to: {options}.")
               if referral else
               translate("status", "A connection that is '{current}' cannot move to '{target}'. It can move to: {options}."))
    return refused.format(current=_say(cur), target=_say(new), options=options)
