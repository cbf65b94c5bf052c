"""The caseload's filter bar: status, practice, worker, reason, and "overdue only".

Emits ``changed`` with the keyword arguments for ``CaseloadList.person_ids``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from app.domain.status import EPISODE_LABELS, EpisodeStatus
from app.i18n import translate
from ui.widgets.common import reference


def _any() -> str:
    return translate("caseload_filters", "Any")


class CaseloadFilters(QWidget):
    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labelled: list[tuple[QLabel, QComboBox]] = []
        self.status = self._combo(translate("caseload_filters", "S&tatus:"),
                                  translate("caseload_filters", "Filter by status"))
        self.status.addItem(translate("caseload_filters", "Open referrals"), "open")
        for state in EpisodeStatus:
            self.status.addItem(EPISODE_LABELS[state], state.value)
        self.practice = self._combo(translate("caseload_filters", "&Practice:"),
                                    translate("caseload_filters", "Filter by practice"))
        self.worker = self._combo(translate("caseload_filters", "&Worker:"),
                                  translate("caseload_filters", "Filter by link worker"))
        self.reason = self._combo(translate("caseload_filters", "R&eason:"),
                                  translate("caseload_filters", "Filter by referral reason"))
        for code, label in reference("referral_reasons").items():
            self.reason.addItem(label, code)
        self.overdue = QCheckBox(translate("caseload_filters", "&Overdue only"), self)
        self.overdue.setAccessibleName(translate("caseload_filters", "Only people whose next contact is overdue"))
        self.overdue.toggled.connect(self._emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        for label, combo in self._labelled:
            layout.addWidget(label)
            layout.addWidget(combo)
        layout.addWidget(self.overdue)
        layout.addStretch(1)

    def _combo(self, text: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible)
        combo.addItem(_any(), None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._emit)
        label = QLabel(text, self)
        label.setBuddy(combo)
        self._labelled.append((label, combo))
        return combo

    def set_choices(self, practices: Sequence[tuple[str, str]],
                    workers: Sequence[tuple[str, str]]) -> None:
        for combo, pairs in ((self.practice, practices), (self.worker, workers)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_any(), None)
            for value, name in pairs:
                combo.addItem(name, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def values(self) -> dict[str, Any]:
        status = self.status.currentData()
        return {
            "status": status if status not in (None, "open") else None,
            "open_only": status == "open",
            "practice_id": self.practice.currentData(),
            "worker_id": self.worker.currentData(),
            "reason": self.reason.currentData(),
            "overdue": self.overdue.isChecked(),
        }

    @property
    def active(self) -> bool:
        values = self.values()
        return any(values.values())

    def clear(self) -> None:
        for _, combo in self._labelled:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.overdue.blockSignals(True)
        self.overdue.setChecked(False)
        self.overdue.blockSignals(False)
        self._emit()

    def _emit(self, *_: object) -> None:
        self.changed.emit(self.values())
