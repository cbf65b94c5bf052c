"""Connect a referral to a service from the directory: signpost or refer. Warns before connecting
to a service that is closed, paused or full, and says why."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core import Changes, Linkwell, ServiceHit
from app.i18n import translate
from ui.widgets.common import WARN_STYLE, message_label, reference, say, say_failure, show_date
from ui.models.hits_model import badge_label
from ui.runner import Runner

SEARCH_DELAY_MS = 250
UNAVAILABLE_STATUSES = ("temporarily closed", "inactive", "defunct")  # paused or closed (HSDS 3.0)


def warning_for(hit: ServiceHit) -> str:
    """Why connecting to this service may not work, in words with the service's own reason when it gave
    one, or "" when nothing is known against it."""
    why = " " + translate("person.connect", "The service says: {notice}").format(notice=hit.notice) if hit.notice else ""
    if hit.status in UNAVAILABLE_STATUSES:
        said = reference("service_statuses").get(hit.status, hit.status).lower()
        return translate("person.connect", "{service} is {status}. People connected to it may not be seen.").format(
            service=hit.name, status=said) + why
    if hit.capacity == "full":
        return translate("person.connect", "{service} is full at the moment.").format(service=hit.name) + why
    if hit.capacity == "waiting list":
        return translate("person.connect", "{service} has a waiting list.").format(service=hit.name) + why
    return ""


class ConnectDialog(QDialog):
    def __init__(self, core: Linkwell, runner: Runner, episode_id: str, parent: QWidget | None = None, *,
                 service: tuple[str, str] | None = None) -> None:
        """``service``: (id, name) of a service already chosen (from the directory), shown highlighted."""
        super().__init__(parent)
        self._core, self._runner, self.episode_id = core, runner, episode_id
        self._wanted = service[0] if service else None
        self.changes: Changes | None = None
        self.hits: list[ServiceHit] = []
        self.setWindowTitle(translate("person.connect", "Connect to a service"))
        self.setAccessibleName(translate("person.connect", "Connect to a service"))

        find_label = QLabel(translate("person.connect", "&Find a service:"), self)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(translate("person.connect", "Find a service"))
        self.search.setPlaceholderText(translate("person.connect", "What or where: walking, debt advice, LS6…"))
        find_label.setBuddy(self.search)
        self.results = QListWidget(self)
        self.results.setAccessibleName(translate("person.connect", "Services found"))
        self.warning = QLabel(self)
        self.warning.setAccessibleName(translate("person.connect", "Service warning"))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARN_STYLE)
        self.warning.hide()
        self.signpost = QRadioButton(translate("person.connect", "&Signpost (give the details)"), self)
        self.refer = QRadioButton(translate("person.connect", "&Refer (send a referral)"), self)
        self.refer.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.signpost)
        kinds.addButton(self.refer)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.signpost)
        kind_row.addWidget(self.refer)
        kind_row.addStretch(1)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(translate("person.connect", "Connection note"))
        self.note.setPlaceholderText(translate("person.connect", "Note (optional)"))
        self.message = message_label(self, translate("person.connect", "Connection message"))
        self.buttons = QDialogButtonBox(self)
        self.connect_button = self.buttons.addButton(translate("person.connect", "&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setAccessibleName(translate("person.connect", "Connect"))
        self.connect_button.setEnabled(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("person.connect", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for w in (find_label, self.search, self.results, self.warning):
            layout.addWidget(w)
        layout.addLayout(kind_row)
        for w in (self.note, self.message, self.buttons):
            layout.addWidget(w)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.find)
        self.results.currentRowChanged.connect(self._picked)
        self.search.setFocus()
        if service is not None:  # chosen already: found at once, and highlighted even if closed (then said)
            self.search.setText(service[1])
            self.find()

    def find(self) -> None:
        self._timer.stop()
        (self._runner.op(self._core.directory.search, self.search.text(), limit=30)
         .success(self._found).owned_by(self).run())

    def _found(self, hits: list[ServiceHit]) -> None:
        self.hits = hits
        self.results.clear()
        for hit in hits:
            extra = [hit.organisation] if hit.organisation else []
            extra += [badge_label(b) for b in hit.badges]
            if hit.last_verified_on:
                extra.append(translate("person.connect", "checked {date}").format(date=show_date(hit.last_verified_on)))
            item = QListWidgetItem(f"{hit.name}" + (f"  ({'; '.join(extra)})" if extra else ""))
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)
        # The first service one can join is highlighted; a closed or full one is never the default.
        first = next((n for n, hit in enumerate(hits) if hit.joinable), None)
        wanted = next((n for n, hit in enumerate(hits) if hit.id == self._wanted), None)
        if wanted is not None:
            self.results.setCurrentRow(wanted)
            self.results.setFocus()
        elif first is not None:
            self.results.setCurrentRow(first)
        elif hits:
            self.results.setCurrentRow(-1)
            self._picked(-1)
            say(self.message, translate("person.connect", "Every service found is closed or full: choose one on purpose to connect anyway."))
        else:
            say(self.message, translate("person.connect", "No service matches that. Try fewer or other words."))
            self.connect_button.setEnabled(False)

    def _picked(self, row: int) -> None:
        hit = self.hits[row] if 0 <= row < len(self.hits) else None
        self.connect_button.setEnabled(hit is not None)
        if hit is not None:
            say(self.message, "")
        text = warning_for(hit) if hit else ""
        say(self.warning, text)
        self.connect_button.setText(translate("person.connect", "&Connect anyway") if text else translate("person.connect", "&Connect"))
        # Enter never connects to a closed or full service: "Connect anyway" is pressed on purpose.
        self.connect_button.setDefault(not text)
        self.connect_button.setAutoDefault(not text)

    @property
    def chosen(self) -> ServiceHit | None:
        row = self.results.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def accept(self) -> None:
        hit = self.chosen
        if hit is None:
            say(self.message, translate("person.connect", "Choose a service first."))
            return
        kind = "signpost" if self.signpost.isChecked() else "refer"
        (self._runner.op(self._core.caseload.connect, self.episode_id, hit.id, kind=kind, note=self.note.text())
         .success(self._saved).failure(self._failed).owned_by(self).run())

    def _saved(self, changes: Changes) -> None:
        self.changes = changes
        super().accept()

    def _failed(self, error: BaseException) -> None:
        say_failure(self.message, self._runner, error, self)
