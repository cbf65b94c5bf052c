"""Messages to the GP record go in the background while the window is open: every few minutes the main
window asks the core to deliver what is due (``core.gp_record.deliver(force=False)``), on the runner. A
run with nothing due makes no connection; MESH out of reach backs off in the core (1, 2, 4 … minutes);
a background try gives up after a few seconds. The status bar speaks only when something changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from app.core import Linkwell
from app.errors import LinkwellError
from app.i18n import translate
from ui.runner import Runner

INTERVAL_MS = 5 * 60 * 1000  # how often the window looks for something due
FIRST_MS = 60 * 1000  # the first look, a minute after the window opens (the caseload paints first)
STATUS_MS = 10000


class GpRecordDelivery(QObject):
    def __init__(self, window: QMainWindow, core: Linkwell, runner: Runner, *, interval_ms: int = INTERVAL_MS,
                 first_ms: int = FIRST_MS) -> None:
        super().__init__(window)
        self.window, self.core, self.runner = window, core, runner
        self.last: Any = None  # the last run's DeliveryReport
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.deliver)
        QTimer.singleShot(first_ms, self, self._start)

    def _start(self) -> None:
        self.deliver()
        self.timer.start()

    def deliver(self) -> None:
        if self.running or not self.runner.is_running:  # the window is closing: nothing new starts
            return
        self.running = True
        self.runner.op(self._deliver).success(self._done).failure(self._failed).owned_by(self.window).run()

    def _deliver(self) -> Any:
        self.last = self.core.gp_record.deliver(force=False)
        return self.last.changes

    def _done(self, _changes: Any) -> None:
        self.running = False
        report = self.last
        if report is not None and (report.sent or report.delivered or report.acknowledged or report.failed):
            self.window.statusBar().showMessage(
                translate("letters.gp_record", "GP record: {said}").format(said=report.sentence()), STATUS_MS)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        if not isinstance(error, LinkwellError):
            self.runner.report(error, self.window)
        # A sentence the user can act on (no MESH mailbox set up, a refused password) waits for them to send
        # or deliver by hand, where it is said; it is not repeated every few minutes in the status bar.
