from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import ui.runner  # noqa: F401 - applies the fix, as every Qt module of ui/ does
from ui import pyside_fix


class _Sender(QObject):
    bare = Signal()
    carrying = Signal(object, int)


def test_emitting_from_python_keeps_true_alive() -> None:
    sender = _Sender()
    received: list[object] = []
    sender.carrying.connect(lambda value, n: received.append(value))
    before = sys.getrefcount(True), sys.getrefcount(False)
    for n in range(200):
        sender.bare.emit()
        sender.carrying.emit(n % 2 == 0, n)
    del received[:]
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before


def test_apply_is_idempotent() -> None:
    first = pyside_fix.apply()
    assert pyside_fix.apply() == first
