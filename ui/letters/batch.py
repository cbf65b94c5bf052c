"""Batch letters: one kind of letter for many people (everyone the caseload shows, or everyone with an
open connection to one service, such as a paused group), into one PDF or one file each.

The letters are gathered and laid out on the runner (``core.letters.write_batch``) with progress and
Cancel; a cancelled batch leaves no file behind (``Letters.batch`` writes each file whole, and removes
what it wrote on cancel).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core import BatchOutcome, Letters, Linkwell, ServiceChoice
from app.errors import LinkwellError
from ui.letters.output import describe, documents_folder
from ui.runner import Runner

KINDS: list[tuple[str, str, dict[str, Any]]] = [
    ("My plan letter", "plan", {}),
    ("My plan letter, large print", "plan", {"large_print": True}),
    ("My plan letter, easy read", "plan", {"easy_read": True}),
    ("GP letter", "gp", {}),
]


def sentence(outcome: BatchOutcome, name: str) -> str:
    """What happened, in one or two sentences."""
    if outcome.cancelled:
        return "Batch letters cancelled: no files were written."
    count = f"1 {name}" if outcome.letters == 1 else f"{outcome.letters} {name}s"
    where = f"into one PDF, {outcome.out}" if outcome.one_file else f"as one file each into {outcome.out}"
    said = f"Wrote {count} {where}."
    if outcome.skipped:
        who = "1 person has" if outcome.skipped == 1 else f"{outcome.skipped} people have"
        said += f" {who} no referral yet, so no letter."
    return said


class BatchDialog(QDialog):
    done = Signal(str)  # the closing sentence

    @property
    def letters(self) -> Letters:
        """The core's letters, asked for each time (after a key change the core holds a new one)."""
        return self.core.letters

    def __init__(self, core: Linkwell, runner: Runner, shown: Sequence[str], filtered: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.runner, self.shown = core, runner, list(shown)
        self.outcome: BatchOutcome | None = None
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle("Batch letters")
        self.setAccessibleName("Batch letters")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)  # follows the font size
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.setAccessibleName("Letter")
        for title, kind, options in KINDS:
            self.kind.addItem(title, (kind, options))
        form.addRow("&Letter:", self.kind)
        layout.addLayout(form)

        who = "matching the caseload's filters" if filtered else "in the caseload"
        count = "1 person" if len(self.shown) == 1 else f"{len(self.shown):,} people"
        self.open_only = QRadioButton(f"People {who} with an open referral", self)
        self.open_only.setAccessibleName("People the caseload shows with an open referral")
        self.open_people: list[str] | None = None  # read on the runner
        self.from_caseload = QRadioButton(f"Everyone {who} ({count}), closed referrals too", self)
        self.from_caseload.setAccessibleName("Everyone the caseload shows")
        self.from_service = QRadioButton("Everyone with an open connection to a &service:", self)
        self.from_service.setAccessibleName("Everyone connected to a service")
        self.service = QComboBox(self)
        self.service.setAccessibleName("Service")
        self.service.setEnabled(False)
        self.people = QButtonGroup(self)
        for button in (self.open_only, self.from_caseload, self.from_service):
            self.people.addButton(button)
        self.open_only.setChecked(True)
        self.from_service.toggled.connect(self.service.setEnabled)
        for widget in (QLabel("People:", self), self.open_only, self.from_caseload, self.from_service,
                       self.service):
            layout.addWidget(widget)

        self.one_file = QRadioButton("&One PDF with every letter", self)
        self.each_file = QRadioButton("One &file per person, into a folder", self)
        self.output_kind = QButtonGroup(self)
        for button in (self.one_file, self.each_file):
            self.output_kind.addButton(button)
            button.setAccessibleName(button.text().replace("&", ""))
        self.one_file.setChecked(True)
        self.path = QLineEdit(str(documents_folder() / "letters.pdf"), self)
        self.path.setAccessibleName("Save to")
        self.browse = QPushButton("&Browse…", self)
        self.browse.setAccessibleName("Choose where to save")
        self.browse.clicked.connect(self._browse)
        self.each_file.toggled.connect(self._output_changed)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        for widget in (QLabel("Save as:", self), self.one_file, self.each_file):
            layout.addWidget(widget)
        layout.addLayout(row)

        self.message = QLabel("", self)
        self.message.setAccessibleName("Message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.write_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setText("&Write letters")
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kind.setFocus()

    def load(self) -> None:
        """The services people are waiting for, and who has an open referral, read on the runner."""
        self.runner.op(self.letters.open_services).success(self.set_services).owned_by(self).run()
        self.runner.op(self.letters.with_referrals, self.shown, open_only=True).success(
            self.set_open_people).owned_by(self).run()

    def set_open_people(self, people: list[str]) -> None:
        self.open_people = people
        count = "1 person" if len(people) == 1 else f"{len(people):,} people"
        self.open_only.setText(f"{self.open_only.text().split(' (')[0]} ({count})")

    def set_services(self, services: list[ServiceChoice]) -> None:
        self.service.clear()
        for s in services:
            people = "1 person" if s.people == 1 else f"{s.people} people"
            self.service.addItem(f"{s.name} ({people}{', paused or closed' if s.unavailable else ''})", s.id)
        if not services:
            self.from_service.setEnabled(False)
            self.from_service.setText("No one has an open connection to a service.")

    def _output_changed(self, each: bool) -> None:
        """letters.pdf becomes the folder letters, and back."""
        current = Path(self.path.text().strip() or documents_folder())
        is_pdf = current.suffix.lower() == ".pdf"
        if each and is_pdf:
            self.path.setText(str(current.with_suffix("")))
        elif not each and not is_pdf:
            self.path.setText(str(current / "letters.pdf"))

    def _browse(self) -> None:
        if self.each_file.isChecked():
            dialog = QFileDialog(self, "Choose a folder for the letters", self.path.text())
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        else:
            dialog = QFileDialog(self, "Save the letters as", self.path.text(), "PDF files (*.pdf)")
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(self.path.setText)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()

    def write(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.message.setText("Say where to save the letters: a PDF file, or a folder for one file each.")
            self.path.setFocus()
            return
        out = Path(text).expanduser()
        one_file = self.one_file.isChecked()
        if one_file and out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        if self.from_service.isChecked() and self.service.currentData() is None:
            self.message.setText("Choose the service whose people should get the letter.")
            return
        people = (None if self.from_service.isChecked()
                  else self.open_people if self.open_only.isChecked() else self.shown)
        if self.open_only.isChecked() and people is None:
            self.message.setText("Still finding who has an open referral; try again in a moment.")
            return
        if self.open_only.isChecked() and not people:
            self.message.setText("No one the caseload shows has an open referral. Choose everyone, or a service.")
            return
        if people is not None and not people:
            self.message.setText("The caseload shows no one. Change the filters, or choose a service.")
            return
        kind, options = self.kind.currentData()
        self.message.setText("")
        self.write_button.setEnabled(False)
        self.runner.op(self.core.letters.write_batch, kind, options, people, self.service.currentData(), out,
                       one_file=one_file, name=describe(kind, options) + "s").with_progress(f"Writing {describe(kind, options)}s…").success(
            self._written).failure(self._failed).owned_by(self).run()

    def _written(self, outcome: BatchOutcome) -> None:
        self.write_button.setEnabled(True)
        self.outcome = outcome
        kind, options = self.kind.currentData()
        said = sentence(outcome, describe(kind, options))
        self.message.setText(said)
        if not outcome.cancelled:
            self.done.emit(said)
            self.accept()

    def _failed(self, error: BaseException) -> None:
        self.write_button.setEnabled(True)
        if isinstance(error, LinkwellError):
            self.message.setText(str(error))
        elif isinstance(error, OSError):
            self.message.setText(f"The letters could not be saved there ({error.strerror or error}). "
                                 "Choose another place.")
        else:
            self.runner.report(error, self)
