"""The main window's background delivery of messages to the GP record, on the real runner and the real
MESH: what is queued goes without anyone asking, the status bar says so, and nothing is said when there
was nothing to do."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMainWindow

from app.core import Linkwell
from tests.mesh import sandbox as sb
from tests.mesh.conftest import configure, mesh, person_with_codes  # noqa: F401 - mesh: the real MESH fixture
from ui.letters.gp_record import GpRecordDelivery
from ui.runner import Runner


def test_queued_messages_go_in_the_background(qtbot: Any, demo_core: Linkwell, runner: Runner,
                                              mesh: sb.Sandbox) -> None:  # noqa: F811
    for mailbox in (sb.SENDER, sb.PRACTICE):
        mesh.admin(f"/messageexchange/admin/reset/{mailbox}", method="DELETE")
    configure(demo_core, mesh.url)
    pid = person_with_codes(demo_core, consent=True)
    demo_core.gp_record.send(pid)
    window = QMainWindow()
    qtbot.addWidget(window)
    delivery = GpRecordDelivery(window, demo_core, runner, interval_ms=200, first_ms=0)
    qtbot.waitUntil(lambda: demo_core.gp_record.messages(pid)[0].state == "sent", timeout=30000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "GP record: 1 sent.", timeout=10000)
    window.statusBar().clearMessage()
    qtbot.waitUntil(lambda: delivery.last is not None and delivery.last.sent == 0 and not delivery.running,
                    timeout=10000)  # the next runs find nothing new
    assert window.statusBar().currentMessage() == ""
    delivery.timer.stop()


def test_without_a_mailbox_the_background_stays_quiet(qtbot: Any, demo_core: Linkwell, runner: Runner,
                                                      shown_errors: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    delivery = GpRecordDelivery(window, demo_core, runner, interval_ms=100, first_ms=0)
    qtbot.waitUntil(lambda: delivery.last is not None and not delivery.running, timeout=10000)
    assert delivery.last.problem == "" and shown_errors.texts == [] and window.statusBar().currentMessage() == ""
    delivery.timer.stop()


def test_a_window_left_open_after_the_runner_stops_starts_nothing(qtbot: Any, demo_core: Linkwell) -> None:
    """The first look comes a minute after the window opens: if the app is closing by then (the runner shut
    down), it is skipped quietly rather than raising in the event loop."""
    stopped = Runner()
    stopped.shutdown()
    window = QMainWindow()
    qtbot.addWidget(window)
    delivery = GpRecordDelivery(window, demo_core, stopped, interval_ms=50, first_ms=0)
    qtbot.waitUntil(delivery.timer.isActive, timeout=5000)  # the first look has come and gone
    qtbot.wait(150)  # and a few of the timer's
    assert delivery.last is None and not delivery.running
    delivery.timer.stop()
