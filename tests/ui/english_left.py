"""English left behind in a window that should read in Welsh.

Collects what a person sees or hears of one top-level window (titles, labels, buttons, tabs, menus
and every action in them, column headers, placeholders, tool tips, accessible names, combo-box
items) and flags a text that either is an English source string Welsh translates differently, or
holds a word of English that Welsh never uses. Names and codes (people, services, NHS, GP, PDF) pass:
the English word list holds only ordinary English words.
"""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel,
                               QLineEdit, QMenu, QMenuBar, QPlainTextEdit, QTabBar, QTextEdit, QToolBar,
                               QWidget)

from app import i18n

# Ordinary English words that are not also Welsh words (no "a", "i", "am", "at", "or", "man", "go", "data",
# "all", "can", "help", "print", "person").
ENGLISH = set("""
the and of to with your you for this that from new add save open close cancel search find people
referral referrals service services letter letters today settings file edit view show send
name date notes contact waiting week weeks days day choose select type here there when what who which
please not yet will has have was were been are it its be by on in no none every one two more less
back next done first last into out about after before than then their they them our we us my me some any
change changes changed delete remove removed keep kept export import report reports year month time
open closed paused group groups address phone email why how where only also should could would must
""".split())
# Names of products and standards, the same in Welsh (checked before the words are).
NAMES = ("Open Referral", "GP Connect", "EMIS Web", "SystmOne", "Vision")
WORD = re.compile(r"[A-Za-zÀ-ÿŵŷŴŶ']+")
TAGS = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return unescape(TAGS.sub(" ", text)).replace("&&", "&").replace("&", "")


def english_sources() -> set[str]:
    """English strings that Welsh translates differently (Alt letters and colons ignored)."""
    def key(text: str) -> str:
        return _plain(text).strip().rstrip(":…").strip().lower()

    return {key(source) for (_context, source), welsh in i18n.catalogue("cy").items()
            if key(source) != key(welsh) and len(key(source)) > 2}


def _menu_texts(menu: QMenu) -> list[str]:
    found = [menu.title()]
    for action in menu.actions():
        found += [action.text(), action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""]
        if action.menu() is not None:
            found += _menu_texts(action.menu())  # type: ignore[arg-type]
    return found


def texts(window: QWidget) -> list[str]:
    """What one window shows and says, visible parts only."""
    found = [window.windowTitle(), window.accessibleName()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            found.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.menu() is not None:
                    found += _menu_texts(action.menu())  # type: ignore[arg-type]
        elif isinstance(widget, QToolBar):
            found += [a.text() for a in widget.actions()] + [a.toolTip() for a in widget.actions()]
        elif isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None \
                and not isinstance(widget.model(), QAbstractListModel):  # a list has no column headers
            model = widget.model()
            found += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount(QModelIndex()))]
    return [text for text in found if text and text.strip()]


def english_in(window: QWidget, sources: set[str] | None = None, data: frozenset[str] = frozenset()) -> list[str]:
    """The texts of ``window`` still in English; ``data`` are values the directory or caseload holds (a
    service's category, as its team wrote it), shown as written in either language."""
    sources = english_sources() if sources is None else sources
    left = []
    for text in dict.fromkeys(texts(window)):
        if text in data:
            continue
        plain = " ".join(word for word in _plain(text).split() if "/" not in word)  # a file's path is data
        key = plain.strip().rstrip(":…").strip().lower()
        unnamed = plain
        for name in NAMES:
            unnamed = unnamed.replace(name, " ")
        words = {word.lower() for word in WORD.findall(unnamed)}
        if key in sources or words & ENGLISH:
            left.append(text)
    return left
