"""The Help menu: every keyboard shortcut of the window in front (read from its actions, so the list is
never out of date), the language Linkwell opens in, and About. The menu stays last on the menu bar
whatever is added after it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, qVersion
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
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
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.i18n import translate
from ui.language import QT_TRANSLATE_NOOP

# Said in the language chosen, whatever the window's language now (see ``in_language``).
NEXT_START = {
    "en": QT_TRANSLATE_NOOP("help", "Linkwell will open in English next time it starts."),
    "cy": QT_TRANSLATE_NOOP("help", "Linkwell will open in Welsh next time it starts."),
}


def in_language(code: str, context: str, text: str) -> str:
    """``text`` in the language ``code``, not necessarily the one the window is in."""
    if code == i18n.SOURCE_LANGUAGE:
        return text
    return i18n.catalogue(code).get((context, text), text)


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
        self.setWindowTitle(translate("help", "Keyboard shortcuts"))
        self.setAccessibleName(translate("help", "Keyboard shortcuts"))
        rows = shortcuts(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(translate("help", "Keyboard shortcuts of this window"))
        self.table.setHorizontalHeaderLabels([translate("help", "To"), translate("help", "Press")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(translate("help", "Alt with an underlined letter opens a menu or presses a button. "
                                        "Tab moves to the next field; Escape closes a dialog."), self)
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
    from importlib import metadata  # here: about 20 ms the window's start need not spend

    try:
        version = metadata.version("linkwell")
    except metadata.PackageNotFoundError:
        version = translate("help", "in development")
    return (f"<p><b>Linkwell</b> {version}</p>"
            + translate("help", "<p>Casework for social prescribing link workers, navigators and the GPs they work "
                                "with. It works without a connection: records are kept encrypted on this computer "
                                "and shared with your team's hub when one is set up.</p>")
            + translate("help", "<p>Built with Qt {version}. Free software under the MIT licence.</p>").format(
                version=qVersion()))


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
        self.menu = bar.addMenu(translate("help", "&Help"))
        self.shortcuts_action = QAction(translate("help", "&Keyboard shortcuts…"), window)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # any window
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(translate("help", "&About Linkwell"), window)
        self.about_action.triggered.connect(self.show_about)
        self.menu.addAction(self.shortcuts_action)
        self.language_menu = self._make_language_menu()
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)
        window.addAction(self.shortcuts_action)
        bar.installEventFilter(_KeepLast(bar, self.menu))
        self.dialog: QDialog | None = None

    def _make_language_menu(self) -> QMenu:
        """English / Cymraeg, the one kept for the next start checked; each name in its own language."""
        menu = self.menu.addMenu(translate("help", "&Language"))
        menu.menuAction().setStatusTip(translate("help", "Choose the language Linkwell opens in"))
        group = QActionGroup(menu)
        group.setExclusive(True)
        kept = i18n.saved_language()
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(f"&{name}", menu)
            action.setCheckable(True)
            action.setChecked(code == kept)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action
        return menu

    def choose_language(self, code: str) -> None:
        """Keep ``code`` for the next start and say so, in that language."""
        i18n.save_language(code)
        self.language_actions[code].setChecked(True)
        box = QMessageBox(QMessageBox.Icon.Information, "Linkwell", in_language(code, "help", NEXT_START[code]),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setAccessibleName(translate("help", "Language chosen"))
        self.dialog = box
        box.open()

    def show_shortcuts(self) -> None:
        """The shortcuts of whichever Linkwell window is in front (a person's record has its own)."""
        front = QApplication.activeWindow()
        self.dialog = ShortcutsDialog(front if isinstance(front, QMainWindow) else self.window)
        self.dialog.open()

    def show_about(self) -> None:
        box = QDialog(self.window)
        box.setWindowTitle(translate("help", "About Linkwell"))
        label = QLabel(about_text(), box)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, box)
        buttons.rejected.connect(box.reject)
        layout = QVBoxLayout(box)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.dialog = box
        box.open()
