"""Fetching the pages of a feed within one overall deadline. A watchdog shuts every connection of the
feed when the deadline passes, so a server that trickles a byte at a time (body or headers) cannot
hold an import, and nothing is left waiting once the feed is read."""

from __future__ import annotations

import socket
import threading
import time
import urllib.request
from types import TracebackType
from typing import Any, Self


_TICK = 0.05  # seconds between the watchdog's looks at the clock


class Deadline:
    """The one clock of a feed's download, shared by its pages; use it as a context manager."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.passed = False
        self._end = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._done = False
        self._watchdog = threading.Thread(target=self._watch, name="feed-deadline", daemon=True)

    def __enter__(self) -> Self:
        self._watchdog.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self._done = True
        self._watchdog.join()

    def _watch(self) -> None:
        """Short sleeps against the monotonic clock, not a timed wait on a condition: a shifted system
        clock (faketime, a clock change mid-import) cannot stretch the deadline."""
        while not self._done:
            if self.remaining() <= 0:
                self._expire()
                return
            time.sleep(min(_TICK, max(self.remaining(), 0)))

    def remaining(self) -> float:
        return self._end - time.monotonic()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            if self.passed:
                _shut(sock)
            self._sockets.append(sock)

    def release(self) -> None:
        """Forget the connections of a page that has been read."""
        with self._lock:
            self._sockets.clear()

    def _expire(self) -> None:
        with self._lock:
            self.passed = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    """Wake whatever waits on ``sock`` (the plain socket call, also for TLS: the reader sees the end)."""
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


def opener(deadline: Deadline) -> urllib.request.OpenerDirector:
    """urllib's usual opener (redirects, proxies, TLS), with every connection watched by ``deadline``."""
    return urllib.request.build_opener(_Plain(deadline), _Secure(deadline))


class _Watching:
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def do_open(self, http_class: Any, req: Any, **kwargs: Any) -> Any:
        deadline = self.deadline

        class Watched(http_class):  # type: ignore[misc, valid-type]
            def connect(self) -> None:
                super().connect()
                deadline.watch(self.sock)

        return super().do_open(Watched, req, **kwargs)  # type: ignore[misc]


class _Plain(_Watching, urllib.request.HTTPHandler):
    pass


class _Secure(_Watching, urllib.request.HTTPSHandler):
    pass
