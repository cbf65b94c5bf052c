"""The background runner: every database or file call from the window goes through here.

One database worker thread runs the calls in order; results come back to the GUI thread by a Qt
signal (after Anki's ``taskman``/``CollectionOp``). ``fn`` must never touch a widget.

    runner.op(caseload.refer, person_id, ...).success(on_done).with_progress("Saving…").run()

Every op whose result is a ``Changes`` is broadcast once its callbacks have run: ``changed`` carries what
changed and the widget that asked (its op's owner, or None), so every open window, tab and model refreshes
what the change touches (after Anki's ``operation_did_execute``). Changes from elsewhere (a sync pull) go
out through ``broadcast``.

``InlineRunner`` has the same API and runs everything at once on the calling thread (for tests).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from app.core import Changes
from app.errors import LinkwellError
from app.i18n import translate
from ui.language import QT_TRANSLATE_NOOP


log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500  # a progress dialog for anything quicker would only flicker
_POLL_MS = 100
BUG_SENTENCE = QT_TRANSLATE_NOOP(  # English; shown through translate
    "runner",
    "Something went wrong, and Linkwell could not finish that. "
    "The details below will help whoever looks after Linkwell to put it right.",
)


class Cancelled(Exception):
    """Raised inside ``fn`` (see ``Progress.raise_if_cancelled``) to stop quietly."""


class Progress:
    """Shared by the worker (``update``, ``cancelled``) and the GUI (``snapshot``, ``cancel``)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: tuple[int, int, str] = (0, 0, "")
        self._cancel = threading.Event()

    def update(self, done: int, total: int = 0, label: str = "") -> None:
        """``total`` 0 means "don't know yet"; an empty label keeps the op's own."""
        with self._lock:
            self._state = (done, total, label)

    def __call__(self, done: int, total: int = 0, label: str = "") -> bool:
        """The callback shape app/ services take (``create_demo``'s ``progress``): True = stop."""
        self.update(done, total, label)
        return self.cancelled

    def snapshot(self) -> tuple[int, int, str]:
        with self._lock:
            return self._state

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def raise_if_cancelled(self) -> None:
        if self.cancelled:
            raise Cancelled()


# (parent, sentence, detail) -> None. Replace ``Runner.show_error`` in tests to capture messages.
ErrorReporter = Callable[[QWidget | None, str, str], None]


def show_error_box(parent: QWidget | None, text: str, detail: str = "") -> None:
    """A non-blocking warning box; ``detail`` goes behind its "Show Details…" button."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Linkwell", text, QMessageBox.StandardButton.Ok, parent
    )
    box.setAccessibleName(translate("runner", "Error message"))
    if detail:
        box.setDetailedText(detail)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def describe(error: BaseException) -> tuple[str, str]:
    """The sentence and the detail for an error: a ``LinkwellError`` speaks for itself;
    anything else is a bug and says so."""
    if isinstance(error, LinkwellError):
        return str(error), ""
    detail = f"{type(error).__name__}: {error}\n\n" + "".join(traceback.format_exception(error))
    return translate("runner", BUG_SENTENCE), detail


class Op:
    """One call to run on the database worker. Build it fluently, then ``run()`` it once."""

    def __init__(
        self, runner: Runner, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ):
        self._runner = runner
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self.label: str | None = None
        self.owner: QWidget | None = None
        self.progress = Progress()

    def success(self, callback: Callable[[Any], None]) -> Op:
        """Called on the GUI thread with ``fn``'s result."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op:
        """Called on the GUI thread with the exception; without it the runner shows the error."""
        self._on_failure = callback
        return self

    def with_progress(self, label: str) -> Op:
        """Pass ``progress=`` (a ``Progress``) to ``fn``; show a Cancel dialog if it runs long."""
        self.label = label
        return self

    def owned_by(self, widget: QWidget) -> Op:
        """Parent dialogs to ``widget``; if it is deleted before ``fn`` ends, skip the callbacks."""
        self.owner = widget
        return self

    def run(self) -> Op:
        self._runner._submit(self)
        return self

    def _call(self) -> Any:
        kwargs = (
            dict(self._kwargs, progress=self.progress) if self.label is not None else self._kwargs
        )
        return self._fn(*self._args, **kwargs)


