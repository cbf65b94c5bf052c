"""Join a hub, push the outbox, pull and apply what the team changed, with last-clock-wins.

Works on a plain DB-API connection. Push is resumable: outbox rows leave only after the hub has them,
and the hub stores a change once however often it is sent. Each pulled page is applied in one
transaction with its cursor, so a page is applied wholly or not at all. The token lives in the
encrypted database (``sync_state``), never in a plaintext file.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from app import clock
from app.hub import protocol
from app.storage.database import Database
from app.sync.client import HubClient

# Pulled into the local copy. Audit events are pushed (the team's trail lives on the hub) but each
# laptop keeps its own hash chain, so theirs are not merged into it.
APPLIED_TABLES = ("practice", "worker", "organisation", "location", "taxonomyterm", "service", "schedule",
                  "servicelocation", "servicetaxonomy", "person", "episode", "episodestatuschange",
                  "plangoal", "planaction", "contact", "connection", "connectionstatuschange",
                  "measureresponse", "unmetneed")
SEEDED_TABLES = APPLIED_TABLES + ("auditevent",)  # the first push sends what the laptop already held


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    overwritten: int

    def as_json(self) -> dict[str, int]:
        # Clinical conflicts (two status moves from one state) are not detected yet: always 0.
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": 0, "overwritten": self.overwritten}


def _state(con: Any) -> dict[str, Any]:
    cur = con.execute("SELECT * FROM sync_state WHERE id = 1")
    return dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))


def _columns(con: Any, table: str) -> list[str]:
    return [row[1] for row in con.execute(f"PRAGMA table_info('{table}')")]


def join(db: Database, url: str, user: str, code: str) -> dict[str, str]:
    """Spend the enrolment code, then start capturing and queue everything already held for the first push."""
    con = db.connect()
    try:
        if _state(con)["hub_url"]:
            from app.errors import InvalidInput

            raise InvalidInput("This database has already joined a hub.")
        device = uuid.uuid4().hex
        joined = HubClient(url).enrol(user, code, device)
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE sync_state SET device_id = ?, hub_url = ?, hub_user = ?, hub_pcn = ?, hub_role = ?,"
                    " hub_token = ?, capturing = 1, last_pulled = 0", (device, url, joined["user"],
                                                                       joined["pcn"], joined["role"], joined["token"]))
        for table in SEEDED_TABLES:
            _seed(con, table)
        con.execute("UPDATE sync_state SET hlc_ms = max(hlc_ms, CAST((julianday('now') - 2440587.5) * 86400000"
                    " AS INTEGER)) + 1, hlc_n = 0")
        con.execute("COMMIT")
        return {"hub": url, "user": joined["user"], "pcn": joined["pcn"], "role": joined["role"]}
    finally:
        con.close()


def _seed(con: Any, table: str) -> None:
    pairs = ", ".join(f"'{c}', t.\"{c}\"" for c in _columns(con, table))
    hlc = ("printf('%015d:%05d:%s', max(s.hlc_ms, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),"
           " 0, s.device_id)")
    con.execute(f"INSERT INTO sync_outbox (change_id, entity_table, entity_id, row_json, tombstone, hlc)"
                f" SELECT lower(hex(randomblob(16))), '{table}', t.id, json_object({pairs}), 0, {hlc}"
                f" FROM \"{table}\" AS t, sync_state AS s")
    con.execute(f"INSERT OR REPLACE INTO sync_row_clock (entity_table, entity_id, hlc)"
                f" SELECT entity_table, entity_id, hlc FROM sync_outbox WHERE entity_table = '{table}'")


def _client(state: dict[str, Any]) -> HubClient:
    if not state["hub_url"]:
        from app.errors import InvalidInput

        raise InvalidInput("This database has not joined a team hub: use 'linkwell sync join' first.")
    return HubClient(state["hub_url"], state["hub_token"])


def status(db: Database) -> dict[str, Any]:
    con = db.connect()
    try:
        state = _state(con)
        pending = con.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    finally:
        con.close()
    return {"hub": state["hub_url"], "user": state["hub_user"], "pcn": state["hub_pcn"], "pending": pending,
            "last_synced": state["last_synced"]}


def sync_now(db: Database, *, page: int = protocol.PULL_PAGE) -> SyncResult:
    con = db.connect()
    try:
        client = _client(_state(con))
        pushed = _push(con, client)
        pulled, overwritten = _pull(con, client, page)
        con.execute("UPDATE sync_state SET last_synced = ?", (clock.now().isoformat(timespec="seconds"),))
        con.commit()
        return SyncResult(pushed, pulled, overwritten)
    finally:
        con.close()


def _push(con: Any, client: HubClient) -> int:
    pushed = 0
    while True:
        rows = con.execute("SELECT seq, change_id, entity_table, entity_id, row_json, tombstone, hlc FROM sync_outbox"
                           " ORDER BY seq LIMIT ?", (protocol.MAX_PUSH,)).fetchall()
        if not rows:
            return pushed
        client.push([{"id": r[1], "table": r[2], "entity_id": r[3], "row": json.loads(r[4]) if r[4] else None,
                      "tombstone": bool(r[5]), "hlc": r[6]} for r in rows])
        con.execute("DELETE FROM sync_outbox WHERE seq <= ?", (rows[-1][0],))  # only once the hub has them
        con.commit()
        pushed += len(rows)


def _pull(con: Any, client: HubClient, page_size: int) -> tuple[int, int]:
    pulled = overwritten = 0
    while True:
        state = _state(con)
        page = client.pull(state["last_pulled"], page_size)
        con.execute("BEGIN IMMEDIATE")
        try:
            con.execute("PRAGMA defer_foreign_keys = ON")  # a page may name a row before its parent
            con.execute("UPDATE sync_state SET applying = 1")
            for change in page["changes"]:
                if change["device"] == state["device_id"] or change["table"] not in APPLIED_TABLES:
                    continue
                overwritten += _apply(con, change)
                _observe(con, change["hlc"])
                pulled += 1
            con.execute("UPDATE sync_state SET applying = 0, last_pulled = ?", (page["last"],))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        if not page["more"]:
            return pulled, overwritten


def _observe(con: Any, hlc: str) -> None:
    """Keep this laptop's clock ahead of every clock it has seen."""
    ms, n, _ = hlc.split(":", 2)
    con.execute("UPDATE sync_state SET hlc_n = CASE WHEN ? > hlc_ms THEN ? ELSE max(hlc_n, ?) END,"
                " hlc_ms = max(hlc_ms, ?)", (int(ms), int(n), int(n), int(ms)))


