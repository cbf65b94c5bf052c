"""One service, shown and edited whole: a dialog with every field the directory keeps.

Informal groups are first-class: tick "Informal group", leave the charity number empty, give a
contact's mobile and a café as the place. Saving goes through ``Directory.save_service`` on the
runner; a wrong field gets its sentence under the form and nothing typed is lost.
``saved(service_id, short)`` says whether the service is now closed, paused, full or waiting-listed.

A service already in the directory opens to read, with Edit to change it, so nothing is changed by a
stray key or click; leaving a form with changes asks first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.core import ACCESS, Linkwell, is_short
from app.domain.directory import CAPACITIES, SERVICE_STATUSES
from app.i18n import translate
from ui.widgets.common import message_label, reference, say, say_failure, show_date
from ui.runner import Runner

# The form's rows, in the chosen language: functions, since the language is chosen after import.


def lines() -> tuple[tuple[str, str, str], ...]:
    """(field, label, accessible name) of the one-line fields."""
    return (
        ("name", translate("directory.editor", "&Name:"), translate("directory.editor", "Service name")),
        ("organisation", translate("directory.editor", "&Organisation or group:"), translate("directory.editor", "Organisation or group")),
        ("charity_number", translate("directory.editor", "C&harity number:"), translate("directory.editor", "Charity number")),
        ("categories", translate("directory.editor", "Cate&gories:"), translate("directory.editor", "Categories, separated by commas")),
        ("area", translate("directory.editor", "A&rea:"), translate("directory.editor", "Area")),
        ("place_name", translate("directory.editor", "&Meets at:"), translate("directory.editor", "Where it meets (a hall, a café)")),
        ("address", translate("directory.editor", "Addr&ess:"), translate("directory.editor", "Address")),
        ("postcode", translate("directory.editor", "Post&code:"), translate("directory.editor", "Postcode")),
        ("when", translate("directory.editor", "&When:"), translate("directory.editor", "When it meets, such as Tue, Thu 10:00-12:00")),
        ("contact_name", translate("directory.editor", "Contac&t:"), translate("directory.editor", "Contact's name")),
        ("phone", translate("directory.editor", "&Phone or mobile:"), translate("directory.editor", "Phone or mobile")),
        ("email", translate("directory.editor", "Emai&l:"), translate("directory.editor", "Email")),
        ("url", translate("directory.editor", "Web&site:"), translate("directory.editor", "Website")),
        ("capacity_note", translate("directory.editor", "Capacity note:"), translate("directory.editor", "Capacity note")),
        ("alert", translate("directory.editor", "Short-term notice:"), translate("directory.editor", "Short-term notice")),
        ("funding_ends_on", translate("directory.editor", "Funding ends:"), translate("directory.editor", "Funding end date, DD/MM/YYYY")),
        ("cost_note", translate("directory.editor", "Cost note:"), translate("directory.editor", "Cost note")),
        ("minimum_age", translate("directory.editor", "Youngest age:"), translate("directory.editor", "Youngest age")),
        ("maximum_age", translate("directory.editor", "Oldest age:"), translate("directory.editor", "Oldest age")),
    )


def texts() -> tuple[tuple[str, str, str], ...]:
    """(field, label, accessible name) of the fields of several lines."""
    return (
        ("description", translate("directory.editor", "&Description:"), translate("directory.editor", "Description")),
        ("eligibility", translate("directory.editor", "Who it is for:"), translate("directory.editor", "Who it is for")),
        ("how_to_access", translate("directory.editor", "How to get in:"), translate("directory.editor", "How to get in")),
        ("local_note", translate("directory.editor", "Local notes (&kept here):"), translate("directory.editor", "Local notes (never exported)")),
    )


def choices() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(field, label, accessible name, codes) of the drop-down lists."""
    return (
        ("status", translate("directory.editor", "St&atus:"), translate("directory.editor", "Status"), SERVICE_STATUSES),
        ("capacity", translate("directory.editor", "Capacit&y:"), translate("directory.editor", "Capacity"), CAPACITIES),
        ("access", translate("directory.editor", "Way &in:"), translate("directory.editor", "How people get in"), ACCESS),
    )


def code_labels() -> dict[str, str]:
    """The words on screen for the capacity and way-in codes (the status labels are in resources/)."""
    return {"has capacity": translate("directory.editor", "has capacity"), "waiting list": translate("directory.editor", "waiting list"), "full": translate("directory.editor", "full"),
            "drop-in": translate("directory.editor", "drop-in"), "self-refer": translate("directory.editor", "self-refer"), "referral needed": translate("directory.editor", "referral needed")}


