"""An NHS number belongs to one person: a unique index on ``person.nhs_number`` (where there is one)
replaces the plain index, so that no write path, and no two imports at once, can add someone twice.

A blank number is made NULL first: it is no number. A database that already holds a number more than
once (made by the import race this fixes) still upgrades and keeps everyone: refusing would lock a
link worker out of their caseload, and merging two records is a person's decision. The first holder
of each such number (by creation time) is in the index, the others are named in its WHERE clause and
left out, so the number cannot be taken by anyone else, and the import sets its rows aside to check.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

INDEX = "ix_person_nhs_number"

_LATER_HOLDERS = """
    SELECT id FROM (
        SELECT id, row_number() OVER (PARTITION BY nhs_number ORDER BY created_at, id) AS nth
        FROM person WHERE nhs_number IS NOT NULL)
    WHERE nth > 1 ORDER BY id"""


def upgrade() -> None:
    connection = op.get_bind()
    op.execute("UPDATE person SET nhs_number = NULL WHERE trim(nhs_number) = ''")
    later = [row[0] for row in connection.exec_driver_sql(_LATER_HOLDERS)]
    exempt = f" AND id NOT IN ({', '.join(_quoted(i) for i in later)})" if later else ""
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute(f"CREATE UNIQUE INDEX {INDEX} ON person (nhs_number) WHERE nhs_number IS NOT NULL{exempt}")


def _quoted(person_id: str) -> str:
    if not person_id.isalnum():  # ids are 32 hex digits; anything else must not reach the SQL
        raise ValueError(f"unexpected person id {person_id!r}")
    return f"'{person_id}'"


def downgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute(f"CREATE INDEX {INDEX} ON person (nhs_number)")
