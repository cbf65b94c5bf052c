"""The report's slowest reads, started early on the machine's other core.

Most of a big read's time under SQLCipher is SQLite's own: finding, decrypting and checking pages, during
which the driver lets go of Python's lock. Each read here runs wholly inside SQLite on a connection of its
own, in one thread, its rows kept in a temporary table in memory (``CREATE TEMP TABLE … AS SELECT``), so
it runs beside the Python that builds the snapshot and the first tables; its rows are then read from
memory. (Fetching rows in a thread instead was measured slower: the driver takes Python's lock back for
every row, so the two threads would take turns.)

Each read is a read of its own, as every statement of the report already is: a save made while a report is
being built may show in one table and not yet in another, as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any


class EarlyReads:
    """``reads``: name -> (SELECT, its parameters), run in that order; ``rows(name)`` waits for one and
    gives its rows, then frees them. At most ``ahead`` reads are held unread, so their
    rows never all sit in memory at once. Close when done (``with``)."""

    def __init__(self, connect: Callable[[], Any], reads: dict[str, tuple[str, Sequence[Any]]], *,
                 ahead: int = 1) -> None:
        self._connect = connect
        self._reads = reads
        self._room = threading.Semaphore(ahead)
        self._done = {name: threading.Event() for name in reads}
        self._results: dict[str, Any] = {}  # name -> its connection, or the error it raised
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="report-early-reads", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        for name, (sql, params) in self._reads.items():
            self._room.acquire()
            if self._stop.is_set():
                self._results[name] = RuntimeError("The report was closed before this read ran.")
            else:
                con = None
                try:
                    con = self._connect()
                    con.execute("PRAGMA temp_store = MEMORY")
                    con.execute("PRAGMA cache_size = -2000")  # a scan reads each page once: a small cache,
                    con.execute(f"CREATE TEMP TABLE early AS {sql}", params)
                    con.execute("PRAGMA shrink_memory")  # freed once the read is done (the window's memory)
                    self._results[name] = con
                except BaseException as error:  # noqa: BLE001 - raised again on the thread that asks
                    if con is not None:
                        con.close()
                    self._results[name] = error
            self._done[name].set()

    def rows(self, name: str) -> list[tuple[Any, ...]]:
        """Read whole before it is handed over, so the next read can start whatever the caller does next."""
        self._done[name].wait()
        found = self._results[name]
        try:
            if isinstance(found, BaseException):
                raise found
            return found.execute("SELECT * FROM temp.early").fetchall()  # type: ignore[no-any-return]
        finally:
            if not isinstance(found, BaseException):
                found.close()  # its temporary table with it
            self._room.release()

    def close(self) -> None:
        self._stop.set()
        for _ in self._reads:  # a read waiting for room goes on, to stop
            self._room.release()
        self._thread.join()
        for found in self._results.values():
            if not isinstance(found, BaseException):
                found.close()

    def __enter__(self) -> EarlyReads:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
