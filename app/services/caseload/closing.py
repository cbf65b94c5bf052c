"""Closing a referral with nothing left hanging: what became of each open connection, and the closing
measures a commissioner will ask for.

``closing_check`` says, before the worker closes, which connections are still open (each with the
endings that make sense for it) and which measures have a baseline but no later answer. ``close``
then moves every open connection and closes the referral in one transaction: all of it or none.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import Session, col, select

from app.domain.base import utcnow
from app.domain.models import Connection, ConnectionStatusChange, Episode, MeasureResponse, Service
from app.domain.status import CONNECTION_MOVES, ConnectionOutcome, ConnectionStatus, next_connection_status
from app.errors import InvalidInput
from app.services.lookup import get_record
from app.i18n import QT_TRANSLATE_NOOP, Labels, translate

OPEN = (ConnectionStatus.DRAFT, ConnectionStatus.REQUESTED, ConnectionStatus.ACCEPTED,
        ConnectionStatus.IN_PROGRESS, ConnectionStatus.ON_HOLD)
# The endings offered at closing, each as (status, outcome reason it needs or None).
ENDINGS: dict[str, tuple[ConnectionStatus, str | None]] = {
    "completed": (ConnectionStatus.COMPLETED, None),
    "cancelled": (ConnectionStatus.CANCELLED, None),
    "did_not_attend": (ConnectionStatus.FAILED, ConnectionOutcome.DID_NOT_ATTEND.value),
}
ENDING_WORDS = Labels("closing", {"completed": QT_TRANSLATE_NOOP("closing", "Went, and it is done"),
                                  "cancelled": QT_TRANSLATE_NOOP("closing", "Not needed now (cancelled)"),
                                  "did_not_attend": QT_TRANSLATE_NOOP("closing", "Never went")})


@dataclass(frozen=True)
class OpenConnection:
    id: str
    service: str
    status: str
    endings: tuple[tuple[str, str], ...]  # (a key of ENDINGS, its words) that this connection can move to


@dataclass(frozen=True)
class ClosingCheck:
    open_connections: tuple[OpenConnection, ...]
    measures_due: tuple[str, ...]  # instrument ids with a baseline and nothing after it


def endings_for(status: str) -> tuple[str, ...]:
    allowed = CONNECTION_MOVES[ConnectionStatus(status)]
    return tuple(key for key, (to, _reason) in ENDINGS.items() if to in allowed)


def open_connections(session: Session, episode_id: uuid.UUID) -> list[Connection]:
    return list(session.exec(select(Connection).where(
        Connection.episode_id == episode_id, col(Connection.deleted_at).is_(None),
        col(Connection.status).in_([s.value for s in OPEN]))).all())


def closing_check(session: Session, episode_id: str) -> ClosingCheck:
    episode = get_record(session, Episode, episode_id, "referral")
    connections = []
    for c in open_connections(session, episode.id):
        service = session.get(Service, c.service_id)
        connections.append(OpenConnection(str(c.id), service.name if service else "a service no longer listed",
                                          c.status, tuple((k, ENDING_WORDS[k]) for k in endings_for(c.status))))
    taken = session.exec(select(MeasureResponse.instrument, MeasureResponse.timepoint)
                         .where(MeasureResponse.episode_id == episode.id)).all()
    baseline = dict.fromkeys(i for i, t in taken if t == "baseline")
    later = {i for i, t in taken if t != "baseline"}
    return ClosingCheck(tuple(connections), tuple(i for i in baseline if i not in later))


def end_connections(session: Session, episode_id: uuid.UUID, endings: dict[str, str]) -> list[str]:
    """Move each open connection as ``endings`` says (connection id -> a key of ENDINGS); every open
    connection needs one. Returns what was done, for the audit trail."""
    done = []
    for c in open_connections(session, episode_id):
        key = endings.get(str(c.id))
        if key is None:
            raise InvalidInput(translate("caseload", "Say what became of each open connection before closing the referral."))
        if key not in endings_for(c.status):
            raise InvalidInput(translate("caseload", "That ending does not fit one of the connections; choose another."))
        to, reason = ENDINGS[key]
        new = next_connection_status(c.status, to.value, outcome_reason=reason)
        session.add(ConnectionStatusChange(connection_id=c.id, from_status=c.status, to_status=new.value,
                                           outcome_reason=reason))
        c.status, c.status_changed_at, c.outcome_reason = new.value, utcnow(), reason
        session.add(c)
        done.append(f"connection {c.id} moved to {new.value} at closing")
    return done
