"""A young person on their record (issue 16 item 2): the person window says "young person, 16" (and when an
18th birthday falls during a referral), and its Young person menu opens their parents, guardians or carers,
school or college, whether they may be contacted directly, and to whom letters go.

Everything is read and written through ``core.young_people``; this module only shows and gathers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core import Changes, Linkwell
from app.i18n import translate
from ui.runner import Runner
from ui.widgets.common import message_label, say, say_failure


class PersonYoung:
    """Installed on a person window: the age line in its status bar and the Young person menu."""

    def __init__(self, window: QMainWindow, core: Linkwell, runner: Runner, person_id: str) -> None:
        self.window, self.core, self.runner, self.person_id = window, core, runner, person_id
        self.view: Any = None  # YoungPerson
        self.age_line = QLabel(window)
        self.age_line.setAccessibleName(translate("person.guardians", "Young person"))
        self.age_line.setWordWrap(True)
        self.age_line.setStyleSheet("font-weight: bold;")
        window.statusBar().addPermanentWidget(self.age_line, 1)
        self.age_line.hide()
        self.menu = window.menuBar().addMenu(translate("person.guardians", "&Young person"))
        self.menu.setAccessibleName(translate("person.guardians", "Young person"))
        self.open_action = QAction(translate("person.guardians", "&Parents, guardians and school…"), window)
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.open_action.setStatusTip(translate("person.guardians", "Who the young person lives with, who may be contacted, school, letters"))
        self.open_action.triggered.connect(self.open)
        self.menu.addAction(self.open_action)
        window.addAction(self.open_action)  # the shortcut works with the menu bar hidden too
        self.dialog: YoungPersonDialog | None = None
        runner.changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        self.runner.op(self.core.young_people.view, self.person_id).success(self._show).owned_by(self.window).run()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if self.person_id in changes.person_ids:
            self.refresh()

    def _show(self, view: Any) -> None:
        self.view = view
        words = [w for w in (view.badge, view.turning_18) if w]
        self.age_line.setText(". ".join(w.rstrip(".") for w in words) + ("." if words else ""))
        self.age_line.setVisible(bool(words))
        # Only for someone under 18, or with guardians or an 18th birthday during a referral on record.
        self.menu.menuAction().setVisible(bool(view.young or view.guardians or view.turning_18))

    def open(self) -> None:
        if self.dialog is None:
            self.dialog = YoungPersonDialog(self.core, self.runner, self.person_id, self.window)
            self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


class YoungPersonDialog(QDialog):
    def __init__(self, core: Linkwell, runner: Runner, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.core import letter_addressees

        self._core, self._runner, self.person_id = core, runner, person_id
        self.view: Any = None
        self.setWindowTitle(translate("person.guardians", "Young person"))
        self.setAccessibleName(translate("person.guardians", "Young person"))
        self.heading = QLabel(self)
        self.heading.setAccessibleName(translate("person.guardians", "Who and how old"))
        self.heading.setWordWrap(True)
        self.school = QLineEdit(self)
        self.school.setAccessibleName(translate("person.guardians", "School or college"))
        self.contact_directly = QCheckBox(translate("person.guardians", "&May be contacted directly"), self)
        self.contact_directly.setAccessibleName(translate("person.guardians", "The young person may be contacted directly"))
        self.letters = QButtonGroup(self)
        self.letter_buttons: dict[str, QRadioButton] = {}
        letters_row = QHBoxLayout()
        for n, (code, label) in enumerate(letter_addressees().items()):
            button = QRadioButton(label, self)
            button.setAccessibleName(translate("person.guardians", "Letters go to: {who}").format(who=label.lower()))
            self.letters.addButton(button, n)
            self.letter_buttons[code] = button
            letters_row.addWidget(button)
        self.guardians = QListWidget(self)
        self.guardians.setAccessibleName(translate("person.guardians", "Parents, guardians and carers"))
        self.guardians.itemActivated.connect(lambda _i: self.edit_guardian())
        self.add_button = QPushButton(translate("person.guardians", "&Add…"), self)
        self.add_button.setAccessibleName(translate("person.guardians", "Add a parent, guardian or carer"))
        self.add_button.clicked.connect(self.add_guardian)
        self.edit_button = QPushButton(translate("person.guardians", "&Edit…"), self)
        self.edit_button.setAccessibleName(translate("person.guardians", "Edit the chosen parent, guardian or carer"))
        self.edit_button.clicked.connect(self.edit_guardian)
        self.remove_button = QPushButton(translate("person.guardians", "Remo&ve"), self)
        self.remove_button.setAccessibleName(translate("person.guardians", "Remove the chosen parent, guardian or carer"))
        self.remove_button.clicked.connect(self.remove_guardian)
        self.message = message_label(self, translate("person.guardians", "Young person message"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("person.guardians", "&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("person.guardians", "&Close"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        school_label = QLabel(translate("person.guardians", "Sc&hool or college:"), self)
        school_label.setBuddy(self.school)
        form.addRow(school_label, self.school)
        form.addRow("", self.contact_directly)
        letters_label = QLabel(translate("person.guardians", "Letters go to:"), self)
        form.addRow(letters_label, letters_row)
        guardians_label = QLabel(translate("person.guardians", "&Parents, guardians and carers:"), self)
        guardians_label.setBuddy(self.guardians)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(guardians_label)
        layout.addWidget(self.guardians)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 440)
        self.load()

    def load(self) -> None:
        self._runner.op(self._core.young_people.view, self.person_id).success(self._show).owned_by(self).run()

    def _show(self, view: Any) -> None:
        self.view = view
        if view.age is None:
            heading = translate("person.guardians", "{name} (date of birth not known).")
        elif view.young:
            heading = translate("person.guardians", "{name} (young person, {age}).")
        else:
            heading = translate("person.guardians", "{name} (adult, {age}).")
        self.heading.setText(f"{heading.format(name=view.name, age=view.age)} {view.turning_18}".strip())
        self.school.setText(view.school)
        self.contact_directly.setChecked(view.contact_directly)
        self.letter_buttons.get(view.letters_to, self.letter_buttons["person"]).setChecked(True)
        self.guardians.clear()
        for g in view.guardians:
            item = QListWidgetItem(g.line)
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            self.guardians.addItem(item)
        if view.guardians:
            self.guardians.setCurrentRow(0)
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(bool(view.guardians))

    def letters_to(self) -> str:
        return next(code for code, button in self.letter_buttons.items() if button.isChecked())

    def save(self) -> None:
        (self._runner.op(self._core.young_people.set_details, self.person_id, school=self.school.text(),
                         contact_directly=self.contact_directly.isChecked(), letters_to=self.letters_to())
         .success(lambda _c: say(self.message, "")).failure(self._failed).owned_by(self).run())

    def _chosen(self) -> Any:
        row = self.guardians.currentRow()
        return self.view.guardians[row] if self.view is not None and 0 <= row < len(self.view.guardians) else None

    def add_guardian(self) -> None:
        self._form(None)

    def edit_guardian(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self._form(chosen)

    def _form(self, guardian: Any) -> None:
        form = GuardianDialog(guardian, self)
        form.accepted.connect(lambda: self._save_guardian(guardian, form.values()))
        self.last_form = form
        form.open()

    def _save_guardian(self, guardian: Any, values: dict[str, Any]) -> None:
        if guardian is None:
            call = self._runner.op(self._core.young_people.add_guardian, self.person_id, **values)
        else:
            call = self._runner.op(self._core.young_people.update_guardian, guardian.id, **values)
        call.success(lambda _c: self.load()).failure(self._failed).owned_by(self).run()

    def remove_guardian(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            (self._runner.op(self._core.young_people.remove_guardian, chosen.id).success(lambda _c: self.load())
             .failure(self._failed).owned_by(self).run())

    def _failed(self, error: BaseException) -> None:
        say_failure(self.message, self._runner, error, self)


class GuardianDialog(QDialog):
    """One parent, guardian or carer: name, relationship, parental responsibility, contact."""

    def __init__(self, guardian: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.core import guardian_relationships

        self.setWindowTitle(translate("person.guardians", "Parent, guardian or carer"))
        self.setAccessibleName(translate("person.guardians", "Parent, guardian or carer"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(translate("person.guardians", "Name"))
        self.relationship = QComboBox(self)
        self.relationship.setAccessibleName(translate("person.guardians", "Relationship to the young person"))
        self.relationship.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no change from a passing wheel
        for code, label in guardian_relationships().items():
            self.relationship.addItem(label, code)
        self.responsibility = QCheckBox(translate("person.guardians", "Has parental &responsibility"), self)
        self.responsibility.setAccessibleName(translate("person.guardians", "Has parental responsibility"))
        self.may_contact = QCheckBox(translate("person.guardians", "&May be contacted"), self)
        self.may_contact.setAccessibleName(translate("person.guardians", "May be contacted"))
        self.may_contact.setChecked(True)
        self.phone = QLineEdit(self)
        self.phone.setAccessibleName(translate("person.guardians", "Phone"))
        self.email = QLineEdit(self)
        self.email.setAccessibleName(translate("person.guardians", "Email"))
        self.address = QLineEdit(self)
        self.address.setAccessibleName(translate("person.guardians", "Address"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(translate("person.guardians", "Note"))
        self.message = message_label(self, translate("person.guardians", "Parent or guardian message"))
        form = QFormLayout()
        for text, field in ((translate("person.guardians", "&Name:"), self.name),
                            (translate("person.guardians", "Re&lationship:"), self.relationship),
                            (translate("person.guardians", "&Phone:"), self.phone),
                            (translate("person.guardians", "&Email:"), self.email),
                            (translate("person.guardians", "&Address:"), self.address),
                            (translate("person.guardians", "N&ote:"), self.note)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.responsibility)
        form.addRow("", self.may_contact)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("person.guardians", "&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("person.guardians", "&Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if guardian is not None:
            self.name.setText(guardian.name)
            self.relationship.setCurrentIndex(max(0, self.relationship.findData(guardian.relationship)))
            self.responsibility.setChecked(guardian.parental_responsibility)
            self.may_contact.setChecked(guardian.may_contact)
            for edit, value in ((self.phone, guardian.phone), (self.email, guardian.email),
                                (self.address, guardian.address), (self.note, guardian.note)):
                edit.setText(value)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "relationship": self.relationship.currentData(),
                "parental_responsibility": self.responsibility.isChecked(),
                "may_contact": self.may_contact.isChecked(), "phone": self.phone.text().strip(),
                "email": self.email.text().strip(), "address": self.address.text().strip(),
                "note": self.note.text().strip()}

    def accept(self) -> None:
        if not self.name.text().strip():
            say(self.message, translate("person.guardians", "A parent or guardian needs a name."))
            self.name.setFocus()
            return
        super().accept()
