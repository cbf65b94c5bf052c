"""The hub administrator's commands: PCNs and their users. They run as the hub's owner."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from app.hub import credentials
from app.hub.errors import HubError, InvalidInput, UnknownPcn, UnknownUser
from app.hub.schema import connect, require_current

ROLES = ("link-worker", "manager", "navigator")


@dataclass(frozen=True)
class Enrolment:
    user: str
    pcn: str
    role: str
    code: str


def _name(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise InvalidInput(f"The {what} needs a name.")
    return value


def add_pcn(dsn: str, name: str) -> None:
    name = _name(name, "PCN")
    with connect(dsn) as conn:
        require_current(conn)
        try:
            conn.execute("INSERT INTO pcn (name) VALUES (%s)", (name,))
        except psycopg.errors.UniqueViolation:
            raise HubError(f"The hub already has a PCN called {name!r}.") from None


def _pcn_id(conn: psycopg.Connection, pcn: str) -> str:
    row = conn.execute("SELECT id FROM pcn WHERE name = %s", (pcn,)).fetchone()
    if row is None:
        raise UnknownPcn(pcn)
    return row[0]


def add_user(dsn: str, pcn: str, user: str, role: str = "link-worker") -> Enrolment:
    """A user of the PCN and their one-time enrolment code (shown now, stored hashed).

    A removed user added again gets a new code; their old laptop's token stays refused.
    """
    user = _name(user, "user")
    if role not in ROLES:
        raise InvalidInput(f"The role must be one of {', '.join(ROLES)}.")
    code = credentials.new_code()
    with connect(dsn) as conn:
        require_current(conn)
        pcn_id = _pcn_id(conn, pcn)
        row = conn.execute(
            "INSERT INTO hub_user (pcn, name, role, code_hash) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (pcn, name) DO UPDATE SET role = excluded.role, code_hash = excluded.code_hash,"
            " token_hash = NULL, device_id = NULL, revoked = false, enrolled_at = NULL"
            " WHERE hub_user.revoked RETURNING id", (pcn_id, user, role, credentials.code_hash(code))).fetchone()
        if row is None:
            raise HubError(f"{user!r} is already a user of {pcn!r}: remove them first to issue a new code.")
    return Enrolment(user, pcn, role, code)


def remove_user(dsn: str, pcn: str, user: str) -> None:
    """Revoke at once: the next request with their token is refused, and their code can no longer enrol."""
    with connect(dsn) as conn:
        require_current(conn)
        pcn_id = _pcn_id(conn, pcn)
        row = conn.execute("UPDATE hub_user SET revoked = true, code_hash = NULL WHERE pcn = %s AND name = %s"
                           " RETURNING id", (pcn_id, user)).fetchone()
        if row is None:
            raise UnknownUser(user, pcn)
