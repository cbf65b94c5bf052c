"""The hub tests' PostgreSQL: one real cluster per run, stopped at the end whatever happens, and a fresh
database per test that asks for one."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql

from tests.hub.pg_cluster import Cluster


@pytest.fixture(scope="session")
def pg_cluster(request: pytest.FixtureRequest) -> Cluster:
    cluster = Cluster()
    request.addfinalizer(cluster.stop)  # registered before start: a failed start is cleaned up too
    cluster.start()
    return cluster


@pytest.fixture
def hub_dsn(pg_cluster: Cluster) -> Iterator[str]:
    """The DSN of a new, empty database of this test's own, as the cluster's superuser."""
    name = f"hub_{secrets.token_hex(4)}"
    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield pg_cluster.dsn(name)
    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
