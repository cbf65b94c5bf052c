"""The Help menu: every keyboard shortcut of the window in front (read from its actions, so the list is
never out of date), and About. The menu stays last on the menu bar whatever is added after it."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QEvent, QObject, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, the keys) for each enabled action of ``window`` that has a shortcut, in menu order."""
    seen: set[tuple[str, str]] = set()
    found: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        keys = action.shortcut()
        if keys.isEmpty() or not action.isEnabled() or not action.text():
            continue
        row = (action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip(),
               keys.toString(QKeySequence.SequenceFormat.NativeText))
        if row not in seen:
            seen.add(row)
            found.append(row)
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle("Keyboard shortcuts")
        self.setAccessibleName("Keyboard shortcuts")
        rows = shortcuts(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName("Keyboard shortcuts of this window")
        self.table.setHorizontalHeaderLabels(["To", "Press"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel("Alt with an underlined letter opens a menu or presses a button. "
                      "Tab moves to the next field; Escape closes a dialog.", self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(70 * metrics.averageCharWidth(), 30 * metrics.height())


def about_text() -> str:
    try:
        version = metadata.version("linkwell")
    except metadata.PackageNotFoundError:
        version = "in development"
    return (f"<p><b>Linkwell</b> {version}</p>"
            "<p>Casework for social prescribing link workers, navigators and the GPs they work with. "
            "It works without a connection: records are kept encrypted on this computer and shared with "
            "your team's hub when one is set up.</p>"
            f"<p>Built with Qt {qVersion()}. Free software under the MIT licence.</p>")


class _KeepLast(QObject):
    """Moves the Help menu back to the end whenever another menu is added after it."""

    def __init__(self, bar: QMenuBar, menu: QMenu) -> None:
        super().__init__(bar)
        self._bar, self._menu = bar, menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ActionAdded and self._bar.actions()[-1] is not self._menu.menuAction():
            self._bar.removeAction(self._menu.menuAction())
            self._bar.addAction(self._menu.menuAction())
        return False


class HelpMenu:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        self.menu = bar.addMenu("&Help")
        self.shortcuts_action = QAction("&Keyboard shortcuts…", window)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # any window
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction("&About Linkwell", window)
        self.about_action.triggered.connect(self.show_about)
        self.menu.addAction(self.shortcuts_action)
        self.menu.addAction(self.about_action)
        window.addAction(self.shortcuts_action)
        bar.installEventFilter(_KeepLast(bar, self.menu))
        self.dialog: QDialog | None = None

    def show_shortcuts(self) -> None:
        """The shortcuts of whichever Linkwell window is in front (a person's record has its own)."""
        front = QApplication.activeWindow()
        self.dialog = ShortcutsDialog(front if isinstance(front, QMainWindow) else self.window)
        self.dialog.open()

    def show_about(self) -> None:
        box = QDialog(self.window)
        box.setWindowTitle("About Linkwell")
        label = QLabel(about_text(), box)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, box)
        buttons.rejected.connect(box.reject)
        layout = QVBoxLayout(box)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.dialog = box
        box.open()
