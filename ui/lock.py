"""The lock: after an idle time, or at once on Ctrl+L, the window shows nothing about anyone until
the passphrase is typed again.

Locking hides, never destroys: the central widget, docks, tool bars, menu and status bars are hidden
under a lock panel, other top-level windows (dialogs) are hidden, the title becomes
"Linkwell — locked", tooltips and shortcuts are swallowed. Unlocking shows exactly what was hidden,
so typed text and drafts are where they were. The passphrase is checked on the runner against the
key file (Argon2id, then AES-GCM: ``keys.unwrap``). Wrong passphrases slow down (0, 1, 2, 4 … 30 s)
but never lock the worker out: there is nothing to lose by trying again.

The OS keyring is not offered here: it hands the key to any program in the signed-in session without
asking, so it cannot tell the worker from a colleague at an unlocked desk (see docs/security.md).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
import shiboken6

from app.core import Linkwell
from app.errors import LinkwellError, WrongPassphrase
from app.i18n import translate
from ui.language import QT_TRANSLATE_NOOP
from ui.runner import Runner
from ui.widgets.common import error_style

LOCKED_TITLE = QT_TRANSLATE_NOOP("lock", "Linkwell — locked")  # English; shown through translate
DEFAULT_IDLE_SECONDS = 5 * 60.0
MAX_DELAY_SECONDS = 30
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
_SWALLOWED_WHILE_LOCKED = frozenset(
    {QEvent.Type.ToolTip, QEvent.Type.WhatsThis, QEvent.Type.Shortcut, QEvent.Type.StatusTip}
)


def delay_after(failures: int) -> int:
    """Seconds to wait before the next try after ``failures`` wrong passphrases in a row."""
    return 0 if failures <= 1 else min(MAX_DELAY_SECONDS, 2 ** (failures - 2))


def wait_sentence(seconds: int) -> str:
    if seconds == 1:
        return translate("lock", "That passphrase is not right. You can try again in 1 second.")
    return translate("lock", "That passphrase is not right. You can try again in {seconds} seconds.").format(
        seconds=seconds)


class LockPanel(QWidget):
    """What the window shows while locked: no names, no counts, just how to carry on."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockPanel")
        self.setAccessibleName(translate("lock", "Linkwell is locked"))
        self.setAutoFillBackground(True)
        title = QLabel(translate("lock", "Linkwell is locked"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(  # short lines, no word wrap: a wrapped label in a centred box is cut short
            translate("lock", "Type your passphrase to carry on where you left off.\n"
                              "Nothing you were doing has been closed or lost."),
            self,
        )
        label = QLabel(translate("lock", "&Passphrase:"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("lock", "Passphrase"))
        label.setBuddy(self.passphrase)
        self.unlock_button = QPushButton(translate("lock", "&Unlock"), self)
        self.unlock_button.setAccessibleName(translate("lock", "Unlock"))
        self.unlock_button.setDefault(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("lock", "Unlock message"))
        self.message.hide()

        box = QWidget(self)
        inner = QVBoxLayout(box)
        for widget in (title, intro, label, self.passphrase, self.unlock_button, self.message):
            inner.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.passphrase.returnPressed.connect(self.unlock_button.click)

    def show_message(self, text: str, *, is_error: bool) -> None:
        self.message.setStyleSheet(error_style(self.message) if is_error else "")
        self.message.setText(text)
        self.message.setProperty("is_error", is_error)
        self.message.show()


class Lock(QObject):
    """Locks ``window``; ``install`` builds one, filters the application's events and adds Ctrl+L."""

    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        core: Linkwell,
        runner: Runner,
        *,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
    ) -> None:
        super().__init__(window)
        self.window, self.core, self.runner = window, core, runner
        self.failures = 0
        self._locked = False
        self._busy = False
        self._wait_left = 0
        self._title = ""
        self._hidden_parts: list[QWidget] = []
        self._hidden_windows: list[QWidget] = []
        self._focus: QWidget | None = None

        self.panel = LockPanel(window)
        self.panel.hide()
        self.panel.unlock_button.clicked.connect(self.try_unlock)

        self.idle_timer = QTimer(self, singleShot=True)
        self.idle_timer.timeout.connect(self.lock)
        self.set_idle_seconds(idle_seconds)
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)

        self.action = QAction(translate("lock", "&Lock now"), window)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from dialogs too
        self.action.setStatusTip(translate("lock", "Hide everything until the passphrase is typed again"))
        self.action.triggered.connect(self.lock)
        window.addAction(self.action)

    @classmethod
    def install(
        cls,
        window: QMainWindow,
        app: QApplication,
        core: Linkwell,
        runner: Runner,
        *,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
    ) -> Lock:
        lock = cls(window, core, runner, idle_seconds=idle_seconds)
        app.installEventFilter(lock)
        lock.idle_timer.start()
        return lock

    # --- state --------------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._locked

    @property
    def seconds_to_wait(self) -> int:
        return self._wait_left

    def set_idle_seconds(self, seconds: float) -> None:
        self.idle_timer.setInterval(max(100, int(seconds * 1000)))
        if self.idle_timer.isActive():
            self.idle_timer.start()

    # --- locking ------------------------------------------------------------------------------

    def lock(self) -> None:
        if self._locked or not self.window.isVisible():  # a closed window has nothing to hide
            return
        self._locked = True
        self.idle_timer.stop()
        window = self.window
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and window.isAncestorOf(focus) else None
        QToolTip.hideText()
        self._hidden_windows = []
        for widget in QApplication.topLevelWidgets():
            if widget is window or not widget.isVisible():
                continue
            popup = widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
            widget.hide()
            if not popup:  # menus and tooltips are not brought back
                self._hidden_windows.append(widget)
                if isinstance(widget, QDialog):
                    widget.finished.connect(self._forget_finished)
        parts: list[QWidget | None] = [
            window.centralWidget(),
            window.menuBar(),
            window.statusBar(),
            *window.findChildren(QDockWidget),
            *window.findChildren(QToolBar),
        ]
        self._hidden_parts = [p for p in parts if p is not None and not p.isHidden()]
        for part in self._hidden_parts:
            part.hide()
        self._title = window.windowTitle()
        window.setWindowTitle(translate("lock", LOCKED_TITLE))
        self.panel.setGeometry(window.rect())
        self.panel.passphrase.clear()
        self.panel.message.hide()
        self.panel.show()
        self.panel.raise_()
        self.panel.passphrase.setFocus()
        self.locked_changed.emit(True)

    def try_unlock(self) -> None:
        text = self.panel.passphrase.text()
        if not self._locked or self._busy or self._wait_left or not text:
            return
        self._set_busy(True)
        self.panel.show_message(translate("lock", "Checking…"), is_error=False)
        (
            self.runner.op(self.core.keys.check_passphrase, text)
            .success(lambda _none: self._unlock())
            .failure(self._failed)
            .owned_by(self.panel)
            .run()
        )

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, WrongPassphrase):
            if isinstance(error, LinkwellError):
                self.panel.show_message(str(error), is_error=True)
            else:
                self.panel.message.hide()
                self.runner.report(error, self.panel)
            return
        self.failures += 1
        delay = delay_after(self.failures)
        self.panel.passphrase.selectAll()
        if delay:
            self._wait_left = delay
            self._set_busy(True)
            self.panel.show_message(wait_sentence(delay), is_error=True)
            self._countdown.start()
        else:
            self.panel.show_message(translate("lock", "That passphrase is not right. Try again."), is_error=True)
            self.panel.passphrase.setFocus()

    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left:
            self.panel.show_message(wait_sentence(self._wait_left), is_error=True)
            return
        self._countdown.stop()
        self._set_busy(False)
        self.panel.show_message(translate("lock", "That passphrase is not right. Try again."), is_error=True)
        self.panel.passphrase.setFocus()

    def _unlock(self) -> None:
        self._set_busy(False)
        self.failures = 0
        self.panel.passphrase.clear()
        self.panel.hide()
        window = self.window
        window.setWindowTitle(self._title)
        for part in self._hidden_parts:
            if shiboken6.isValid(part):
                part.show()
        for widget in self._hidden_windows:
            if shiboken6.isValid(widget):
                if isinstance(widget, QDialog):
                    widget.finished.disconnect(self._forget_finished)
                widget.show()
        self._hidden_parts, self._hidden_windows = [], []
        self._locked = False
        if self._focus is not None and shiboken6.isValid(self._focus):
            self._focus.setFocus()
        self._focus = None
        self.idle_timer.start()
        self.locked_changed.emit(False)

    def _forget_finished(self, _result: int) -> None:
        """A dialog hidden by the lock was finished meanwhile (by code): do not bring it back."""
        dialog = self.sender()
        self._hidden_windows = [w for w in self._hidden_windows if w is not dialog]

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.panel.passphrase.setEnabled(not busy)
        self.panel.unlock_button.setEnabled(not busy)

    # --- watching -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            if not self._locked:
                self.idle_timer.start()
            return False
        if not self._locked:
            return False
        if kind in _SWALLOWED_WHILE_LOCKED and watched is not self.action:
            # the panel's own mnemonics (Alt+U, Alt+P) still work
            return not (isinstance(watched, QWidget) and self.panel.isAncestorOf(watched))
        if kind == QEvent.Type.Resize and watched is self.window:
            self.panel.setGeometry(self.window.rect())
        elif kind == QEvent.Type.Close and watched in self._hidden_windows:
            self._hidden_windows.remove(watched)  # type: ignore[arg-type]
        elif kind == QEvent.Type.Show and watched is not self.window and _is_other_window(
            watched, self.window
        ):
            QTimer.singleShot(0, self, lambda w=watched: self._hide_late(w))
        return False

    def _hide_late(self, widget: QObject) -> None:
        """A window that opened while locked (a runner's message box, say): hide it until unlock."""
        if not self._locked or not shiboken6.isValid(widget) or not isinstance(widget, QWidget):
            return
        if widget.parentWidget() is self.panel:  # the lock's own message
            return
        if widget.isVisible() and widget is not self.window:
            widget.hide()
            if widget.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                if widget not in self._hidden_windows:
                    self._hidden_windows.append(widget)
                    if isinstance(widget, QDialog):
                        widget.finished.connect(self._forget_finished)


