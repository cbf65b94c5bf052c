"""Laptops joined to the real hub, for the sync tests: import ``laptop`` into a test module to use it."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from app.hub import admin
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from app.sync import engine
from tests.conftest import _open_copy

if TYPE_CHECKING:
    from tests.hub.conftest import Hub

Laptop = Callable[..., Database]


@pytest.fixture
def laptop(empty_template: Path, tmp_path: Path, hub: Hub) -> Iterator[Laptop]:
    """A new laptop database joined to the hub as ``user`` of ``pcn``."""
    opened: list[Database] = []

    def make(pcn: str, user: str, role: str = "link-worker") -> Database:
        folder = tmp_path / user
        folder.mkdir()
        db = _open_copy(empty_template, folder)
        opened.append(db)
        engine.join(db, hub.url, user, admin.add_user(hub.dsn, pcn, user, role).code)
        return db

    yield make
    for db in opened:
        db.close()


def new_pcn(hub: Hub) -> str:
    return hub.pcn()[""]


def rows(db: Database, sql: str, *params: object) -> list[tuple]:
    con = db.connect()
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def tick() -> None:
    """Clocks tick in milliseconds: two edits in one millisecond are ordered by device id instead."""
    time.sleep(0.005)


def refer(db: Database, given: str = "Siân", family: str = "Evans", *, actor: str = "test") -> tuple[str, str]:
    """A new person with a referral: (person id, referral id)."""
    changes = Caseload(db, actor=actor).refer_new_person(
        {"given_name": given, "family_name": family},
        {"referral_date": date(2026, 11, 2), "referral_source": "gp", "reasons": ["loneliness"]})
    return next(iter(changes.person_ids)), changes.created_id


SHARED_STATE = {  # every table the laptops share, as (table, ORDER BY), to compare copies
    "person": "id", "episode": "id", "episodestatuschange": "id", "contact": "id", "connection": "id",
    "connectionstatuschange": "id", "service": "id", "schedule": "id", "organisation": "id", "plangoal": "id",
    "planaction": "id", "measureresponse": "id", "unmetneed": "id", "sync_resolution": "id",
    "cohort": "id", "cohortmember": "id", "cohortcall": "id",
}


def snapshot(db: Database) -> dict[str, list[tuple]]:
    return {table: rows(db, f'SELECT * FROM "{table}" ORDER BY {order}') for table, order in SHARED_STATE.items()}


def accepted_here_declined_there(ann: Database, bob: Database, given: str = "Siân",
                                 family: str = "Evans") -> str:
    """A referral both laptops hold at "contacted"; then, offline, Ann records that the person accepted and
    Bob, a moment later, that they declined: two moves from one step. Its id."""
    _, referral = refer(ann, given, family)
    Caseload(ann, actor="ann").move_episode(referral, "contacted")
    engine.sync_now(ann)
    engine.sync_now(bob)
    Caseload(ann, actor="ann").move_episode(referral, "accepted")
    tick()
    Caseload(bob, actor="bob").move_episode(referral, "declined")
    return referral
