"""Waiting-room capture: thirty seconds of typing makes a self-referral. Name, how to reach them,
what matters in a sentence, consent to contact, a follow-up date. Fits a 1024x600 screen."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import LinkwellError
from app.services.caseload import Caseload
from app.services.drafts import Draft
from app.storage.database import Database
from ui.person.common import message_label, say
from ui.person.drafts import DraftBar, DraftKeeper
from ui.runner import Runner

FOLLOW_UP_DAYS = 7


def capture(db: Database, person: dict[str, Any], referral: dict[str, Any]) -> tuple[str, str]:
    """On the worker: the person and their self-referral, in one transaction."""
    changes = Caseload(db).refer_new_person(person, referral)
    (person_id,) = changes.person_ids
    assert changes.created_id is not None
    return person_id, changes.created_id


class WaitingRoomDialog(QDialog):
    def __init__(self, db: Database, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner = db, runner
        self.person_id: str | None = None
        self.episode_id: str | None = None
        self.setWindowTitle("Waiting-room capture")
        self.setAccessibleName("Waiting-room capture")
        self.draft_bar = DraftBar(self)
        self.given = QLineEdit(self)
        self.given.setAccessibleName("First name")
        self.given.setPlaceholderText("First name")
        self.family = QLineEdit(self)
        self.family.setAccessibleName("Last name")
        self.family.setPlaceholderText("Last name")
        self.reach = QLineEdit(self)
        self.reach.setAccessibleName("How to reach them")
        self.reach.setPlaceholderText("Phone number or email")
        self.matters = QLineEdit(self)
        self.matters.setAccessibleName("What matters, in a sentence")
        self.matters.setPlaceholderText("In their words")
        self.consent = QCheckBox("Agrees to be &contacted", self)
        self.consent.setAccessibleName("Consent to be contacted")
        self.follow_up = QDateEdit(QDate.currentDate().addDays(FOLLOW_UP_DAYS), self)
        self.follow_up.setDisplayFormat("dd/MM/yyyy")
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setAccessibleName("Follow-up date")
        self.message = message_label(self, "Capture message")

        names = QHBoxLayout()
        names.addWidget(self.given)
        names.addWidget(self.family)
        form = QFormLayout()
        for text, field in (("&Name:", names), ("&Reach them on:", self.reach), ("&What matters:", self.matters),
                            ("", self.consent), ("&Follow up on:", self.follow_up)):
            if text:
                label = QLabel(text, self)
                label.setBuddy(self.given if field is names else field)  # type: ignore[arg-type]
                form.addRow(label, field)
            else:
                form.addRow(field)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("&Save self-referral", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName("Save the self-referral")
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_bar)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        order = [self.given, self.family, self.reach, self.matters, self.consent, self.follow_up]
        for a, b in zip(order, order[1:], strict=False):
            self.setTabOrder(a, b)

        # Wide enough to read a sentence, narrow enough for a 1024x600 laptop (the width follows the font).
        self.setMinimumWidth(min(90 * self.fontMetrics().averageCharWidth(), 960))
        self.drafts = DraftKeeper(db, runner, "waiting_room", "new", self.fields, self)
        self.drafts.watch(self.given, self.family, self.reach, self.matters)
        self.drafts.found.connect(self.draft_bar.offer)
        self.draft_bar.restore.connect(self.restore)
        self.draft_bar.discard.connect(self.drafts.discard)
        self.drafts.look()
        self.given.setFocus()

    def fields(self) -> dict[str, Any]:
        return {"given": self.given.text(), "family": self.family.text(), "reach": self.reach.text(),
                "matters": self.matters.text()}

    def restore(self, draft: Draft) -> None:
        def apply() -> None:
            for key, edit in (("given", self.given), ("family", self.family), ("reach", self.reach),
                              ("matters", self.matters)):
                edit.setText(str(draft.fields.get(key, "")))
            self.given.setFocus()
        self.drafts.quietly(apply)

    def accept(self) -> None:
        if not self.given.text().strip() or not self.family.text().strip():
            say(self.message, "Type a first name and a last name.")
            (self.given if not self.given.text().strip() else self.family).setFocus()
            return
        reach = self.reach.text().strip()
        person: dict[str, Any] = {"given_name": self.given.text(), "family_name": self.family.text()}
        person["email" if "@" in reach else "phone"] = reach
        follow_up: date = self.follow_up.date().toPython()
        referral = {"referral_date": date.today(), "referral_source": "self", "reasons": [],
                    "consent_to_contact": self.consent.isChecked(), "what_matters": self.matters.text().strip(),
                    "next_contact_due": follow_up, "referrer_organisation": "Waiting room"}
        (self._runner.op(capture, self._db, person, referral)
         .success(self._saved).failure(self._failed).owned_by(self).run())

    def _saved(self, ids: tuple[str, str]) -> None:
        self.person_id, self.episode_id = ids
        self.drafts.discard()
        super().accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, LinkwellError):
            say(self.message, str(error))
        else:
            self._runner.report(error, self)

    def reject(self) -> None:
        if self.drafts.timer.isActive():
            self.drafts.save_now()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.drafts.timer.isActive():
            self.drafts.save_now()
        super().closeEvent(event)
