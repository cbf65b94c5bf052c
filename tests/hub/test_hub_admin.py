"""hub init, add-pcn, add-user and remove-user, through the real command against a real PostgreSQL."""

from __future__ import annotations

import json

import psycopg
import pytest

from app.cli import main
from app.hub import credentials, schema
from app.hub.protocol import hub_version


def hub(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["hub", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_init_is_idempotent_and_the_service_role_owns_nothing(hub_dsn: str,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, first, _ = hub(capsys, "init", "--dsn", hub_dsn)
    assert code == 0 and "applied 0001_pcn_users_changes" in first
    code, again, _ = hub(capsys, "init", "--dsn", hub_dsn)
    assert code == 0 and "nothing to apply" in again
    with psycopg.connect(hub_dsn) as conn:
        assert conn.execute("SELECT count(*), max(version) FROM hub_migration").fetchone() == (len(schema.migrations()), hub_version())
        role = schema.service_role_name(conn)
        assert conn.execute("SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = %s",
                            (role,)).fetchone() == (False, False, True)
        owned = conn.execute("SELECT count(*) FROM pg_tables WHERE tableowner = %s", (role,)).fetchone()[0]
        forced = conn.execute("SELECT relname FROM pg_class WHERE relrowsecurity AND relforcerowsecurity"
                              " ORDER BY relname").fetchall()
    assert owned == 0
    assert [r[0] for r in forced] == ["change", "hub_user", "pcn"]


def test_add_user_prints_a_one_time_code_stored_only_hashed(hub_dsn: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    hub(capsys, "init", "--dsn", hub_dsn)
    assert hub(capsys, "add-pcn", "North Leeds PCN", "--dsn", hub_dsn)[0] == 0
    code, out, _ = hub(capsys, "add-user", "--pcn", "North Leeds PCN", "--user", "sam", "--role", "manager",
                       "--dsn", hub_dsn, "--json")
    enrolment = json.loads(out)
    assert code == 0 and enrolment["user"] == "sam" and enrolment["pcn"] == "North Leeds PCN"
    assert enrolment["role"] == "manager" and len(enrolment["code"]) == 14
    with psycopg.connect(hub_dsn) as conn:
        stored = conn.execute("SELECT code_hash FROM hub_user WHERE name = 'sam'").fetchone()[0]
    assert stored == credentials.code_hash(enrolment["code"].lower().replace("-", " "))
    assert enrolment["code"] not in stored


def test_admin_mistakes_are_one_sentence_with_a_non_zero_exit(hub_dsn: str,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = hub(capsys, "add-pcn", "Early PCN", "--dsn", hub_dsn)
    assert code == 1 and "run 'linkwell hub init' first" in err
    hub(capsys, "init", "--dsn", hub_dsn)
    hub(capsys, "add-pcn", "Early PCN", "--dsn", hub_dsn)
    assert "already has a PCN" in hub(capsys, "add-pcn", "Early PCN", "--dsn", hub_dsn)[2]
    assert "no PCN called 'Late PCN'" in hub(capsys, "add-user", "--pcn", "Late PCN", "--user", "jo",
                                             "--dsn", hub_dsn)[2]
    hub(capsys, "add-user", "--pcn", "Early PCN", "--user", "jo", "--dsn", hub_dsn)
    assert "already a user" in hub(capsys, "add-user", "--pcn", "Early PCN", "--user", "jo", "--dsn", hub_dsn)[2]
    code, _, err = hub(capsys, "remove-user", "--pcn", "Early PCN", "--user", "nobody", "--dsn", hub_dsn)
    assert code == 1 and err.count("\n") == 1 and "no user called 'nobody'" in err


def test_a_wrong_dsn_is_a_sentence(capsys: pytest.CaptureFixture[str], pg_cluster: object) -> None:
    code, _, err = hub(capsys, "init", "--dsn", "postgresql://nobody:wrong@127.0.0.1:1/none")
    assert code == 3 and "cannot be reached" in err and "Traceback" not in err
