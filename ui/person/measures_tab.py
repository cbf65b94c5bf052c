"""The person record's Measures tab: ONS4 and UCLA-3 answers at baseline, review and closure."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.storage.database import Database
from ui.runner import Runner


class MeasuresTab(QWidget):
    changed = Signal(object)  # Changes, after answers are saved

    def __init__(self, db: Database, runner: Runner, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner, self.person_id = db, runner, person_id
        self.setAccessibleName("Measures")
        label = QLabel("Wellbeing measures (ONS4, UCLA loneliness) will be recorded here.", self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)

    def show_episode(self, detail: dict[str, Any], episode: dict[str, Any] | None) -> None:
        """The person's record as loaded, and the referral picked in the record."""
