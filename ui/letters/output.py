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
from ui.printing import a4_printer, preview_dialog, print_letter
from ui.runner import Runner

KIND_NAMES = {"referral": "referral letter", "plan": "plan letter", "gp": "GP letter"}


def describe(kind: str, options: dict[str, Any]) -> str:
    """How the letter is named in sentences: "large print plan letter"."""
    name = KIND_NAMES.get(kind, "letter")
    if options.get("easy_read"):
        return f"easy read {name}"
    if options.get("large_print"):
        return f"large print {name}"
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
        self.say(f"Preparing the {describe(kind, options)}…")
        self.runner.op(self.core.letters.prepare, kind, target, **options).success(then).owned_by(self.parent).run()

    def _print_dialog(self, letter: Letter) -> None:
        printer = a4_printer()
        dialog = QPrintDialog(printer, self.parent)
        dialog.setWindowTitle(f"Print: {letter.document.title or 'letter'}")
        dialog.setAccessibleName("Print")

        def chosen() -> None:
            print_letter(letter, printer)
            self._printed(letter)

        dialog.accepted.connect(chosen)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self._open(dialog)

    def _preview_dialog(self, letter: Letter) -> None:
        dialog = preview_dialog(letter, self.parent)
        dialog.setAccessibleName("Print preview")
        dialog.accepted.connect(lambda: self._printed(letter))  # its Print button prints, then accepts
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self._open(dialog)

    def _printed(self, letter: Letter) -> None:
        self.runner.op(self.core.letters.printed, letter).owned_by(self.parent).run()
        self.say(f"The {KIND_NAMES.get(letter.kind, 'letter')} went to the printer.")

    def _open(self, dialog: QDialog) -> None:
        self.say("")
        self.dialog = dialog
        if isinstance(dialog, QPrintPreviewDialog):
            dialog.resize(self.parent.window().size())
        QDialog.open(dialog)  # the print dialogs' own open() wants a receiver

    # --- save as PDF --------------------------------------------------------------------------

    def save(self, kind: str, target: str, options: dict[str, Any], suggested: str) -> None:
        dialog = QFileDialog(self.parent, f"Save the {describe(kind, options)} as PDF",
                             str(documents_folder() / suggested), "PDF files (*.pdf)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the same dialog everywhere, and in tests
        dialog.setAccessibleName("Save as PDF")
        dialog.fileSelected.connect(lambda path: self._write(kind, target, options, Path(path)))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def _write(self, kind: str, target: str, options: dict[str, Any], path: Path) -> None:
        self.say(f"Saving the {describe(kind, options)}…")
        self.runner.op(self.core.letters.write, kind, target, path, **options).success(
            lambda out: self.say(f"Saved the {describe(kind, options)} as {out}.")
        ).failure(self._failed).owned_by(self.parent).run()

    def _failed(self, error: BaseException) -> None:
        self.say("")
        if isinstance(error, OSError):
            where = f" to {error.filename}" if getattr(error, "filename", None) else ""
            self.runner.show_error(self.parent, f"The letter could not be saved{where}: "
                                   f"{error.strerror or error}. Choose another folder and try again.", "")
            return
        self.runner.report(error, self.parent)
