"""The caseload's read model: one narrow row per person holding what the caseload sorts and filters on
(name, practice, and the current referral's status, status date, referral date, worker, next contact
due and reasons), with a covering index for each sort the window offers (name, days in status). At
100,000 people every such sort and filter then reads one index in order instead of ranking every
referral with a window function. (The by-referral-date sort, which the window does not offer, sorts
its rows instead: one index fewer to write on every referral.)

SQLite triggers on ``person`` and ``episode`` keep it right, so every write path (the façade,
imports, demo creation, restore of an older backup, which migrates) keeps it without code changes.
The current referral is the latest by referral date, then creation time, then id.

Also two indexes on ``episode`` for Today's lists, which run on the same worker straight after the
caseload's first paint, so a scroll waits behind them. At 100,000 people a cold refresh took 500 ms:
new referrals looked up 12,500 referral rows before sorting them, and the follow-up count 40,000
rows to read their status. (status, referral date, person, id) lets new referrals walk in date
order and stop at the hundredth; (next contact due, status) answers the count alone.

A later migration that copies ``person`` or ``episode`` (batch mode "recreate") drops these
triggers with the old table: call ``create_triggers`` again after it.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLE = "caseload_entry"

# Reasons as "|code|code|": a filter is one instr() per row instead of parsing JSON per row.
_CURRENT = """(
    SELECT e.id, e.status, e.status_changed_at, e.referral_date, e.worker_id, e.next_contact_due,
           CASE WHEN json_valid(e.reasons) THEN
               (SELECT '|' || group_concat(r.value, '|') || '|' FROM json_each(e.reasons) r) END
    FROM episode e WHERE e.person_id = {who}
    ORDER BY e.referral_date DESC, e.created_at DESC, e.id DESC LIMIT 1)"""
_EPISODE_COLUMNS = "episode_id, status, status_changed_at, referral_date, worker_id, next_contact_due, reasons"


def _refresh(who: str) -> str:
    """The statement that re-reads one person's current referral into their row."""
    return f"UPDATE {TABLE} SET ({_EPISODE_COLUMNS}) = {_CURRENT.format(who=who)} WHERE person_id = {who};"


_ADD_PERSON = (
    f"INSERT OR REPLACE INTO {TABLE} (person_id, family_name, given_name, practice_id) "
    "VALUES (new.id, new.family_name, new.given_name, new.practice_id);"
)
_FILTERS = "status, practice_id, worker_id, next_contact_due, reasons"
INDEXES = {
    "ix_caseload_entry_name": f"family_name COLLATE NOCASE, given_name COLLATE NOCASE, person_id, {_FILTERS}",
    "ix_caseload_entry_status_age": f"status_changed_at, person_id, {_FILTERS}",
}
# Kept out of Alembic's comparison in fts.MIGRATION_ONLY_INDEXES.
TODAY_INDEXES = {
    "ix_episode_status_referral": "status, referral_date, person_id, id",
    "ix_episode_due_status": "next_contact_due, status",
}

TRIGGERS = {
    # A new person has no referral yet, unless foreign keys are off (a bulk load): then read it.
    "caseload_entry_person_ai": (
        f"AFTER INSERT ON person BEGIN {_ADD_PERSON} "
        f"{_refresh('new.id')[:-1]} AND EXISTS (SELECT 1 FROM episode WHERE person_id = new.id); END"
    ),
    "caseload_entry_person_au": (
        f"AFTER UPDATE OF family_name, given_name, practice_id ON person WHEN old.id = new.id BEGIN "
        f"UPDATE {TABLE} SET family_name = new.family_name, given_name = new.given_name, "
        f"practice_id = new.practice_id WHERE person_id = new.id; END"
    ),
    "caseload_entry_person_id_au": (
        f"AFTER UPDATE OF id ON person WHEN old.id IS NOT new.id BEGIN "
        f"DELETE FROM {TABLE} WHERE person_id = old.id; {_ADD_PERSON} {_refresh('new.id')} END"
    ),
    "caseload_entry_person_ad": f"AFTER DELETE ON person BEGIN DELETE FROM {TABLE} WHERE person_id = old.id; END",
    "caseload_entry_episode_ai": f"AFTER INSERT ON episode BEGIN {_refresh('new.person_id')} END",
    "caseload_entry_episode_au": (
        "AFTER UPDATE OF id, person_id, created_at, referral_date, status, status_changed_at, worker_id, "
        f"next_contact_due, reasons ON episode BEGIN {_refresh('new.person_id')} END"
    ),
    "caseload_entry_episode_moved_au": (
        "AFTER UPDATE OF person_id ON episode WHEN old.person_id IS NOT new.person_id "
        f"BEGIN {_refresh('old.person_id')} END"
    ),
    "caseload_entry_episode_ad": f"AFTER DELETE ON episode BEGIN {_refresh('old.person_id')} END",
}


def create_triggers() -> None:
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def upgrade() -> None:
    op.execute(
        f"""CREATE TABLE {TABLE} (
            person_id CHAR(32) NOT NULL PRIMARY KEY,
            family_name VARCHAR NOT NULL,
            given_name VARCHAR NOT NULL,
            practice_id CHAR(32),
            episode_id CHAR(32),
            status VARCHAR,
            status_changed_at DATETIME,
            referral_date DATE,
            worker_id CHAR(32),
            next_contact_due DATE,
            reasons VARCHAR)"""
    )
    op.execute(
        f"INSERT INTO {TABLE} (person_id, family_name, given_name, practice_id) "
        "SELECT id, family_name, given_name, practice_id FROM person"
    )
    op.execute(_refresh(f"{TABLE}.person_id").rstrip(";"))
    for name, columns in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {TABLE} ({columns})")
    create_triggers()
    for name, columns in TODAY_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON episode ({columns})")


def downgrade() -> None:
    for name in TODAY_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
