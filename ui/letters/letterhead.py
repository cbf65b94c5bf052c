"""Letterhead settings: the practice's name, address, phone, email and logo on every letter, and which
details a referral letter may share. Read and saved on the runner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import Letterhead, Letters, Linkwell
from app.errors import LinkwellError
from app.i18n import translate
from ui.letters.dialogs import share_boxes
from ui.runner import Runner

KEEP = object()  # the logo already saved stays


class LetterheadDialog(QDialog):
    saved = Signal()

    @property
    def letters(self) -> Letters:
        """The core's letters, asked for each time (after a key change the core holds a new one)."""
        return self.core.letters

    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.runner = core, runner
        self.logo: object = KEEP
        self.has_logo = False
        self.setWindowTitle(translate("letters.letterhead", "Letterhead"))
        self.setAccessibleName(translate("letters.letterhead", "Letterhead"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)  # follows the font size
        layout = QVBoxLayout(self)
        intro = QLabel(translate("letters.letterhead", "The heading on every letter. Left empty, letters are headed "
                                 "with the person's practice."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = self._line(translate("letters.letterhead", "Practice or service name"))
        self.address = QPlainTextEdit(self)
        self.address.setAccessibleName(translate("letters.letterhead", "Address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 4 + 12)
        self.phone = self._line(translate("letters.letterhead", "Phone"))
        self.email = self._line(translate("letters.letterhead", "Email"))
        self.logo_name = QLabel(translate("letters.letterhead", "No logo"), self)
        self.logo_name.setAccessibleName(translate("letters.letterhead", "Logo"))
        self.choose_logo = QPushButton(translate("letters.letterhead", "Choose &logo…"), self)
        self.choose_logo.setAccessibleName(translate("letters.letterhead", "Choose a logo picture"))
        self.choose_logo.clicked.connect(self._browse)
        self.remove_logo = QPushButton(translate("letters.letterhead", "&Remove logo"), self)
        self.remove_logo.setAccessibleName(translate("letters.letterhead", "Remove the logo"))
        self.remove_logo.clicked.connect(self._remove)
        logo_row = QHBoxLayout()
        for widget in (self.logo_name, self.choose_logo, self.remove_logo):
            logo_row.addWidget(widget)
        logo_row.addStretch(1)
        for label, widget in ((translate("letters.letterhead", "&Name:"), self.name),
                              (translate("letters.letterhead", "&Address:"), self.address),
                              (translate("letters.letterhead", "&Phone:"), self.phone),
                              (translate("letters.letterhead", "&Email:"), self.email)):
            form.addRow(label, widget)
        form.addRow(translate("letters.letterhead", "Logo (PNG or JPEG):"), logo_row)
        layout.addLayout(form)
        self.share_group, self.share = share_boxes(self, frozenset(),
                                                 translate("letters.letterhead", "A referral letter may share the name and:"))
        layout.addWidget(self.share_group)
        self.message = QLabel("", self)
        self.message.setAccessibleName(translate("letters.letterhead", "Message"))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.file_dialog: QFileDialog | None = None
        self.setEnabled(False)  # until the settings are read

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setAccessibleName(name)
        return line

    def load(self) -> None:
        self.runner.op(lambda: (self.letters.letterhead(), self.letters.referral_share())).success(
            lambda got: self._show(*got)).owned_by(self).run()

    def _show(self, head: Letterhead, share: frozenset[str]) -> None:
        self.name.setText(head.name)
        self.address.setPlainText(head.address)
        self.phone.setText(head.phone)
        self.email.setText(head.email)
        self.has_logo = bool(head.logo)
        self.logo_name.setText(translate("letters.letterhead", "The saved logo") if head.logo else translate("letters.letterhead", "No logo"))
        self.remove_logo.setEnabled(self.has_logo)
        for item, box in self.share.items():
            box.setChecked(item in share)
        self.setEnabled(True)
        self.name.setFocus()

    def _browse(self) -> None:
        dialog = QFileDialog(self, translate("letters.letterhead", "Choose a logo"), "", translate("letters.letterhead", "Pictures (*.png *.jpg *.jpeg)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(self.use_logo)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()

    def use_logo(self, path: str) -> None:
        self.logo = Path(path)
        self.logo_name.setText(Path(path).name)
        self.remove_logo.setEnabled(True)

    def _remove(self) -> None:
        self.logo = None
        self.logo_name.setText(translate("letters.letterhead", "No logo"))
        self.remove_logo.setEnabled(False)

    def save(self) -> None:
        head = Letterhead(self.name.text().strip(), self.address.toPlainText().strip(), self.phone.text().strip(),
                          self.email.text().strip())
        share = [item for item, box in self.share.items() if box.isChecked()]
        self.message.setText("")
        self.buttons.setEnabled(False)
        logo = {"keep_logo": True} if self.logo is KEEP else {"logo_file": self.logo}
        self.runner.op(self.letters.save_letterhead, head, share, **logo).success(self._saved).failure(
            self._failed).owned_by(self).run()

    def _saved(self, _result: object) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, LinkwellError):
            self.message.setText(str(error))  # nothing typed is lost: the dialog stays open
        else:
            self.runner.report(error, self)
