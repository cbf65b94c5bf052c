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
from ui.runner import Runner


class OutreachLettersDialog(QDialog):
    done = Signal(str)  # the closing sentence

    def __init__(self, core: Linkwell, runner: Runner, cohort_id: str, name: str, folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.runner, self.cohort_id = core, runner, cohort_id
        self.setWindowTitle(f"Letters to everyone on {name}")
        self.setAccessibleName(f"Letters to everyone on {name}")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kinds = QListWidget(self)
        self.kinds.setAccessibleName("Kinds of support to add")
        form.addRow("&Kinds of support (Space ticks):", self.kinds)
        self.note = QLineEdit(self)
        self.note.setAccessibleName("A paragraph for every letter")
        form.addRow("A &paragraph for every letter:", self.note)
        self.large = QCheckBox("&Large print (16 pt)", self)
        self.large.setAccessibleName("Large print")
        form.addRow("", self.large)
        self.each = QCheckBox("&One file for each person", self)
        self.each.setAccessibleName("One file for each person")
        form.addRow("", self.each)
        self.path = QLineEdit(str(folder / "outreach letters.pdf"), self)
        self.path.setAccessibleName("Where to save the letters")
        form.addRow("&Save as:", self.path)
        layout.addLayout(form)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName("What happened")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.write_button = QPushButton("&Write the letters", self)
        self.write_button.setAccessibleName("Write the letters")
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
            self.message.setText("Say where to save the letters: a PDF file, or a folder for one file each.")
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
                       note=self.note.text(), large_print=self.large.isChecked(), one_file=one_file) \
            .with_progress("Writing the letters…").success(self._written).failure(self._failed) \
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
            self.message.setText(f"The letters could not be saved there ({error.strerror or error}). "
                                 "Choose another place.")
        else:
            self.runner.report(error, self)
