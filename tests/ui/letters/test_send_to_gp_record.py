"""Letters → Send to GP record: queued on the real runner (nothing waits on MESH), said at once in the
status bar, and in the outbox as queued; without a MESH mailbox set up, a sentence and nothing queued."""

from __future__ import annotations

from typing import Any

from app.core import Linkwell
from tests.mesh import sandbox as sb
from tests.mesh.conftest import configure, mesh, person_with_codes  # noqa: F401 - mesh: the real MESH fixture
from tests.ui.conftest import ShownErrors
from ui.person.window import PersonWindow
from ui.runner import Runner


def _window(qtbot: Any, core: Linkwell, runner: Runner, pid: str) -> PersonWindow:
    window = PersonWindow(core, runner, pid)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_send_to_gp_record_queues_and_says_so(qtbot: Any, demo_core: Linkwell, runner: Runner) -> None:
    # No MESH is running: an address nothing listens on, since queueing never touches the network.
    demo_core.gp_record.configure(f"http://127.0.0.1:{sb.free_port()}", sb.SENDER, sb.SENDER_ODS,
                                  password=sb.SENDER_PASSWORD, shared_key=sb.SHARED_KEY)
    pid = person_with_codes(demo_core, consent=False)
    window = _window(qtbot, demo_core, runner, pid)
    action = window.letters.send_to_record
    assert action in window.letters.menu.actions() and action.text().replace("&", "") == "Send to GP record"

    assert "&d" in action.text()  # keyboard-first: D in the open Letters menu (Alt+R)
    action.trigger()
    qtbot.waitUntil(lambda: "GP record" in window.statusBar().currentMessage()
                    and "Queueing" not in window.statusBar().currentMessage(), timeout=20000)
    said = window.statusBar().currentMessage()
    assert said.startswith("Queued for Riverside & Dŵr Surgery X99101's GP record (codes and dates only")
    (item,) = demo_core.gp_record.messages(pid)
    assert item.state == "queued" and item.codes_only

    timeline = window.record.timeline  # the record refreshed from the change the runner broadcast

    def rows() -> list[tuple[str, str]]:
        return [(timeline.topLevelItem(i).text(1), timeline.topLevelItem(i).text(3))
                for i in range(timeline.topLevelItemCount())]

    qtbot.waitUntil(lambda: any(label == "GP record: queued to send" for label, _ in rows()), timeout=20000)
    said = next(note for label, note in rows() if label == "GP record: queued to send")
    assert said.startswith("Queued for Riverside & Dŵr Surgery X99101 (X99101): codes and dates only")


def test_without_a_mailbox_it_is_a_sentence(qtbot: Any, demo_core: Linkwell, runner: Runner,
                                            shown_errors: ShownErrors) -> None:
    pid = person_with_codes(demo_core, consent=True)
    window = _window(qtbot, demo_core, runner, pid)
    window.letters.send_to_record.trigger()
    qtbot.waitUntil(lambda: bool(shown_errors.texts), timeout=20000)
    assert "no MESH mailbox set up" in shown_errors.texts[0]
    assert demo_core.gp_record.messages(pid) == []


def test_with_mesh_in_reach_it_is_sent_in_the_background(qtbot: Any, demo_core: Linkwell, runner: Runner,
                                                        mesh: sb.Sandbox) -> None:  # noqa: F811
    for mailbox in (sb.SENDER, sb.PRACTICE):
        mesh.admin(f"/messageexchange/admin/reset/{mailbox}", method="DELETE")
    configure(demo_core, mesh.url)
    pid = person_with_codes(demo_core, consent=True)
    window = _window(qtbot, demo_core, runner, pid)
    window.letters.send_to_record.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Sent to "), timeout=30000)
    assert "Riverside & Dŵr Surgery X99101's GP record over MESH" in window.statusBar().currentMessage()
    (item,) = demo_core.gp_record.messages(pid)
    assert item.state == "sent"
    timeline = window.record.timeline
    qtbot.waitUntil(lambda: any(timeline.topLevelItem(i).text(1) == "GP record: sent"
                                for i in range(timeline.topLevelItemCount())), timeout=20000)
