"""The hub tests' PostgreSQL and hub service: one real cluster and one real ``linkwell hub serve`` per run,
stopped at the end whatever happens, and a fresh database per test that asks for one."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from app.hub import admin, schema
from app.sync.client import HubClient, HubNotReachable
from tests.hub.pg_cluster import Cluster, free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def pg_cluster(request: pytest.FixtureRequest) -> Cluster:
    cluster = Cluster()
    request.addfinalizer(cluster.stop)  # registered before start: a failed start is cleaned up too
    cluster.start()
    return cluster


@contextmanager
def _database(cluster: Cluster) -> Iterator[str]:
    name = f"hub_{secrets.token_hex(4)}"
    with psycopg.connect(cluster.dsn(), autocommit=True) as admin_conn:
        admin_conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield cluster.dsn(name)
    finally:
        with psycopg.connect(cluster.dsn(), autocommit=True) as admin_conn:
            admin_conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
            role = f"{name}_hub_service"
            admin_conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


@pytest.fixture
def hub_dsn(pg_cluster: Cluster) -> Iterator[str]:
    """The DSN of a new, empty database of this test's own, as the cluster's superuser."""
    with _database(pg_cluster) as dsn:
        yield dsn


@dataclass
class Hub:
    dsn: str
    url: str

    def pcn(self, *users: str, roles: dict[str, str] | None = None) -> dict[str, str]:
        """A new PCN with these users, each enrolled from a laptop of their own: their tokens by name."""
        name = f"PCN {secrets.token_hex(3)}"
        admin.add_pcn(self.dsn, name)
        tokens = {}
        for user in users:
            code = admin.add_user(self.dsn, name, user, (roles or {}).get(user, "link-worker")).code
            tokens[user] = HubClient(self.url).enrol(user, code, f"laptop-{user}")["token"]
        return tokens | {"": name}


def start_hub_server(dsn: str, port: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LINKWELL_")}
    return subprocess.Popen([sys.executable, "-m", "app.cli", "hub", "serve", "--dsn", dsn, "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_serving(process: subprocess.Popen[bytes], url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"hub serve stopped: {process.stderr.read().decode()}")
        try:
            HubClient(url, timeout=2).version()
            return
        except HubNotReachable:
            time.sleep(0.1)
    raise RuntimeError("hub serve did not answer within 60 seconds")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    finally:
        process.stderr.close()


@pytest.fixture(scope="session")
def hub(pg_cluster: Cluster) -> Iterator[Hub]:
    """A real hub served by ``linkwell hub serve`` on loopback; each test makes PCNs of its own."""
    with _database(pg_cluster) as dsn:
        schema.init(dsn)
        port = free_port()
        process = start_hub_server(dsn, port)
        try:
            url = f"http://127.0.0.1:{port}"
            wait_until_serving(process, url)
            yield Hub(dsn, url)
        finally:
            stop(process)


from tests.hub.laptops import laptop  # noqa: E402, F401 - the joined-laptop fixture, for every hub test
