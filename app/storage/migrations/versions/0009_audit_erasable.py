"""The audit trail can forget whom an event was about, and still verify.

- An event about a person is hashed by ``auditevent.subject`` (the person's pseudonym) and
  ``auditevent.seal`` (an HMAC of the event's number, person and detail under the person's secret)
  instead of the person's id and the detail, so erasure can clear those two and every hash holds.
- ``auditsubject`` holds each person's pseudonym and secret and goes with the person (ON DELETE CASCADE).
- A trigger clears the person and detail of a person's events whenever their row is deleted; when team
  sync deletes it (a tombstone pulled from the hub, ``sync_state.applying``), the detail says they were
  erased on another laptop, since no erase event is recorded on this one.
- The trail already there is checked under the old hashing, then sealed again under the new one, and a
  last event says so. Problems found in the old trail are kept (``audit_problems_before_reseal``) and
  reported by every verification, so sealing again hides nothing. People erased before this release
  (the old erasure kept their id in the trail) are forgotten now where an erase event records it.

The hashing here is a copy, frozen as it was at this revision (``app.services.audit`` is the live one).

Revision ID: 0009
Revises: 0008
"""

import hashlib
import hmac
import importlib.util
import json
import secrets
from pathlib import Path

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString, UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

ERASED = "about a person since erased"
ERASED_ELSEWHERE = "about a person erased on another laptop of the team"
PROBLEMS = "audit_problems_before_reseal"
TRIGGER = "audit_forget_person"

_meta = sa.MetaData()
_events = sa.Table(
    "auditevent", _meta, sa.Column("id", sa.Uuid(), primary_key=True), sa.Column("seq", sa.Integer()),
    sa.Column("at", UTCDateTime()), sa.Column("actor", AutoString()), sa.Column("action", AutoString()),
    sa.Column("person_id", sa.Uuid()), sa.Column("detail", AutoString()), sa.Column("device_id", AutoString()),
    sa.Column("prev_hash", AutoString()), sa.Column("hash", AutoString()), sa.Column("subject", AutoString()),
    sa.Column("seal", AutoString()))
_subjects = sa.Table("auditsubject", _meta, sa.Column("person_id", sa.Uuid(), primary_key=True),
                     sa.Column("pseudonym", AutoString()), sa.Column("secret", AutoString()))
_people = sa.Table("person", _meta, sa.Column("id", sa.Uuid(), primary_key=True))
_settings = sa.Table("setting", _meta, sa.Column("key", AutoString(), primary_key=True),
                     sa.Column("value", AutoString()))


