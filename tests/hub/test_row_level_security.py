"""The PCN boundary held by PostgreSQL itself: as the service's role, another PCN's rows are invisible
and cannot be written, whatever the SQL."""

from __future__ import annotations

import psycopg
import pytest

from app.hub import admin, schema


@pytest.fixture
def two_pcns(hub_dsn: str) -> dict[str, str]:
    """Two PCNs with a user and one change each, written as the owner; their ids by name."""
    schema.init(hub_dsn)
    ids = {}
    for name in ("North", "South"):
        admin.add_pcn(hub_dsn, name)
        admin.add_user(hub_dsn, name, f"worker-{name}")
        with psycopg.connect(hub_dsn) as conn:
            pcn, user = conn.execute("SELECT p.id, u.id FROM pcn p JOIN hub_user u ON u.pcn = p.id"
                                     " WHERE p.name = %s", (name,)).fetchone()
            conn.execute("INSERT INTO change (pcn, entity_table, entity_id, data, hlc, device_id,"
                         " client_change_id, author) VALUES (%s, 'person', 'p1', '{}', '1', 'd', 'c1', %s)",
                         (pcn, user))
        ids[name] = str(pcn)
    return ids


def _as_service(hub_dsn: str, pcn: str | None) -> psycopg.Connection:
    conn = psycopg.connect(schema.service_dsn(hub_dsn))
    if pcn is not None:
        conn.execute("SELECT set_config('app.pcn', %s, true)", (pcn,))
    return conn


def test_the_service_role_sees_only_its_pcn(hub_dsn: str, two_pcns: dict[str, str]) -> None:
    with _as_service(hub_dsn, two_pcns["South"]) as conn:
        assert conn.execute("SELECT current_user").fetchone()[0] == f"{conn.info.dbname}_hub_service"
        assert conn.execute("SELECT count(*) FROM change WHERE pcn = %s",
                            (two_pcns["North"],)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM change").fetchone()[0] == 1
        assert [r[0] for r in conn.execute("SELECT name FROM hub_user")] == ["worker-South"]
        assert [r[0] for r in conn.execute("SELECT name FROM pcn")] == ["South"]


def test_without_a_pcn_the_service_role_sees_nothing(hub_dsn: str, two_pcns: dict[str, str]) -> None:
    with _as_service(hub_dsn, None) as conn:
        assert conn.execute("SELECT (SELECT count(*) FROM change) + (SELECT count(*) FROM hub_user)"
                            " + (SELECT count(*) FROM pcn)").fetchone()[0] == 0


def test_the_service_role_cannot_write_into_another_pcn(hub_dsn: str, two_pcns: dict[str, str]) -> None:
    with _as_service(hub_dsn, two_pcns["South"]) as conn:
        author = conn.execute("SELECT id FROM hub_user").fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO change (pcn, entity_table, entity_id, hlc, device_id, client_change_id,"
                         " author) VALUES (%s, 'person', 'p2', '2', 'd', 'c2', %s)", (two_pcns["North"], author))


def test_the_service_role_cannot_change_or_remove_history(hub_dsn: str, two_pcns: dict[str, str]) -> None:
    for statement in ("UPDATE change SET hlc = '9'", "DELETE FROM change", "UPDATE hub_user SET revoked = false",
                      "SELECT value FROM hub_secret"):
        with _as_service(hub_dsn, two_pcns["South"]) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)
