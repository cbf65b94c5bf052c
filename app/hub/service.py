"""The hub's HTTP service (Starlette): enrol, push, pull and version, as the non-owner service role.

Every request that touches PCN data authenticates its bearer token, refuses a revoked user, and sets
``app.pcn`` for its own transaction only (``set_config(..., true)`` is SET LOCAL), so row-level security
holds each query to the caller's PCN; the queries name the PCN as well. Errors are JSON
``{"error": sentence}``.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from app.hub import credentials, protocol
from app.hub.schema import require_current

MAX_BODY = 32 * 1024 * 1024
_TABLE = re.compile(r"[a-z_][a-z0-9_]{0,62}")


class Refused(Exception):
    def __init__(self, status: int, sentence: str) -> None:
        super().__init__(sentence)
        self.status = status


@dataclass(frozen=True)
class Caller:
    user_id: Any
    pcn: Any
    role: str
    device_id: str


def _authorise(conn: psycopg.Connection, request: Request) -> Caller:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Refused(401, "This laptop has not joined the hub yet: join with the code your manager gave you.")
    row = conn.execute("SELECT user_id, pcn, role, revoked, device_id FROM hub_authenticate(%s)",
                       (credentials.token_hash(token.strip()),)).fetchone()
    if row is None:
        raise Refused(401, "The hub does not recognise this laptop: join again with a new code from your manager.")
    if row[3]:
        raise Refused(403, "Your access to the team hub has been removed; ask your manager if that is a mistake.")
    conn.execute("SELECT set_config('app.pcn', %s, true)", (str(row[1]),))
    return Caller(row[0], row[1], row[2], row[4])


def _check_schema(request: Request) -> None:
    theirs = protocol.parse_label(request.headers.get(protocol.SCHEMA_HEADER, ""))
    ours = protocol.parse_label(protocol.schema_label())
    if theirs == ours:
        return
    if theirs is None or ours is None or theirs < ours:
        raise Refused(409, "This laptop's Linkwell is older than the team hub's: upgrade Linkwell on this laptop "
                           "to sync again (nothing on it is lost meanwhile).")
    raise Refused(409, "The team hub runs an older Linkwell than this laptop: ask whoever runs the hub to upgrade "
                       "it (nothing on this laptop is lost meanwhile).")


async def _json_body(request: Request) -> dict[str, Any]:
    body = await request.body()
    if len(body) > MAX_BODY:
        raise Refused(413, "That batch is too large for the hub; sync again to send it in smaller parts.")
    try:
        value = json.loads(body)
    except ValueError:
        value = None
    if not isinstance(value, dict):
        raise Refused(400, "The hub could not read that request.")
    return value


def _enrol(pool: ConnectionPool, _request: Request, body: dict[str, Any]) -> dict[str, Any]:
    user, code, device = body.get("user"), body.get("code"), body.get("device")
    if not (isinstance(user, str) and isinstance(code, str) and isinstance(device, str)
            and user.strip() and code.strip() and device.strip()):
        raise Refused(400, "Joining the hub needs your user name, your code and this laptop's id.")
    token = credentials.new_token()
    with pool.connection() as conn:
        row = conn.execute("SELECT user_id, pcn, role FROM hub_enrol(%s, %s, %s, %s)",
                           (user.strip(), credentials.code_hash(code), credentials.token_hash(token),
                            device)).fetchone()
        if row is None:
            raise Refused(401, "That user name and code do not match a waiting invitation: codes work once, "
                               "so ask your manager for a new one.")
        conn.execute("SELECT set_config('app.pcn', %s, true)", (str(row[1]),))
        named = conn.execute("SELECT name FROM pcn WHERE id = %s", (row[1],)).fetchone()
        if named is None:  # the user's own PCN, visible under its own setting: never missing
            raise Refused(401, "That invitation's PCN is no longer on the hub: ask your manager for a new code.")
        pcn_name = named[0]
    return {"token": token, "user": user.strip(), "pcn": pcn_name, "role": row[2]}


def _change_row(caller: Caller, change: Any) -> tuple[Any, ...]:
    ok = (isinstance(change, dict) and isinstance(change.get("id"), str) and change["id"]
          and isinstance(change.get("table"), str) and _TABLE.fullmatch(change["table"])
          and isinstance(change.get("entity_id"), str) and change["entity_id"]
          and isinstance(change.get("hlc"), str) and change["hlc"]
          and isinstance(change.get("tombstone", False), bool)
          and (change.get("row") is None or isinstance(change.get("row"), dict)))
    if not ok:
        raise Refused(400, "The hub could not read one of the changes sent; nothing from this batch was kept.")
    fields = change.get("fields")
    if fields is not None and not (isinstance(fields, dict) and all(isinstance(f, str) for f in fields.values())):
        raise Refused(400, "The hub could not read one of the changes sent; nothing from this batch was kept.")
    tombstone = change.get("tombstone", False)
    data = None if tombstone or change.get("row") is None else Jsonb(change["row"])
    return (caller.pcn, change["table"], change["entity_id"], data, change["hlc"], caller.device_id,
            change["id"], caller.user_id, tombstone, None if fields is None or tombstone else Jsonb(fields))


def _push(pool: ConnectionPool, request: Request, body: dict[str, Any]) -> dict[str, Any]:
    changes = body.get("changes")
    if not isinstance(changes, list) or len(changes) > protocol.MAX_PUSH:
        raise Refused(400, f"A push carries a list of at most {protocol.MAX_PUSH} changes.")
    with pool.connection() as conn:
        caller = _authorise(conn, request)
        rows = [_change_row(caller, c) for c in changes]
        # One push per PCN at a time, so sequence numbers become visible in order and no pull skips one.
        conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (str(caller.pcn),))
        with conn.cursor() as cur:
            # A row deleted (erased) on the hub is not brought back by an edit from an offline laptop, and
            # nothing new is stored under an erased person, referral, connection or goal (the audit trail aside).
            cur.executemany(
                "INSERT INTO change (pcn, entity_table, entity_id, data, hlc, device_id, client_change_id,"
                " author, tombstone, fields) SELECT * FROM (SELECT %s::uuid AS pcn, %s::text AS t, %s::text AS e,"
                " %s::jsonb AS d, %s::text, %s::text, %s::text, %s::uuid, %s::boolean AS gone, %s::jsonb) AS v"
                " WHERE v.gone OR NOT EXISTS (SELECT 1 FROM change AS p WHERE p.pcn = v.pcn AND p.tombstone AND"
                " ((p.entity_table = v.t AND p.entity_id = v.e) OR (v.t <> 'auditevent' AND"
                " (p.entity_table, p.entity_id) IN (('person', v.d->>'person_id'), ('episode', v.d->>'episode_id'),"
                " ('connection', v.d->>'connection_id'), ('plangoal', v.d->>'goal_id')))))"
                " ON CONFLICT (pcn, device_id, client_change_id) DO NOTHING", rows)
            stored = max(cur.rowcount, 0)
            gone = [row[1:3] for row in rows if row[8]]
            if gone:  # a tombstone: nothing the row ever held stays on the hub
                cur.executemany("SELECT hub_erase(%s, %s)", gone)
    return {"stored": stored, "duplicates": len(rows) - stored}


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        raise Refused(400, "The hub could not read that request.") from None


def _pull(pool: ConnectionPool, request: Request) -> dict[str, Any]:
    after = _int(request.query_params.get("after"), 0)
    limit = max(1, min(_int(request.query_params.get("limit"), protocol.PULL_PAGE), protocol.PULL_PAGE))
    with pool.connection() as conn:
        caller = _authorise(conn, request)
        scope, params = "", [caller.pcn, after]
        if caller.role == "navigator":  # the directory and their own captures, nothing else
            scope, params = " AND (c.entity_table = ANY(%s) OR c.author = %s)", params + [
                list(protocol.DIRECTORY_TABLES), caller.user_id]
        rows = conn.execute(
            "SELECT c.seq, c.entity_table, c.entity_id, c.data, c.hlc, c.device_id, c.client_change_id,"
            " c.tombstone, c.fields, u.name FROM change AS c JOIN hub_user AS u ON u.id = c.author"
            f" WHERE c.pcn = %s AND c.seq > %s{scope} ORDER BY c.seq LIMIT %s", params + [limit + 1]).fetchall()
    page = rows[:limit]
    changes = [{"seq": r[0], "table": r[1], "entity_id": r[2], "row": r[3], "hlc": r[4], "device": r[5],
                "id": r[6], "tombstone": r[7], "fields": r[8], "author": r[9]} for r in page]
    return {"changes": changes, "last": page[-1][0] if page else after, "more": len(rows) > limit}


def _team(pool: ConnectionPool, request: Request) -> dict[str, Any]:
    """The caller's PCN's members who can still reach the hub (row-level security holds it to that PCN)."""
    with pool.connection() as conn:
        caller = _authorise(conn, request)
        rows = conn.execute("SELECT name, role FROM hub_user WHERE pcn = %s AND NOT revoked ORDER BY name",
                            (caller.pcn,)).fetchall()
    return {"team": [{"name": r[0], "role": r[1]} for r in rows]}


def _views(pool: ConnectionPool, request: Request) -> dict[str, Any]:
    """Who in the caller's PCN looked at one person's record, newest first, from the audit events their
    laptops pushed. Held to the caller's PCN by the query and again by row-level security."""
    person = request.query_params.get("person", "").replace("-", "").lower()
    if not re.fullmatch(r"[0-9a-f]{32}", person):
        raise Refused(400, "The hub could not read that request.")
    with pool.connection() as conn:
        caller = _authorise(conn, request)
        if caller.role == "navigator":
            raise Refused(403, "A navigator does not receive the caseload, so cannot see who looked at a record.")
        rows = conn.execute(
            "SELECT c.entity_id, c.data->>'at', c.data->>'detail', c.device_id, u.name, u.device_id"
            " FROM change AS c JOIN hub_user AS u ON u.id = c.author"
            " WHERE c.pcn = %s AND c.entity_table = 'auditevent' AND c.data->>'person_id' = %s"
            " AND c.data->>'action' = 'view' AND NOT c.tombstone ORDER BY c.data->>'at' DESC LIMIT 1000",
            (caller.pcn, person)).fetchall()
    return {"views": [{"id": r[0], "at": r[1], "detail": r[2], "by": r[4],
                       "laptop": "this" if r[3] == caller.device_id else "theirs" if r[3] == r[5] else "earlier"}
                      for r in rows]}


