"""The test cluster itself: a real PostgreSQL 15 or newer, not run as root, reachable on loopback only."""

from __future__ import annotations

import psycopg

from tests.hub.pg_cluster import Cluster


def test_cluster_is_real_loopback_only_and_not_root(pg_cluster: Cluster, hub_dsn: str) -> None:
    with psycopg.connect(hub_dsn) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()[0]
        listen = conn.execute("SHOW listen_addresses").fetchone()[0]
        data = conn.execute("SHOW data_directory").fetchone()[0]
    assert int(version) >= 150000
    assert listen == "127.0.0.1"
    assert data.startswith(str(pg_cluster.folder))
    owner = (pg_cluster.data / "PG_VERSION").stat().st_uid
    assert owner != 0
