"""Drills: a laptop's ``linkwell sync now`` killed (SIGKILL) in the middle of a push and of a pull, several
rounds at random moments, then synced again: nothing duplicated or lost on either side."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg

from app.services.demo import create_demo
from app.sync import engine
from tests.conftest import PASSPHRASE
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop, new_pcn, rows, snapshot

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 8


def _sync_killed(db: object, rng: random.Random, started: str) -> None:
    """``linkwell sync now`` in its own process, SIGKILLed at a random moment once ``started`` (a query) says
    it has begun the part under test."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LINKWELL_")} | {"LINKWELL_PASSPHRASE": PASSPHRASE}
    process = subprocess.Popen([sys.executable, "-m", "app.cli", "sync", "now", "--db", str(db.path)], cwd=ROOT,
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while process.poll() is None and not rows(db, started)[0][0]:
        time.sleep(0.005)
    time.sleep(rng.uniform(0, 0.15))
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stderr.close()


def _hub_changes(hub: Hub, device: str) -> list[str]:
    with psycopg.connect(hub.dsn) as conn:
        return [r[0] for r in conn.execute("SELECT client_change_id FROM change WHERE device_id = %s", (device,))]


def test_sigkill_in_the_middle_of_push_and_of_pull_loses_and_duplicates_nothing(hub: Hub, laptop: Laptop) -> None:
    rng = random.Random(13)
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    create_demo(ann, people=150, services=150, seed=3)
    made = {r[0] for r in rows(ann, "SELECT change_id FROM sync_outbox")}
    device = rows(ann, "SELECT device_id FROM sync_state")[0][0]
    assert len(made) > 3000  # several pushes of 1000
    partial_push = 0
    for _ in range(ROUNDS):
        before = rows(ann, "SELECT count(*) FROM sync_outbox")[0][0]
        _sync_killed(ann, rng, f"SELECT count(*) < {before} FROM sync_outbox")
        waiting = rows(ann, "SELECT count(*) FROM sync_outbox")[0][0]
        partial_push += 0 < waiting < len(made)
        if not waiting:
            break
        on_hub = _hub_changes(hub, device)
        assert len(on_hub) == len(set(on_hub))  # never twice
        left = {r[0] for r in rows(ann, "SELECT change_id FROM sync_outbox")}
        assert made <= left | set(on_hub)  # each change is on the hub or still waiting to go
    assert partial_push  # at least one kill landed between the first push and the last
    engine.sync_now(ann)
    on_hub = _hub_changes(hub, device)
    assert sorted(on_hub) == sorted(made)

    with psycopg.connect(hub.dsn) as conn:
        last = conn.execute("SELECT max(seq) FROM change").fetchone()[0]
    partial_pull = 0
    for _ in range(ROUNDS):
        before = rows(bob, "SELECT last_pulled FROM sync_state")[0][0]
        _sync_killed(bob, rng, f"SELECT last_pulled > {before} FROM sync_state")
        cursor = rows(bob, "SELECT last_pulled FROM sync_state")[0][0]
        partial_pull += 0 < cursor < last
        if cursor == last:
            break
    assert partial_pull  # at least one kill landed in the middle of the pull
    result = engine.sync_now(bob)
    assert result.overwritten == 0 and result.conflicts == 0
    assert snapshot(bob) == snapshot(ann)
    assert rows(bob, "SELECT count(*) FROM person") == [(150,)]


_ROTATE = """
import os, signal, sys, types
from pathlib import Path

from app.services.keys import Keys
from app.storage.database import open_database

point, path, passphrase = sys.argv[1], Path(sys.argv[2]), os.environ["LINKWELL_PASSPHRASE"]


def die(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)


db = open_database(path, passphrase=passphrase)
if point == "just before re-encrypting":  # the new key kept (pending), the token wrapped under both
    db.close = die
elif point == "re-encrypted, the new key not yet in place":
    import app.storage.key_care as key_care
    key_care.os = types.SimpleNamespace(replace=die)
elif point == "the new key in place, the token not yet wrapped again":
    import app.sync.credentials as credentials
    credentials.store = die
Keys(db).rotate(passphrase)
"""
KILL_POINTS = ("just before re-encrypting", "re-encrypted, the new key not yet in place",
               "the new key in place, the token not yet wrapped again", "at a random moment")


def test_sigkill_in_the_middle_of_a_key_rotation_never_loses_the_hub_sign_in(hub: Hub, laptop: Laptop) -> None:
    """``Keys.rotate`` killed at each step where the hub token (wrapped under the database key, beside the
    database) and the key disagree, and at random moments: the next open finishes or abandons the rotation,
    and the token always opens and signs in."""
    from app.services.caseload.facade import Caseload
    from app.storage import keys
    from app.storage.database import open_database
    from app.sync import credentials

    rng = random.Random(6)
    db = laptop(new_pcn(hub), "ann")
    create_demo(db, people=40, services=40, seed=2)  # a file big enough for the re-encryption to take a while
    device = rows(db, "SELECT device_id FROM sync_state")[0][0]
    token = credentials.fetch(db, device)
    engine.sync_now(db)
    db.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LINKWELL_")} | {"LINKWELL_PASSPHRASE": PASSPHRASE}
    rotated = 0
    for round_, point in enumerate(KILL_POINTS + ("at a random moment",)):
        before = keys.unwrap(keys.KeyFile.read(keys.key_file_path(db.path)), PASSPHRASE)
        process = subprocess.Popen([sys.executable, "-c", _ROTATE, point, str(db.path)], cwd=ROOT, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if point == "at a random moment":
            while process.poll() is None and not keys.pending_key_path(db.path).exists():
                time.sleep(0.002)
            time.sleep(rng.uniform(0, 0.05))
            process.send_signal(signal.SIGKILL)
        process.wait()
        error = process.stderr.read().decode()
        process.stderr.close()
        assert process.returncode in (-signal.SIGKILL, 0), error

        reopened = open_database(db.path, passphrase=PASSPHRASE)  # finishes, or abandons, the rotation
        try:
            rotated += reopened.key != before
            if point != "at a random moment":  # each named step is where it was told to die
                assert process.returncode == -signal.SIGKILL
                assert (reopened.key != before) == (point != "just before re-encrypting"), point
            assert credentials.fetch(reopened, device) == token, point
            Caseload(reopened, actor="ann").add_person(given_name=f"Round {round_}", family_name="Ŵyn <&>")
            assert engine.sync_now(reopened).pushed >= 2, point  # the token still signs in
            assert "also" not in credentials.token_path(db.path).read_text() or reopened.key == before
        finally:
            reopened.close()
    assert rotated >= 2