def attend_labels() -> dict[str, str]:
    return {"attend_in_person": translate("directory.editor", "In person"), "attend_phone": translate("directory.editor", "Phone"), "attend_online": translate("directory.editor", "Online"),
            "attend_home_visit": translate("directory.editor", "Home visit")}


class ServiceEditor(QDialog):
    saved = Signal(str, bool)  # service id, now closed/paused/full/waiting list (and was not, or changed)

    @property
    def _directory(self) -> Any:
        """The core's directory, asked for each time (after a key change the core holds a new one)."""
        return self._core.directory

    def __init__(self, core: Linkwell, runner: Runner, service_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner, self.service_id = core, runner, service_id
        self._before: tuple[str, str] = ("active", "has capacity")
        self.loaded_fields: dict[str, Any] = {}
        self.setWindowTitle(translate("directory.editor", "New service") if service_id is None else translate("directory.editor", "Service"))
        self.setAccessibleName(translate("directory.editor", "Service detail"))
        self.lines: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.choices: dict[str, QComboBox] = {}
        form_page = QWidget(self)
        form = QFormLayout(form_page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.verified = QLabel(translate("directory.editor", "Never checked."), form_page)
        self.verified.setAccessibleName(translate("directory.editor", "Last verified"))
        self.verified.setWordWrap(True)
        self.verify_today = QCheckBox(translate("directory.editor", "Mark as &verified today when saving"), form_page)
        self.informal = QCheckBox(translate("directory.editor", "In&formal or unincorporated group (no charity number)"), form_page)
        self.free = QCheckBox(translate("directory.editor", "Free to attend"), form_page)
        self.attend = {key: QCheckBox(text, form_page) for key, text in attend_labels().items()}
        for field, text, name in lines():
            edit = QLineEdit(form_page)
            edit.setAccessibleName(name)
            self.lines[field] = edit
            form.addRow(text, edit)
            if field == "charity_number":
                form.addRow("", self.informal)
            if field == "url":
                for key, label, name2, values in choices():
                    box = QComboBox(form_page)
                    box.setAccessibleName(name2)
                    labels = reference("service_statuses") if key == "status" else code_labels()
                    for value in values:  # the code as data, its label in resources/ on screen
                        box.addItem(labels.get(value, value), value)
                    self.choices[key] = box
                    form.addRow(label, box)
        for field, text, name in texts():
            edit = QPlainTextEdit(form_page)
            edit.setAccessibleName(name)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(4 * edit.fontMetrics().height())
            self.texts[field] = edit
            form.addRow(text, edit)
        attend_row = QHBoxLayout()
        for box in self.attend.values():
            box.setAccessibleName(translate("directory.editor", "Attend: {way}").format(way=box.text()))
            attend_row.addWidget(box)
        form.addRow(translate("directory.editor", "Attend:"), attend_row)
        form.addRow("", self.free)
        form.addRow(translate("directory.editor", "Last verified:"), self.verified)
        form.addRow("", self.verify_today)
        self.capacity_date = QLabel("", form_page)
        self.capacity_date.setAccessibleName(translate("directory.editor", "Capacity last changed"))
        form.addRow(translate("directory.editor", "Capacity changed:"), self.capacity_date)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_page)
        self.message = message_label(self, translate("directory.editor", "Problem with the service"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.edit_button = QPushButton(translate("directory.editor", "&Edit"), self)
        self.edit_button.setAccessibleName(translate("directory.editor", "Edit this service"))
        self.edit_button.clicked.connect(self.edit)
        self.buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.discard_box: QMessageBox | None = None
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        metrics = self.fontMetrics()
        self.resize(110 * metrics.averageCharWidth(), 45 * metrics.height())
        self.set_editing(service_id is None)
        self._shown: dict[str, Any] = self.values()  # what "unchanged" means; again once loaded
        self.lines["name"].setFocus()

    @property
    def editing(self) -> bool:
        return not self.lines["name"].isReadOnly()

    def set_editing(self, editing: bool) -> None:
        """Read-only (Edit and Close) or editable (Save and Cancel)."""
        for edit in (*self.lines.values(), *self.texts.values()):
            edit.setReadOnly(not editing)
        for box in (*self.choices.values(), self.informal, self.free, self.verify_today, *self.attend.values()):
            box.setEnabled(editing)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(editing)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("directory.editor", "Cancel") if editing else translate("directory.editor", "Close"))
        self.edit_button.setVisible(not editing)

    def edit(self) -> None:
        self.set_editing(True)
        self.lines["name"].setFocus()

    def reject(self) -> None:
        """Escape, Cancel or the window's close: ask first if anything was changed."""
        if not self.editing or self.values() == self._shown:
            super().reject()
            return
        name = self.lines["name"].text().strip()
        question = (translate("directory.editor", "You have changed {name} and not saved it. Discard the changes?").format(name=name) if name
                    else translate("directory.editor", "You have changed this new service and not saved it. Discard the changes?"))
        box = QMessageBox(QMessageBox.Icon.Question, translate("directory.editor", "Unsaved changes"), question,
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("directory.editor", "&Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Discard).clicked.connect(self._discard)
        box.finished.connect(box.deleteLater)
        self.discard_box = box
        box.open()

    def _discard(self) -> None:
        self.discard_box = None
        QDialog.reject(self)

    def load(self) -> None:
        if self.service_id is None:
            self.choices["access"].setCurrentIndex(self.choices["access"].findData("self-refer"))
            self.free.setChecked(True)
            self.attend["attend_in_person"].setChecked(True)
            self._shown = self.values()
            return
        self._runner.op(self._directory.service_detail, self.service_id).success(self.show_fields).failure(
            lambda e: say_failure(self.message, self._runner, e, self)).owned_by(self).run()

    def show_fields(self, fields: dict[str, Any]) -> None:
        self.loaded_fields = fields
        self._before = (fields["status"], fields["capacity"])
        self.setWindowTitle(translate("directory.editor", "{name} — service").format(name=fields["name"]))
        for key, edit in self.lines.items():
            value = fields.get(key)
            if key == "categories":
                value = ", ".join(value or [])
            elif key == "funding_ends_on" and value:
                value = value.strftime("%d/%m/%Y")
            edit.setText("" if value is None else str(value))
        for key, text_edit in self.texts.items():
            text_edit.setPlainText(fields.get(key) or "")
        for key, box in self.choices.items():
            box.setCurrentIndex(max(0, box.findData(fields[key])))
        self.informal.setChecked(bool(fields["informal"]))
        self.free.setChecked(bool(fields["is_free"]))
        for key, check in self.attend.items():
            check.setChecked(bool(fields[key]))
        verified = fields.get("last_verified_on")
        if not verified:
            self.verified.setText(translate("directory.editor", "Never checked."))
        elif fields["verified_by"]:
            self.verified.setText(translate("directory.editor", "{date} by {name}").format(date=show_date(verified), name=fields["verified_by"]))
        else:
            self.verified.setText(translate("directory.editor", "{date} by someone unrecorded").format(date=show_date(verified)))
        changed = fields.get("capacity_updated_on")
        self.capacity_date.setText(show_date(changed) if changed else translate("directory.editor", "Not recorded."))
        self._shown = self.values()
        self.set_editing(False)
        self.edit_button.setFocus()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {key: edit.text() for key, edit in self.lines.items()}
        out["categories"] = [c.strip() for c in out["categories"].split(",") if c.strip()]
        out.update({key: edit.toPlainText() for key, edit in self.texts.items()})
        out.update({key: box.currentData() for key, box in self.choices.items()})
        out["informal"] = self.informal.isChecked()
        out["is_free"] = self.free.isChecked()
        out.update({key: check.isChecked() for key, check in self.attend.items()})
        return out

    def save(self) -> None:
        if not self.editing:
            return
        say(self.message, "")
        values = self.values()
        verify = self.verify_today.isChecked()
        self._runner.op(self._save, self.service_id, values, verify).success(self._saved).failure(
            lambda e: say_failure(self.message, self._runner, e, self)).owned_by(self).run()

    def _save(self, service_id: str | None, values: dict[str, Any], verify: bool) -> str:
        """On the worker."""
        changes = self._directory.save_service(service_id, values)
        sid = service_id or changes.created_id
        assert sid is not None
        if verify:
            self._directory.mark_verified(sid, by=self._directory.actor, on=clock.today())
        return sid

    def _saved(self, service_id: str) -> None:
        after = (self.choices["status"].currentData(), self.choices["capacity"].currentData())
        self.service_id = service_id
        self.saved.emit(service_id, is_short(*after) and after != self._before)
        self.accept()
