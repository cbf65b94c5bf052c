"""The report's slowest reads run early on a connection of their own (``EarlyReads``): the figures are the
same as read one after another on one connection, and a read that fails says so on the thread that asks."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from app.errors import StorageError
from app.services.reports.early import EarlyReads
from app.services.reports.facade import Reports
from app.services.reports.figures import build_tables
from app.services.reports.scope import make_scope, snapshot
from app.storage.database import Database
from tests.app.services.report_fixture import END, Q3, START



def _early_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "report-early-reads"]


@pytest.mark.parametrize("keep_people", [False, True])
def test_the_figures_read_early_are_the_figures_read_in_turn(q3: Q3, keep_people: bool) -> None:
    early = Reports(q3.db, actor="test").build(START, END, keep_people=keep_people)
    con = q3.db.connect()
    try:
        scope = make_scope(con, START, END)
        in_turn = build_tables(con, snapshot(con, scope), Reports(q3.db).instruments, keep_people=keep_people)
    finally:
        con.close()
    assert early.tables["headline"].rows, "the fixture gives the report something to count"
    assert early.tables == in_turn
    assert not _early_threads(), "the reads' thread ends with the report"


def test_a_read_that_fails_raises_on_the_thread_that_asks_and_the_rest_still_run(db: Database) -> None:
    reads = {"broken": ("SELECT id FROM no_such_table", ()), "people": ("SELECT count(*) FROM person", ())}
    with EarlyReads(db.connect, reads) as early:
        with pytest.raises(StorageError, match="missing part of its structure"):
            list(early.rows("broken"))
        assert list(early.rows("people")) == [(0,)]
    assert not _early_threads()


def test_a_database_the_reads_cannot_open_gives_its_sentence(db: Database, tmp_path: Path) -> None:
    unreadable = Database(tmp_path / "missing-folder" / "linkwell.db", db.key)
    with EarlyReads(unreadable.connect, {"people": ("SELECT count(*) FROM person", ())}) as early:
        with pytest.raises(StorageError) as raised:
            list(early.rows("people"))
    assert str(raised.value).strip(), "a sentence for the person, not a bare driver error"


def test_closing_before_every_read_is_asked_for_ends_the_thread_and_frees_the_rest(db: Database) -> None:
    slow = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) SELECT i FROM n"
    early = EarlyReads(db.connect, {"first": (slow, ()), "second": (slow, ()), "third": (slow, ())})
    early.close()
    assert not _early_threads()
    with pytest.raises(RuntimeError, match="closed before this read ran"):
        list(early.rows("third"))


def test_a_read_waits_for_room_so_unread_rows_never_pile_up(db: Database) -> None:
    first_read = threading.Event()
    asked: list[bool] = []  # for each read, as its connection opens: was the read before it taken by then?

    def connect() -> Any:
        asked.append(first_read.is_set())
        return db.connect()

    reads = {"first": ("SELECT 1", ()), "second": ("SELECT 2", ())}
    with EarlyReads(connect, reads, ahead=1) as early:
        early._done["first"].wait()  # no timed waits: the suite also runs under a frozen clock (faketime)
        first_read.set()
        assert early.rows("first") == [(1,)]
        assert early.rows("second") == [(2,)]
    assert asked == [False, True], "the second read started only once the first was taken"