def _local_row(con: Any, table: str, entity_id: str) -> dict[str, Any] | None:
    cur = con.execute(f"SELECT * FROM \"{table}\" WHERE id = ?", (entity_id,))
    row = cur.fetchone()
    return None if row is None else dict(zip([d[0] for d in cur.description], row, strict=True))


def _apply(con: Any, change: dict[str, Any]) -> int:
    """Apply one pulled change if its clock is later than the row's; keep the losing value. 1 if one lost."""
    table, entity_id, hlc = change["table"], change["entity_id"], change["hlc"]
    clock_row = con.execute("SELECT hlc FROM sync_row_clock WHERE entity_table = ? AND entity_id = ?",
                            (table, entity_id)).fetchone()
    local = _local_row(con, table, entity_id)
    lost_at = clock.now().isoformat(timespec="seconds")
    if clock_row is not None and clock_row[0] >= hlc:  # ours is later: theirs is kept, not applied
        con.execute("INSERT INTO sync_overwritten (entity_table, entity_id, row_json, hlc, lost_to, at)"
                    " VALUES (?, ?, ?, ?, ?, ?)", (table, entity_id, json.dumps(change["row"]), hlc, clock_row[0],
                                                   lost_at))
        return 1
    lost = 0
    if local is not None and clock_row is not None:
        incoming = change["row"] or {}
        if change["tombstone"] or any(local.get(k) != v for k, v in incoming.items() if k in local):
            con.execute("INSERT INTO sync_overwritten (entity_table, entity_id, row_json, hlc, lost_to, at)"
                        " VALUES (?, ?, ?, ?, ?, ?)", (table, entity_id, json.dumps(local), clock_row[0], hlc,
                                                       lost_at))
            lost = 1
    if change["tombstone"]:
        con.execute(f"DELETE FROM \"{table}\" WHERE id = ?", (entity_id,))
    else:
        _upsert(con, table, local, change["row"])
    con.execute("INSERT OR REPLACE INTO sync_row_clock (entity_table, entity_id, hlc) VALUES (?, ?, ?)",
                (table, entity_id, hlc))
    return lost


def _upsert(con: Any, table: str, local: dict[str, Any] | None, row: dict[str, Any]) -> None:
    columns = set(_columns(con, table))
    values = {k: v for k, v in row.items() if k in columns}
    if local is None:
        names = ", ".join(f'"{k}"' for k in values)
        con.execute(f"INSERT INTO \"{table}\" ({names}) VALUES ({', '.join('?' * len(values))})",
                    list(values.values()))
        return
    changed = {k: v for k, v in values.items() if local.get(k) != v}  # append-only columns stay unset
    if changed:
        sets = ", ".join(f'"{k}" = ?' for k in changed)
        con.execute(f"UPDATE \"{table}\" SET {sets} WHERE id = ?", [*changed.values(), row["id"]])
