"""Join a hub, push the outbox, pull and apply what the team changed, field by field, later clock wins.

Works on a plain DB-API connection. Push is resumable: outbox rows leave only after the hub has them,
and the hub stores a change once however often it is sent. Each pulled page is applied in one
transaction with its cursor, so a page is applied wholly or not at all.

Merge: a new row is taken whole; an edit carries the columns it changed, and each column takes the later
clock, so edits to different fields of one row both survive; every value that lost is kept in
``sync_overwritten``. A delete (an erasure) always wins and is never undone by a later edit. Two status
moves made from the same state on different laptops are both kept, and the pair is listed in
``sync_conflict`` for a person to choose (app/sync/conflicts.py).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import clock
from app.errors import StorageError
from app.hub import protocol
from app.services.changes import Changes
from app.storage.database import Database
from app.sync import conflicts, credentials
from app.i18n import translate

if TYPE_CHECKING:  # the HTTP client (urllib, ssl) loads when a hub is joined or reached, not for status
    from app.sync.client import HubClient

# Pulled into the local copy. Audit events are pushed (the team's trail lives on the hub) but each
# laptop keeps its own hash chain, so theirs are not merged into it.
APPLIED_TABLES = ("practice", "worker", "organisation", "location", "taxonomyterm", "service", "schedule",
                  "servicelocation", "servicetaxonomy", "person", "episode", "episodestatuschange",
                  "plangoal", "planaction", "contact", "connection", "connectionstatuschange",
                  "measureresponse", "unmetneed", "sync_resolution", "handover",
                  "cohort", "cohortmember", "cohortcall",  # outreach (migration 0010)
                  "guardian",  # a young person's parents and carers (migration 0014)
                  "safeguarding",  # safeguarding concerns (migration 0016)
                  "notsamepair", "personmerge")  # the duplicates worklist's decisions (migration 0017)
SEEDED_TABLES = APPLIED_TABLES + ("auditevent",)  # the first push sends what the laptop already held
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "device_id"})  # merged, but never a "lost value"


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    overwritten: int
    conflicts: int = 0  # status conflicts waiting for a person's choice, after this sync
    changes: Changes = Changes()  # what the pulled changes touched, for the window to refresh

    def as_json(self) -> dict[str, int]:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts,
                "overwritten": self.overwritten}


def _state(con: Any) -> dict[str, Any]:
    cur = con.execute("SELECT * FROM sync_state WHERE id = 1")
    return dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))


def _columns(con: Any, table: str) -> list[str]:
    return [row[1] for row in con.execute(f"PRAGMA table_info('{table}')")]


def join(db: Database, url: str, user: str, code: str, *, ca: Path | None = None) -> dict[str, str]:
    """Spend the enrolment code, then start capturing and queue everything already held for the first push.

    ``ca``: the PCN's own certificate (PEM) when its hub's certificate is not one the system trusts; it is
    kept beside the database and trusted for this hub from then on."""
    from app.errors import InvalidInput
    from app.sync.client import HubClient, check_url, tls_context

    url = check_url(url)
    pem = None
    if ca is not None:
        if not url.startswith("https:"):
            raise InvalidInput(translate("sync", "A certificate (--ca) is only for a hub reached over HTTPS."))
        tls_context(ca)  # a sentence now if it is not a certificate
        pem = Path(ca).read_bytes()
    con = db.connect()
    try:
        if _state(con)["hub_url"]:
            raise InvalidInput(translate("sync", "This database has already joined a hub."))
        device = uuid.uuid4().hex
        joined = HubClient(url, cafile=ca).enrol(user, code, device)
        credentials.store_ca(db, pem)
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE sync_state SET device_id = ?, hub_url = ?, hub_user = ?, hub_pcn = ?, hub_role = ?,"
                    " hub_token = NULL, capturing = 1, last_pulled = 0", (device, url, joined["user"],
                                                                          joined["pcn"], joined["role"]))
        credentials.store(db, device, joined["token"])
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
    con.execute(f"INSERT OR REPLACE INTO sync_row_clock (entity_table, entity_id, hlc, base)"
                f" SELECT entity_table, entity_id, hlc, hlc FROM sync_outbox WHERE entity_table = '{table}'")


def _client(db: Database, state: dict[str, Any], timeout: float = 60) -> HubClient:
    if not state["hub_url"]:
        from app.errors import InvalidInput

        raise InvalidInput(translate("sync", "This database has not joined a team hub: use 'linkwell sync join' first."))
    from app.sync.client import HubClient

    return HubClient(state["hub_url"], credentials.fetch(db, state["device_id"], state["hub_token"]),
                     timeout=timeout, cafile=credentials.ca_file(db))


def status(db: Database) -> dict[str, Any]:
    con = db.connect()
    try:
        state = _state(con)
        pending = con.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
        waiting = conflicts.open_count(con)
        parked = con.execute("SELECT count(*) FROM sync_parked").fetchone()[0]
    finally:
        con.close()
    return {"hub": state["hub_url"], "user": state["hub_user"], "pcn": state["hub_pcn"], "pending": pending,
            "last_synced": state["last_synced"], "conflicts": waiting, "set_aside": parked}


def sync_now(db: Database, *, page: int = protocol.PULL_PAGE, timeout: float = 60) -> SyncResult:
    """``timeout``: seconds to wait on the hub for each request (the window asks for less, since its
    database worker waits meanwhile)."""
    con = db.connect()
    try:
        client = _client(db, _state(con), timeout)
        pushed = _push(con, client)
        pulled, overwritten, touched = _pull(con, client, page)
        _keep_team(con, client.team())
        con.execute("UPDATE sync_state SET last_synced = ?", (clock.now().isoformat(timespec="seconds"),))
        con.commit()
        from app.sync.handed_in import forget_handed_in  # loads the ORM: not before the first paint

        forget_handed_in(db)  # a connector's captures, now on the hub, leave this laptop
        return SyncResult(pushed, pulled, overwritten, conflicts.open_count(con), _changes(con, touched))
    finally:
        con.close()


def _push(con: Any, client: HubClient) -> int:
    pushed = 0
    while True:
        rows = con.execute("SELECT seq, change_id, entity_table, entity_id, row_json, tombstone, hlc, fields"
                           " FROM sync_outbox ORDER BY seq LIMIT ?", (protocol.MAX_PUSH,)).fetchall()
        if not rows:
            return pushed
        client.push([{"id": r[1], "table": r[2], "entity_id": r[3], "row": json.loads(r[4]) if r[4] else None,
                      "tombstone": bool(r[5]), "hlc": r[6], "fields": json.loads(r[7]) if r[7] else None}
                     for r in rows])
        con.execute("DELETE FROM sync_outbox WHERE seq <= ?", (rows[-1][0],))  # only once the hub has them
        con.commit()
        pushed += len(rows)


def _keep_team(con: Any, team: list[dict[str, str]]) -> None:
    """The team as the hub says it now: whom a person can be handed over to, even offline."""
    con.execute("BEGIN IMMEDIATE")
    con.execute("DELETE FROM sync_team")
    con.executemany("INSERT OR REPLACE INTO sync_team (name, role) VALUES (?, ?)",
                    [(m["name"], m["role"]) for m in team])
    con.execute("COMMIT")


def _pull(con: Any, client: HubClient, page_size: int) -> tuple[int, int, dict[str, set[str]]]:
    """Page by page, each applied in one transaction with its cursor; the next page is fetched while
    this one is applied (the hub and this laptop work at once), but is applied only after it."""
    from concurrent.futures import ThreadPoolExecutor

    pulled = overwritten = 0
    touched: dict[str, set[str]] = {}
    state = _state(con)
    with ThreadPoolExecutor(1, thread_name_prefix="linkwell-pull") as fetcher:
        coming = fetcher.submit(client.pull, state["last_pulled"], page_size)
        while True:
            page = coming.result()
            if page["more"]:
                coming = fetcher.submit(client.pull, page["last"], page_size)
            n, lost = _apply_page(con, page, touched)
            pulled, overwritten = pulled + n, overwritten + lost
            if not page["more"]:
                return pulled, overwritten, touched


def _apply_page(con: Any, page: dict[str, Any], touched: dict[str, set[str]]) -> tuple[int, int]:
    pulled = overwritten = 0
    state = _state(con)
    con.execute("BEGIN IMMEDIATE")  # one transaction: the page and its cursor together
    try:
        con.execute("PRAGMA defer_foreign_keys = ON")  # a page may name a row before its parent
        con.execute("UPDATE sync_state SET applying = 1")
        columns: dict[str, list[str]] = {}
        latest = ""  # the latest clock on the page, which this laptop's clock must stay ahead of
        for change in page["changes"]:
            if change["device"] == state["device_id"] or change["table"] not in APPLIED_TABLES:
                continue
            table = change["table"]
            if table not in columns:
                columns[table] = _columns(con, table)
            try:
                overwritten += _apply(con, change, columns[table])
            except Exception as error:  # noqa: BLE001 - sqlcipher's IntegrityError: set aside, go on
                # Only the row's own INSERT or UPDATE can clash, and it is _apply's first write: SQLite has
                # undone that statement alone, so nothing of this change is left to undo.
                clash = _driver_error(error)
                if type(clash).__name__ != "IntegrityError":
                    raise
                _park(con, table, change["entity_id"], change, _reason(str(clash)))
            else:
                if not change["tombstone"] and table in conflicts.STATUS_TABLES:
                    conflicts.detect(con, table, change["entity_id"], state["hub_user"])
            latest = max(latest, change["hlc"])
            touched.setdefault(table, set()).add(change["entity_id"])
            pulled += 1
        if latest:
            _observe(con, latest)
        con.execute("UPDATE sync_state SET applying = 0, last_pulled = ?", (page["last"],))
        _commit(con)
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return pulled, overwritten


def _driver_error(error: BaseException) -> BaseException:
    """The driver's own error behind the sentence ``Database.connect`` made of it: here a clash is
    expected and handled, so what matters is which constraint it was."""
    return error.__cause__ if isinstance(error, StorageError) and error.__cause__ is not None else error


def _reason(error: str) -> str:
    if "nhs_number" in error:
        return "a person with the same NHS number is already on this laptop"
    if "ods_code" in error:
        return "a practice with the same ODS code is already on this laptop"
    return "it clashes with a record already on this laptop"


def _park(con: Any, table: str, entity_id: str, change: dict[str, Any], reason: str) -> None:
    """Keep a change this copy cannot take, whole, so the sync goes on and nothing is lost."""
    con.execute("INSERT INTO sync_parked (entity_table, entity_id, change_json, reason, at) VALUES (?, ?, ?, ?, ?)",
                (table, entity_id, json.dumps(change), reason, clock.now().isoformat(timespec="seconds")))


def _park_with_children(con: Any, table: str, row: dict[str, Any]) -> None:
    """Set aside a row whose parent was set aside, and everything beneath it (which its deletion cascades to)."""
    _park(con, table, row["id"], {"table": table, "entity_id": row["id"], "row": row},
          "what it belongs to was set aside on this laptop")
    for child in APPLIED_TABLES:
        for fk in con.execute(f"PRAGMA foreign_key_list('{child}')").fetchall():
            if fk[2] != table or child == table:
                continue
            cur = con.execute(f"SELECT * FROM \"{child}\" WHERE \"{fk[3]}\" = ?", (row["id"],))
            names = [d[0] for d in cur.description]
            for values in cur.fetchall():
                _park_with_children(con, child, dict(zip(names, values, strict=True)))


def _commit(con: Any) -> None:
    """Commit a pulled page. A row whose parent is missing fails the deferred foreign keys: if the parent
    was erased (a contact added offline to someone erased meanwhile) the row goes too; if the parent was
    set aside (``sync_parked``), the row is set aside with it. Then the page commits."""
    try:
        con.execute("COMMIT")
        return
    except Exception as error:  # noqa: BLE001 - sqlcipher's IntegrityError; anything else is re-raised
        if "FOREIGN KEY" not in str(_driver_error(error)):
            raise
    con.execute("UPDATE sync_state SET applying = 1")
    for _ in range(10):  # a grandchild is found once its parent has gone
        orphans = [row for row in con.execute("PRAGMA foreign_key_check").fetchall()
                   if row[0] in APPLIED_TABLES and row[1] is not None]
        if not orphans:
            break
        for table, rowid, parent, fkid in orphans:
            column = next(f[3] for f in con.execute(f"PRAGMA foreign_key_list('{table}')") if f[0] == fkid)
            cur = con.execute(f"SELECT * FROM \"{table}\" WHERE rowid = ?", (rowid,))
            row = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
            erased = con.execute("SELECT 1 FROM sync_row_clock WHERE entity_table = ? AND entity_id = ? AND"
                                 " tombstone", (parent, row[column])).fetchone()
            if not erased:
                _park_with_children(con, table, row)
            con.execute(f"DELETE FROM \"{table}\" WHERE rowid = ?", (rowid,))
    con.execute("UPDATE sync_state SET applying = 0")
    con.execute("COMMIT")


def _observe(con: Any, hlc: str) -> None:
    """Keep this laptop's clock ahead of every clock it has seen."""
    ms, n, _ = hlc.split(":", 2)
    con.execute("UPDATE sync_state SET hlc_n = CASE WHEN ? > hlc_ms THEN ? ELSE max(hlc_n, ?) END,"
                " hlc_ms = max(hlc_ms, ?)", (int(ms), int(n), int(n), int(ms)))


