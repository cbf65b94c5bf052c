"""The connections tab of the person record: the services the person is connected to, moving
their status, delete and restore.

A mixin of ``PersonRecord`` (``ui.person.record``): its widgets are the record's attributes, as the
tests and the rest of the record reach them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.record import ConnectionView, EpisodeView
from app.i18n import translate
from app.domain.status import CONNECTION_MOVES, CONNECTION_NEEDS_REASON, ConnectionStatus
from ui.widgets.common import reference, say
from ui.person.tabs import DELETED


def service_name(connection: ConnectionView) -> str:
    return connection.service.name if connection.service else translate("person.tabs.connections",
                                                                         "(service no longer in the directory)")


def connection_texts(c: ConnectionView) -> list[str]:
    """The row's columns: the service, how, the status and the outcome."""
    outcomes, kinds, statuses = (reference(n) for n in ("connection_outcomes", "connection_kinds",
                                                        "connection_statuses"))
    return [service_name(c), kinds.get(c.kind, c.kind), statuses.get(c.status, c.status),
            outcomes.get(c.outcome_reason or "", "")]


class ConnectionsTab:
    """Builds and fills the tab, and does what its buttons ask; mixed into ``PersonRecord``."""

    def _connections_tab(self) -> QWidget:
        page = QWidget(self)
        self.connect_button = QPushButton(translate("person.tabs.connections", "Connect to a service… (Ctrl+Shift+S)"), page)
        self.connect_button.setAccessibleName(translate("person.tabs.connections", "Connect to a service"))
        self.connect_button.clicked.connect(self.connect_service)
        self.connection_move = QComboBox(page)
        self.connection_move.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.connection_move.setAccessibleName(translate("person.tabs.connections", "Move the selected connection to"))
        self.connection_reason = QComboBox(page)
        self.connection_reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.connection_reason.setAccessibleName(translate("person.tabs.connections", "Outcome reason"))
        for code, label in reference("connection_outcomes").items():
            self.connection_reason.addItem(label, code)
        self.move_connection_button = QPushButton(translate("person.tabs.connections", "Upd&ate status"), page)
        self.move_connection_button.setAccessibleName(translate("person.tabs.connections", "Update the connection's status"))
        self.move_connection_button.clicked.connect(self.move_connection)
        self.connections.currentItemChanged.connect(lambda *_a: self._connection_picked())
        self.connection_move.currentIndexChanged.connect(lambda _i: self._reason_needed())
        self.delete_connection_button, self.show_deleted_connections, self.restore_connection_button = (
            self._delete_controls(page, "connection", self.delete_connection, self.restore_connection,
                                  lambda: self._fill_connections(self.episode)))
        row = QHBoxLayout()
        row.addWidget(self.connect_button)
        row.addStretch(1)
        # Moving the selected connection on: a row of its own, so its choices are never cut.
        move_row = QHBoxLayout()
        move_label = QLabel(translate("person.tabs.connections", "Ne&xt step for the selected one:"), page)
        move_label.setBuddy(self.connection_move)
        for box in (self.connection_move, self.connection_reason):
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # never narrower than its words
        move_row.addWidget(self.connection_move)
        move_row.addWidget(self.connection_reason)
        move_row.addWidget(self.move_connection_button)
        move_row.addStretch(1)
        below = QHBoxLayout()
        below.addWidget(self.delete_connection_button)
        below.addStretch(1)
        below.addWidget(self.show_deleted_connections)
        below.addWidget(self.restore_connection_button)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(move_label)  # on a line of its own, so the choices keep the row's width (Welsh, 200%)
        layout.addLayout(move_row)
        layout.addWidget(self.connections)
        layout.addLayout(below)
        return page

    def _fill_connections(self, episode: EpisodeView | None) -> None:
        self.connections.clear()
        for c in episode.connections if episode else ():
            item = QTreeWidgetItem(self.connections, connection_texts(c))
            item.setData(0, Qt.ItemDataRole.UserRole, (c.id, c.status))
        if self.show_deleted_connections.isChecked():
            for c in episode.deleted_connections if episode else ():
                self._deleted_item(self.connections, (c.id, c.status), c.deleted_at, connection_texts(c))
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
            statuses = reference("connection_statuses")
            for target in CONNECTION_MOVES[ConnectionStatus(status)]:
                self.connection_move.addItem(statuses.get(target.value, target.value), target.value)
        self.move_connection_button.setEnabled(self.connection_move.count() > 0)
        self._reason_needed()

    def _reason_needed(self) -> None:
        target = self.connection_move.currentData()
        self.connection_reason.setEnabled(bool(target) and ConnectionStatus(target) in CONNECTION_NEEDS_REASON)

    def delete_connection(self) -> None:
        item, ident = self._picked(self.connections)
        if item is None or ident is None or item.data(0, DELETED):
            say(self.message, translate("person.tabs.connections", "Choose a connection to delete.") if item is None
                else translate("person.tabs.connections", "That connection is already deleted."))
            return
        self._delete("connection", self._core.caseload.delete_connection, ident,
                     translate("person.tabs.connections", "Connection to {service}").format(service=item.text(0)))

    def restore_connection(self) -> None:
        self._restore_picked(self.connections, "connection")

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
