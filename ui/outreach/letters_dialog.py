"""Letters to everyone on an outreach list, with support near them: the kinds of support to add (directory
categories), large print or not, one PDF or one file each, and where to save; written on the runner by
``core.outreach.write_letters`` with progress and Cancel (a cancelled batch leaves nothing behind).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import Linkwell
from app.errors import LinkwellError
from app.i18n import translate
from ui.letters.language import language_box
from ui.runner import Runner


class OutreachLettersDialog(QDialog):
    done = Signal(str)  # the closing sentence

    def __init__(self, core: Linkwell, runner: Runner, cohort_id: str, name: str, folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.runner, self.cohort_id = core, runner, cohort_id
        self.setWindowTitle(translate("outreach.letters_dialog", "Letters to everyone on {name}").format(name=name))
        self.setAccessibleName(translate("outreach.letters_dialog", "Letters to everyone on {name}").format(name=name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kinds = QListWidget(self)
        self.kinds.setAccessibleName(translate("outreach.letters_dialog", "Kinds of support to add"))
        form.addRow(translate("outreach.letters_dialog", "&Kinds of support (Space ticks):"), self.kinds)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(translate("outreach.letters_dialog", "A paragraph for every letter"))
        form.addRow(translate("outreach.letters_dialog", "A &paragraph for every letter:"), self.note)
        self.language = language_box(self)
        form.addRow(translate("outreach.letters_dialog", "Lan&guage:"), self.language)
        self.large = QCheckBox(translate("outreach.letters_dialog", "&Large print (16 pt)"), self)
        self.large.setAccessibleName(translate("outreach.letters_dialog", "Large print"))
        form.addRow("", self.large)
        self.each = QCheckBox(translate("outreach.letters_dialog", "&One file for each person"), self)
        self.each.setAccessibleName(translate("outreach.letters_dialog", "One file for each person"))
        form.addRow("", self.each)
        self.path = QLineEdit(str(folder / translate("outreach.letters_dialog", "outreach letters.pdf")), self)
        self.path.setAccessibleName(translate("outreach.letters_dialog", "Where to save the letters"))
        form.addRow(translate("outreach.letters_dialog", "&Save as:"), self.path)
        layout.addLayout(form)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(translate("outreach.letters_dialog", "What happened"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(translate("outreach.letters_dialog", "Cancel"))
        self.write_button = QPushButton(translate("outreach.letters_dialog", "&Write the letters"), self)
        self.write_button.setAccessibleName(translate("outreach.letters_dialog", "Write the letters"))
        self.write_button.setDefault(True)
        buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.clicked.connect(self.write)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.runner.op(self.core.directory.choices).success(self._fill).owned_by(self).run()

    def _fill(self, choices: dict[str, list[str]]) -> None:
        for name in choices.get("categories", []):
            item = QListWidgetItem(name, self.kinds)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def chosen_kinds(self) -> list[str]:
        return [self.kinds.item(i).text() for i in range(self.kinds.count())
                if self.kinds.item(i).checkState() == Qt.CheckState.Checked]

    def write(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.message.setText(translate("outreach.letters_dialog", "Say where to save the letters: a PDF file, or a folder for one file each."))
            return
        out = Path(text).expanduser()
        one_file = not self.each.isChecked()
        if one_file and out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        if not one_file and out.suffix.lower() == ".pdf":
            out = out.with_suffix("")
        self.message.setText("")
        self.write_button.setEnabled(False)
        self.runner.op(self.core.outreach.write_letters, self.cohort_id, out, kinds=self.chosen_kinds(),
                       note=self.note.text(), large_print=self.large.isChecked(), one_file=one_file,
                       language=str(self.language.currentData())) \
            .with_progress(translate("outreach.letters_dialog", "Writing the letters…")).success(self._written).failure(self._failed) \
            .owned_by(self).run()

    def _written(self, outcome: object) -> None:
        self.write_button.setEnabled(True)
        said = outcome.sentence()  # type: ignore[attr-defined]
        self.message.setText(said)
        if not outcome.cancelled:  # type: ignore[attr-defined]
            self.done.emit(said)
            self.accept()

    def _failed(self, error: BaseException) -> None:
        self.write_button.setEnabled(True)
        if isinstance(error, LinkwellError):
            self.message.setText(str(error))
        elif isinstance(error, OSError):
            self.message.setText(translate("outreach.letters_dialog", "The letters could not be saved there ({problem}). Choose another "
                                   "place.").format(problem=error.strerror or error))
        else:
            self.runner.report(error, self)
