"""The person window's directory actions: record an unmet need for this person."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from app.storage.database import Database
from ui.runner import Runner


class PersonDirectory:
    def __init__(self, window: QMainWindow, db: Database, runner: Runner, person_id: str) -> None:
        self.window, self.db, self.runner, self.person_id = window, db, runner, person_id
