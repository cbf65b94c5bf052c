"""Saving what is typed as a draft, about a second after typing stops, and offering it back.

``DraftKeeper`` watches a form's fields; each change restarts a one-second timer, and when it fires
the form's fields are written to the encrypted database on the background runner. When the form
opens, a kept draft is offered back in a ``DraftBar`` above the form (never silently restored: the
person decides). Saving the form for real discards the draft.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from app.core import Draft, Linkwell
from app.i18n import translate
from ui.widgets.common import WARN_STYLE, show_date
from ui.runner import Runner

DEBOUNCE_MS = 1000


class DraftKeeper(QObject):
    saved = Signal()  # after a draft write has finished on the worker
    found = Signal(object)  # the kept Draft, when the form opens and one exists

    def __init__(
        self,
        core: Linkwell,
        runner: Runner,
        form: str,
        subject: str,
        collect: Callable[[], dict[str, Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._core, self._runner = core, runner
        self.form, self.subject, self._collect = form, subject, collect
        self._paused = False
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.save_now)

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            signal = _changed_signal(widget)
            if signal is not None:
                signal.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        if not self._paused:
            self.timer.start()

    def save_now(self) -> None:
        """Write the draft at once (the timer calls this; so does closing the form unsaved)."""
        self.timer.stop()
        fields = self._collect()
        if self._runner.is_running:
            (self._runner.op(self._core.drafts.save, self.form, self.subject, fields)
             .success(lambda _d: self.saved.emit()).failure(lambda _e: None).run())

    def look(self) -> None:
        """Ask for a kept draft; ``found`` is emitted if there is one worth offering."""
        self._runner.op(self._core.drafts.load, self.form, self.subject).success(self._looked).run()

    def _looked(self, draft: Draft | None) -> None:
        if draft is not None and not draft.is_empty:
            self.found.emit(draft)

    def discard(self) -> None:
        self.timer.stop()
        if self._runner.is_running:
            self._runner.op(self._core.drafts.discard, self.form, self.subject).failure(lambda _e: None).run()

    def quietly(self, apply: Callable[[], None]) -> None:
        """Run ``apply`` (filling the form from a draft) without counting it as typing."""
        self._paused = True
        try:
            apply()
        finally:
            self._paused = False


def _changed_signal(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateEdit | QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None


class DraftBar(QWidget):
    """"You started this on 22-Nov-2026 09:30 and it was not saved. [Restore] [Discard]"."""

    restore = Signal(object)
    discard = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("person.drafts", "Unsaved draft"))
        self.setObjectName("draftbar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#draftbar {{ {WARN_STYLE} }}")
        self.draft: Draft | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(translate("person.drafts", "&Restore draft"), self)
        self.restore_button.setAccessibleName(translate("person.drafts", "Restore the draft"))
        self.discard_button = QPushButton(translate("person.drafts", "Discard dra&ft"), self)
        self.discard_button.setAccessibleName(translate("person.drafts", "Discard the draft"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        self.hide()

    def offer(self, draft: Draft) -> None:
        self.draft = draft
        self.text.setText(translate("person.drafts", "You started this on {date} and it was not saved. "
                                    "Restore what you typed?").format(date=show_date(draft.saved_at)))
        self.show()
        self.restore_button.setFocus()

    def _restore(self) -> None:
        if self.draft is not None:
            self.restore.emit(self.draft)
        self.hide()

    def _discard(self) -> None:
        self.discard.emit()
        self.hide()
