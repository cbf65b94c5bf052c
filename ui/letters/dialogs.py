"""Small dialogs of the person window's Letters menu: which connection a referral letter is for (and
what it may share), and the GP summary to read and copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import SHAREABLE, GpSummary
from app.i18n import translate
from ui.language import QT_TRANSLATE_NOOP

# English here, translated where shown: each detail's check box, and its name for a screen reader.
SHARE_LABELS = {
    "phone": QT_TRANSLATE_NOOP("letters.dialogs", "Phone number"),
    "email": QT_TRANSLATE_NOOP("letters.dialogs", "Email address"),
    "address": QT_TRANSLATE_NOOP("letters.dialogs", "Home address"),
    "date_of_birth": QT_TRANSLATE_NOOP("letters.dialogs", "Date of birth"),
    "nhs_number": QT_TRANSLATE_NOOP("letters.dialogs", "NHS number"),
    "communication_needs": QT_TRANSLATE_NOOP("letters.dialogs", "Communication needs"),
    "what_matters": QT_TRANSLATE_NOOP("letters.dialogs", "What matters to them"),
}
SHARE_NAMES = {
    "phone": QT_TRANSLATE_NOOP("letters.dialogs", "Share phone number"),
    "email": QT_TRANSLATE_NOOP("letters.dialogs", "Share email address"),
    "address": QT_TRANSLATE_NOOP("letters.dialogs", "Share home address"),
    "date_of_birth": QT_TRANSLATE_NOOP("letters.dialogs", "Share date of birth"),
    "nhs_number": QT_TRANSLATE_NOOP("letters.dialogs", "Share NHS number"),
    "communication_needs": QT_TRANSLATE_NOOP("letters.dialogs", "Share communication needs"),
    "what_matters": QT_TRANSLATE_NOOP("letters.dialogs", "Share what matters to them"),
}


def share_boxes(parent: QWidget, chosen: frozenset[str], title: str) -> tuple[QGroupBox, dict[str, QCheckBox]]:
    """A box of check boxes, one for each detail a referral letter may share."""
    group = QGroupBox(title, parent)
    group.setAccessibleName(title.rstrip(":"))
    grid = QGridLayout(group)
    boxes: dict[str, QCheckBox] = {}
    for index, item in enumerate(SHAREABLE):
        box = QCheckBox(translate("letters.dialogs", SHARE_LABELS[item]), group)
        box.setAccessibleName(translate("letters.dialogs", SHARE_NAMES[item]))
        box.setChecked(item in chosen)
        grid.addWidget(box, index // 2, index % 2)
        boxes[item] = box
    return group, boxes


class ConnectionChooser(QDialog):
    """Which of the referral's connections the letter is for, and what this letter may share."""

    def __init__(self, connections: list[tuple[str, str]], share: frozenset[str], action: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("letters.dialogs", "Referral letter: {action}").format(action=action))
        self.setAccessibleName(translate("letters.dialogs", "Choose the service"))
        layout = QVBoxLayout(self)
        label = QLabel(translate("letters.dialogs", "&Service the letter goes to:"), self)
        self.services = QListWidget(self)
        self.services.setAccessibleName(translate("letters.dialogs", "Service the letter goes to"))
        label.setBuddy(self.services)
        for connection_id, text in connections:
            item = QListWidgetItem(text, self.services)
            item.setData(Qt.ItemDataRole.UserRole, connection_id)
        self.services.setCurrentRow(0)
        self.services.itemActivated.connect(lambda _i: self.accept())
        group, self.share = share_boxes(self, share, translate("letters.dialogs", "The letter shares the person's name and:"))
        self.safeguarding = QCheckBox(translate("letters.dialogs", "Include open safe&guarding concerns in this letter"), self)
        self.safeguarding.setAccessibleName(translate("letters.dialogs", "Include open safeguarding concerns in this letter"))
        note = QLabel(translate("letters.dialogs", "Only what the person agreed to share. Safeguarding concerns stay "
                                "out unless ticked here, for this letter only."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (label, self.services, group, self.safeguarding, note, buttons):
            layout.addWidget(widget)

    @property
    def connection_id(self) -> str | None:
        item = self.services.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    @property
    def chosen_share(self) -> list[str]:
        return [item for item, box in self.share.items() if box.isChecked()] + (
            ["safeguarding"] if self.safeguarding.isChecked() else [])


class SummaryDialog(QDialog):
    """The GP summary, read-only in a fixed-width font as it will paste, with a Copy button."""

    def __init__(self, summary: GpSummary, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(translate("letters.dialogs", "GP summary: {name}").format(name=name))
        self.setAccessibleName(translate("letters.dialogs", "GP summary"))
        layout = QVBoxLayout(self)
        if summary.codes_only:
            note = QLabel(translate("letters.dialogs", "This person has not agreed to share detail with the GP, so "
                                    "the summary holds only the codes and dates."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.text = QPlainTextEdit(summary.text, self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("letters.dialogs", "GP summary text"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font: QFont = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.text.setFont(font)
        metrics = self.text.fontMetrics()
        self.text.setMinimumWidth(metrics.horizontalAdvance("M" * 76))
        self.text.setMinimumHeight(metrics.lineSpacing() * 20)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(translate("letters.dialogs", "Cop&y"), self)  # Alt+C is Close
        self.copy_button.setAccessibleName(translate("letters.dialogs", "Copy the summary"))
        self.copy_button.setDefault(True)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        self.copied = QLabel("", self)
        self.copied.setAccessibleName(translate("letters.dialogs", "Copied"))
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.copy_button.setFocus()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.summary.text)
        self.copied.setText(translate("letters.dialogs", "Copied: paste it into the GP record."))