def _hash(row: dict, *, sealed: bool) -> str:
    if sealed and row["subject"]:
        who, what = f"subject:{row['subject']}", f"seal:{row['seal']}"
    else:
        who, what = str(row["person_id"]) if row["person_id"] else None, row["detail"]
    body = json.dumps([row["seq"], row["at"].isoformat(), row["actor"], row["action"], who, what, row["device_id"],
                       row["prev_hash"]], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _seal(secret: str, row: dict) -> str:
    message = json.dumps([row["seq"], str(row["person_id"]), row["detail"]], ensure_ascii=False,
                         separators=(",", ":"))
    return hmac.new(bytes.fromhex(secret), message.encode("utf-8"), hashlib.sha256).hexdigest()


def _problems(rows: list[dict], head: dict | None) -> list[str]:
    """The trail checked as the releases before this one checked it."""
    problems, prev, expected = [], "", 1
    for row in rows:
        if row["seq"] != expected:
            problems.append(f"Events {expected} to {row['seq'] - 1} are missing.")
        if row["prev_hash"] != prev:
            problems.append(f"Event {row['seq']} does not follow the event before it (one was removed or altered).")
        if _hash(row, sealed=False) != row["hash"]:
            problems.append(f"Event {row['seq']} ({row['action']} at {row['at']:%d-%b-%Y %H:%M}) has been altered.")
        prev, expected = row["hash"], row["seq"] + 1
    if head is not None and (head["seq"] != rows[-1]["seq"] or head["hash"] != rows[-1]["hash"]):
        problems.append(f"The newest events after event {rows[-1]['seq']} were removed "
                        f"(the trail should end at event {head['seq']}).")
    return problems


def _rechain(connection: sa.Connection, rows: list[dict], *, sealed: bool) -> str:
    prev = ""
    for row in rows:
        row["prev_hash"] = prev
        row["hash"] = prev = _hash(row, sealed=sealed)
        connection.execute(_events.update().where(_events.c.id == row["id"]).values(
            {k: row[k] for k in ("person_id", "detail", "subject", "seal", "prev_hash", "hash")}))
    return prev


def _set(connection: sa.Connection, key: str, value: str | None) -> None:
    connection.execute(_settings.delete().where(_settings.c.key == key))
    if value is not None:
        connection.execute(_settings.insert().values(key=key, value=value))


def _head(connection: sa.Connection) -> dict | None:
    value = connection.execute(sa.select(_settings.c.value).where(_settings.c.key == "audit_head")).scalar()
    return json.loads(value) if value else None


def _reseal(connection: sa.Connection) -> None:
    rows = [dict(r) for r in connection.execute(sa.select(_events).order_by(_events.c.seq)).mappings()]
    if not rows:
        return
    problems = _problems(rows, _head(connection))
    living = set(connection.execute(sa.select(_people.c.id)).scalars())
    erased = {r["person_id"] for r in rows if r["action"] == "erase" and r["person_id"] not in living}
    subjects: dict = {}
    for row in rows:
        person = row["person_id"]
        if person is None or (person not in living and person not in erased):
            continue  # about no one, or someone gone with no erasure recorded: hashed as before
        pseudonym, secret = subjects.setdefault(person, (secrets.token_hex(16), secrets.token_hex(32)))
        row["subject"], row["seal"] = pseudonym, _seal(secret, row)
        if person in erased:
            row["person_id"], row["detail"] = None, ERASED
    last = _rechain(connection, rows, sealed=True)
    for person, (pseudonym, secret) in subjects.items():
        if person in living:
            connection.execute(_subjects.insert().values(person_id=person, pseudonym=pseudonym, secret=secret))
    _append_note(connection, rows[-1]["seq"] + 1, last, problems)


def _append_note(connection: sa.Connection, seq: int, prev: str, problems: list[str]) -> None:
    """An event saying the trail was sealed again, chained after the rest; the head moves to it."""
    import uuid

    from app import clock
    from app.device import device_id

    found = "intact" if not problems else f"{len(problems)} problems found, kept and reported by every check"
    row = {"id": uuid.uuid4(), "seq": seq, "at": clock.now(), "actor": "linkwell", "action": "edit",
           "person_id": None, "detail": f"sealed the audit trail again on upgrade so that erasure can remove a "
                                        f"person's id: events 1 to {seq - 1} checked, {found}",
           "device_id": device_id(), "prev_hash": prev, "subject": None, "seal": ""}
    row["hash"] = _hash(row, sealed=True)
    connection.execute(_events.insert().values(row))
    _set(connection, "audit_head", json.dumps({"seq": seq, "hash": row["hash"]}))
    _set(connection, PROBLEMS, json.dumps(problems) if problems else None)


def _sync_triggers() -> None:
    """Team sync's capture triggers name every column of a shared table: made again, they capture the new
    ones (migration 0008 says so)."""
    path = next(Path(__file__).parent.glob("0008_*.py"))
    spec = importlib.util.spec_from_file_location("linkwell_migration_0008", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.create_triggers()


def upgrade() -> None:
    op.add_column("auditevent", sa.Column("subject", AutoString(), nullable=True))
    op.add_column("auditevent", sa.Column("seal", AutoString(), nullable=False, server_default=""))
    op.create_index("ix_auditevent_subject", "auditevent", ["subject"])
    op.create_table(
        "auditsubject",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("pseudonym", AutoString(), nullable=False),
        sa.Column("secret", AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id"),
    )
    op.create_index("ix_auditsubject_pseudonym", "auditsubject", ["pseudonym"], unique=True)
    op.execute(f"CREATE TRIGGER {TRIGGER} AFTER DELETE ON person BEGIN UPDATE auditevent SET person_id = NULL, "
               f"detail = CASE WHEN coalesce((SELECT applying FROM sync_state WHERE id = 1), 0) "
               f"THEN '{ERASED_ELSEWHERE}' ELSE '{ERASED}' END WHERE person_id = old.id; END")
    _sync_triggers()
    _reseal(op.get_bind())


def downgrade() -> None:
    """Back to hashing the id and detail; whoever was erased stays erased (no id, the erased detail)."""
    connection = op.get_bind()
    rows = [dict(r) for r in connection.execute(sa.select(_events).order_by(_events.c.seq)).mappings()]
    for row in rows:
        row["subject"], row["seal"] = None, ""
    if rows:
        last = _rechain(connection, rows, sealed=False)
        _set(connection, "audit_head", json.dumps({"seq": rows[-1]["seq"], "hash": last}))
    _set(connection, PROBLEMS, None)
    op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER}")
    op.drop_index("ix_auditsubject_pseudonym", table_name="auditsubject")
    op.drop_table("auditsubject")
    op.drop_index("ix_auditevent_subject", table_name="auditevent")
    with op.batch_alter_table("auditevent") as batch_op:
        batch_op.drop_column("seal")
        batch_op.drop_column("subject")
    _sync_triggers()  # the batch copy of auditevent took its triggers with it
