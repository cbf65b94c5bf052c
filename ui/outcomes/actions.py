"""The main window's way to the dashboard and the commissioner report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow

from app.services.changes import Changes
from app.storage.database import Database
from ui.runner import Runner


class OutcomeActions:
    def __init__(self, window: QMainWindow, db: Database, runner: Runner,
                 refresh: Callable[[Changes], None]) -> None:
        self.window, self.db, self.runner, self.refresh = window, db, runner, refresh
