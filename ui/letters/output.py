"""One letter out of the window: print, print preview or save as PDF.

The letter is gathered on the runner (``Letters.prepare``: database work); it is drawn for Qt here
on the GUI thread. A saved PDF is reportlab's, written whole or not at all on the runner. Every
print and save is audited: a print through ``Letters.printed``, a save by ``Letters.write``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.core import Letter, Linkwell
from app.i18n import translate
from ui.printing import a4_printer, preview_dialog, print_letter
from ui.language import QT_TRANSLATE_NOOP
from ui.runner import Runner

# English here, translated in describe(): one letter, and more than one.
KIND_NAMES = {"referral": QT_TRANSLATE_NOOP("letters.output", "referral letter"),
              "plan": QT_TRANSLATE_NOOP("letters.output", "plan letter"),
              "gp": QT_TRANSLATE_NOOP("letters.output", "GP letter"),
              "paused": QT_TRANSLATE_NOOP("letters.output", "group paused letter")}
KIND_PLURALS = {"referral": QT_TRANSLATE_NOOP("letters.output", "referral letters"),
                "plan": QT_TRANSLATE_NOOP("letters.output", "plan letters"),
                "gp": QT_TRANSLATE_NOOP("letters.output", "GP letters"),
                "paused": QT_TRANSLATE_NOOP("letters.output", "group paused letters")}


def describe(kind: str, options: dict[str, Any], plural: bool = False) -> str:
    """How the letter is named in sentences: "large print plan letter" (``plural``: "... letters")."""
    if plural:
        name = translate("letters.output", KIND_PLURALS[kind]) if kind in KIND_PLURALS else translate(
            "letters.output", "letters")
    else:
        name = translate("letters.output", KIND_NAMES[kind]) if kind in KIND_NAMES else translate(
            "letters.output", "letter")
    if options.get("easy_read"):
        return translate("letters.output", "easy read {letter}").format(letter=name)
    if options.get("large_print"):
        return translate("letters.output", "large print {letter}").format(letter=name)
    return name


def file_name(*words: str) -> str:
    """A safe file name from words such as a kind and a person's name."""
    joined = "-".join(w for w in words if w)
    return re.sub(r"[^\w.-]+", "-", joined, flags=re.UNICODE).strip("-") + ".pdf"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class LetterOutput:
    """Print, preview and save for one window; ``say`` puts a sentence in its status bar."""

    def __init__(self, parent: QWidget, core: Linkwell, runner: Runner, say: Callable[[str], None]) -> None:
        self.parent, self.core, self.runner, self.say = parent, core, runner, say
        self.dialog: QDialog | None = None  # the print, preview or file dialog last opened (tests use it)

    # --- print and preview ------------------------------------------------------------------

    def print_letter(self, kind: str, target: str, options: dict[str, Any]) -> None:
        self._prepare(kind, target, options, self._print_dialog)

    def preview(self, kind: str, target: str, options: dict[str, Any]) -> None:
        self._prepare(kind, target, options, self._preview_dialog)

    def _prepare(self, kind: str, target: str, options: dict[str, Any], then: Callable[[Letter], None]) -> None:
        self.say(translate("letters.output", "Preparing the {letter}…").format(letter=describe(kind, options)))
        self.runner.op(self.core.letters.prepare, kind, target, **options).success(then).owned_by(self.parent).run()

    def _print_dialog(self, letter: Letter) -> None:
        printer = a4_printer()
        dialog = QPrintDialog(printer, self.parent)
        dialog.setWindowTitle(translate("letters.output", "Print: {title}").format(
            title=letter.document.title or translate("letters.output", "letter")))
        dialog.setAccessibleName(translate("letters.output", "Print"))

        def chosen() -> None:
            print_letter(letter, printer)
            self._printed(letter)

        dialog.accepted.connect(chosen)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self._open(dialog)

    def _preview_dialog(self, letter: Letter) -> None:
        dialog = preview_dialog(letter, self.parent)
        dialog.setAccessibleName(translate("letters.output", "Print preview"))
        dialog.accepted.connect(lambda: self._printed(letter))  # its Print button prints, then accepts
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self._open(dialog)

    def _printed(self, letter: Letter) -> None:
        self.runner.op(self.core.letters.printed, letter).owned_by(self.parent).run()
        self.say(translate("letters.output", "The {letter} went to the printer.").format(letter=describe(letter.kind, {})))

    def _open(self, dialog: QDialog) -> None:
        self.say("")
        self.dialog = dialog
        if isinstance(dialog, QPrintPreviewDialog):
            dialog.resize(self.parent.window().size())
        QDialog.open(dialog)  # the print dialogs' own open() wants a receiver

    # --- save as PDF --------------------------------------------------------------------------

    def save(self, kind: str, target: str, options: dict[str, Any], suggested: str) -> None:
        dialog = QFileDialog(self.parent, translate("letters.output", "Save the {letter} as PDF").format(
            letter=describe(kind, options)), str(documents_folder() / suggested),
            translate("letters.output", "PDF files (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the same dialog everywhere, and in tests
        dialog.setAccessibleName(translate("letters.output", "Save as PDF"))
        dialog.fileSelected.connect(lambda path: self._write(kind, target, options, Path(path)))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def _write(self, kind: str, target: str, options: dict[str, Any], path: Path) -> None:
        self.say(translate("letters.output", "Saving the {letter}…").format(letter=describe(kind, options)))
        self.runner.op(self.core.letters.write, kind, target, path, **options).success(
            lambda out: self.say(translate("letters.output", "Saved the {letter} as {file}.").format(
                letter=describe(kind, options), file=out))
        ).failure(self._failed).owned_by(self.parent).run()

    def _failed(self, error: BaseException) -> None:
        self.say("")
        if isinstance(error, OSError):
            if getattr(error, "filename", None):
                said = translate("letters.output", "The letter could not be saved to {file}: {reason}. Choose "
                                 "another folder and try again.").format(file=error.filename,
                                                                          reason=error.strerror or error)
            else:
                said = translate("letters.output", "The letter could not be saved: {reason}. Choose another folder "
                                 "and try again.").format(reason=error.strerror or error)
            self.runner.show_error(self.parent, said, "")
            return
        self.runner.report(error, self.parent)
