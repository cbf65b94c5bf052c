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
from app.i18n import translate
from app.errors import LinkwellError
from ui.letters.language import language_box
from ui.letters.output import describe, documents_folder
from ui.language import QT_TRANSLATE_NOOP
from ui.runner import Runner

KINDS: list[tuple[str, str, dict[str, Any]]] = [  # the titles in English, translated where shown
    (QT_TRANSLATE_NOOP("letters.batch", "My plan letter"), "plan", {}),
    (QT_TRANSLATE_NOOP("letters.batch", "My plan letter, large print"), "plan", {"large_print": True}),
    (QT_TRANSLATE_NOOP("letters.batch", "My plan letter, easy read"), "plan", {"easy_read": True}),
    (QT_TRANSLATE_NOOP("letters.batch", "GP letter"), "gp", {}),
    (QT_TRANSLATE_NOOP("letters.batch", "Your group is paused (to the people waiting to start at one service)"),
     "paused", {}),
]


def sentence(outcome: BatchOutcome, kind: str, options: dict[str, Any]) -> str:
    """What happened, in one or two sentences."""
    if outcome.cancelled:
        return translate("letters.batch", "Batch letters cancelled: no files were written.")
    if outcome.letters == 1:
        said = (translate("letters.batch", "Wrote 1 {letter} into one PDF, {out}.") if outcome.one_file
                else translate("letters.batch", "Wrote 1 {letter} as one file each into {out}.")).format(
            letter=describe(kind, options), out=outcome.out)
    else:
        said = (translate("letters.batch", "Wrote {count} {letters} into one PDF, {out}.") if outcome.one_file
                else translate("letters.batch", "Wrote {count} {letters} as one file each into {out}.")).format(
            count=outcome.letters, letters=describe(kind, options, plural=True), out=outcome.out)
    if outcome.skipped == 1:
        said += " " + translate("letters.batch", "1 person has no referral yet, so no letter.")
    elif outcome.skipped:
        said += " " + translate("letters.batch", "{count} people have no referral yet, so no letter.").format(
            count=outcome.skipped)
    return said