def _is_other_window(watched: QObject, window: QWidget) -> bool:
    return isinstance(watched, QWidget) and watched.isWindow() and watched is not window


class Protection(QObject):
    """Everything issue 7 adds to a window, installed from ``ui.main`` in one call: the lock
    (Ctrl+L), backups on close and daily, and a Security menu with the audit trail, backups and
    key care."""

    def __init__(self, window: QMainWindow, app: QApplication, core: Linkwell, runner: Runner) -> None:
        from ui.dialogs.backups import BackupSchedule

        super().__init__(window)
        self.window, self.core, self.runner = window, core, runner
        self.lock = Lock.install(window, app, core, runner)
        self.backups = BackupSchedule.install(window, core, runner)
        self.dialogs: dict[str, QDialog] = {}
        menu = window.menuBar().addMenu(translate("lock", "&Security"))
        menu.addAction(self.lock.action)
        menu.addSeparator()
        for title, opener in (
            (translate("lock", "&Audit trail…"), self.open_audit),
            (translate("lock", "&Backups…"), self.open_backups),
            (translate("lock", "Change the &passphrase…"), self.open_change_passphrase),
            (translate("lock", "Show the &recovery key…"), self.open_recovery_key),
            (translate("lock", "Change the database &key…"), self.open_rotate_key),
        ):
            action = QAction(title, window)
            action.triggered.connect(opener)
            menu.addAction(action)
        self.menu = menu
        from ui import settings

        runner.op(settings.load, core).success(self._apply).failure(lambda _error: None).run()

    def _apply(self, values: object) -> None:
        from ui.settings import WindowSettings

        assert isinstance(values, WindowSettings)
        self.lock.set_idle_seconds(values.idle_seconds)
        self.backups.keep = values.backups_kept

    # --- the window's own readers, around a restore or a key change ----------------------------

    def release(self) -> None:
        """On the runner: close the caseload list's connection (it reopens on its next read)."""
        if not self.core.connector:  # a connector's core has no caseload list
            self.core.caseload_list.close()

    def reload(self, *_args: object) -> None:
        load = getattr(self.window, "load", None)
        if callable(load):
            load()

    # --- dialogs ------------------------------------------------------------------------------

    def _open(self, name: str, make: Callable[[], QDialog]) -> QDialog:
        dialog = self.dialogs.get(name)
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = make()
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialogs[name] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_audit(self) -> QDialog:
        from ui.dialogs.audit_log import AuditLogDialog

        return self._open("audit", lambda: AuditLogDialog(self.core, self.runner, self.window))

    def open_backups(self) -> QDialog:
        from ui.dialogs.backups import BackupsDialog

        def make() -> QDialog:
            dialog = BackupsDialog(
                self.core, self.runner, self.window, keep=self.backups.keep, release=self.release
            )
            dialog.restored.connect(self.reload)
            return dialog

        return self._open("backups", make)

    def open_change_passphrase(self) -> QDialog:
        from ui.dialogs.key_care import ChangePassphraseDialog

        return self._open("passphrase", lambda: ChangePassphraseDialog(self.core, self.runner, self.window))

    def open_recovery_key(self) -> QDialog:
        from ui.dialogs.key_care import RecoveryKeyDialog

        return self._open("recovery", lambda: RecoveryKeyDialog(self.core, self.runner, self.window))

    def open_rotate_key(self) -> QDialog:
        from ui.dialogs.key_care import RotateKeyDialog

        def make() -> QDialog:
            dialog = RotateKeyDialog(self.core, self.runner, self.window, release=self.release)
            dialog.rotated.connect(self.reload)
            return dialog

        return self._open("rotate", make)


def install(window: QMainWindow, app: QApplication, core: Linkwell, runner: Runner) -> Protection:
    return Protection(window, app, core, runner)
