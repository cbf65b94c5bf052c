"""Record a contact (type, date, duration, notes), or correct one: a correction keeps the earlier
text, which the person record shows as history. The notes are kept as a draft while typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core import Changes, Draft, Linkwell
from app.domain.status import EPISODE_LABELS, EpisodeStatus
from app.errors import InvalidInput
from app.i18n import translate
from app.domain.record import ContactView
from ui.widgets.common import message_label, reference, say
from ui.person.drafts import DraftBar, DraftKeeper
from ui.runner import Runner
from ui.widgets.when_edit import WhenEdit


class ContactDialog(QDialog):
    """``saved`` (accepted) carries the Changes; ``contact``: the current version to correct."""

    def __init__(
        self,
        core: Linkwell,
        runner: Runner,
        episode_id: str,
        parent: QWidget | None = None,
        *,
        contact: ContactView | None = None,
        not_yet_contacted: bool = False,
    ) -> None:
        super().__init__(parent)
        self._core, self._runner, self.episode_id, self.contact = core, runner, episode_id, contact
        self.changes: Changes | None = None
        self._zero_said = False  # a 0-minute contact is questioned once
        editing = contact is not None
        self.setWindowTitle(translate("person.contact", "Correct a contact") if editing else translate("person.contact", "Add a contact"))
        self.setAccessibleName(self.windowTitle())

        self.draft_bar = DraftBar(self)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(translate("person.contact", "Type of contact"))
        for code, label in reference("contact_kinds").items():
            self.kind.addItem(label, code)
        self.when = WhenEdit(None, self)  # "20/11 14:30" or "today 2pm"; Tab leaves it in one step
        self.when.setAccessibleName(translate("person.contact", "Date and time of the contact"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 600)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(translate("person.contact", " min"))
        self.minutes.setAccessibleName(translate("person.contact", "Duration in minutes"))
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(translate("person.contact", "Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(translate("person.contact", "What was talked about, what was agreed, what happens next."))
        self.message = message_label(self, translate("person.contact", "Contact message"))

        form = QFormLayout()
        for text, field in ((translate("person.contact", "&Type:"), self.kind),
                            (translate("person.contact", "&When:"), self.when),
                            (translate("person.contact", "&Duration:"), self.minutes),
                            (translate("person.contact", "&Notes:"), self.notes)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        # A first contact: the referral leaves "not yet contacted" with it, unless the worker says not.
        self.offers_move = not_yet_contacted and not editing
        self.mark_contacted = QCheckBox(translate("person.contact", "Also &move the referral to “{status}”")
                                        .format(status=EPISODE_LABELS[EpisodeStatus.CONTACTED]), self)
        self.mark_contacted.setAccessibleName(translate("person.contact", "Also move the referral on to contacted"))
        self.mark_contacted.setChecked(True)
        self.mark_contacted.setVisible(self.offers_move)
        if self.offers_move:
            form.addRow("", self.mark_contacted)
        if editing:
            assert contact is not None
            self.kind.setCurrentIndex(max(0, self.kind.findData(contact.kind)))
            self.when.set_value(contact.at.astimezone().replace(tzinfo=None) if contact.at.tzinfo else contact.at)
            self.minutes.setValue(contact.duration_minutes)
            self.notes.setPlainText(contact.notes)
            note = QLabel(translate("person.contact", "Your correction is added; the contact as it was stays in the history."), self)
            note.setWordWrap(True)
            form.addRow(note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(translate("person.contact", "Save the contact"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(translate("person.contact", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_bar)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.kind, self.when)
        self.setTabOrder(self.when, self.minutes)
        self.setTabOrder(self.minutes, self.notes)
        self.setTabOrder(self.notes, self.buttons)

        subject = f"edit-{contact.id}" if editing and contact else episode_id
        self.drafts = DraftKeeper(core, runner, "contact", subject, self.fields, self)
        self.drafts.watch(self.kind, self.when.edit, self.minutes, self.notes)
        self.drafts.found.connect(self.draft_bar.offer)
        self.draft_bar.restore.connect(self.restore)
        self.draft_bar.discard.connect(self.drafts.discard)
        self.drafts.look()
        (self.notes if editing else self.kind).setFocus()

    def fields(self) -> dict[str, Any]:
        if self.contact is not None and self.notes.toPlainText() == self.contact.notes:
            return {}  # nothing typed yet: no draft
        return {"kind": self.kind.currentData(), "when": self.when.edit.text(), "minutes": self.minutes.value(),
                "notes": self.notes.toPlainText()}

    def restore(self, draft: Draft) -> None:
        def apply() -> None:
            f = draft.fields
            if self.contact is None:
                self.kind.setCurrentIndex(max(0, self.kind.findData(f.get("kind"))))
                self.minutes.setValue(int(f.get("minutes") or 0))
                if f.get("when"):
                    self.when.edit.setText(str(f["when"]))  # the time it happened, not the time restored
            self.notes.setPlainText(str(f.get("notes", "")))
            self.notes.setFocus()
        self.drafts.quietly(apply)

    def accept(self) -> None:
        caseload = self._core.caseload
        try:
            typed = self.when.value()
        except InvalidInput as error:
            say(self.message, str(error))
            self.when.setFocus()
            return
        when = typed.astimezone()
        if self.minutes.value() == 0 and not self._zero_said:
            self._zero_said = True  # asked once: Save again keeps 0 minutes
            say(self.message, translate("person.contact", "The contact lasted 0 minutes. Set how long it took, or press Save again to keep 0."))
            self.minutes.setFocus()
            return
        if self.contact is not None:
            c = self.contact
            corrected = {"kind": self.kind.currentData(), "contact_at": when, "duration_minutes": self.minutes.value()}
            was = c.at.astimezone().replace(tzinfo=None) if c.at.tzinfo else c.at  # the time as it was shown
            same = (corrected["kind"] == c.kind and corrected["duration_minutes"] == c.duration_minutes
                    and abs((typed - was).total_seconds()) < 60)
            if same and self.notes.toPlainText() == c.notes:
                say(self.message, translate("person.contact", "Nothing is changed; there is nothing to correct."))
                return
            op = self._runner.op(caseload.edit_contact, c.id, notes=self.notes.toPlainText(),
                                 **({} if same else corrected))
        else:
            op = self._runner.op(caseload.add_contact, self.episode_id, kind=self.kind.currentData(),
                                 contact_at=when, duration_minutes=self.minutes.value(),
                                 notes=self.notes.toPlainText(),
                                 mark_contacted=self.offers_move and self.mark_contacted.isChecked())
        self.buttons.setEnabled(False)
        op.success(self._saved).failure(self._failed).owned_by(self).run()

    def _saved(self, changes: Changes) -> None:
        self.changes = changes
        self.drafts.discard()
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        say(self.message, str(error) if not _is_bug(error) else "")
        if _is_bug(error):
            self._runner.report(error, self)

    def reject(self) -> None:
        if self.drafts.timer.isActive():
            self.drafts.save_now()  # what was typed is kept, to be offered back next time
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.drafts.timer.isActive():
            self.drafts.save_now()
        super().closeEvent(event)


def _is_bug(error: BaseException) -> bool:
    from app.errors import LinkwellError

    return not isinstance(error, LinkwellError)
