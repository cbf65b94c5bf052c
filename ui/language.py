"""The window's language: Qt's translators loaded from ``resources/i18n/<code>/*.qm``.

``linkwell --lang cy`` chooses for one start; otherwise the choice kept by Settings → Language
(``app.i18n.saved_language``). Every string a person reads goes through ``translate`` (``app/i18n.py``),
which Qt answers from these translators once they are installed. ``qtbase.ts`` translates Qt's own
buttons (OK, Cancel, Yes, No) and context menus, for which Qt ships no Welsh.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app import i18n
from app.i18n import QT_TRANSLATE_NOOP  # the one marker lupdate reads; kept here for ui/ modules

__all__ = ["QT_TRANSLATE_NOOP", "install"]
_installed: list[QTranslator] = []


def install(app: QCoreApplication, requested: str | None = None) -> str:
    """Install the translators for ``requested`` (or the saved choice); the language in use."""
    code = requested or i18n.saved_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for path in i18n.compiled_files(code):
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
    if code == i18n.SOURCE_LANGUAGE:
        i18n.use_language(code)
    else:
        i18n.use_language(code, backend=QCoreApplication.translate)
    QLocale.setDefault(QLocale(QLocale.Language.Welsh if code == "cy" else QLocale.Language.English,
                               QLocale.Country.UnitedKingdom))
    return code