def create_app(dsn: str, *, pool_size: int = 8) -> Starlette:
    """The service over ``dsn``, which must connect as the hub's service role (see ``schema.service_dsn``)."""
    pool = ConnectionPool(dsn, min_size=1, max_size=pool_size, open=False,
                          kwargs={"connect_timeout": 10})

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        await run_in_threadpool(pool.open, True, 30.0)
        with pool.connection() as conn:
            require_current(conn)
        yield
        await run_in_threadpool(pool.close)

    def endpoint(work: Callable[..., dict[str, Any]], *, body: bool = False):
        async def handle(request: Request) -> JSONResponse:
            try:
                _check_schema(request)
                args = (await _json_body(request),) if body else ()
                result = await run_in_threadpool(work, pool, request, *args)
            except Refused as refused:
                return JSONResponse({"error": str(refused)}, status_code=refused.status)
            return JSONResponse(result)
        return handle

    async def version(_request: Request) -> JSONResponse:
        return JSONResponse({"hub": protocol.hub_version(), "data": protocol.data_version(),
                             "schema": protocol.schema_label()})

    return Starlette(routes=[
        Route("/version", version, methods=["GET"]),
        Route("/enrol", endpoint(_enrol, body=True), methods=["POST"]),
        Route("/push", endpoint(_push, body=True), methods=["POST"]),
        Route("/pull", endpoint(_pull), methods=["GET"]),
        Route("/team", endpoint(_team), methods=["GET"]),
        Route("/views", endpoint(_views), methods=["GET"]),
    ], lifespan=lifespan)
