"""Clinical conflicts: two different status moves made from the same state on different laptops.

Both moves are kept (status history is append-only), the referral or connection takes the later clock
as any field does, and the pair is listed here until a person chooses which move stands. The choice is
a ``sync_resolution`` row (shared: it syncs) plus the status it restores, so every laptop converges.

The rule: moves A and B of one referral (or connection), both from state S to different states, conflict
when no move *into* S lies between them by clock. Two moves from S separated by a return to S (review,
then connecting, then review again) are a sequence, not a conflict. Clocks are hybrid logical clocks, so a
move made after seeing another always carries a later clock.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime, UTC
from typing import Any

from app import clock
from app.domain.status import EPISODE_LABELS, EpisodeStatus
from app.errors import InvalidInput
from app.services.changes import Changes
from app.i18n import translate

STATUS_TABLES = {"episodestatuschange": ("episode", "episode_id"),
                 "connectionstatuschange": ("connection", "connection_id")}
CONNECTION_WORDS = {
    "draft": "a draft", "requested": "referred, waiting to hear", "accepted": "accepted by the service",
    "rejected": "turned down by the service", "cancelled": "cancelled", "in-progress": "attending",
    "on-hold": "on hold", "failed": "did not work out", "completed": "completed",
    "entered-in-error": "entered in error",
}


def conflict_id(first: str, second: str) -> str:
    """The same on every laptop, whichever order the two moves arrived in."""
    a, b = sorted((first, second))
    return str(uuid.UUID(hashlib.sha256(f"linkwell-conflict:{a}:{b}".encode()).hexdigest()[:32]))


def _base(con: Any, table: str, entity_id: str) -> str:
    row = con.execute("SELECT base FROM sync_row_clock WHERE entity_table = ? AND entity_id = ?",
                      (table, entity_id)).fetchone()
    return row[0] if row else ""


def _author(con: Any, table: str, entity_id: str, here: str | None) -> str | None:
    row = con.execute("SELECT author FROM sync_row_clock WHERE entity_table = ? AND entity_id = ?",
                      (table, entity_id)).fetchone()
    return row[0] if row and row[0] else here


def detect(con: Any, table: str, change_id: str, here: str | None) -> int:
    """After a pulled status move is applied: record each move it conflicts with. Returns how many."""
    kind, parent = STATUS_TABLES[table]
    row = con.execute(f"SELECT {parent}, from_status, to_status FROM {table} WHERE id = ?", (change_id,)).fetchone()
    if row is None or row[1] is None:
        return 0
    entity, from_status, to_status = row
    mine = _base(con, table, change_id)
    found = 0
    for (other,) in con.execute(f"SELECT id FROM {table} WHERE {parent} = ? AND from_status = ? AND to_status <> ?"
                                " AND id <> ?", (entity, from_status, to_status, change_id)).fetchall():
        theirs = _base(con, table, other)
        if theirs.split(":", 2)[-1] == mine.split(":", 2)[-1]:
            continue  # one laptop's moves follow one another (and all it held when it joined share a clock)
        low, high = sorted((mine, theirs))
        between = con.execute(
            f"SELECT 1 FROM {table} AS t JOIN sync_row_clock AS c ON c.entity_table = ? AND c.entity_id = t.id"
            f" WHERE t.{parent} = ? AND t.to_status = ? AND c.base > ? AND c.base < ? LIMIT 1",
            (table, entity, from_status, low, high)).fetchone()
        if between:
            continue
        first, second = (other, change_id) if theirs <= mine else (change_id, other)
        con.execute("INSERT OR IGNORE INTO sync_conflict (id, kind, entity_id, first_change, second_change,"
                    " first_by, second_by, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (conflict_id(first, second), kind, entity, first, second, _author(con, table, first, here),
                     _author(con, table, second, here), clock.now().isoformat(timespec="seconds")))
        found += 1
    return found


_OPEN = "SELECT {cols} FROM sync_conflict AS k WHERE NOT EXISTS (SELECT 1 FROM sync_resolution AS r WHERE r.id = k.id)"


def open_count(con: Any) -> int:
    return con.execute(_OPEN.format(cols="count(*)")).fetchone()[0]


def resolved_people(con: Any, resolution_ids: set[str]) -> list[str]:
    """The people whose conflicts these pulled resolutions settled."""
    people = []
    for rid in resolution_ids:
        row = con.execute("SELECT kind, entity_id FROM sync_conflict WHERE id = ?", (rid,)).fetchone()
        if row:
            found = _person_of(con, row[0], row[1])
            if found:
                people.append(found[0])
    return people


def _person_of(con: Any, kind: str, entity_id: str) -> tuple[str, str, str | None] | None:
    """(person id, their name, the service's name for a connection)."""
    if kind == "episode":
        row = con.execute("SELECT p.id, p.given_name || ' ' || p.family_name, NULL FROM episode e"
                          " JOIN person p ON p.id = e.person_id WHERE e.id = ?", (entity_id,)).fetchone()
    else:
        row = con.execute("SELECT p.id, p.given_name || ' ' || p.family_name, s.name FROM connection c"
                          " JOIN episode e ON e.id = c.episode_id JOIN person p ON p.id = e.person_id"
                          " JOIN service s ON s.id = c.service_id WHERE c.id = ?", (entity_id,)).fetchone()
    return tuple(row) if row else None


def _status_words(kind: str, status: str) -> str:
    if kind == "episode":
        try:
            return EPISODE_LABELS.english[EpisodeStatus(status)].lower()
        except ValueError:
            return status
    return CONNECTION_WORDS.get(status, status)


def _when(value: Any) -> str:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is None:  # stored as UTC
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone()  # said in the laptop's own time (BST in summer)
    return f"{moment.day} {moment:%B %Y} at {moment:%H:%M}"


def _move(con: Any, kind: str, change_id: str, by: str | None, device: str) -> dict[str, Any]:
    table = "episodestatuschange" if kind == "episode" else "connectionstatuschange"
    row = con.execute(f"SELECT from_status, to_status, changed_at FROM {table} WHERE id = ?",
                      (change_id,)).fetchone()
    mine = _base(con, table, change_id).split(":", 2)[-1] == device
    who = by or "someone"
    did = f"moved it from {_status_words(kind, row[0])} to {_status_words(kind, row[1])}"
    return {"change_id": str(uuid.UUID(change_id)), "by": who, "laptop": "this laptop" if mine else "another laptop",
            "mine": mine, "from": row[0], "to": row[1], "at": str(row[2]), "did": did,
            "said": f"{who} {did} on {_when(row[2])}, on {'this laptop' if mine else 'another laptop'}."}


def listing(db: Any, *, include_resolved: bool = False) -> list[dict[str, Any]]:
    """Each conflict in words: whose record, what each laptop did, when and by whom. Ids only as keys."""
    con = db.connect()
    try:
        device = con.execute("SELECT device_id FROM sync_state").fetchone()[0]
        query = ("SELECT k.id, k.kind, k.entity_id, k.first_change, k.second_change, k.first_by, k.second_by,"
                 " r.kept_change, r.decided_by, r.decided_at FROM sync_conflict AS k"
                 " LEFT JOIN sync_resolution AS r ON r.id = k.id")
        if not include_resolved:
            query += " WHERE r.id IS NULL"
        out = []
        for cid, kind, entity, first, second, first_by, second_by, kept, decided_by, _decided_at in con.execute(
                query + " ORDER BY k.detected_at, k.id").fetchall():
            person = _person_of(con, kind, entity)
            if person is None:
                continue  # erased, or not here yet
            name = person[1]
            what = f"{name}'s referral" if kind == "episode" else f"{name}'s connection to {person[2]}"
            moves = [_move(con, kind, first, first_by, device), _move(con, kind, second, second_by, device)]
            item = {"id": cid, "kind": kind, "person_id": str(uuid.UUID(person[0])), "person": name, "what": what,
                    "moves": moves,
                    "summary": f"{what[0].upper()}{what[1:]} was moved two ways from the same step: "
                               f"{moves[0]['by']} {moves[0]['did']}, and {moves[1]['by']} {moves[1]['did']}.",
                    "resolved": kept is not None}
            if kept is not None:
                kept_move = next((m for m in moves if m["change_id"].replace("-", "") == kept.replace("-", "")),
                                 moves[0])
                item["decision"] = f"{decided_by} kept the move to {_status_words(kind, kept_move['to'])}."
            out.append(item)
        return out
    finally:
        con.close()


def resolve(db: Any, conflict: str, keep: str, *, actor: str | None = None) -> Changes:
    """A person's choice, as a normal change that syncs: ``keep`` is "mine", "theirs", or a move's id."""
    from app.domain.models import Connection, ConnectionStatusChange, Episode, EpisodeStatusChange
    from app.services import audit

    key = conflict.replace("-", "").lower()
    everything = listing(db, include_resolved=True)
    found = {c["id"].replace("-", ""): c for c in everything}
    waiting = [c for c in everything if not c["resolved"]]
    if conflict.isdigit() and 1 <= int(conflict) <= len(waiting):  # its number in 'sync conflicts'
        key = waiting[int(conflict) - 1]["id"].replace("-", "")
    item = found.get(key)
    if item is None:
        raise InvalidInput(translate("sync", "There is no such conflict on this laptop; list them with 'linkwell sync conflicts'."))
    if item["resolved"]:
        raise InvalidInput(translate("sync", "That conflict has already been settled."))
    kept = _chosen(item["kind"], item["moves"], keep)
    moves = item["moves"]
    other = moves[1] if kept is moves[0] else moves[0]
    con = db.connect()
    try:
        user = con.execute("SELECT hub_user FROM sync_state").fetchone()[0]
    finally:
        con.close()
    who = actor or user or "someone"
    with db.session() as session:
        raw = session.connection()
        entity = uuid.UUID(item_entity(db, item))
        if item["kind"] == "episode":
            move = session.get(EpisodeStatusChange, uuid.UUID(kept["change_id"]))
            episode = session.get(Episode, entity)
            episode.status, episode.status_changed_at = move.to_status, move.changed_at
            if move.to_status == EpisodeStatus.CLOSED.value:
                episode.closed_at = move.changed_at
            else:
                episode.closure_reason, episode.closed_at = None, None
            session.add(episode)
        else:
            move = session.get(ConnectionStatusChange, uuid.UUID(kept["change_id"]))
            connection = session.get(Connection, entity)
            connection.status, connection.status_changed_at = move.to_status, move.changed_at
            connection.outcome_reason = move.outcome_reason
            session.add(connection)
        raw.exec_driver_sql("INSERT INTO sync_resolution (id, kept_change, set_aside_change, decided_by, decided_at)"
                            " VALUES (?, ?, ?, ?, ?)", (item["id"], kept["change_id"].replace("-", ""),
                                                        other["change_id"].replace("-", ""), who,
                                                        clock.now().isoformat(timespec="seconds")))
        audit.record(session, actor=who, action="edit", person_id=item["person_id"],
                     detail=f"settled a sync conflict: kept the move to {kept['to']}")
    return Changes(person_ids=frozenset({item["person_id"]}), caseload=True)


def _chosen(kind: str, moves: list[dict[str, Any]], keep: str) -> dict[str, Any]:
    """The move ``keep`` names: "mine" or "theirs" (on a laptop that made one of them), who made it, the
    step it moved to (its code or its words), or its id (the window's choice).

    On a third laptop, which made neither move, "mine" and "theirs" name nothing: rather than guess, it is
    refused with a sentence offering the words that do name a move there (who made it, where it went)."""
    import shlex

    wanted = keep.strip().casefold()
    by_id = [m for m in moves if m["change_id"].replace("-", "") == wanted.replace("-", "")]
    if by_id:
        return by_id[0]
    whom = " or ".join(f"--keep {shlex.quote(m['by'])}" for m in moves)
    where = " or ".join(f"--keep {m['to']}" for m in moves)
    if wanted in ("mine", "theirs"):
        chosen = [m for m in moves if m["mine"] == (wanted == "mine")]
        if len(chosen) == 1:
            return chosen[0]
        if not any(m["mine"] for m in moves):
            said = translate("sync", "Neither move was made on this laptop, so '{strip}' does not say which to keep: choose by who made it ({whom}) or by where it moved to ({where}).")
        else:
            said = translate("sync", "Both moves were made on this laptop, so '{strip}' does not say which to keep: choose by who made it ({whom}) or by where it moved to ({where}).")
        raise InvalidInput(said.format(strip=keep.strip(), whom=whom, where=where))
    for field, words in (("by", lambda m: m["by"]), ("to", lambda m: m["to"]),
                         ("to", lambda m: _status_words(kind, m["to"]))):
        matches = [m for m in moves if words(m).casefold() == wanted]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise InvalidInput(f"Both moves were made by {matches[0]['by']}, so choose by where it moved to "
                               f"({where})." if field == "by" else
                               f"Choose which move to keep: mine or theirs, or {whom}.")
    raise InvalidInput(translate("sync", "Choose which move to keep: mine or theirs, by who made it ({whom}) or by where it moved to ({where}).").format(whom=whom, where=where))


def item_entity(db: Any, item: dict[str, Any]) -> str:
    con = db.connect()
    try:
        return con.execute("SELECT entity_id FROM sync_conflict WHERE id = ?", (item["id"],)).fetchone()[0]
    finally:
        con.close()
