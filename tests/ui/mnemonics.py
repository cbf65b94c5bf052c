"""Alt+letter clashes: two visible controls in one window with the same underlined letter.

Qt does not press either of them then; it only moves focus between them, so a keyboard user's
Alt+letter silently does the wrong thing. Collects the letters of visible, enabled buttons, check
boxes, labels with a buddy, group boxes, tab titles and menu-bar titles of one top-level window.
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget

MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _visible(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isEnabled()


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Letter -> the texts that share it, for letters used more than once."""
    used: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        key = letter(text)
        if key:
            used[key].append(text)

    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not _visible(widget, window):
            continue
        buddy = widget.buddy() if isinstance(widget, QLabel) else None
        if isinstance(widget, QAbstractButton) or (buddy is not None and _visible(buddy, window)):
            add(widget.text())  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i) and widget.isTabEnabled(i):
                    add(widget.tabText(i))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text())
    return {key: texts for key, texts in used.items() if len(texts) > 1}
