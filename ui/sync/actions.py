"""Team sync in the main window: a status-bar label saying the state in words, Team → Sync now (F9) and
Team → Conflicts…, and a sync on the runner every few minutes. Pulled changes are broadcast through the
runner, so every open window refreshes what they touched. Nothing here waits on the hub: the sync runs
on the runner's worker thread, and typing never waits for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from app import clock
from app.errors import LinkwellError
from app.i18n import translate
from ui.runner import Runner
from ui.sync.words import describe, not_reachable

if TYPE_CHECKING:
    from app.core import SyncResult  # the sync engine loads the ORM: not before the first paint

SYNC_EVERY_MS = 5 * 60 * 1000
HUB_TIMEOUT_S = 15  # the database worker waits while the hub answers: give up sooner than the command line
REWORD_EVERY_MS = 30 * 1000  # "Synced 2 minutes ago" stays true without asking the database


class SyncActions(QObject):
    def __init__(self, window: QMainWindow, runner: Runner, *, every_ms: int = SYNC_EVERY_MS) -> None:
        super().__init__(window)
        self.window, self.runner, self.core = window, runner, window.core  # type: ignore[attr-defined]
        self.state: dict[str, Any] | None = None
        self.problem: str | None = None
        self.syncing = False
        self.label = QLabel("", window)
        self.label.setAccessibleName(translate("sync.actions", "Team sync"))
        self.label.setVisible(False)
        window.statusBar().addPermanentWidget(self.label)

        menu = window.menuBar().addMenu(translate("sync.actions", "Tea&m"))
        self.sync_action = QAction(translate("sync.actions", "&Sync now"), window)
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.setToolTip(translate("sync.actions", "Send this laptop's changes to the team hub and fetch the team's (F9)"))
        self.sync_action.triggered.connect(lambda: self.sync_now(by_hand=True))
        self.conflicts_action = QAction(translate("sync.actions", "&Conflicts…"), window)
        self.conflicts_action.setToolTip(translate(
            "sync.actions", "Status moves made two ways on different laptops, for you to choose, and records a sync "
            "set aside"))
        self.conflicts_action.triggered.connect(self.show_conflicts)
        for action in (self.sync_action, self.conflicts_action):
            action.setShortcutVisibleInContextMenu(True)
            menu.addAction(action)
        self.menu = menu

        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.sync_now)
        self.reword = QTimer(self)
        self.reword.setInterval(REWORD_EVERY_MS)
        self.reword.timeout.connect(self._show)
        runner.changed.connect(self._changed)
        self.refresh()

    # --- state ------------------------------------------------------------------------------

    def _stopped(self) -> bool:
        """The runner has shut down (the window is closing): the schedule stops too."""
        if self.runner.is_running:
            return False
        self.timer.stop()
        self.reword.stop()
        return True

    def refresh(self) -> None:
        """Ask the database (on the worker) for the hub, changes waiting and the last sync."""
        if self._stopped():
            return
        # The façade made on the worker: it loads the sync engine, which the first paint need not wait for.
        self.runner.op(lambda: self.core.sync.status()).success(self._got_state).failure(lambda _e: None) \
            .owned_by(self.window).run()

    def _got_state(self, state: dict[str, Any]) -> None:
        self.state = state
        joined = bool(state.get("hub"))
        for action in (self.sync_action, self.conflicts_action):
            action.setEnabled(joined)
        if joined and not self.timer.isActive():
            self.timer.start()
            self.reword.start()
        self._show()

    def _show(self) -> None:
        text = describe(self.state, clock.now(), syncing=self.syncing, problem=self.problem)
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.label.setVisible(bool(text))

    def _changed(self, changes: Any, origin: Any) -> None:
        if origin is not self and not self.syncing and self.state and self.state.get("hub"):
            self.refresh()  # a local change: one more waiting

    # --- syncing ----------------------------------------------------------------------------

    def sync_now(self, by_hand: bool = False) -> None:
        if self.syncing or not (self.state and self.state.get("hub")) or self._stopped():
            return
        self.syncing = True
        self._show()
        self.runner.op(self.core.sync.now, timeout=HUB_TIMEOUT_S).success(self._synced) \
            .failure(lambda error: self._failed(error, by_hand)).owned_by(self.window).run()

    def _synced(self, result: SyncResult) -> None:
        self.syncing, self.problem = False, None
        changes = result.changes
        if changes.person_ids or changes.caseload or changes.directory or changes.service_ids:
            self.runner.broadcast(changes, self)
        self.refresh()

    def _failed(self, error: BaseException, by_hand: bool) -> None:
        from app.core import HubNotReachable  # loads the sync client: not before the first sync

        self.syncing = False
        if isinstance(error, HubNotReachable):
            self.problem = not_reachable()
        elif isinstance(error, LinkwellError):
            self.problem = str(error).rstrip(".")
        else:
            self.problem = translate("sync.actions", "Sync stopped: something went wrong")
            self.runner.report(error, self.window)
        if by_hand:
            self.window.statusBar().showMessage(str(error) if isinstance(error, LinkwellError)
                                                else self.problem, 8000)
        self._show()
        self.refresh()

    # --- conflicts --------------------------------------------------------------------------

    def show_conflicts(self) -> None:
        from ui.sync.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.core, self.runner, self.window)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        self.dialog = dialog
