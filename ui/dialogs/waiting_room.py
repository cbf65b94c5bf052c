"""Waiting-room capture: thirty seconds of typing makes a self-referral. Name, how to reach them,
what matters in a sentence, consent to contact, a follow-up date; and, if they give them, a date of
birth and their GP practice. Fits a 1024x600 screen."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.core import Draft, Linkwell
from app.i18n import translate
from ui.dialogs.referral_form import ReferralForm
from ui.widgets.common import message_label, parse_date, say
from ui.person.drafts import DraftBar, DraftKeeper
from ui.runner import Runner

FOLLOW_UP_DAYS = 7


class WaitingRoomDialog(ReferralForm):
    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner = core, runner
        self.person_id: str | None = None
        self.episode_id: str | None = None
        self.setWindowTitle(translate("dialogs.waiting_room", "Waiting-room capture"))
        self.setAccessibleName(translate("dialogs.waiting_room", "Waiting-room capture"))
        self.draft_bar = DraftBar(self)
        self.given = QLineEdit(self)
        self.given.setAccessibleName(translate("dialogs.waiting_room", "First name"))
        self.given.setPlaceholderText(translate("dialogs.waiting_room", "First name"))
        self.family = QLineEdit(self)
        self.family.setAccessibleName(translate("dialogs.waiting_room", "Last name"))
        self.family.setPlaceholderText(translate("dialogs.waiting_room", "Last name"))
        self.reach = QLineEdit(self)
        self.reach.setAccessibleName(translate("dialogs.waiting_room", "How to reach them"))
        self.reach.setPlaceholderText(translate("dialogs.waiting_room", "Phone number or email"))
        self.born = QLineEdit(self)  # optional: it makes a duplicate easier to see, and the age known
        self.born.setAccessibleName(translate("dialogs.waiting_room", "Date of birth, if they give it"))
        self.born.setPlaceholderText(translate("dialogs.waiting_room", "DD/MM/YYYY, if they give it"))
        self.practice = QComboBox(self)  # optional: so the record says which GP, not "not known"
        self.practice.setAccessibleName(translate("dialogs.waiting_room", "GP practice, if known"))
        self.practice.addItem(translate("dialogs.waiting_room", "Not known"), None)
        self.matters = QLineEdit(self)
        self.matters.setAccessibleName(translate("dialogs.waiting_room", "What matters, in a sentence"))
        self.matters.setPlaceholderText(translate("dialogs.waiting_room", "In their words"))
        self.consent = QCheckBox(translate("dialogs.waiting_room", "Agrees to be &contacted"), self)
        self.consent.setAccessibleName(translate("dialogs.waiting_room", "Consent to be contacted"))
        self.follow_up = QDateEdit(QDate(clock.today()).addDays(FOLLOW_UP_DAYS), self)
        self.follow_up.setDisplayFormat("dd/MM/yyyy")
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setAccessibleName(translate("dialogs.waiting_room", "Follow-up date"))
        self.message = message_label(self, translate("dialogs.waiting_room", "Capture message"))

        names = QHBoxLayout()
        names.addWidget(self.given)
        names.addWidget(self.family)
        form = QFormLayout()
        for text, field in ((translate("dialogs.waiting_room", "&Name:"), names),
                            (translate("dialogs.waiting_room", "&Reach them on:"), self.reach),
                            (translate("dialogs.waiting_room", "&Born (optional):"), self.born),
                            (translate("dialogs.waiting_room", "GP &practice (optional):"), self.practice),
                            (translate("dialogs.waiting_room", "&What matters:"), self.matters),
                            ("", self.consent),
                            (translate("dialogs.waiting_room", "&Follow up on:"), self.follow_up)):
            if text:
                label = QLabel(text, self)
                label.setBuddy(self.given if field is names else field)  # type: ignore[arg-type]
                form.addRow(label, field)
            else:
                form.addRow(field)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(translate("dialogs.waiting_room", "&Save self-referral"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(translate("dialogs.waiting_room", "Save the self-referral"))
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("dialogs.waiting_room", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_bar)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        order = [self.given, self.family, self.reach, self.born, self.practice, self.matters, self.consent,
                 self.follow_up]
        for a, b in zip(order, order[1:], strict=False):
            self.setTabOrder(a, b)

        # Wide enough to read a sentence, narrow enough for a 1024x600 laptop (the width follows the font).
        self.setMinimumWidth(min(90 * self.fontMetrics().averageCharWidth(), 960))
        self.drafts = DraftKeeper(core, runner, "waiting_room", "new", self.fields, self)
        self.drafts.watch(self.given, self.family, self.reach, self.born, self.matters)
        self.drafts.found.connect(self.draft_bar.offer)
        self.draft_bar.restore.connect(self.restore)
        self.draft_bar.discard.connect(self.drafts.discard)
        self.drafts.look()
        runner.op(core.caseload.practice_choices).success(self._practices).owned_by(self).run()
        self.given.setFocus()

    def _practices(self, choices: list[tuple[str, str]]) -> None:
        for pid, name in choices:
            self.practice.addItem(name, pid)

    def fields(self) -> dict[str, Any]:
        return {"given": self.given.text(), "family": self.family.text(), "reach": self.reach.text(),
                "born": self.born.text(), "matters": self.matters.text()}

    def restore(self, draft: Draft) -> None:
        def apply() -> None:
            for key, edit in (("given", self.given), ("family", self.family), ("reach", self.reach),
                              ("born", self.born), ("matters", self.matters)):
                edit.setText(str(draft.fields.get(key, "")))
            self.given.setFocus()
        self.drafts.quietly(apply)

    def accept(self) -> None:
        if not self.given.text().strip() or not self.family.text().strip():
            say(self.message, translate("dialogs.waiting_room", "Type a first name and a last name."))
            (self.given if not self.given.text().strip() else self.family).setFocus()
            return
        try:
            born = parse_date(self.born.text())
        except ValueError as error:
            say(self.message, str(error))
            self.born.setFocus()
            return
        reach = self.reach.text().strip()
        person: dict[str, Any] = {"given_name": self.given.text(), "family_name": self.family.text()}
        person["email" if "@" in reach else "phone"] = reach
        if born is not None:
            person["date_of_birth"] = born
        if self.practice.currentData():
            person["practice_id"] = uuid.UUID(self.practice.currentData())
        follow_up: date = self.follow_up.date().toPython()
        referral = {"referral_date": clock.today(), "referral_source": "self", "reasons": [],
                    "consent_to_contact": self.consent.isChecked(), "what_matters": self.matters.text().strip(),
                    "next_contact_due": follow_up, "referrer_organisation": "Waiting room"}
        self._save(person, None, referral)
