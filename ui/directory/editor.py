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
from ui.widgets.common import message_label, reference, say, say_failure, show_date
from ui.runner import Runner

LINES = (  # (field, label, accessible name)
    ("name", "&Name:", "Service name"),
    ("organisation", "&Organisation or group:", "Organisation or group"),
    ("charity_number", "C&harity number:", "Charity number"),
    ("categories", "Cate&gories:", "Categories, separated by commas"),
    ("area", "A&rea:", "Area"),
    ("place_name", "&Meets at:", "Where it meets (a hall, a café)"),
    ("address", "Addr&ess:", "Address"),
    ("postcode", "Post&code:", "Postcode"),
    ("when", "&When:", "When it meets, such as Tue, Thu 10:00-12:00"),
    ("contact_name", "Contac&t:", "Contact's name"),
    ("phone", "&Phone or mobile:", "Phone or mobile"),
    ("email", "Emai&l:", "Email"),
    ("url", "Web&site:", "Website"),
    ("capacity_note", "Capacity note:", "Capacity note"),
    ("alert", "Short-term notice:", "Short-term notice"),
    ("funding_ends_on", "Funding ends:", "Funding end date, DD/MM/YYYY"),
    ("cost_note", "Cost note:", "Cost note"),
    ("minimum_age", "Youngest age:", "Youngest age"),
    ("maximum_age", "Oldest age:", "Oldest age"),
)
TEXTS = (
    ("description", "&Description:", "Description"),
    ("eligibility", "Who it is for:", "Who it is for"),
    ("how_to_access", "How to get in:", "How to get in"),
    ("local_note", "Local notes (&kept here):", "Local notes (never exported)"),
)
CHOICES = (
    ("status", "St&atus:", "Status", SERVICE_STATUSES),
    ("capacity", "Capacit&y:", "Capacity", CAPACITIES),
    ("access", "Way &in:", "How people get in", ACCESS),
)
ATTEND_LABELS = {"attend_in_person": "In person", "attend_phone": "Phone", "attend_online": "Online",
                 "attend_home_visit": "Home visit"}


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
        self.setWindowTitle("New service" if service_id is None else "Service")
        self.setAccessibleName("Service detail")
        self.lines: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.choices: dict[str, QComboBox] = {}
        form_page = QWidget(self)
        form = QFormLayout(form_page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.verified = QLabel("Never checked.", form_page)
        self.verified.setAccessibleName("Last verified")
        self.verified.setWordWrap(True)
        self.verify_today = QCheckBox("Mark as &verified today when saving", form_page)
        self.informal = QCheckBox("In&formal or unincorporated group (no charity number)", form_page)
        self.free = QCheckBox("Free to attend", form_page)
        self.attend = {key: QCheckBox(text, form_page) for key, text in ATTEND_LABELS.items()}
        for field, text, name in LINES:
            edit = QLineEdit(form_page)
            edit.setAccessibleName(name)
            self.lines[field] = edit
            form.addRow(text, edit)
            if field == "charity_number":
                form.addRow("", self.informal)
            if field == "url":
                for key, label, name2, values in CHOICES:
                    box = QComboBox(form_page)
                    box.setAccessibleName(name2)
                    labels = reference("service_statuses") if key == "status" else {}
                    for value in values:  # the code as data, its label in resources/ on screen
                        box.addItem(labels.get(value, value), value)
                    self.choices[key] = box
                    form.addRow(label, box)
        for field, text, name in TEXTS:
            edit = QPlainTextEdit(form_page)
            edit.setAccessibleName(name)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(4 * edit.fontMetrics().height())
            self.texts[field] = edit
            form.addRow(text, edit)
        attend_row = QHBoxLayout()
        for box in self.attend.values():
            box.setAccessibleName(f"Attend: {box.text()}")
            attend_row.addWidget(box)
        form.addRow("Attend:", attend_row)
        form.addRow("", self.free)
        form.addRow("Last verified:", self.verified)
        form.addRow("", self.verify_today)
        self.capacity_date = QLabel("", form_page)
        self.capacity_date.setAccessibleName("Capacity last changed")
        form.addRow("Capacity changed:", self.capacity_date)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_page)
        self.message = message_label(self, "Problem with the service")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.edit_button = QPushButton("&Edit", self)
        self.edit_button.setAccessibleName("Edit this service")
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
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Cancel" if editing else "Close")
        self.edit_button.setVisible(not editing)

    def edit(self) -> None:
        self.set_editing(True)
        self.lines["name"].setFocus()

    def reject(self) -> None:
        """Escape, Cancel or the window's close: ask first if anything was changed."""
        if not self.editing or self.values() == self._shown:
            super().reject()
            return
        name = self.lines["name"].text().strip() or "this new service"
        box = QMessageBox(QMessageBox.Icon.Question, "Unsaved changes",
                          f"You have changed {name} and not saved it. Discard the changes?",
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Cancel).setText("&Keep editing")
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
        self.setWindowTitle(f"{fields['name']} — service")
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
        self.verified.setText(f"{show_date(verified)} by {fields['verified_by'] or 'someone unrecorded'}"
                              if verified else "Never checked.")
        changed = fields.get("capacity_updated_on")
        self.capacity_date.setText(show_date(changed) if changed else "Not recorded.")
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
