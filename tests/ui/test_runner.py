from __future__ import annotations

import threading
import time
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from app.errors import NotFound
from tests.ui.conftest import ShownErrors
from ui.runner import PROGRESS_DELAY_MS, InlineRunner, Progress, Runner

WAIT_MS = 10_000  # generous upper bounds: the tests wait for signals, never for time


def _finish(qtbot: Any, runner: Runner, op_builder: Any) -> Any:
    with qtbot.waitSignal(runner.op_finished, timeout=WAIT_MS):
        return op_builder.run()


def test_success_runs_on_the_one_worker_and_answers_on_the_gui_thread(
    qtbot: Any, runner: Runner
) -> None:
    workers: list[threading.Thread] = []
    answers: list[tuple[int, threading.Thread]] = []

    def double(x: int) -> int:
        workers.append(threading.current_thread())
        return 2 * x

    for n in (1, 2, 3):
        _finish(
            qtbot,
            runner,
            runner.op(double, n).success(lambda r: answers.append((r, threading.current_thread()))),
        )

    assert [a for a, _ in answers] == [2, 4, 6]
    assert {t for _, t in answers} == {threading.main_thread()}
    assert len(set(workers)) == 1 and workers[0] is not threading.main_thread()


def test_linkwell_error_is_shown_as_its_sentence(
    qtbot: Any, runner: Runner, shown_errors: ShownErrors
) -> None:
    def missing() -> None:
        raise NotFound("There is no person with id 42.")

    _finish(qtbot, runner, runner.op(missing).success(lambda r: pytest.fail("no success expected")))
    assert shown_errors.shown == [("There is no person with id 42.", "")]


def test_a_bug_is_reported_as_something_went_wrong_with_detail(
    qtbot: Any, runner: Runner, shown_errors: ShownErrors
) -> None:
    _finish(qtbot, runner, runner.op(lambda: 1 / 0))
    [(text, detail)] = shown_errors.shown
    assert text.startswith("Something went wrong")
    assert detail.startswith("ZeroDivisionError: division by zero") and "Traceback" in detail


def test_failure_callback_replaces_the_message_box(
    qtbot: Any, runner: Runner, shown_errors: ShownErrors
) -> None:
    caught: list[BaseException] = []
    _finish(qtbot, runner, runner.op(lambda: 1 / 0).failure(caught.append))
    assert [type(e) for e in caught] == [ZeroDivisionError]
    assert shown_errors.shown == []


def test_progress_dialog_appears_only_after_the_delay_and_follows_updates(
    qtbot: Any, runner: Runner
) -> None:
    release = threading.Event()
    shown: list[QProgressDialog] = []
    runner.progress_shown.connect(shown.append)

    def slow(*, progress: Progress) -> str:
        progress.update(3, 10, "Three of ten")
        release.wait(WAIT_MS / 1000)
        return "done"

    results: list[str] = []
    assert runner.progress_delay_ms == PROGRESS_DELAY_MS == 500
    runner.op(slow).success(results.append).with_progress("Importing services…").run()
    QApplication.processEvents()
    assert shown == []  # not straight away
    assert QApplication.overrideCursor() is not None  # but a busy cursor at once

    with qtbot.waitSignal(runner.progress_shown, timeout=WAIT_MS):
        pass
    dialog = shown[0]
    assert dialog.isVisible()
    qtbot.waitUntil(
        lambda: dialog.value() == 3 and dialog.labelText() == "Three of ten", timeout=WAIT_MS
    )
    assert dialog.maximum() == 10

    release.set()
    with qtbot.waitSignal(runner.op_finished, timeout=WAIT_MS):
        pass
    assert results == ["done"]
    assert not dialog.isVisible()
    assert QApplication.overrideCursor() is None


def test_a_quick_op_never_shows_the_dialog(qtbot: Any, runner: Runner) -> None:
    _finish(qtbot, runner, runner.op(lambda *, progress: "quick").with_progress("Saving…"))
    with qtbot.assertNotEmitted(runner.progress_shown, wait=PROGRESS_DELAY_MS + 300):
        pass


def test_cancel_button_sets_the_flag_the_worker_sees(qtbot: Any, shown_errors: ShownErrors) -> None:
    runner = Runner(progress_delay_ms=50)
    runner.show_error = shown_errors
    seen: list[bool] = []

    def patient(*, progress: Progress) -> str:
        deadline = time.monotonic() + WAIT_MS / 1000
        while not progress.cancelled and time.monotonic() < deadline:
            time.sleep(0.01)
        seen.append(progress.cancelled)
        return "stopped"

    results: list[str] = []
    try:
        with qtbot.waitSignal(runner.progress_shown, timeout=WAIT_MS) as shown:
            op = (
                runner.op(patient)
                .success(results.append)
                .with_progress("Checking the database…")
                .run()
            )
        cancel = shown.args[0].findChild(QPushButton)
        assert cancel.text() == "Cancel"
        with qtbot.waitSignal(runner.op_finished, timeout=WAIT_MS):
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert op.progress.cancelled and seen == [True] and results == ["stopped"]
        assert shown_errors.shown == []
    finally:
        runner.shutdown()


def test_cancelled_raised_inside_fn_ends_quietly(
    qtbot: Any, runner: Runner, shown_errors: ShownErrors
) -> None:
    def stops(*, progress: Progress) -> None:
        progress.cancel()
        progress.raise_if_cancelled()

    _finish(
        qtbot,
        runner,
        runner.op(stops).with_progress("Exporting…").success(lambda r: pytest.fail("no")),
    )
    assert shown_errors.shown == []


def test_callbacks_are_dropped_when_the_owner_is_gone(qtbot: Any, runner: Runner) -> None:
    owner = QWidget()
    release = threading.Event()
    results: list[str] = []
    op = (
        runner.op(lambda: release.wait(WAIT_MS / 1000) and "late")
        .success(results.append)
        .owned_by(owner)
    )
    op.run()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=WAIT_MS)
    with qtbot.waitSignal(runner.op_finished, timeout=WAIT_MS):
        release.set()
    assert results == []


def test_inline_runner_has_the_same_api_and_runs_at_once(
    inline_runner: InlineRunner, shown_errors: ShownErrors
) -> None:
    results: list[Any] = []
    inline_runner.op(lambda a, b: a + b, 2, b=3).success(results.append).run()
    inline_runner.op(lambda *, progress: progress.cancelled).success(results.append).with_progress(
        "x"
    ).run()
    inline_runner.op(lambda: 1 / 0).run()
    assert results == [5, False]
    assert shown_errors.texts[0].startswith("Something went wrong")


def test_a_shut_down_runner_refuses_work(runner: Runner) -> None:
    runner.shutdown()
    assert not runner.is_running
    with pytest.raises(RuntimeError):
        runner.op(print).run()
