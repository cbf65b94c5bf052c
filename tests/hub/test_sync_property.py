"""Property: three laptops of one PCN make random edits (people, referrals, status moves, contacts, field
edits) and sync in a random order; after a final round every copy is identical, each laptop lists the
same conflicts, and nothing any laptop recorded is missing anywhere."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, UTC
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.status import EPISODE_MOVES, EpisodeStatus
from app.hub import admin
from app.services.caseload.facade import Caseload
from app.sync import conflicts, engine
from tests.conftest import _open_copy
from tests.hub.conftest import Hub
from tests.hub.laptops import refer, rows, snapshot, tick

LAPTOPS = 3
step = st.one_of(
    st.tuples(st.just("add"), st.integers(0, LAPTOPS - 1), st.sampled_from(["Ana", "Bryn", "Cai", "Dilys"])),
    st.tuples(st.just("edit"), st.integers(0, LAPTOPS - 1), st.integers(0, 5), st.sampled_from(["phone", "postcode"]),
              st.sampled_from(["A", "B", "C"])),
    st.tuples(st.just("contact"), st.integers(0, LAPTOPS - 1), st.integers(0, 5)),
    st.tuples(st.just("move"), st.integers(0, LAPTOPS - 1), st.integers(0, 5), st.integers(0, 2)),
    st.tuples(st.just("sync"), st.integers(0, LAPTOPS - 1)),
)


def _nth(db: object, sql: str, k: int) -> str | None:
    found = rows(db, sql)
    return found[k % len(found)][0] if found else None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=4, max_size=14))
def test_random_edits_and_sync_orders_converge_and_lose_nothing(hub: Hub, empty_template: Path,
                                                                 steps: list[tuple]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="linkwell-property-"))
    pcn = hub.pcn()[""]
    dbs = []
    try:
        for n in range(LAPTOPS):
            (folder / str(n)).mkdir()
            db = _open_copy(empty_template, folder / str(n))
            dbs.append(db)
            user = f"u{n}"
            engine.join(db, hub.url, user, admin.add_user(hub.dsn, pcn, user).code)
        recorded: set[tuple[str, str]] = set()
        for action, who, *rest in steps:
            db = dbs[who]
            work = Caseload(db, actor=f"u{who}")
            if action == "add":
                person, referral = refer(db, rest[0], "Test")
                recorded |= {("person", person.replace("-", "")), ("episode", referral.replace("-", ""))}
            elif action == "edit":
                person = _nth(db, "SELECT id FROM person ORDER BY id", rest[0])
                if person:
                    con = db.connect()
                    con.execute(f"UPDATE person SET {rest[1]} = ? WHERE id = ?", (f"{rest[2]}{who}", person))
                    con.commit()
                    con.close()
            elif action == "contact":
                episode = _nth(db, "SELECT id FROM episode ORDER BY id", rest[0])
                if episode:
                    made = work.add_contact(episode, kind="phone", notes=f"call by u{who}",
                                            contact_at=datetime(2026, 11, 5, tzinfo=UTC)).created_id
                    recorded.add(("contact", made.replace("-", "")))
            elif action == "move":
                episode = _nth(db, "SELECT id FROM episode ORDER BY id", rest[0])
                if episode:
                    status = rows(db, "SELECT status FROM episode WHERE id = ?", episode)[0][0]
                    moves = EPISODE_MOVES[EpisodeStatus(status)]
                    if moves:
                        to = moves[rest[1] % len(moves)]
                        work.move_episode(episode, to.value, closure_reason="goals_met" if to.value == "closed" else None)
            else:
                engine.sync_now(db)
            tick()
        for db in dbs + dbs[:2]:  # a final round: everyone sends, then everyone hears everyone
            engine.sync_now(db)
        first = snapshot(dbs[0])
        listed = [{c["id"] for c in conflicts.listing(db)} for db in dbs]
        for db, ids in zip(dbs[1:], listed[1:], strict=True):
            assert snapshot(db) == first
            assert ids == listed[0]
        for db in dbs:
            held = {(t, i) for t in ("person", "episode", "contact") for (i,) in rows(db, f"SELECT id FROM {t}")}
            assert recorded <= held
            assert rows(db, "SELECT count(*) FROM sync_outbox") == [(0,)]
    finally:
        for db in dbs:
            db.close()
        shutil.rmtree(folder, ignore_errors=True)