class _ProgressDisplay:
    """Busy cursor at once; a progress dialog only after the delay; polls the op's ``Progress``."""

    def __init__(self, runner: Runner, op: Op) -> None:
        self._runner, self._op = runner, op
        self.dialog: QProgressDialog | None = None
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._show_timer = QTimer(singleShot=True, interval=runner.progress_delay_ms)
        self._show_timer.timeout.connect(self._show)
        self._show_timer.start()
        self._poll = QTimer(interval=_POLL_MS)
        self._poll.timeout.connect(self._refresh)

    def _show(self) -> None:
        op = self._op
        parent = op.owner if op.owner is not None and shiboken6.isValid(op.owner) else None
        dialog = QProgressDialog(op.label or "", translate("runner", "Cancel"), 0, 0, parent)
        dialog.setWindowTitle("Linkwell")
        dialog.setAccessibleName(translate("runner", "Progress"))
        dialog.setMinimumDuration(0)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(op.progress.cancel)
        self.dialog = dialog
        self._refresh()
        dialog.show()
        self._poll.start()
        self._runner.progress_shown.emit(dialog)

    def _refresh(self) -> None:
        if self.dialog is None:
            return
        done, total, label = self._op.progress.snapshot()
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        self.dialog.setLabelText(label or self._op.label or "")

    def finish(self) -> None:
        self._show_timer.stop()
        self._poll.stop()
        QApplication.restoreOverrideCursor()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._op.progress.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


class _Bridge(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call across."""

    finished = Signal(object, object, object)  # op, result, error


class Runner(QObject):
    """The one database worker. ``op_finished`` is emitted after an op's callbacks have run."""

    op_finished = Signal(object)
    progress_shown = Signal(object)  # the QProgressDialog, once it appears
    changed = Signal(object, object)  # Changes, and the widget that asked for them (or None)

    def __init__(
        self, parent: QObject | None = None, *, progress_delay_ms: int = PROGRESS_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self.progress_delay_ms = progress_delay_ms
        self.show_error: ErrorReporter = show_error_box
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._executor: ThreadPoolExecutor | None = self._make_executor()
        self._running = True
        self._displays: dict[Op, _ProgressDisplay] = {}

    def _make_executor(self) -> ThreadPoolExecutor | None:
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="linkwell-db")

    def op(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Op:
        return Op(self, fn, args, kwargs)

    def broadcast(self, changes: Changes, origin: QWidget | None = None) -> None:
        """Tell every listener what changed; ``origin`` has refreshed itself already."""
        self.changed.emit(changes, origin)

    def report(self, error: BaseException, parent: QWidget | None = None) -> None:
        """Show an error: its sentence if it is ours, "Something went wrong" if it is a bug."""
        text, detail = describe(error)
        if detail:
            log.error("%s\n%s", text, detail)
        self.show_error(parent, text, detail)

    @property
    def is_running(self) -> bool:
        return self._running

    def shutdown(self, *, wait: bool = True) -> None:
        """Run what is queued, then stop the worker (at exit). Results still queued for the GUI
        thread are delivered only if its event loop runs again."""
        self._running = False
        if self._executor is not None:
            self._executor.shutdown(wait=wait)
            self._executor = None

    # --- internals ----------------------------------------------------------------------------

    def _submit(self, op: Op) -> None:
        if not self._running or self._executor is None:
            raise RuntimeError("The runner has been shut down.")
        if op.label is not None:
            self._displays[op] = _ProgressDisplay(self, op)
        self._executor.submit(self._work, op)

    def _work(self, op: Op) -> None:
        """On the worker thread."""
        try:
            result, error = op._call(), None
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            result, error = None, exc
        self._bridge.finished.emit(op, result, error)

    def _finish(self, op: Op, result: Any, error: BaseException | None) -> None:
        """On the GUI thread."""
        display = self._displays.pop(op, None)
        if display is not None:
            display.finish()
        try:
            if op.owner is not None and not shiboken6.isValid(op.owner):
                return
            parent = op.owner or _active_window()
            if isinstance(error, Cancelled):
                return
            if error is not None:
                if op._on_failure is not None:
                    op._on_failure(error)
                else:
                    self.report(error, parent)
            else:
                if op._on_success is not None:
                    op._on_success(result)
                if isinstance(result, Changes):
                    self.broadcast(result, op.owner)
        finally:
            self.op_finished.emit(op)


class InlineRunner(Runner):
    """Runs each op at once on the calling thread: same API, no threads, no progress dialog."""

    def _make_executor(self) -> ThreadPoolExecutor | None:
        return None

    def _submit(self, op: Op) -> None:
        if not self._running:
            raise RuntimeError("The runner has been shut down.")
        try:
            result, error = op._call(), None
        except Exception as exc:  # noqa: BLE001
            result, error = None, exc
        self._finish(op, result, error)


def _active_window() -> QWidget | None:
    return QApplication.activeWindow()
