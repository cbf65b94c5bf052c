"""The person window's letters: referral, plan and GP letters (print, preview, save as PDF) and the
GP summary to the clipboard."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from app.storage.database import Database
from ui.runner import Runner


class PersonLetters:
    def __init__(self, window: QMainWindow, db: Database, runner: Runner, person_id: str) -> None:
        self.window, self.db, self.runner, self.person_id = window, db, runner, person_id
