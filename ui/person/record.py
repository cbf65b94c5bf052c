"""The person record: a header, a risk banner, the journey actions for the current referral (only
the legal moves, with the reason the others are not offered), and sections for the timeline,
contacts, what matters and the plan, connections and measures.

Each tab is a module of ui/person/tabs/: the timeline, contacts, plan and connections tabs are mixins
of PersonRecord (their widgets stay its attributes); measures is a widget of its own."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
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
from app.domain.record import EpisodeView, RecordView
from app.i18n import translate
from app.domain.status import (
    EPISODE_LABELS,
    EPISODE_MOVES,
    EPISODE_NEXT,
    EpisodeStatus,
)
from ui.widgets.common import (
    RISK_STYLE,
    UndoBar,
    age_on,
    message_label,
    reference,
    say,
    say_failure,
    show_date,
)
from ui.person.tabs import DELETED
from ui.person.tabs.connections import ConnectionsTab
from ui.person.tabs.contacts import ContactsTab
from ui.person.tabs.plan import PlanTab
from ui.person.tabs.timeline import TimelineTab
from ui.language import QT_TRANSLATE_NOOP
from ui.runner import Runner
from ui.widgets.wrapping_tree import WrappingTree

# The button for each move, by target status (mnemonics unique within the journey bar); English here,
# translated where the button is made.
MOVE_BUTTONS = {
    EpisodeStatus.CONTACTED: QT_TRANSLATE_NOOP("person.record", "&Offer made"),
    EpisodeStatus.ACCEPTED: QT_TRANSLATE_NOOP("person.record", "A&ccepted"),
    EpisodeStatus.DECLINED: QT_TRANSLATE_NOOP("person.record", "&Declined"),
    EpisodeStatus.WHAT_MATTERS: QT_TRANSLATE_NOOP("person.record", "&What matters held"),
    EpisodeStatus.PLANNED: QT_TRANSLATE_NOOP("person.record", "&Plan agreed"),
    EpisodeStatus.CONNECTING: QT_TRANSLATE_NOOP("person.record", "Co&nnecting"),
    EpisodeStatus.REVIEW: QT_TRANSLATE_NOOP("person.record", "Re&view"),
    EpisodeStatus.CLOSED: QT_TRANSLATE_NOOP("person.record", "C&lose…"),
}


def move_refusal(status: EpisodeStatus) -> str:
    """What can be done next from ``status`` and why, in one short line (not the list of what cannot)."""
    return EPISODE_NEXT[status]


class PersonRecord(TimelineTab, ContactsTab, PlanTab, ConnectionsTab, QWidget):
    changed = Signal(object)  # Changes, after anything here is saved
    loaded = Signal()

    def __init__(self, core: Linkwell, runner: Runner, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner, self.person_id = core, runner, person_id
        self.detail: RecordView | None = None
        self.setAccessibleName(translate("person.record", "Person record"))

        self.name = QLabel(self)
        self.name.setAccessibleName(translate("person.record", "Name"))
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.facts = QLabel(self)
        self.facts.setAccessibleName(translate("person.record", "Person details"))
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.risk = QLabel(self)
        self.risk.setAccessibleName(translate("person.record", "Risk or safeguarding note"))
        self.risk.setWordWrap(True)
        self.risk.setStyleSheet(RISK_STYLE)
        self.risk.hide()

        # --- the referral and its journey
        self.episode_picker = QComboBox(self)
        self.episode_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # never cut
        self.episode_picker.setAccessibleName(translate("person.record", "Referral"))
        episode_label = QLabel(translate("person.record", "Re&ferral:"), self)
        episode_label.setBuddy(self.episode_picker)
        self.status = QLabel(self)
        self.status.setAccessibleName(translate("person.record", "Referral status"))
        self.move_buttons: dict[EpisodeStatus, QPushButton] = {}
        moves = QHBoxLayout()
        self.next_step_label = QLabel(translate("person.record", "Next step:"), self)
        moves.addWidget(self.next_step_label)
        for status, text in MOVE_BUTTONS.items():
            button = QPushButton(translate("person.record", text), self)
            button.setAccessibleName(translate("person.record", "Move to {status}").format(status=EPISODE_LABELS[status]))
            button.clicked.connect(lambda _c=False, s=status: self.move(s))
            moves.addWidget(button)
            self.move_buttons[status] = button
        moves.addStretch(1)
        self.why = QLabel(self)
        self.why.setAccessibleName(translate("person.record", "What can be done next, and why"))
        self.why.setWordWrap(True)
        self.message = message_label(self, translate("person.record", "Record message"))
        self.undo_bar = UndoBar(self, translate("person.record", "Deleted"))
        self.undo_bar.undo.clicked.connect(self.undo_delete)
        self._undo: list[tuple[str, str, str]] = []  # (kind, id, what) of each deletion, newest last

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("person.record", "Sections"))
        self.timeline = self._tree(translate("person.record", "Episode timeline"), [
            translate("person.record", "Date"), translate("person.record", "Step"),
            translate("person.record", "SNOMED CT"), translate("person.record", "Note"),
            translate("person.record", "By")])
        self.contacts = self._tree(translate("person.record", "Contacts"), [
            translate("person.record", "Date"), translate("person.record", "Type"),
            translate("person.record", "Minutes"), translate("person.record", "Notes")])
        self.connections = self._tree(translate("person.record", "Connections"), [
            translate("person.record", "Service"), translate("person.record", "How"),
            translate("person.record", "Status"), translate("person.record", "Outcome")])
        self.tabs.addTab(self.timeline, translate("person.record", "&Timeline"))
        self.tabs.addTab(self._contacts_tab(), translate("person.record", "Contact&s"))
        self.tabs.addTab(self._plan_tab(), translate("person.record", "What &matters and plan"))
        self.tabs.addTab(self._connections_tab(), translate("person.record", "Connect&ions to services"))
        from ui.person.tabs.measures import MeasuresTab

        self.measures = MeasuresTab(core, runner, person_id, self)
        runner.changed.connect(self._heard)
        self.measures.changed.connect(self.changed)
        self.tabs.addTab(self.measures, translate("person.record", "Meas&ures"))

        # Everything scrolls as one when the window is small or the font large (200% on a laptop).
        body = QWidget(self)
        self.scroll = QScrollArea(self)
        self.scroll.setAccessibleName(translate("person.record", "Person record, scrolling"))
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
        row.addWidget(self.episode_picker)  # as wide as its longest referral; the status has the rest
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        layout.addLayout(moves)
        layout.addWidget(self.why)
        layout.addWidget(self.message)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tabs, 1)
        self.episode_picker.currentIndexChanged.connect(lambda _i: self._show_episode())
        for keys, slot in (("Ctrl+Shift+C", self.add_contact), ("Ctrl+Shift+S", self.connect_service),
                           ("Ctrl+Shift+M", lambda: self.record_measures())):
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
        tree = WrappingTree(self)
        tree.setAccessibleName(name)
        tree.setHeaderLabels(columns)
        tree.setRootIsDecorated(True)
        tree.setAlternatingRowColors(True)
        tree.setWordWrap(True)
        return tree

    def _delete_controls(self, page: QWidget, what: str, delete: Any, restore: Any,
                         refill: Any) -> tuple[QPushButton, QCheckBox, QPushButton]:
        """Delete (no confirmation: Undo follows), a Show deleted toggle and Restore, for one list
        (``what``: "contact" or "connection")."""
        names = {
            "contact": (translate("person.record", "Delete the selected contact"),
                        translate("person.record", "Show deleted contacts"),
                        translate("person.record", "Restore the selected deleted contact")),
            "connection": (translate("person.record", "Delete the selected connection"),
                           translate("person.record", "Show deleted connections"),
                           translate("person.record", "Restore the selected deleted connection")),
        }[what]
        delete_button = QPushButton(translate("person.record", "Delete (Del)"), page)
        delete_button.setAccessibleName(names[0])
        delete_button.clicked.connect(delete)
        show = QCheckBox(translate("person.record", "S&how deleted"), page)
        show.setAccessibleName(names[1])
        restore_button = QPushButton(translate("person.record", "Restore"), page)
        restore_button.setAccessibleName(names[2])
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

    def show_record(self, detail: RecordView) -> None:
        keep = self.current_episode_id
        self.detail = detail
        person = detail.person
        self.name.setText(person.name)
        facts = []
        if person.date_of_birth:
            facts.append(translate("person.record", "Age {age} (born {date})").format(
                age=age_on(person.date_of_birth), date=show_date(person.date_of_birth)))
        facts.append(translate("person.record", "NHS number {number}").format(
            number=nhs_number.format_display(person.nhs_number)) if person.nhs_number
            else translate("person.record", "No NHS number"))
        facts.append(translate("person.record", "Practice: {practice}").format(practice=person.practice)
                     if person.practice else translate("person.record", "Practice: not known"))
        facts.append(translate("person.record", "Shares details with the GP") if person.consent_share_with_gp
                     else translate("person.record", "Has not agreed to share details with the GP"))
        if person.communication_needs:
            facts.append(translate("person.record", "Communication needs: {needs}").format(
                needs=person.communication_needs))
        reach = [x for x in (person.phone, person.email) if x]
        if len(reach) == 2:
            facts.append(translate("person.record", "Reach on {first} or {second}").format(
                first=reach[0], second=reach[1]))
        elif reach:
            facts.append(translate("person.record", "Reach on {way}").format(way=reach[0]))
        self.facts.setText(" · ".join(facts))
        say(self.risk, translate("person.record", "Risk or safeguarding: {note}").format(note=person.risk_note)
            if person.risk_note else "")
        self.episode_picker.blockSignals(True)
        self.episode_picker.clear()
        sources = reference("referral_sources")
        for e in detail.episodes:
            self.episode_picker.addItem(translate("person.record", "{date} from {source}").format(
                date=show_date(e.referral_date), source=sources.get(e.referral_source, e.referral_source)), e.id)
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
    def episode(self) -> EpisodeView | None:
        return self.detail.episode(self.current_episode_id) if self.detail is not None else None

    def _show_episode(self) -> None:
        episode = self.episode
        has = episode is not None
        status = EpisodeStatus(episode.status) if episode else None
        self.status.setText(translate("person.record", "Status: {status}").format(status=episode.status_label)
                            if episode else translate("person.record", "No referral yet."))
        for target, button in self.move_buttons.items():
            button.setVisible(bool(status) and target in EPISODE_MOVES[status])  # type: ignore[index]
        self.next_step_label.setVisible(any(not b.isHidden() for b in self.move_buttons.values()))  # none: no label
        self.why.setText(move_refusal(status) if status else "")
        for w in (self.edit_contact_button, self.delete_contact_button, self.delete_connection_button):
            w.setEnabled(has)  # corrections stay possible on a closed referral
        open_ = has and status is not EpisodeStatus.CLOSED  # a closed one offers only what makes sense
        for w in (self.add_contact_button, self.connect_button, self.save_matters,
                  self.add_goal_button, self.add_action_button, self.done_button):
            w.setEnabled(open_)
        self._fill_timeline(episode)
        self._fill_contacts(episode)
        self._fill_plan(episode)
        self._fill_connections(episode)
        if self.detail is not None:
            self.measures.show_episode(episode)

    def _deleted_item(self, tree: QTreeWidget, ident: Any, deleted_at: datetime | None, texts: list[str]) -> QTreeWidgetItem:
        """A deleted row, greyed and said so in words, to restore."""
        deleted = translate("person.record", "(deleted {date})").format(date=show_date(deleted_at))
        texts[-1] = f"{texts[-1]}  {deleted}".strip()
        item = QTreeWidgetItem(tree, texts)
        item.setData(0, Qt.ItemDataRole.UserRole, ident)
        item.setData(0, DELETED, True)
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for column in range(len(texts)):
            item.setForeground(column, grey)
        return item

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

            closing = CloseEpisodeDialog(self._core, self._runner, episode_id, self)
            closing.measures_first.connect(lambda: self.record_measures(closing=True))
            self._dialog(closing)
            return
        self._run(self._core.caseload.move_episode, episode_id, target.value)

    def record_measures(self, closing: bool = False) -> None:
        """Ctrl+Shift+M from any tab: to the measures tab, and its form (at closure when closing)."""
        self.tabs.setCurrentWidget(self.measures)
        self.measures.record(closing)

    def _dialog(self, dialog: QDialog) -> None:
        """Open non-blocking; refresh when it is saved."""
        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self._done(getattr(dialog, "changes", None))
            dialog.deleteLater()
        dialog.finished.connect(finished)
        dialog.open()
        self.last_dialog = dialog

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

    def _delete(self, kind: str, fn: Any, ident: str, what: str) -> None:
        what = what[0].upper() + what[1:]

        def deleted(changes: Changes) -> None:
            self._undo.append((kind, ident, what))
            self.undo_bar.offer(translate("person.record", "{what} deleted.").format(what=what))
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
            self.undo_bar.offer(translate("person.record", "{what} deleted.").format(what=self._undo[-1][2]))
        else:
            self.undo_bar.hide()

    def _restore_picked(self, tree: QTreeWidget, kind: str) -> None:
        item, ident = self._picked(tree)
        if item is None or ident is None or not item.data(0, DELETED):
            say(self.message, translate("person.record", "Choose a deleted contact (shown greyed) to restore.")
                if kind == "contact" else
                translate("person.record", "Choose a deleted connection (shown greyed) to restore."))
            return
        self._undo = [u for u in self._undo if u[1] != ident]
        if not self._undo:
            self.undo_bar.hide()
        self._restore(kind, ident)

    def _restore(self, kind: str, ident: str) -> None:
        caseload = self._core.caseload
        self._run(caseload.restore_contact if kind == "contact" else caseload.restore_connection, ident)