def _local_row(con: Any, table: str, entity_id: str) -> dict[str, Any] | None:
    cur = con.execute(f"SELECT * FROM \"{table}\" WHERE id = ?", (entity_id,))
    row = cur.fetchone()
    return None if row is None else dict(zip([d[0] for d in cur.description], row, strict=True))


def _forget(con: Any, table: str, entity_id: str) -> None:
    """Nothing a deleted (erased) row held stays here: its unsent edits, the values it lost, its conflicts."""
    con.execute("DELETE FROM sync_outbox WHERE entity_table = ? AND entity_id = ?", (table, entity_id))
    con.execute("DELETE FROM sync_overwritten WHERE entity_table = ? AND entity_id = ?", (table, entity_id))
    con.execute("DELETE FROM sync_conflict WHERE entity_id = ?", (entity_id,))


def _apply(con: Any, change: dict[str, Any], columns: list[str]) -> int:
    """Apply one pulled change, column by column, later clock wins; keep what lost. 1 if a value lost."""
    table, entity_id, hlc = change["table"], change["entity_id"], change["hlc"]
    clock_row = con.execute("SELECT hlc, base, fields, tombstone FROM sync_row_clock WHERE entity_table = ?"
                            " AND entity_id = ?", (table, entity_id)).fetchone()
    if change["tombstone"]:  # a delete always wins, and stays
        con.execute(f"DELETE FROM \"{table}\" WHERE id = ?", (entity_id,))
        _forget(con, table, entity_id)
        con.execute("INSERT INTO sync_row_clock (entity_table, entity_id, hlc, base, tombstone) VALUES"
                    " (?, ?, ?, ?, 1) ON CONFLICT (entity_table, entity_id) DO UPDATE SET"
                    " hlc = max(hlc, excluded.hlc), tombstone = 1, fields = NULL, author = NULL",
                    (table, entity_id, hlc, hlc))
        return 0
    if clock_row is not None and clock_row[3]:
        return 0  # deleted here: an edit made elsewhere before it heard does not bring it back
    incoming = {k: v for k, v in (change["row"] or {}).items() if k in columns}
    local = _local_row(con, table, entity_id)
    if local is None:
        quoted = ", ".join(f'"{k}"' for k in incoming)
        con.execute(f"INSERT INTO \"{table}\" ({quoted}) VALUES ({', '.join('?' * len(incoming))})",
                    list(incoming.values()))
        con.execute("INSERT OR REPLACE INTO sync_row_clock (entity_table, entity_id, hlc, base, fields, tombstone,"
                    " author) VALUES (?, ?, ?, ?, NULL, 0, ?)", (table, entity_id, hlc, hlc, change.get("author")))
        return 0
    latest, base = (clock_row[0], clock_row[1]) if clock_row else ("", "")
    field_clocks: dict[str, str] = json.loads(clock_row[2]) if clock_row and clock_row[2] else {}
    replaced: dict[str, str] = change.get("fields") or {}  # each column edited, and the clock it replaced
    names = [f for f in (replaced or incoming) if f in incoming and f != "id"]
    won: dict[str, Any] = {}
    lost_here: dict[str, Any] = {}
    lost_theirs: dict[str, Any] = {}
    lost_here_clock = beaten_by = ""
    for name in names:
        ours = field_clocks.get(name, base)
        if hlc > ours:
            field_clocks[name] = hlc
            if local[name] != incoming[name]:
                won[name] = incoming[name]
                if name not in BOOKKEEPING and replaced.get(name) != ours:  # a concurrent edit, not a later one
                    lost_here[name] = local[name]
                    lost_here_clock = max(lost_here_clock, ours)
        elif local[name] != incoming[name] and name not in BOOKKEEPING:
            lost_theirs[name] = incoming[name]
            beaten_by = max(beaten_by, ours)
    if won:
        sets = ", ".join(f'"{k}" = ?' for k in won)
        con.execute(f"UPDATE \"{table}\" SET {sets} WHERE id = ?", [*won.values(), entity_id])
    con.execute("INSERT INTO sync_row_clock (entity_table, entity_id, hlc, base, fields, tombstone, author)"
                " VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT (entity_table, entity_id) DO UPDATE SET"
                " hlc = excluded.hlc, fields = excluded.fields, author = coalesce(excluded.author, author)",
                (table, entity_id, max(latest, hlc), base, json.dumps(field_clocks),
                 change.get("author") if won else None))
    lost_at = clock.now().isoformat(timespec="seconds")
    for values, lost_clock, winner in ((lost_here, lost_here_clock, hlc), (lost_theirs, hlc, beaten_by)):
        if values:
            con.execute("INSERT INTO sync_overwritten (entity_table, entity_id, row_json, hlc, lost_to, at)"
                        " VALUES (?, ?, ?, ?, ?, ?)", (table, entity_id, json.dumps(values), lost_clock, winner,
                                                       lost_at))
    return int(bool(lost_here or lost_theirs))


