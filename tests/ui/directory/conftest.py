"""Directory window fixtures: the window on the demo database (300 services), with a real runner."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.core import Linkwell
from app.storage.database import Database
from ui.directory.window import DirectoryWindow
from ui.runner import Runner


@pytest.fixture
def opened() -> list[str]:
    """The people the window asked to open."""
    return []


@pytest.fixture
def directory_window(qtbot: Any, demo_db: Database, demo_core: Linkwell, runner: Runner, opened: list[str]) -> Iterator[DirectoryWindow]:
    window = DirectoryWindow(demo_core, runner, opened.append)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.filters.category.count() > 1)  # the filters' lists have come back
    yield window
    # Let queued work finish before the database closes.
    with qtbot.waitSignal(runner.op_finished, timeout=5000):
        runner.op(lambda: None).run()
