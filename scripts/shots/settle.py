"""Let the window paint: run Qt's event loop for a moment (the screenshot scripts share it)."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer


def settle(ms: int = 600) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
