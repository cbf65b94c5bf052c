"""Backups from the window: one on close and one a day (``BackupSchedule``), and the Backups dialog
that lists them, verifies one, takes one now, and restores one (after asking).

Every backup is the core's (``core.backups``: take, take_if_due, list, verify, restore) on the runner:
SQLite's online backup under the same key, so a backup is as encrypted as the database and consistent
even if taken during work.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import BACKUPS_KEPT, BackupInfo, Linkwell
from app.errors import LinkwellError
from app.i18n import translate
from ui.runner import Runner
from ui.widgets.common import error_style

CHECK_EVERY_MS = 60 * 60 * 1000  # is a daily backup due? once an hour is often enough
FIRST_CHECK_MS = 30 * 1000  # and once soon after start, out of the way of the first paint


def sound(info: BackupInfo, people: int) -> str:
    """What a verified backup holds, as a sentence."""
    if people == 1:
        return translate("dialogs.backups", "The backup from {label} opens and is sound: it holds 1 person.").format(label=info.label)
    return translate("dialogs.backups", "The backup from {label} opens and is sound: it holds {count} people.").format(
        label=info.label, count=people)


class BackupSchedule(QObject):
    """Takes a backup when ``window`` closes (the window waits for it) and once a day while open."""

    backed_up = Signal(object)  # BackupInfo

    def __init__(self, window: QWidget, core: Linkwell, runner: Runner, *, keep: int | None = None):
        super().__init__(window)
        self.window, self.core, self.runner, self.keep = window, core, runner, keep
        self._closing = False  # a backup before closing is under way
        self._may_close = False  # it has finished (or failed and said so): let the window go
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_daily)

    @classmethod
    def install(
        cls, window: QWidget, core: Linkwell, runner: Runner, *, keep: int | None = None
    ) -> BackupSchedule:
        schedule = cls(window, core, runner, keep=keep)
        window.installEventFilter(schedule)
        schedule.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, schedule, schedule.check_daily)
        return schedule

    def check_daily(self) -> None:
        if self.runner.is_running and not self._closing:
            self.runner.op(self.core.backups.take_if_due, keep=self.keep).success(self._done).failure(
                self._daily_failed
            ).run()

    def _done(self, info: BackupInfo | None) -> None:
        if info is not None:
            self.backed_up.emit(info)

    def _daily_failed(self, error: BaseException) -> None:
        self.runner.report(error, self.window)
        self.timer.stop()  # one message, not one an hour; the backup on close still runs

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window or event.type() != QEvent.Type.Close:
            return False
        if self._may_close or not self.runner.is_running:
            return False
        event.ignore()
        if not self._closing:
            self._closing = True
            self.timer.stop()
            (
                self.runner.op(self.core.backups.take, "close", keep=self.keep)
                .with_progress(translate("dialogs.backups", "Taking a backup before closing…"))
                .success(self._close_now)
                .failure(self._close_failed)
                .run()
            )
        return True

    def _close_now(self, info: BackupInfo) -> None:
        self.backed_up.emit(info)
        self._may_close = True
        QTimer.singleShot(0, self.window, self.window.close)  # not from inside this close event

    def _close_failed(self, error: BaseException) -> None:
        """Say so, and let the next close go without a backup: nothing in the database is lost."""
        self._may_close = True
        self.runner.report(error, self.window)


class BackupsDialog(QDialog):
    """Lists the backups (newest first); Back up now, Verify, Restore…."""

    restored = Signal(object, object)  # BackupInfo, the path the replaced file was set aside as

    def __init__(
        self,
        core: Linkwell,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        keep: int | None = None,
        release: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.core, self.runner, self.keep, self.release = core, runner, keep, release
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(translate("dialogs.backups", "Backups"))
        self.setAccessibleName(translate("dialogs.backups", "Backups"))
        intro = QLabel(
            translate("dialogs.backups", "Linkwell keeps the newest {keep} encrypted backups of {file} in {folder}. "
                      "Copy them somewhere off this computer too.").format(
                keep=BACKUPS_KEPT.default if keep is None else keep, file=core.db.path.name,
                folder=core.backups.folder),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("dialogs.backups", "Backups, newest first"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("dialogs.backups", "Backup message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backup_button = QPushButton(translate("dialogs.backups", "&Back up now"), self)
        self.verify_button = QPushButton(translate("dialogs.backups", "&Verify"), self)
        self.restore_button = QPushButton(translate("dialogs.backups", "&Restore…"), self)
        self.backup_button.clicked.connect(self.back_up)
        self.verify_button.clicked.connect(self.verify)
        self.restore_button.clicked.connect(self.ask_restore)
        row = QHBoxLayout()
        for button in (self.backup_button, self.verify_button, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.message):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self._enable()
        self.refresh()

    # --- list ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.runner.op(self.core.backups.list).success(self._show).owned_by(self).run()

    def _show(self, found: list[BackupInfo]) -> None:
        self.list.clear()
        for info in found:
            item = QListWidgetItem(info.label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, info)
        if found:
            self.list.setCurrentRow(0)
        else:
            self.say(translate("dialogs.backups", "There are no backups yet: Linkwell takes one when it closes and once a day."))
        self._enable()

    def selected(self) -> BackupInfo | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.verify_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)

    def say(self, text: str, *, is_error: bool = False) -> None:
        self.message.setStyleSheet(error_style(self.message) if is_error else "")
        self.message.setProperty("is_error", is_error)
        self.message.setText(text)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, LinkwellError):
            self.say(str(error), is_error=True)
        else:
            self.runner.report(error, self)

    # --- actions ------------------------------------------------------------------------------

    def back_up(self) -> None:
        self.say(translate("dialogs.backups", "Taking a backup…"))
        (
            self.runner.op(self.core.backups.take, "manual", keep=self.keep)
            .with_progress(translate("dialogs.backups", "Taking an encrypted backup…"))
            .success(self._backed_up)
            .failure(self._failed)
            .owned_by(self)
            .run()
        )

    def _backed_up(self, info: BackupInfo) -> None:
        self.say(translate("dialogs.backups", "Backed up: {label}.").format(label=info.label))
        self.refresh()

    def verify(self) -> None:
        info = self.selected()
        if info is None:
            return
        self.say(translate("dialogs.backups", "Checking the backup…"))
        (
            self.runner.op(self.core.backups.verify, info.path)
            .success(lambda people: self.say(sound(info, people)))
            .failure(self._failed)
            .owned_by(self)
            .run()
        )

    def ask_restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("dialogs.backups", "Restore a backup"),
            translate("dialogs.backups", "Put the backup from {label} in place of the database? Anything written since "
                      "then will not be in it. The file it replaces is kept aside, beside the database, so "
                      "nothing is deleted.").format(label=info.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(translate("dialogs.backups", "&Restore"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self.restore(info) if box.clickedButton() is yes else None)
        self.confirm_box = box
        box.open()

    def restore(self, info: BackupInfo) -> None:
        self.confirm_box = None
        self.say(translate("dialogs.backups", "Restoring…"))
        (
            self.runner.op(self.core.backups.restore, info.path, release=self.release)
            .success(lambda done: self._restored(*done))
            .failure(self._failed)
            .owned_by(self)
            .run()
        )

    def _restored(self, info: BackupInfo, set_aside: Path | None) -> None:
        if set_aside is None:
            self.say(translate("dialogs.backups", "Restored the backup from {label}.").format(label=info.label))
        else:
            self.say(translate("dialogs.backups", "Restored the backup from {label}. The database it replaced is kept as "
                               "{file}, beside it.").format(label=info.label, file=set_aside.name))
        self.restored.emit(info, set_aside)
        self.refresh()
