"""Closure impact: when a service closes, pauses or fills up, who is connected to it and where else
they could go. Enter (or a double-click) on a person opens their record."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import ClosureImpact
from app.i18n import translate
from ui.models.hits_model import badge_label
from ui.widgets.common import reference

PERSON_ROLE = Qt.ItemDataRole.UserRole
SERVICE_ROLE = Qt.ItemDataRole.UserRole + 1


class ImpactDialog(QDialog):
    def __init__(self, impact: ClosureImpact, open_person: Callable[[str], None],
                 open_service: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_person, self._open_service = open_person, open_service
        service = impact.service
        state = ", ".join(badge_label(b) for b in service.badges if b not in ("stale", "alert")) or \
            reference("service_statuses").get(service.status, service.status).lower()
        statuses = reference("connection_statuses")
        self.setWindowTitle(translate("directory.impact", "Who this affects — {name}").format(name=service.name))
        self.setAccessibleName(translate("directory.impact", "Who a service change affects"))
        count = len(impact.people)
        said = (translate("directory.impact", "<b>{name}</b> is now {state}. No one has an open connection to it.") if not count else
                translate("directory.impact", "<b>{name}</b> is now {state}. 1 person has an open connection to it:") if count == 1 else
                translate("directory.impact", "<b>{name}</b> is now {state}. {count} people have an open connection to it:"))
        heading = QLabel(said.format(name=escape(service.name), state=state, count=count), self)
        heading.setWordWrap(True)
        self.people = QListWidget(self)
        self.people.setAccessibleName(translate("directory.impact", "People connected to this service"))
        for person in impact.people:
            said = statuses.get(person.connection_status, person.connection_status)
            item = QListWidgetItem(f"{person.family_name}, {person.given_name} — {said}")
            item.setData(PERSON_ROLE, person.person_id)
            self.people.addItem(item)
        if self.people.count():
            self.people.setCurrentRow(0)
        self.people.itemActivated.connect(lambda item: self._open_person(item.data(PERSON_ROLE)))
        alt_label = QLabel(translate("directory.impact", "Open services of the same kind, nearby first (Enter opens one):"), self)
        alt_label.setWordWrap(True)
        self.alternatives = QListWidget(self)
        self.alternatives.setAccessibleName(translate("directory.impact", "Open alternatives of the same category"))
        for alt in impact.alternatives:
            said = translate("directory.impact", "{name} — nearby; {when}") if alt.nearby else translate("directory.impact", "{name} — further away; {when}")
            said = said.format(name=alt.hit.name, when=alt.hit.when or translate("directory.impact", "times not given"))
            item = QListWidgetItem(f"{said}; {alt.hit.where}" if alt.hit.where else said)
            item.setData(SERVICE_ROLE, alt.hit.id)
            self.alternatives.addItem(item)
        if not impact.alternatives:
            self.alternatives.addItem(QListWidgetItem(translate("directory.impact", "No open service of the same category was found.")))
        self.alternatives.itemActivated.connect(
            lambda item: item.data(SERVICE_ROLE) and self._open_service(item.data(SERVICE_ROLE)))
        note = QLabel(translate("directory.impact", "They stay on the Today screen, under “Affected by a service change”, until each "
                        "connection is moved on or they are connected elsewhere."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, self.people, alt_label, self.alternatives, note, buttons):
            layout.addWidget(widget)
        (self.people if self.people.count() else self.alternatives).setFocus()
        for widget in (self.people, self.alternatives):
            widget.setWordWrap(True)
        metrics = self.fontMetrics()
        self.setMinimumSize(70 * metrics.averageCharWidth(), 26 * metrics.height())
