"""The audit trail: who looked at, changed, exported, printed, imported or erased what, and when.

Search by a person's name or NHS number and filter by action, check the hash chain ("Verify the trail"), and export CSV, so a
practice can answer "who looked at this record?". Reads go through the runner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import LinkwellError
from app.core import ACTIONS, AuditLine, Linkwell, Verification
from app.i18n import translate
from ui.models.audit_model import AuditModel
from ui.runner import Runner
from ui.widgets.common import error_style, hint_fits, on_screen
from ui.widgets.reading_pane import ReadingPane



def fetch(core: Linkwell, who: str, action: str | None) -> list[AuditLine]:
    """On the runner: the events as sentences, newest first; ``who`` a person's name or NHS number."""
    return core.audit.lines(who=who, action=action)


def export(core: Linkwell, path: Path, who: str = "") -> int:
    """On the runner: write the trail (or the events about whom was searched) as CSV; how many."""
    return core.audit.write_csv(path, who=who)


def action_labels() -> dict[str, str]:
    """Action code -> what the filter shows, in the language in use."""
    labels = {
        "view": translate("dialogs.audit_log", "view"),
        "create": translate("dialogs.audit_log", "create"),
        "edit": translate("dialogs.audit_log", "edit"),
        "export": translate("dialogs.audit_log", "export"),
        "print": translate("dialogs.audit_log", "print"),
        "import": translate("dialogs.audit_log", "import"),
        "erase": translate("dialogs.audit_log", "erase"),
    }
    return {code: labels.get(code, code) for code in ACTIONS}


def verdict(result: Verification) -> str:
    """The result of a check, as a sentence."""
    if result.ok and result.events == 1:
        return translate("dialogs.audit_log", "The trail is intact: all 1 event are in order, and none has been "
                         "removed or altered.")
    if result.ok:
        return translate("dialogs.audit_log", "The trail is intact: all {count} events are in order, and none "
                         "has been removed or altered.").format(count=f"{result.events:,}")
    tampered = translate("dialogs.audit_log", "The trail has been tampered with. {problems}")
    return tampered.format(problems=" ".join(result.problems))


class AuditLogDialog(QDialog):
    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None, *, who: str = "") -> None:
        super().__init__(parent)
        self.core, self.runner = core, runner
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(translate("dialogs.audit_log", "Audit trail"))
        self.setAccessibleName(translate("dialogs.audit_log", "Audit trail"))

        self.person = QLineEdit(who, self)
        self.person.setPlaceholderText(translate("dialogs.audit_log", "anyone: type a name or an NHS number"))
        self.person.setAccessibleName(translate("dialogs.audit_log", "Person's name or NHS number"))
        hint_fits(self.person)  # its hint whole at any text size
        person_label = QLabel(translate("dialogs.audit_log", "&Person:"), self)
        person_label.setBuddy(self.person)
        self.action = QComboBox(self)
        self.action.addItem(translate("dialogs.audit_log", "All actions"), None)
        for code, label in action_labels().items():
            self.action.addItem(label, code)
        self.action.setAccessibleName(translate("dialogs.audit_log", "Action"))
        action_label = QLabel(translate("dialogs.audit_log", "&Action:"), self)
        action_label.setBuddy(self.action)
        self.show_button = QPushButton(translate("dialogs.audit_log", "&Show"), self)
        self.show_button.setAutoDefault(False)
        self.person.returnPressed.connect(self.refresh)
        self.show_button.clicked.connect(self.refresh)
        self.action.currentIndexChanged.connect(lambda _i: self.refresh())
        filters = QHBoxLayout()
        for widget in (person_label, self.person, action_label, self.action, self.show_button):
            filters.addWidget(widget, 1 if widget is self.person else 0)

        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("dialogs.audit_log", "Audit events, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a row; the pane below holds the whole sentence
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.detail = ReadingPane(
            translate("dialogs.audit_log", "The chosen event, whole"), self,
            empty=translate("dialogs.audit_log", "Choose an event above to read all of it here."))
        self.detail.holds_whole(self.table, self.model.columnCount() - 1)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_detail(current.row()))
        self.model.modelReset.connect(self._first_event)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("dialogs.audit_log", "Audit message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verify_button = QPushButton(translate("dialogs.audit_log", "&Verify the trail"), self)
        self.export_button = QPushButton(translate("dialogs.audit_log", "&Export CSV…"), self)
        self.verify_button.setAutoDefault(False)
        self.export_button.setAutoDefault(False)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.ask_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(self.sizeHint())  # Qt's own first size stops at 2/3 of the screen
        self.refresh()

    def natural_size(self) -> QSize:
        """Room for its lists and sentences at the text size in use; ``sizeHint`` keeps it on the screen."""
        metrics = self.fontMetrics()
        return QSize(110 * metrics.averageCharWidth(), 40 * metrics.height()).expandedTo(super().sizeHint())

    def sizeHint(self) -> QSize:
        return on_screen(self.natural_size(), self)

    def say(self, text: str, *, is_error: bool = False) -> None:
        self.message.setStyleSheet(error_style(self.message) if is_error else "")
        self.message.setProperty("is_error", is_error)
        self.message.setText(text)

    def refresh(self) -> None:
        action = self.action.currentData()
        (
            self.runner.op(fetch, self.core, self.person.text().strip(), action)
            .success(self._show)
            .failure(self._failed)
            .owned_by(self)
            .run()
        )

    def _show_detail(self, row: int) -> None:
        """The reading pane follows the chosen row (by mouse or arrow keys): what happened, whole."""
        events = self.model.events
        if not 0 <= row < len(events):
            self.detail.show_text("")
            return
        self.detail.show_text(events[row].sentence)  # it names who did what to whom; the row says when

    def _first_event(self) -> None:
        """After a new search the newest event is chosen, so the pane is never left showing an old one."""
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._show_detail(self.table.currentIndex().row())

    def _show(self, events: list[AuditLine]) -> None:
        self.model.set_events(events)
        who = self.person.text().strip()
        if not events and who:
            self.say(translate("dialogs.audit_log", "Nothing in the trail is about anyone called or numbered '{who}'.").format(who=who))
            return
        if len(events) == 1:
            self.say(translate("dialogs.audit_log", "1 event, newest first."))
        else:
            self.say(translate("dialogs.audit_log", "{count} events, newest first.").format(count=f"{len(events):,}"))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, LinkwellError):
            self.say(str(error), is_error=True)
        else:
            self.runner.report(error, self)

    def verify(self) -> None:
        self.say(translate("dialogs.audit_log", "Checking every event in the trail…"))
        (
            self.runner.op(lambda: self.core.audit.verify())
            .success(lambda result: self.say(verdict(result), is_error=not result.ok))
            .failure(self._failed)
            .owned_by(self)
            .run()
        )

    def ask_export(self) -> None:
        person = self.person.text().strip()
        dialog = QFileDialog(self, translate("dialogs.audit_log", "Export the audit trail"), str(self.core.db.path.parent / "audit.csv"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(translate("dialogs.audit_log", "CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name), person))
        self.file_dialog = dialog
        dialog.open()

    def export_to(self, path: Path, person: str = "") -> None:
        self.file_dialog = None
        (
            self.runner.op(export, self.core, path, person)
            .success(lambda count: self.say(translate("dialogs.audit_log", "Wrote {count} audit events to {path}.").format(path=path, count=f"{count:,}")))
            .failure(self._failed)
            .owned_by(self)
            .run()
        )
