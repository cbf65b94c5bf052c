"""The hub's schema: plain SQL migrations applied in order and recorded, and the service's own role.

``init`` is idempotent. The service role is a login role that owns nothing and cannot bypass row-level
security; its password is kept in an owner-only table so ``hub serve`` can connect as it.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import make_conninfo

from app.hub.errors import HubNotInitialised, HubSchemaMismatch, HubUnreachable
from app.hub.protocol import hub_version as code_version

MIGRATIONS = Path(__file__).with_name("migrations")
_SECRET = "service_password"
_GRANTS = (  # what the service may do; row-level security limits every row to the request's PCN
    "GRANT USAGE ON SCHEMA public TO {role}",
    "GRANT SELECT ON hub_migration, pcn, hub_user TO {role}",
    "GRANT SELECT, INSERT ON change TO {role}",
    "GRANT USAGE ON SEQUENCE change_seq_seq TO {role}",
    "GRANT EXECUTE ON FUNCTION hub_authenticate(text), hub_enrol(text, text, text, text) TO {role}",
    "GRANT EXECUTE ON FUNCTION hub_erase(text, text) TO {role}",
)


@dataclass(frozen=True)
class InitResult:
    version: int
    applied: list[str]
    service_role: str


def migrations() -> list[tuple[int, Path]]:
    found = [(int(m.group(1)), p) for p in MIGRATIONS.glob("*.sql") if (m := re.match(r"(\d+)_", p.name))]
    return sorted(found)


def connect(dsn: str, *, autocommit: bool = False) -> psycopg.Connection:
    try:
        return psycopg.connect(dsn, connect_timeout=10, autocommit=autocommit)
    except psycopg.OperationalError as exc:
        raise HubUnreachable() from exc
    except psycopg.ProgrammingError as exc:  # a DSN that does not parse
        raise HubUnreachable() from exc


def database_version(conn: psycopg.Connection) -> int | None:
    """The hub schema version in this database, or None before ``hub init``."""
    if _one(conn, "SELECT to_regclass('public.hub_migration')") is None:
        return None
    return int(_one(conn, "SELECT coalesce(max(version), 0) FROM hub_migration"))


def _one(conn: psycopg.Connection, query: str) -> Any:
    """The first column of a query that always returns one row."""
    row = conn.execute(query).fetchone()
    assert row is not None, query
    return row[0]


def require_current(conn: psycopg.Connection) -> int:
    """The database's version, refusing one this code cannot work with."""
    version = database_version(conn)
    if not version:
        raise HubNotInitialised()
    if version != code_version():
        raise _mismatch(version)
    return version


def _mismatch(version: int) -> HubSchemaMismatch:
    if version > code_version():
        return HubSchemaMismatch(f"This hub's schema (version {version}) is newer than this Linkwell "
                                 f"(version {code_version()}): upgrade Linkwell here first.")
    return HubSchemaMismatch(f"This hub's schema (version {version}) is older than this Linkwell "
                             f"(version {code_version()}): run 'linkwell hub init' to upgrade it.")


def init(dsn: str) -> InitResult:
    """Create or migrate the hub schema, then make sure the service role exists with its grants."""
    with connect(dsn, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(hashtext('linkwell hub init'))")  # one init at a time
        conn.execute("CREATE TABLE IF NOT EXISTS hub_migration (version int PRIMARY KEY, name text NOT NULL,"
                     " applied_at timestamptz NOT NULL DEFAULT now())")
        current = database_version(conn) or 0
        if current > code_version():
            raise _mismatch(current)
        applied = []
        for version, path in migrations():
            if version <= current:
                continue
            with conn.transaction():
                conn.execute(path.read_text(encoding="utf-8"))
                conn.execute("INSERT INTO hub_migration (version, name) VALUES (%s, %s)", (version, path.stem))
            applied.append(path.stem)
        role = _ensure_service_role(conn)
        return InitResult(code_version(), applied, role)


def service_role_name(conn: psycopg.Connection) -> str:
    return f"{conn.info.dbname}_hub_service"[:63]


def _ensure_service_role(conn: psycopg.Connection) -> str:
    role = service_role_name(conn)
    with conn.transaction():
        row = conn.execute("SELECT value FROM hub_secret WHERE name = %s", (_SECRET,)).fetchone()
        password = row[0] if row else secrets.token_urlsafe(24)
        if row is None:
            conn.execute("INSERT INTO hub_secret (name, value) VALUES (%s, %s)", (_SECRET, password))
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        conn.execute(sql.SQL(verb + " ROLE {} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE"
                             " PASSWORD {}").format(sql.Identifier(role), sql.Literal(password)))
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
            sql.Identifier(conn.info.dbname), sql.Identifier(role)))
        for grant in _GRANTS:
            conn.execute(sql.SQL(grant).format(role=sql.Identifier(role)))
    return role


def service_dsn(admin_dsn: str) -> str:
    """The DSN ``hub serve`` uses: the same database, as the service role."""
    with connect(admin_dsn) as conn:
        require_current(conn)
        row = conn.execute("SELECT value FROM hub_secret WHERE name = %s", (_SECRET,)).fetchone()
        if row is None:
            raise HubNotInitialised()
        return make_conninfo(admin_dsn, user=service_role_name(conn), password=row[0])
