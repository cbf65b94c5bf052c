"""The language letters are printed in (issue 17): English, Cymraeg, both side by side, or Welsh first.

One choice for the session, shared by the person window's Letters → Letter language submenu and the
language box of the batch and outreach letters dialogs; it starts as English, or Cymraeg when the window
is in Welsh. The codes are the core's (``app/io/letters/language.py``: en, cy, bilingual, cy-first).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMenu, QWidget

from app.i18n import language, translate
from ui.language import QT_TRANSLATE_NOOP

# (code, words in English with an Alt letter for the submenu), translated where shown
CHOICES: list[tuple[str, str]] = [
    ("en", QT_TRANSLATE_NOOP("letters.language", "&English")),
    ("cy", QT_TRANSLATE_NOOP("letters.language", "&Cymraeg")),
    ("bilingual", QT_TRANSLATE_NOOP("letters.language", "&Bilingual: Welsh and English side by side")),
    ("cy-first", QT_TRANSLATE_NOOP("letters.language", "&Welsh first, then English")),
]
_session: dict[str, str] = {}


def chosen() -> str:
    """The letter language chosen in this session, else English (Cymraeg with the window in Welsh)."""
    return _session.get("language") or ("cy" if language() == "cy" else "en")


def choose(code: str) -> None:
    if code not in dict(CHOICES):
        raise ValueError(f"unknown letter language {code!r}")
    _session["language"] = code


def forget() -> None:
    """Back to the default (a new session; tests)."""
    _session.clear()


def _words(code: str) -> str:
    return translate("letters.language", dict(CHOICES)[code])


def language_box(parent: QWidget) -> QComboBox:
    """A box of the four choices, showing the session's; choosing one changes it for the session."""
    box = QComboBox(parent)
    box.setAccessibleName(translate("letters.language", "Letter language"))
    for code, _ in CHOICES:
        box.addItem(_words(code).replace("&", ""), code)
    box.setCurrentIndex(box.findData(chosen()))
    box.currentIndexChanged.connect(lambda _i: choose(str(box.currentData())))
    return box


def language_menu(parent: QMenu) -> QMenu:
    """Letters → Letter language: the four choices, one ticked."""
    menu = parent.addMenu(translate("letters.language", "Letter la&nguage"))
    menu.setAccessibleName(translate("letters.language", "Letter language"))
    group = QActionGroup(menu)
    group.setExclusive(True)
    for code, _ in CHOICES:
        action = QAction(_words(code), menu)
        action.setCheckable(True)
        action.setData(code)
        action.setStatusTip(translate("letters.language", "Print and save letters in: {language}").format(
            language=_words(code).replace("&", "")))
        action.triggered.connect(lambda _checked=False, c=code: choose(c))
        group.addAction(action)
        menu.addAction(action)

    def show_chosen() -> None:  # another window or dialog may have changed it
        for action in group.actions():
            action.setChecked(action.data() == chosen())

    menu.aboutToShow.connect(show_chosen)
    show_chosen()
    return menu
