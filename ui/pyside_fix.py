"""A workaround for a reference-counting bug in PySide6 6.12.0's ``SignalInstance.emit``.

``emit()`` returns a bool without taking a reference to it, so every emit from Python lowers
``True``'s reference count by one. On Python 3.11, where ``True`` is not immortal, the process
aborts ("bool_dealloc: deallocating True or False") after some thousands of emits, or at exit.

``apply()`` probes for the bug and, only if it is there, wraps ``emit`` to give the missing
reference back. With a fixed PySide6 the probe finds nothing and nothing is changed.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None
_applied = False


class _Probe(QObject):
    ping = Signal()


def _references_lost_per_emit() -> int:
    probe = _Probe()
    rounds = 8
    before = sys.getrefcount(True)
    for _ in range(rounds):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):  # repay what the probe itself took
        _incref(True)
    return lost // rounds


def apply() -> bool:
    """Patch ``SignalInstance.emit`` if it loses references; True if it is patched."""
    global _applied
    if _applied:
        return True
    if _references_lost_per_emit() <= 0:
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        _incref(result)
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _applied = True
    return True
