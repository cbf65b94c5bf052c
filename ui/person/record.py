"""The person record: a header, a risk banner, the journey actions for the current referral (only
the legal moves, with the reason the others are not offered), and sections for the timeline,
contacts, what matters and the plan, connections and measures."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import Changes, Linkwell
from app.domain import nhs_number
from app.domain.status import (
    CONNECTION_MOVES,
    CONNECTION_NEEDS_REASON,
    EPISODE_LABELS,
    EPISODE_MOVES,
    ConnectionStatus,
    EpisodeStatus,
)
from ui.widgets.common import (
    RISK_STYLE,
    UndoBar,
    age_on,
    message_label,
    parse_date,
    reference,
    say,
    say_failure,
    show_date,
    snomed_terms,
)
from ui.runner import Runner

# The button for each move, by target status (mnemonics unique within the journey bar).
MOVE_BUTTONS = {
    EpisodeStatus.CONTACTED: "&Offer made",
    EpisodeStatus.ACCEPTED: "A&ccepted",
    EpisodeStatus.DECLINED: "&Declined",
    EpisodeStatus.WHAT_MATTERS: "&What matters held",
    EpisodeStatus.PLANNED: "&Plan agreed",
    EpisodeStatus.CONNECTING: "Co&nnecting",
    EpisodeStatus.REVIEW: "Re&view",
    EpisodeStatus.CLOSED: "C&lose…",
}


DELETED = Qt.ItemDataRole.UserRole + 1  # item data: True on a soft-deleted row (shown greyed)


def move_refusal(status: EpisodeStatus) -> str:
    allowed = EPISODE_MOVES[status]
    if not allowed:
        return "This referral is closed. A new referral starts a new episode."
    others = [s for s in EpisodeStatus if s not in allowed and s is not status]
    names = ", ".join(f"'{EPISODE_LABELS[s]}'" for s in others)
    return f"From '{EPISODE_LABELS[status]}' only the steps shown can follow; not offered: {names}."


class PersonRecord(QWidget):
    changed = Signal(object)  # Changes, after anything here is saved
    loaded = Signal()

    def __init__(self, core: Linkwell, runner: Runner, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner, self.person_id = core, runner, person_id
        self.detail: dict[str, Any] | None = None
        self.setAccessibleName("Person record")

        self.name = QLabel(self)
        self.name.setAccessibleName("Name")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.facts = QLabel(self)
        self.facts.setAccessibleName("Person details")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.risk = QLabel(self)
        self.risk.setAccessibleName("Risk or safeguarding note")
        self.risk.setWordWrap(True)
        self.risk.setStyleSheet(RISK_STYLE)
        self.risk.hide()

        # --- the referral and its journey
        self.episode_picker = QComboBox(self)
        self.episode_picker.setAccessibleName("Referral")
        episode_label = QLabel("Re&ferral:", self)
        episode_label.setBuddy(self.episode_picker)
        self.status = QLabel(self)
        self.status.setAccessibleName("Referral status")
        self.move_buttons: dict[EpisodeStatus, QPushButton] = {}
        moves = QHBoxLayout()
        moves.addWidget(QLabel("Next step:", self))
        for status, text in MOVE_BUTTONS.items():
            button = QPushButton(text, self)
            button.setAccessibleName(f"Move to {EPISODE_LABELS[status]}")
            button.clicked.connect(lambda _c=False, s=status: self.move(s))
            moves.addWidget(button)
            self.move_buttons[status] = button
        moves.addStretch(1)
        self.why = QLabel(self)
        self.why.setAccessibleName("Why other steps are not offered")
        self.why.setWordWrap(True)
        self.message = message_label(self, "Record message")
        self.undo_bar = UndoBar(self, "Deleted")
        self.undo_bar.undo.clicked.connect(self.undo_delete)
        self._undo: list[tuple[str, str, str]] = []  # (kind, id, what) of each deletion, newest last

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Sections")
        self.timeline = self._tree("Episode timeline", ["Date", "Step", "SNOMED CT", "Note"])
        self.contacts = self._tree("Contacts", ["Date", "Type", "Minutes", "Notes"])
        self.connections = self._tree("Connections", ["Service", "How", "Status", "Outcome"])
        self.tabs.addTab(self.timeline, "&Timeline")
        self.tabs.addTab(self._contacts_tab(), "Contact&s")
        self.tabs.addTab(self._plan_tab(), "What &matters and plan")
        self.tabs.addTab(self._connections_tab(), "Connect&ions to services")
        from ui.person.measures_tab import MeasuresTab

        self.measures = MeasuresTab(core, runner, person_id, self)
        runner.changed.connect(self._heard)
        self.measures.changed.connect(self.changed)
        self.tabs.addTab(self.measures, "Meas&ures")

        # Everything scrolls as one when the window is small or the font large (200% on a laptop).
        body = QWidget(self)
        self.scroll = QScrollArea(self)
        self.scroll.setAccessibleName("Person record, scrolling")
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(body)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addWidget(self.risk)
        row = QHBoxLayout()
        row.addWidget(episode_label)
        row.addWidget(self.episode_picker, 1)
        row.addWidget(self.status, 2)
        layout.addLayout(row)
        layout.addLayout(moves)
        layout.addWidget(self.why)
        layout.addWidget(self.message)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tabs, 1)
        self.episode_picker.currentIndexChanged.connect(lambda _i: self._show_episode())
        for keys, slot in (("Ctrl+Shift+C", self.add_contact), ("Ctrl+Shift+S", self.connect_service)):
            QShortcut(QKeySequence(keys), self, slot)
        correct = QShortcut(QKeySequence("F2"), self.contacts, self.edit_contact)
        correct.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.tabs.currentChanged.connect(self._into_tab)
        # Ctrl+Z: a text box with focus keeps its own undo (it claims the key first).
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_delete)
        for tree, slot in ((self.contacts, self.delete_contact), (self.connections, self.delete_connection)):
            delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), tree, slot)
            delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def sizeHint(self) -> QSize:
        """All of it when the screen has room; else the screen's width (sideways scrolling is the worse
        choice) and 90% of its height, and the rest scrolls down."""
        body = self.scroll.widget().sizeHint()
        want = QSize(body.width() + self.scroll.verticalScrollBar().sizeHint().width(), body.height())
        screen = self.screen().availableGeometry().size()
        return want.boundedTo(QSize(screen.width(), int(screen.height() * 0.9)))

    # --- building
    def _tree(self, name: str, columns: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setAccessibleName(name)
        tree.setHeaderLabels(columns)
        tree.setRootIsDecorated(True)
        tree.setAlternatingRowColors(True)
        tree.setWordWrap(True)
        return tree

    def _contacts_tab(self) -> QWidget:
        page = QWidget(self)
        self.add_contact_button = QPushButton("&Add contact… (Ctrl+Shift+C)", page)
        self.add_contact_button.setAccessibleName("Add a contact")
        self.edit_contact_button = QPushButton("Correct notes… (F2)", page)
        self.edit_contact_button.setAccessibleName("Correct the selected contact's notes")
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.delete_contact_button, self.show_deleted_contacts, self.restore_contact_button = self._delete_controls(
            page, "contact", self.delete_contact, self.restore_contact, lambda: self._fill_contacts(self.episode))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_contact_button)
        buttons.addWidget(self.edit_contact_button)
        buttons.addWidget(self.delete_contact_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_deleted_contacts)
        buttons.addWidget(self.restore_contact_button)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.contacts)
        return page

    def _plan_tab(self) -> QWidget:
        page = QWidget(self)
        self.what_matters = QPlainTextEdit(page)
        self.what_matters.setAccessibleName("What matters to the person")
        self.what_matters.setTabChangesFocus(True)
        self.strengths = QPlainTextEdit(page)
        self.strengths.setAccessibleName("Strengths")
        self.strengths.setTabChangesFocus(True)
        for edit in (self.what_matters, self.strengths):
            edit.setMaximumHeight(edit.fontMetrics().height() * 4)
        self.save_matters = QPushButton("Save w&hat matters", page)
        self.save_matters.setAccessibleName("Save what matters")
        self.save_matters.clicked.connect(self.record_what_matters)
        self.plan = self._tree("Plan goals and actions", ["Goal or action", "Owner", "Date", "Status"])
        self.goal_text = QLineEdit(page)
        self.goal_text.setAccessibleName("New goal, in the person's words")
        self.goal_text.setPlaceholderText("A goal in the person's own words")
        self.add_goal_button = QPushButton("Add &goal", page)
        self.add_goal_button.setAccessibleName("Add the goal")
        self.action_text = QLineEdit(page)
        self.action_text.setAccessibleName("New action for the selected goal")
        self.action_text.setPlaceholderText("An action for the selected goal")
        self.action_owner = QLineEdit(page)
        self.action_owner.setAccessibleName("Who does the action")
        self.action_owner.setPlaceholderText("Who")
        self.action_due = QLineEdit(page)
        self.action_due.setAccessibleName("Action due date")
        self.action_due.setPlaceholderText("By DD/MM/YYYY")
        self.add_action_button = QPushButton("&Add action", page)
        self.add_action_button.setAccessibleName("Add the action to the selected goal")
        self.done_button = QPushButton("Mar&k done", page)
        self.done_button.setAccessibleName("Mark the selected goal achieved or action done")
        self.add_goal_button.clicked.connect(self.add_goal)
        self.goal_text.returnPressed.connect(self.add_goal)
        self.add_action_button.clicked.connect(self.add_action)
        self.action_text.returnPressed.connect(self.add_action)
        self.done_button.clicked.connect(self.mark_done)
        form = QFormLayout()
        form.addRow("What matters:", self.what_matters)
        form.addRow("Strengths:", self.strengths)
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.goal_text, 1)
        goal_row.addWidget(self.add_goal_button)
        action_row = QHBoxLayout()
        action_row.addWidget(self.action_text, 3)
        action_row.addWidget(self.action_owner, 1)
        action_row.addWidget(self.action_due, 1)
        action_row.addWidget(self.add_action_button)
        action_row.addWidget(self.done_button)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.save_matters, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.plan, 1)
        layout.addLayout(goal_row)
        layout.addLayout(action_row)
        return page

    def _connections_tab(self) -> QWidget:
        page = QWidget(self)
        self.connect_button = QPushButton("Connect to a service… (Ctrl+Shift+S)", page)
        self.connect_button.setAccessibleName("Connect to a service")
        self.connect_button.clicked.connect(self.connect_service)
        self.connection_move = QComboBox(page)
        self.connection_move.setAccessibleName("Move the selected connection to")
        self.connection_reason = QComboBox(page)
        self.connection_reason.setAccessibleName("Outcome reason")
        for code, label in reference("connection_outcomes").items():
            self.connection_reason.addItem(label, code)
        self.move_connection_button = QPushButton("Upd&ate status", page)
        self.move_connection_button.setAccessibleName("Update the connection's status")
        self.move_connection_button.clicked.connect(self.move_connection)
        self.connections.currentItemChanged.connect(lambda *_a: self._connection_picked())
        self.connection_move.currentIndexChanged.connect(lambda _i: self._reason_needed())
        self.delete_connection_button, self.show_deleted_connections, self.restore_connection_button = (
            self._delete_controls(page, "connection", self.delete_connection, self.restore_connection,
                                  lambda: self._fill_connections(self.episode)))
        row = QHBoxLayout()
        row.addWidget(self.connect_button)
        row.addStretch(1)
        row.addWidget(QLabel("Move to:", page))
        row.addWidget(self.connection_move)
        row.addWidget(self.connection_reason)
        row.addWidget(self.move_connection_button)
        below = QHBoxLayout()
        below.addWidget(self.delete_connection_button)
        below.addStretch(1)
        below.addWidget(self.show_deleted_connections)
        below.addWidget(self.restore_connection_button)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.connections)
        layout.addLayout(below)
        return page

    def _delete_controls(self, page: QWidget, what: str, delete: Any, restore: Any,
                         refill: Any) -> tuple[QPushButton, QCheckBox, QPushButton]:
        """Delete (no confirmation: Undo follows), a Show deleted toggle and Restore, for one list."""
        delete_button = QPushButton("Delete (Del)", page)
        delete_button.setAccessibleName(f"Delete the selected {what}")
        delete_button.clicked.connect(delete)
        show = QCheckBox("S&how deleted", page)
        show.setAccessibleName(f"Show deleted {what}s")
        restore_button = QPushButton("Restore", page)
        restore_button.setAccessibleName(f"Restore the selected deleted {what}")
        restore_button.clicked.connect(restore)
        restore_button.hide()
        show.toggled.connect(restore_button.setVisible)
        show.toggled.connect(lambda _on: refill())
        return delete_button, show, restore_button

    def _into_tab(self, index: int) -> None:
        """A tab picked by its Alt+letter (or a click) takes the focus to its first field; arrow keys on
        the tab bar itself keep the focus there."""
        page = self.tabs.widget(index)
        if page is None or self.tabs.tabBar().hasFocus() or page.isAncestorOf(self.focusWidget()):
            return
        widget = page.nextInFocusChain()
        for _ in range(500):  # the chain is a ring through the whole window
            if widget is page:
                return
            if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    # --- loading
    def _heard(self, changes: Changes, origin: QWidget | None) -> None:
        """A change made elsewhere (another window, a sync) to this person or to the directory."""
        if origin is not None and (origin is self or self.isAncestorOf(origin)):
            return  # saved here, and _done has reloaded
        if self.person_id in changes.person_ids or changes.directory:
            self.load()

    def load(self) -> None:
        self._runner.op(self._core.caseload.record, self.person_id).success(self.show_record).owned_by(self).run()

    def show_record(self, detail: dict[str, Any]) -> None:
        keep = self.current_episode_id
        self.detail = detail
        self.name.setText(f"{detail['given_name']} {detail['family_name']}")
        born = date.fromisoformat(detail["date_of_birth"]) if detail["date_of_birth"] else None
        facts = []
        if born:
            facts.append(f"Age {age_on(born)} (born {show_date(born)})")
        facts.append(f"NHS number {nhs_number.format_display(detail['nhs_number'])}" if detail["nhs_number"]
                     else "No NHS number")
        facts.append(f"Practice: {detail['practice'] or 'not known'}")
        facts.append("Shares details with the GP" if detail["consent_share_with_gp"]
                     else "Has not agreed to share details with the GP")
        if detail["communication_needs"]:
            facts.append(f"Communication needs: {detail['communication_needs']}")
        reach = [x for x in (detail["phone"], detail["email"]) if x]
        if reach:
            facts.append("Reach on " + " or ".join(reach))
        self.facts.setText(" · ".join(facts))
        say(self.risk, f"Risk or safeguarding: {detail['risk_note']}" if detail["risk_note"] else "")
        self.episode_picker.blockSignals(True)
        self.episode_picker.clear()
        sources = reference("referral_sources")
        for e in detail["episodes"]:
            self.episode_picker.addItem(
                f"{show_date(e['referral_date'])} from {sources.get(e['referral_source'], e['referral_source'])}",
                e["id"])
        index = self.episode_picker.findData(keep) if keep else -1
        self.episode_picker.setCurrentIndex(index if index >= 0 else self.episode_picker.count() - 1)
        self.episode_picker.blockSignals(False)
        self._show_episode()
        self.loaded.emit()

    @property
    def current_episode_id(self) -> str | None:
        data = self.episode_picker.currentData() if hasattr(self, "episode_picker") else None
        return str(data) if data else None

    @property
    def episode(self) -> dict[str, Any] | None:
        if self.detail is None:
            return None
        return next((e for e in self.detail["episodes"] if e["id"] == self.current_episode_id), None)

    def _show_episode(self) -> None:
        episode = self.episode
        has = episode is not None
        status = EpisodeStatus(episode["status"]) if episode else None
        self.status.setText(f"Status: {episode['status_label']}" if episode else "No referral yet.")
        for target, button in self.move_buttons.items():
            button.setVisible(bool(status) and target in EPISODE_MOVES[status])  # type: ignore[index]
        self.why.setText(move_refusal(status) if status else "")
        for w in (self.add_contact_button, self.edit_contact_button, self.connect_button, self.save_matters,
                  self.delete_contact_button, self.delete_connection_button,
                  self.add_goal_button, self.add_action_button, self.done_button):
            w.setEnabled(has)
        self._fill_timeline(episode)
        self._fill_contacts(episode)
        self._fill_plan(episode)
        self._fill_connections(episode)
        if self.detail is not None:
            self.measures.show_episode(self.detail, episode)

    def _fill_timeline(self, episode: dict[str, Any] | None) -> None:
        self.timeline.clear()
        terms = snomed_terms()
        for h in (episode or {}).get("status_history", []):
            code = h["snomed"] or ""
            label = EPISODE_LABELS[EpisodeStatus(h["to"])]
            QTreeWidgetItem(self.timeline, [show_date(h["at"]), label,
                                            f"{code} {terms.get(code, '')}".strip(), h.get("note") or ""])
        if episode and episode.get("closure_reason"):
            reason = reference("closure_reasons").get(episode["closure_reason"], episode["closure_reason"])
            QTreeWidgetItem(self.timeline, ["", f"Closure reason: {reason}", "", ""])
        for column in range(3):
            self.timeline.resizeColumnToContents(column)

    def _fill_contacts(self, episode: dict[str, Any] | None) -> None:
        self.contacts.clear()
        contacts = (episode or {}).get("contacts", [])
        by_id = {c["id"]: c for c in contacts}
        kinds = reference("contact_kinds")
        for c in reversed(contacts):
            if not c["current"]:
                continue
            notes = c["notes"] + ("  (corrected)" if c["supersedes"] else "")
            item = QTreeWidgetItem(self.contacts, [show_date(c["at"]), kinds.get(c["kind"], c["kind"]),
                                                   str(c["duration_minutes"]), notes])
            item.setData(0, Qt.ItemDataRole.UserRole, c["id"])
            earlier = by_id.get(c["supersedes"]) if c["supersedes"] else None
            while earlier is not None:
                QTreeWidgetItem(item, ["", "Earlier text", "", earlier["notes"]])
                earlier = by_id.get(earlier["supersedes"]) if earlier["supersedes"] else None
        if self.show_deleted_contacts.isChecked():
            deleted = (episode or {}).get("deleted_contacts", [])
            by_id = {c["id"]: c for c in deleted}
            for c in reversed(deleted):
                if not c["current"]:
                    continue
                item = self._deleted_item(self.contacts, c["id"], c["deleted_at"], [
                    show_date(c["at"]), kinds.get(c["kind"], c["kind"]), str(c["duration_minutes"]), c["notes"]])
                earlier = by_id.get(c["supersedes"]) if c["supersedes"] else None
                while earlier is not None:
                    QTreeWidgetItem(item, ["", "Earlier text", "", earlier["notes"]])
                    earlier = by_id.get(earlier["supersedes"]) if earlier["supersedes"] else None
        self.contacts.expandAll()
        for column in range(3):
            self.contacts.resizeColumnToContents(column)
        if self.contacts.topLevelItemCount():
            self.contacts.setCurrentItem(self.contacts.topLevelItem(0))

    def _deleted_item(self, tree: QTreeWidget, ident: Any, deleted_at: str, texts: list[str]) -> QTreeWidgetItem:
        """A deleted row, greyed and said so in words, to restore."""
        texts[-1] = f"{texts[-1]}  (deleted {show_date(deleted_at)})".strip()
        item = QTreeWidgetItem(tree, texts)
        item.setData(0, Qt.ItemDataRole.UserRole, ident)
        item.setData(0, DELETED, True)
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for column in range(len(texts)):
            item.setForeground(column, grey)
        return item

    def _fill_plan(self, episode: dict[str, Any] | None) -> None:
        plan = (episode or {}).get("plan", {"what_matters": "", "strengths": "", "goals": []})
        self.what_matters.setPlainText(plan["what_matters"])
        self.strengths.setPlainText(plan["strengths"])
        self.plan.clear()
        for g in plan["goals"]:
            goal = QTreeWidgetItem(self.plan, [g["text"], "", show_date(g["target_date"]), g["status"]])
            goal.setData(0, Qt.ItemDataRole.UserRole, ("goal", g["id"]))
            for a in g["actions"]:
                action = QTreeWidgetItem(goal, [a["text"], a["owner"], show_date(a["due_date"]),
                                                "done" if a["done"] else "to do"])
                action.setData(0, Qt.ItemDataRole.UserRole, ("action", a["id"]))
        self.plan.expandAll()
        for column in range(3):
            self.plan.resizeColumnToContents(column)
        if self.plan.topLevelItemCount() and self.plan.currentItem() is None:
            self.plan.setCurrentItem(self.plan.topLevelItem(self.plan.topLevelItemCount() - 1))

    def _fill_connections(self, episode: dict[str, Any] | None) -> None:
        self.connections.clear()
        services = (self.detail or {}).get("services", {})
        outcomes = reference("connection_outcomes")
        for c in (episode or {}).get("connections", []):
            service = services.get(c["service_id"], {"name": "(service no longer in the directory)"})
            item = QTreeWidgetItem(self.connections, [service["name"], c["kind"], c["status"],
                                                      outcomes.get(c["outcome_reason"] or "", "")])
            item.setData(0, Qt.ItemDataRole.UserRole, (c["id"], c["status"]))
        if self.show_deleted_connections.isChecked():
            for c in (episode or {}).get("deleted_connections", []):
                service = services.get(c["service_id"], {"name": "(service no longer in the directory)"})
                self._deleted_item(self.connections, (c["id"], c["status"]), c["deleted_at"], [
                    service["name"], c["kind"], c["status"], outcomes.get(c["outcome_reason"] or "", "")])
        for column in range(3):
            self.connections.resizeColumnToContents(column)
        if self.connections.topLevelItemCount():
            self.connections.setCurrentItem(self.connections.topLevelItem(0))
        self._connection_picked()

    def _connection_picked(self) -> None:
        item = self.connections.currentItem()
        self.connection_move.clear()
        if item is not None and not item.data(0, DELETED):
            _cid, status = item.data(0, Qt.ItemDataRole.UserRole)
            for target in CONNECTION_MOVES[ConnectionStatus(status)]:
                self.connection_move.addItem(target.value, target.value)
        self.move_connection_button.setEnabled(self.connection_move.count() > 0)
        self._reason_needed()

    def _reason_needed(self) -> None:
        target = self.connection_move.currentData()
        self.connection_reason.setEnabled(bool(target) and ConnectionStatus(target) in CONNECTION_NEEDS_REASON)

    # --- doing
    def _run(self, fn: Any, *args: Any, **kwargs: Any) -> None:
        say(self.message, "")
        self._runner.op(fn, *args, **kwargs).success(self._done).failure(self._failed).owned_by(self).run()

    def _done(self, changes: Changes | None) -> None:
        if changes is not None:
            self.changed.emit(changes)
        self.load()

    def _failed(self, error: BaseException) -> None:
        say_failure(self.message, self._runner, error, self)

    def move(self, target: EpisodeStatus) -> None:
        episode_id = self.current_episode_id
        if episode_id is None:
            return
        if target is EpisodeStatus.CLOSED:
            from ui.person.close_episode import CloseEpisodeDialog

            self._dialog(CloseEpisodeDialog(self._core, self._runner, episode_id, self))
            return
        self._run(self._core.caseload.move_episode, episode_id, target.value)

    def _dialog(self, dialog: QDialog) -> None:
        """Open non-blocking; refresh when it is saved."""
        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self._done(getattr(dialog, "changes", None))
            dialog.deleteLater()
        dialog.finished.connect(finished)
        dialog.open()
        self.last_dialog = dialog

    def add_contact(self) -> None:
        if self.current_episode_id:
            from ui.person.contact import ContactDialog

            self._dialog(ContactDialog(self._core, self._runner, self.current_episode_id, self))

    def edit_contact(self) -> None:
        item = self.contacts.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        episode = self.episode
        if item is None or episode is None:
            say(self.message, "Choose a contact to correct.")
            return
        if item.data(0, DELETED):
            say(self.message, "That contact is deleted; restore it before correcting it.")
            return
        contact_id = item.data(0, Qt.ItemDataRole.UserRole)
        contact = next(c for c in episode["contacts"] if c["id"] == contact_id)
        from ui.person.contact import ContactDialog

        self._dialog(ContactDialog(self._core, self._runner, episode["id"], self, contact=contact))

    # --- soft delete, undo and restore
    def _picked(self, tree: QTreeWidget) -> tuple[QTreeWidgetItem | None, str | None]:
        """The selected row (its top-level row, for a contact's earlier text) and its id."""
        item = tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            return None, None
        data = item.data(0, Qt.ItemDataRole.UserRole)
        return item, str(data[0] if isinstance(data, tuple) else data)

    def delete_contact(self) -> None:
        item, ident = self._picked(self.contacts)
        if item is None or ident is None or item.data(0, DELETED):
            say(self.message, "Choose a contact to delete." if item is None else "That contact is already deleted.")
            return
        what = f"{item.text(1)} contact of {item.text(0)}"
        self._delete("contact", self._core.caseload.delete_contact, ident, what)

    def delete_connection(self) -> None:
        item, ident = self._picked(self.connections)
        if item is None or ident is None or item.data(0, DELETED):
            say(self.message, "Choose a connection to delete." if item is None
                else "That connection is already deleted.")
            return
        self._delete("connection", self._core.caseload.delete_connection, ident, f"Connection to {item.text(0)}")

    def _delete(self, kind: str, fn: Any, ident: str, what: str) -> None:
        what = what[0].upper() + what[1:]

        def deleted(changes: Changes) -> None:
            self._undo.append((kind, ident, what))
            self.undo_bar.offer(f"{what} deleted.")
            self._done(changes)
        say(self.message, "")
        self._runner.op(fn, ident).success(deleted).failure(self._failed).owned_by(self).run()

    def undo_delete(self) -> None:
        """Ctrl+Z or the bar's Undo: restore the latest deletion made here."""
        if not self._undo:
            return
        kind, ident, _what = self._undo.pop()
        self._restore(kind, ident)
        if self._undo:
            self.undo_bar.offer(f"{self._undo[-1][2]} deleted.")
        else:
            self.undo_bar.hide()

    def restore_contact(self) -> None:
        self._restore_picked(self.contacts, "contact")

    def restore_connection(self) -> None:
        self._restore_picked(self.connections, "connection")

    def _restore_picked(self, tree: QTreeWidget, kind: str) -> None:
        item, ident = self._picked(tree)
        if item is None or ident is None or not item.data(0, DELETED):
            say(self.message, f"Choose a deleted {kind} (shown greyed) to restore.")
            return
        self._undo = [u for u in self._undo if u[1] != ident]
        if not self._undo:
            self.undo_bar.hide()
        self._restore(kind, ident)

    def _restore(self, kind: str, ident: str) -> None:
        caseload = self._core.caseload
        self._run(caseload.restore_contact if kind == "contact" else caseload.restore_connection, ident)

    def connect_service(self) -> None:
        if self.current_episode_id:
            from ui.person.connect import ConnectDialog

            self._dialog(ConnectDialog(self._core, self._runner, self.current_episode_id, self))

    def move_connection(self) -> None:
        item = self.connections.currentItem()
        target = self.connection_move.currentData()
        if item is None or not target:
            return
        cid, _status = item.data(0, Qt.ItemDataRole.UserRole)
        reason = self.connection_reason.currentData() if self.connection_reason.isEnabled() else None
        self._run(self._core.caseload.move_connection, cid, target, outcome_reason=reason)

    def record_what_matters(self) -> None:
        if self.current_episode_id:
            self._run(self._core.plans.record_what_matters, self.current_episode_id,
                      what_matters=self.what_matters.toPlainText(), strengths=self.strengths.toPlainText())

    def add_goal(self) -> None:
        if self.current_episode_id:
            text = self.goal_text.text()
            self.goal_text.clear()
            self._run(self._core.plans.add_goal, self.current_episode_id, text=text)

    def _selected_goal(self) -> str | None:
        item = self.plan.currentItem()
        if item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, Qt.ItemDataRole.UserRole)[1] if item is not None else None

    def add_action(self) -> None:
        goal = self._selected_goal()
        if goal is None:
            say(self.message, "Add a goal first, then its actions.")
            return
        try:
            due = parse_date(self.action_due.text())
        except ValueError as error:
            say(self.message, str(error))
            return
        text, owner = self.action_text.text(), self.action_owner.text()
        self.action_text.clear()
        self.action_due.clear()
        self._run(self._core.plans.add_action, goal, text=text, owner=owner, due_date=due)

    def mark_done(self) -> None:
        item = self.plan.currentItem()
        if item is None:
            return
        kind, ident = item.data(0, Qt.ItemDataRole.UserRole)
        if kind == "goal":
            self._run(self._core.plans.set_goal_status, ident, "achieved")
        else:
            self._run(self._core.plans.mark_action_done, ident)