_PERSON_OF = {  # how to find the person a pulled row belongs to
    "person": "SELECT id FROM person WHERE id = ?",
    "episode": "SELECT person_id FROM episode WHERE id = ?",
    "contact": "SELECT e.person_id FROM contact c JOIN episode e ON e.id = c.episode_id WHERE c.id = ?",
    "episodestatuschange": "SELECT e.person_id FROM episodestatuschange s JOIN episode e ON e.id = s.episode_id"
                           " WHERE s.id = ?",
    "measureresponse": "SELECT e.person_id FROM measureresponse m JOIN episode e ON e.id = m.episode_id"
                       " WHERE m.id = ?",
    "plangoal": "SELECT e.person_id FROM plangoal g JOIN episode e ON e.id = g.episode_id WHERE g.id = ?",
    "planaction": "SELECT e.person_id FROM planaction a JOIN plangoal g ON g.id = a.goal_id"
                  " JOIN episode e ON e.id = g.episode_id WHERE a.id = ?",
    "connection": "SELECT e.person_id FROM connection c JOIN episode e ON e.id = c.episode_id WHERE c.id = ?",
    "connectionstatuschange": "SELECT e.person_id FROM connectionstatuschange s JOIN connection c"
                              " ON c.id = s.connection_id JOIN episode e ON e.id = c.episode_id WHERE s.id = ?",
    "handover": "SELECT person_id FROM handover WHERE id = ?",
}


def _dashed(value: str) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        return str(value)


def _changes(con: Any, touched: dict[str, set[str]]) -> Changes:
    """What the pulled rows touched, as the window's change broadcast needs it."""
    people: set[str] = set()
    for table, ids in touched.items():
        query = _PERSON_OF.get(table)
        for entity_id in ids:
            if table == "person":
                people.add(_dashed(entity_id))
            elif query:
                row = con.execute(query, (entity_id,)).fetchone()
                if row:
                    people.add(_dashed(row[0]))
    if "sync_resolution" in touched:
        for conflict in conflicts.resolved_people(con, touched["sync_resolution"]):
            people.add(_dashed(conflict))
    directory = bool(touched.keys() & set(protocol.DIRECTORY_TABLES))
    services = frozenset(_dashed(i) for i in touched.get("service", ()))
    caseload = bool(touched.keys() & {"person", "episode", "connection", "episodestatuschange", "handover"})
    outreach = bool(touched.keys() & {"cohort", "cohortmember", "cohortcall"})
    return Changes(person_ids=frozenset(people), caseload=caseload, directory=directory, service_ids=services,
                   outreach=outreach)
