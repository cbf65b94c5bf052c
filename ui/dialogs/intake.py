"""Referral intake: a new person and their referral in one form, with a duplicate check that offers
to attach the referral to someone already on the caseload. Self-referral is a first-class source.
What is typed is kept as a draft."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.core import Draft, Linkwell, Match
from app.domain import nhs_number
from app.errors import InvalidInput
from app.i18n import translate
from ui.dialogs.referral_form import ReferralForm
from ui.widgets.common import (
    WARN_STYLE,
    hint_fits,
    message_label,
    on_screen,
    parse_date,
    reference,
    say,
    show_date,
    whole_size,
)
from ui.person.drafts import DraftBar, DraftKeeper
from ui.runner import Runner

CHECK_DELAY_MS = 400


def urgencies() -> dict[str, str]:
    """Urgency code -> what the form shows, in the language in use."""
    return {"routine": translate("dialogs.intake", "Routine"), "soon": translate("dialogs.intake", "Soon"),
            "urgent": translate("dialogs.intake", "Urgent")}


def nhs_problem(text: str) -> str:
    """The inline sentence for an NHS number field ("" when empty or valid)."""
    if not text.strip():
        return ""
    try:
        nhs_number.parse(text)
    except InvalidInput as error:
        return str(error)
    return ""


class IntakeDialog(ReferralForm):
    """On accept, ``person_id`` and ``episode_id`` name what was saved."""

    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner = core, runner
        self.person_id: str | None = None
        self.episode_id: str | None = None
        self.matches: list[Match] = []
        self.setWindowTitle(translate("dialogs.intake", "New referral"))
        self.setAccessibleName(translate("dialogs.intake", "New referral"))

        self.draft_bar = DraftBar(self)
        # --- the person
        self.given = self._line(translate("dialogs.intake", "Given name"))
        self.family = self._line(translate("dialogs.intake", "Family name"))
        self.born = self._line(translate("dialogs.intake", "Date of birth"), translate("dialogs.intake", "DD/MM/YYYY"))
        self.born_message = message_label(self, translate("dialogs.intake", "Date of birth message"))
        self.nhs = self._line(translate("dialogs.intake", "NHS number"), translate("dialogs.intake", "e.g. 943 476 5919"))
        self.nhs_message = message_label(self, translate("dialogs.intake", "NHS number message"))
        self.phone = self._line(translate("dialogs.intake", "Phone"))
        self.email = self._line(translate("dialogs.intake", "Email"))
        self.postcode = self._line(translate("dialogs.intake", "Postcode"))
        self.practice = QComboBox(self)
        self.practice.setAccessibleName(translate("dialogs.intake", "GP practice"))
        self.practice.addItem(translate("dialogs.intake", "Not known"), None)
        self.communication = self._line(translate("dialogs.intake", "Communication needs"),
                                        translate("dialogs.intake", "e.g. large print, BSL interpreter"))
        self.gp_consent = QCheckBox(translate("dialogs.intake", "Agrees to share details with the &GP"), self)
        self.gp_consent.setAccessibleName(translate("dialogs.intake", "Consent to share with the GP"))
        # --- duplicates
        self.duplicates = QGroupBox(translate("dialogs.intake", "Already on the caseload?"), self)
        self.duplicates.setAccessibleName(translate("dialogs.intake", "Possible duplicates"))
        self.duplicates.setObjectName("duplicates")
        self.duplicates.setStyleSheet(f"QGroupBox#duplicates {{ {WARN_STYLE} }}")
        self.match_list = QListWidget(self.duplicates)
        self.match_list.setAccessibleName(translate("dialogs.intake", "People who may be the same"))
        self.match_list.setMaximumHeight(self.fontMetrics().height() * 5)
        self.attach_button = QPushButton(translate("dialogs.intake", "Attach the referral to th&is person"), self.duplicates)
        self.attach_button.setAccessibleName(translate("dialogs.intake", "Attach the referral to the selected person"))
        dup_layout = QVBoxLayout(self.duplicates)
        dup_layout.addWidget(QLabel(translate("dialogs.intake", "This may be someone Linkwell already knows. Attach the "
                                              "referral to them instead of adding a second record:"),
                                    self.duplicates))
        dup_layout.addWidget(self.match_list)
        dup_layout.addWidget(self.attach_button)
        self.duplicates.hide()
        # --- the referral
        self.source = QComboBox(self)
        self.source.setAccessibleName(translate("dialogs.intake", "Referral source"))
        for code, label in reference("referral_sources").items():
            self.source.addItem(label, code)
        self.referrer = self._line(translate("dialogs.intake", "Referrer's name"))
        self.organisation = self._line(translate("dialogs.intake", "Referrer's organisation"))
        self.referral_date = QDateEdit(QDate(clock.today()), self)
        self.referral_date.setDisplayFormat("dd/MM/yyyy")
        self.referral_date.setCalendarPopup(True)
        self.referral_date.setAccessibleName(translate("dialogs.intake", "Referral date"))
        self.reasons = QListWidget(self)
        self.reasons.setAccessibleName(translate("dialogs.intake", "Reasons for referral"))
        for code, label in reference("referral_reasons").items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.reasons.addItem(item)
        self.reasons.setMinimumHeight(self.fontMetrics().height() * 6)
        # A long reason (in Welsh, at 200% text) wraps onto a second line rather than running off the side.
        self.reasons.setWordWrap(True)
        self.reasons.setResizeMode(QListView.ResizeMode.Adjust)
        self.reasons.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.consent = QCheckBox(translate("dialogs.intake", "Agrees to be &contacted"), self)
        self.consent.setAccessibleName(translate("dialogs.intake", "Consent to be contacted"))
        self.consent.setChecked(True)
        self.urgency = QComboBox(self)
        self.urgency.setAccessibleName(translate("dialogs.intake", "Urgency"))
        for code, label in urgencies().items():
            self.urgency.addItem(label, code)
        self.message = message_label(self, translate("dialogs.intake", "Referral message"))

        person_box = QGroupBox(translate("dialogs.intake", "The person"), self)
        pf = QFormLayout(person_box)
        pf.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a large font puts labels above
        self._row(pf, translate("dialogs.intake", "Given &name:"), self.given)
        self._row(pf, translate("dialogs.intake", "&Family name:"), self.family)
        self._row(pf, translate("dialogs.intake", "Date of &birth:"), self.born)
        pf.addRow(self.born_message)
        self._row(pf, translate("dialogs.intake", "N&HS number:"), self.nhs)
        pf.addRow(self.nhs_message)
        self._row(pf, translate("dialogs.intake", "&Phone:"), self.phone)
        self._row(pf, translate("dialogs.intake", "&Email:"), self.email)
        self._row(pf, translate("dialogs.intake", "Pos&tcode:"), self.postcode)
        self._row(pf, translate("dialogs.intake", "GP pr&actice:"), self.practice)
        self._row(pf, translate("dialogs.intake", "Co&mmunication needs:"), self.communication)
        pf.addRow(self.gp_consent)
        referral_box = QGroupBox(translate("dialogs.intake", "The referral"), self)
        rf = QFormLayout(referral_box)
        rf.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a large font puts labels above
        self._row(rf, translate("dialogs.intake", "So&urce:"), self.source)
        self._row(rf, translate("dialogs.intake", "&Referrer:"), self.referrer)
        self._row(rf, translate("dialogs.intake", "&Organisation:"), self.organisation)
        self._row(rf, translate("dialogs.intake", "Referral &date:"), self.referral_date)
        self._row(rf, translate("dialogs.intake", "Rea&sons:"), self.reasons)
        rf.addRow(self.consent)
        self._row(rf, translate("dialogs.intake", "Urgenc&y:"), self.urgency)

        body = QWidget(self)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(person_box, 1)
        columns.addWidget(referral_box, 1)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(translate("dialogs.intake", "Sa&ve new person and referral"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(translate("dialogs.intake", "Save a new person and the referral"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("dialogs.intake", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.attach_button.clicked.connect(self.attach)

        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_bar)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        order = [self.given, self.family, self.born, self.nhs, self.phone, self.email, self.postcode,
                 self.practice, self.communication, self.gp_consent, self.source, self.referrer,
                 self.organisation, self.referral_date, self.reasons, self.consent, self.urgency]
        for a, b in pairwise(order):
            self.setTabOrder(a, b)
        self.ensurePolished()
        self.resize(self.sizeHint())  # else Qt's first size stops at 2/3 of the screen and a large font scrolls

        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_duplicates)
        for field in (self.given, self.family, self.born, self.nhs, self.phone, self.postcode):
            field.textChanged.connect(lambda _t: self._check_timer.start())
            field.editingFinished.connect(self.check_duplicates)
        self.nhs.editingFinished.connect(lambda: say(self.nhs_message, nhs_problem(self.nhs.text())))
        self.nhs.textChanged.connect(self._nhs_typed)
        self.born.editingFinished.connect(self._check_born)

        self.drafts = DraftKeeper(core, runner, "intake", "new", self.fields, self)
        self.drafts.watch(self.given, self.family, self.born, self.nhs, self.phone, self.email, self.postcode,
                          self.communication, self.referrer, self.organisation, self.source)
        self.reasons.itemChanged.connect(lambda _i: self.drafts._changed())
        self.drafts.found.connect(self.draft_bar.offer)
        self.draft_bar.restore.connect(self.restore)
        self.draft_bar.discard.connect(self.drafts.discard)
        runner.op(core.caseload.practice_choices).success(self._practices).owned_by(self).run()
        self.drafts.look()
        self.given.setFocus()

    # --- building helpers
    def natural_size(self) -> QSize:
        return whole_size(self, self.scroll)

    def sizeHint(self) -> QSize:
        return on_screen(self.natural_size(), self)

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        hint_fits(edit)
        return edit

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)

    def _practices(self, choices: list[tuple[str, str]]) -> None:
        for pid, name in choices:
            self.practice.addItem(name, pid)

    # --- fields and drafts
    def checked_reasons(self) -> list[str]:
        return [self.reasons.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.reasons.count())
                if self.reasons.item(i).checkState() == Qt.CheckState.Checked]

    def fields(self) -> dict[str, Any]:
        return {
            "given_name": self.given.text(), "family_name": self.family.text(), "born": self.born.text(),
            "nhs_number": self.nhs.text(), "phone": self.phone.text(), "email": self.email.text(),
            "postcode": self.postcode.text(), "communication_needs": self.communication.text(),
            "referrer_name": self.referrer.text(), "referrer_organisation": self.organisation.text(),
            "source": self.source.currentData(), "reasons": self.checked_reasons(),
        }

    def restore(self, draft: Draft) -> None:
        f = draft.fields

        def apply() -> None:
            for key, edit in (("given_name", self.given), ("family_name", self.family), ("born", self.born),
                              ("nhs_number", self.nhs), ("phone", self.phone), ("email", self.email),
                              ("postcode", self.postcode), ("communication_needs", self.communication),
                              ("referrer_name", self.referrer), ("referrer_organisation", self.organisation)):
                edit.setText(str(f.get(key, "")))
            self.source.setCurrentIndex(max(0, self.source.findData(f.get("source"))))
            wanted = set(f.get("reasons") or [])
            for i in range(self.reasons.count()):
                item = self.reasons.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.given.setFocus()
        self.drafts.quietly(apply)
        self.check_duplicates()

    # --- checks
    def _nhs_typed(self, text: str) -> None:
        if not self.nhs_message.isHidden():  # once shown, the sentence follows the typing
            say(self.nhs_message, nhs_problem(text))

    def _born(self) -> date | None:
        try:
            return parse_date(self.born.text())
        except ValueError:
            return None

    def _check_born(self) -> None:
        try:
            born = parse_date(self.born.text())
        except ValueError as error:
            say(self.born_message, str(error))
            return
        future = born is not None and born > clock.today()
        say(self.born_message, translate("dialogs.intake", "A date of birth cannot be in the future.") if future else "")

    def check_duplicates(self) -> None:
        self._check_timer.stop()
        if not self._runner.is_running:  # the window is closing
            return
        nhs = self.nhs.text() if nhs_number.is_valid(self.nhs.text()) else None
        (self._runner.op(self._core.caseload.find_matches, nhs_number=nhs, given_name=self.given.text(),
                         family_name=self.family.text(), date_of_birth=self._born(), phone=self.phone.text(),
                         postcode=self.postcode.text())
         .success(self._show_matches).owned_by(self).run())

    def _show_matches(self, matches: list[Match]) -> None:
        self.matches = matches
        self.match_list.clear()
        for m in matches:
            bits = [m.name]
            if m.date_of_birth:
                bits.append(translate("dialogs.intake", "born {date}").format(date=show_date(m.date_of_birth)))
            if m.nhs_number:
                bits.append(translate("dialogs.intake", "NHS {number}").format(number=nhs_number.format_display(m.nhs_number)))
            self.match_list.addItem(f"{', '.join(bits)} — {m.reason}")
        if matches:
            self.match_list.setCurrentRow(0)
        self.duplicates.setVisible(bool(matches))

    # --- saving
    def _referral(self) -> dict[str, Any] | None:
        reasons = self.checked_reasons()
        if not reasons:
            say(self.message, translate("dialogs.intake", "Tick at least one reason for the referral."))
            self.reasons.setFocus()
            return None
        return {
            "referral_date": self.referral_date.date().toPython(), "referral_source": self.source.currentData(),
            "reasons": reasons, "referrer_name": self.referrer.text().strip(),
            "referrer_organisation": self.organisation.text().strip(),
            "consent_to_contact": self.consent.isChecked(), "urgency": self.urgency.currentData(),
        }

    def accept(self) -> None:
        """Save a new person and the referral."""
        problem = nhs_problem(self.nhs.text())
        say(self.nhs_message, problem)
        if problem:
            self.nhs.setFocus()
            return
        try:
            born = parse_date(self.born.text())
        except ValueError as error:
            say(self.born_message, str(error))
            self.born.setFocus()
            return
        if not self.given.text().strip() or not self.family.text().strip():
            say(self.message, translate("dialogs.intake", "Type the person's given name and family name."))
            (self.given if not self.given.text().strip() else self.family).setFocus()
            return
        referral = self._referral()
        if referral is None:
            return
        person = {
            "given_name": self.given.text(), "family_name": self.family.text(), "date_of_birth": born,
            "nhs_number": self.nhs.text() or None, "phone": self.phone.text().strip(),
            "email": self.email.text().strip(), "postcode": self.postcode.text().strip().upper(),
            "communication_needs": self.communication.text().strip(),
            "consent_share_with_gp": self.gp_consent.isChecked(),
        }
        if self.practice.currentData():
            import uuid

            person["practice_id"] = uuid.UUID(self.practice.currentData())
        self._save(person, None, referral)

    def attach(self) -> None:
        """Attach the referral to the chosen person already on the caseload."""
        row = self.match_list.currentRow()
        if not 0 <= row < len(self.matches):
            return
        referral = self._referral()
        if referral is not None:
            self._save(None, self.matches[row].person_id, referral)