def people_count(count: int) -> str:
    """"1 person", "1,234 people"."""
    return translate("letters.batch", "1 person") if count == 1 else translate(
        "letters.batch", "{count} people").format(count=f"{count:,}")


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
        self.setWindowTitle(translate("letters.batch", "Batch letters"))
        self.setAccessibleName(translate("letters.batch", "Batch letters"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)  # follows the font size
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(translate("letters.batch", "Letter"))
        for title, kind, options in KINDS:
            self.kind.addItem(translate("letters.batch", title), (kind, options))
        form.addRow(translate("letters.batch", "&Letter:"), self.kind)
        self.language = language_box(self)
        form.addRow(translate("letters.batch", "Lan&guage:"), self.language)
        layout.addLayout(form)

        if filtered:
            self.open_only_text = translate("letters.batch", "People matching the caseload's filters with an open "
                                            "referral")
            everyone = translate("letters.batch", "Everyone matching the caseload's filters ({count}), closed "
                                 "referrals too")
        else:
            self.open_only_text = translate("letters.batch", "People in the caseload with an open referral")
            everyone = translate("letters.batch", "Everyone in the caseload ({count}), closed referrals too")
        self.open_only = QRadioButton(self.open_only_text, self)
        self.open_only.setAccessibleName(translate("letters.batch", "People the caseload shows with an open referral"))
        self.open_people: list[str] | None = None  # read on the runner
        self.from_caseload = QRadioButton(everyone.format(count=people_count(len(self.shown))), self)
        self.from_caseload.setAccessibleName(translate("letters.batch", "Everyone the caseload shows"))
        self.from_service = QRadioButton(translate("letters.batch", "Everyone with an open connection to a &service:"),
                                         self)
        self.from_service.setAccessibleName(translate("letters.batch", "Everyone connected to a service"))
        self.service = QComboBox(self)
        self.service.setAccessibleName(translate("letters.batch", "Service"))
        self.service.setEnabled(False)
        self.people = QButtonGroup(self)
        for button in (self.open_only, self.from_caseload, self.from_service):
            self.people.addButton(button)
        self.open_only.setChecked(True)
        self.from_service.toggled.connect(self.service.setEnabled)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.services: list[ServiceChoice] = []
        for widget in (QLabel(translate("letters.batch", "People:"), self), self.open_only, self.from_caseload, self.from_service,
                       self.service):
            layout.addWidget(widget)

        self.one_file = QRadioButton(translate("letters.batch", "&One PDF with every letter"), self)
        self.each_file = QRadioButton(translate("letters.batch", "One &file per person, into a folder"), self)
        self.output_kind = QButtonGroup(self)
        for button in (self.one_file, self.each_file):
            self.output_kind.addButton(button)
            button.setAccessibleName(button.text().replace("&", ""))
        self.one_file.setChecked(True)
        self.path = QLineEdit(str(documents_folder() / "letters.pdf"), self)
        self.path.setAccessibleName(translate("letters.batch", "Save to"))
        self.browse = QPushButton(translate("letters.batch", "&Browse…"), self)
        self.browse.setAccessibleName(translate("letters.batch", "Choose where to save"))
        self.browse.clicked.connect(self._browse)
        self.each_file.toggled.connect(self._output_changed)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        for widget in (QLabel(translate("letters.batch", "Save as:"), self), self.one_file, self.each_file):
            layout.addWidget(widget)
        layout.addLayout(row)

        self.message = QLabel("", self)
        self.message.setAccessibleName(translate("letters.batch", "Message"))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.write_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setText(translate("letters.batch", "&Write letters"))
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
        self.open_only.setText(f"{self.open_only_text} ({people_count(len(people))})")

    def set_services(self, services: list[ServiceChoice]) -> None:
        self.services = services
        self._fill_services()

    def _paused(self) -> bool:
        return bool(self.kind.currentData() and self.kind.currentData()[0] == "paused")

    def _fill_services(self) -> None:
        """Every service with open connections; for a "group is paused" letter, those with people waiting
        to start, counting them, paused or closed services first."""
        paused = self._paused()
        chosen = self.service.currentData()
        self.service.clear()
        shown = ([s for s in sorted(self.services, key=lambda s: not s.unavailable) if s.waiting] if paused
                 else self.services)
        for s in shown:
            count = s.waiting if paused else s.people
            if paused:
                people = (translate("letters.batch", "1 person waiting to start") if count == 1 else
                          translate("letters.batch", "{count} people waiting to start").format(count=count))
            else:
                people = (translate("letters.batch", "1 person") if count == 1 else
                          translate("letters.batch", "{count} people").format(count=count))
            said = (translate("letters.batch", "{service} ({people}, paused or closed)") if s.unavailable
                    else translate("letters.batch", "{service} ({people})"))
            self.service.addItem(said.format(service=s.name, people=people), s.id)
        if chosen is not None and self.service.findData(chosen) >= 0:
            self.service.setCurrentIndex(self.service.findData(chosen))
        self.from_service.setEnabled(bool(shown))
        if not shown:
            self.from_service.setText(
                translate("letters.batch", "No one is waiting to start at a service.") if paused
                else translate("letters.batch", "No one has an open connection to a service."))
        else:
            self.from_service.setText(
                translate("letters.batch", "The people waiting to start at a &service:") if paused
                else translate("letters.batch", "Everyone with an open connection to a &service:"))

    def _kind_changed(self) -> None:
        """A "group is paused" letter goes to the people waiting for one service: choose the service."""
        paused = self._paused()
        self._fill_services()
        for button in (self.open_only, self.from_caseload):
            button.setEnabled(not paused)
        if paused:
            self.from_service.setChecked(True)
        elif self.from_service.isChecked() and not self.from_service.isEnabled():
            self.open_only.setChecked(True)

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
            dialog = QFileDialog(self, translate("letters.batch", "Choose a folder for the letters"), self.path.text())
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        else:
            dialog = QFileDialog(self, translate("letters.batch", "Save the letters as"), self.path.text(),
                                 translate("letters.batch", "PDF files (*.pdf)"))
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
            self.message.setText(translate("letters.batch", "Say where to save the letters: a PDF file, or a folder for one file each."))
            self.path.setFocus()
            return
        out = Path(text).expanduser()
        one_file = self.one_file.isChecked()
        if one_file and out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        if self.from_service.isChecked() and self.service.currentData() is None:
            self.message.setText(translate("letters.batch", "Choose the service whose people should get the letter."))
            return
        people = (None if self.from_service.isChecked()
                  else self.open_people if self.open_only.isChecked() else self.shown)
        if self.open_only.isChecked() and people is None:
            self.message.setText(translate("letters.batch", "Still finding who has an open referral; try again in a moment."))
            return
        if self.open_only.isChecked() and not people:
            self.message.setText(translate("letters.batch", "No one the caseload shows has an open referral. Choose everyone, "
                                           "or a service."))
            return
        if people is not None and not people:
            self.message.setText(translate("letters.batch", "The caseload shows no one. Change the filters, or choose a service."))
            return
        kind, options = self.kind.currentData()
        options = dict(options, language=self.language.currentData())
        self.message.setText("")
        self.write_button.setEnabled(False)
        self.runner.op(self.core.letters.write_batch, kind, options, people, self.service.currentData(), out,
                       one_file=one_file, name=describe(kind, options, plural=True)).with_progress(
            translate("letters.batch", "Writing {letters}…").format(letters=describe(kind, options, plural=True))).success(
            self._written).failure(self._failed).owned_by(self).run()

    def _written(self, outcome: BatchOutcome) -> None:
        self.write_button.setEnabled(True)
        self.outcome = outcome
        kind, options = self.kind.currentData()
        said = sentence(outcome, kind, options)
        self.message.setText(said)
        if not outcome.cancelled:
            self.done.emit(said)
            self.accept()

    def _failed(self, error: BaseException) -> None:
        self.write_button.setEnabled(True)
        if isinstance(error, LinkwellError):
            self.message.setText(str(error))
        elif isinstance(error, OSError):
            self.message.setText(translate("letters.batch", "The letters could not be saved there ({reason}). "
                                           "Choose another place.").format(reason=error.strerror or error))
        else:
            self.runner.report(error, self)
