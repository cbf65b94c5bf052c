"""Nothing in a service changes by accident: a passing scroll wheel moves the form, not the capacity;
a service opens to read, with Edit to change it; leaving a changed form asks before anything is lost."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QMessageBox, QVBoxLayout, QWidget

from app.core import Linkwell
from ui.directory.editor import ServiceEditor
from ui.runner import Runner
from ui.widgets import wheel_guard


def _wheel(widget: QWidget, down: bool = True) -> None:
    centre = QPointF(widget.rect().center())
    delta = QPoint(0, -120 if down else 120)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(), delta,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(widget, event)


def _new_service(qtbot: Any, core: Linkwell, runner: Runner, name: str) -> str:
    editor = ServiceEditor(core, runner, None)
    qtbot.addWidget(editor)
    editor.load()
    editor.lines["name"].setText(name)
    editor.lines["categories"].setText("Gardening")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        editor.save()
    return str(saved.args[0])


def _opened(qtbot: Any, core: Linkwell, runner: Runner, service_id: str) -> ServiceEditor:
    editor = ServiceEditor(core, runner, service_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.load()
    qtbot.waitUntil(lambda: editor.loaded_fields.get("id") == service_id, timeout=5000)
    return editor


def test_a_wheel_passing_over_a_choice_or_date_changes_nothing_until_it_has_focus(qtbot: Any) -> None:
    wheel_guard.install(QApplication.instance())  # type: ignore[arg-type]
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    box, when = QComboBox(form), QDateEdit(form)
    box.addItems(["has capacity", "waiting list", "full"])
    layout.addWidget(box)
    layout.addWidget(when)
    form.show()
    qtbot.waitExposed(form)
    assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel never gives it focus
    before = when.date()
    _wheel(box)
    _wheel(when)
    assert box.currentIndex() == 0 and when.date() == before
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    _wheel(box)  # chosen on purpose: the wheel works as people expect
    assert box.currentIndex() == 1


def test_the_main_window_guards_every_window(qtbot: Any, core: Linkwell, runner: Runner) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(core, runner)
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert app is not None and app.findChild(wheel_guard.WheelGuard) is not None


def test_a_service_opens_to_read_and_edit_makes_it_changeable(qtbot: Any, core: Linkwell, runner: Runner) -> None:
    service_id = _new_service(qtbot, core, runner, "Ffordd Ŵyn & Łąka <garden>")
    editor = _opened(qtbot, core, runner, service_id)
    assert not editor.editing
    assert editor.lines["name"].isReadOnly() and not editor.choices["capacity"].isEnabled()
    assert editor.edit_button.isVisible()
    assert not editor.buttons.button(editor.buttons.StandardButton.Save).isVisible()
    qtbot.keyClicks(editor.lines["phone"], "01632 960000")  # typing into a record being read does nothing
    assert editor.lines["phone"].text() == ""
    qtbot.mouseClick(editor.edit_button, Qt.MouseButton.LeftButton)
    assert editor.editing and editor.choices["capacity"].isEnabled()
    assert editor.lines["name"].text() == "Ffordd Ŵyn & Łąka <garden>"


def test_leaving_a_changed_service_asks_and_keeps_the_changes_unless_told(qtbot: Any, core: Linkwell,
                                                                          runner: Runner) -> None:
    service_id = _new_service(qtbot, core, runner, "Riverside Growers")
    editor = _opened(qtbot, core, runner, service_id)
    editor.reject()  # nothing changed: closes at once
    assert not editor.isVisible() and editor.discard_box is None

    editor = _opened(qtbot, core, runner, service_id)
    editor.edit()
    editor.choices["capacity"].setCurrentText("full")
    qtbot.keyClick(editor.lines["name"], Qt.Key.Key_Escape)
    box = editor.discard_box
    assert box is not None and "Riverside Growers" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter keeps editing
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert editor.isVisible() and editor.choices["capacity"].currentText() == "full"  # nothing lost

    editor.reject()
    box = editor.discard_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)
    assert core.directory.service_detail(service_id)["capacity"] == "has capacity"  # the change was not saved
