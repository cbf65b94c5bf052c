"""The verification worklist: services to check, oldest check first. Space marks the highlighted
one verified today (by you), and the highlight moves on to the next; Ctrl+Z puts the last one back as
it was; Enter opens it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from app import clock
from app.core import Linkwell, ServiceHit
from app.i18n import translate
from ui.directory.results import HitsView
from ui.models.hits_model import HitsModel
from ui.widgets.common import show_date
from ui.runner import Runner



def hint() -> str:
    return translate("directory.worklist", "Oldest check first. Space: verified today, and on to the next. Ctrl+Z: undo. Enter: open the "
             "service to check its details.")


class WorklistView(HitsView):
    verify_requested = Signal(int)  # row
    open_requested = Signal(int)
    undo_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        if event.key() == Qt.Key.Key_Space and row >= 0:
            self.verify_requested.emit(row)
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
            self.open_requested.emit(row)
            return
        super().keyPressEvent(event)


class Worklist(QWidget):
    verified = Signal(str)  # service id
    loaded = Signal()

    @property
    def _directory(self) -> Any:
        """The core's directory, asked for each time (after a key change the core holds a new one)."""
        return self._core.directory

    def __init__(self, core: Linkwell, runner: Runner, open_service: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner, self._open_service = core, runner, open_service
        self.setAccessibleName(translate("directory.worklist", "Verification worklist"))
        self.hint = QLabel(hint(), self)
        self.hint.setWordWrap(True)
        self.all_services = QCheckBox(translate("directory.worklist", "Show services checked recently too"), self)
        self.all_services.setAccessibleName(translate("directory.worklist", "Show services checked recently too"))
        self.all_services.toggled.connect(lambda _: self.refresh())
        self.model = HitsModel(self)
        self.view = WorklistView(self, with_check=True)
        self.view.setModel(self.model)
        self.view.setAccessibleName(translate("directory.worklist", "Services to verify, oldest check first"))
        self.view.setAccessibleDescription(hint())
        self.view.verify_requested.connect(self.verify_row)
        self.view.open_requested.connect(self._open_row)
        self.view.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.status = QLabel("", self)
        self.status.setAccessibleName(translate("directory.worklist", "Worklist status"))
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.all_services)
        layout.addWidget(self.status)
        self.done: list[tuple[ServiceHit, int, Any, Any]] = []  # (hit, row, checked on, by) before each Space
        self.view.undo_requested.connect(self.undo)

    def refresh(self) -> None:
        only_stale = not self.all_services.isChecked()
        self._runner.op(self._directory.verification_worklist, limit=200, only_stale=only_stale).success(
            self.show_hits).owned_by(self).run()

    def show_hits(self, hits: Sequence[ServiceHit]) -> None:
        row = max(self.view.currentIndex().row(), 0)
        self.model.set_hits(hits)
        if hits:
            self.view.setCurrentIndex(self.model.index(min(row, len(hits) - 1), 0))
        self.status.setText(translate("directory.worklist", "Every service has been checked recently.") if not hits else
                            translate("directory.worklist", "1 service to check.") if len(hits) == 1 else
                            translate("directory.worklist", "{count} services to check.").format(count=len(hits)))
        self.loaded.emit()

    def verify_row(self, row: int) -> None:
        hit = self.model.hit_at(row)
        if hit is None:
            return
        self._runner.op(self._mark, hit.id).success(
            lambda before: self._verified(hit, row, before)).owned_by(self).run()

    def _mark(self, service_id: str) -> tuple[Any, Any]:
        """On the worker: mark it verified today; the check it replaces, for Ctrl+Z."""
        before = self._directory.service_detail(service_id)
        self._directory.mark_verified(service_id, by=self._directory.actor, on=clock.today())
        return before.get("last_verified_on"), before.get("verified_by")

    def undo(self) -> None:
        if not self.done:
            self.status.setText(translate("directory.worklist", "Nothing to undo."))
            return
        hit, row, on, by = self.done.pop()
        self._runner.op(self._directory.undo_verified, hit.id, on=on, by=by).success(
            lambda _c: self._undone(hit, row)).owned_by(self).run()

    def _undone(self, hit: ServiceHit, row: int) -> None:
        hits = list(self.model.hits)
        row = min(row, len(hits))
        hits.insert(row, hit)
        self.model.set_hits(hits)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.status.setText(translate("directory.worklist", "Undone: {name} is back on the list, as it was. Left to check: {count}.").format(
            name=hit.name, count=len(hits)))
        self.verified.emit(hit.id)

    def _verified(self, hit: ServiceHit, row: int, before: tuple[Any, Any]) -> None:
        """Drop the row (it is fresh now) and keep the highlight at the same place: the next one."""
        hits = [h for h in self.model.hits if h.id != hit.id]
        self.model.set_hits(hits)
        if hits:
            self.view.setCurrentIndex(self.model.index(min(row, len(hits) - 1), 0))
        self.done.append((hit, row, *before))
        self.status.setText(translate("directory.worklist", "{name} marked as verified today ({date}). Left to check: {count}. Ctrl+Z to "
                              "undo.").format(name=hit.name, date=show_date(clock.today()), count=len(hits)))
        self.verified.emit(hit.id)

    def _open_row(self, row: int) -> None:
        hit = self.model.hit_at(row)
        if hit is not None:
            self._open_service(hit.id)
