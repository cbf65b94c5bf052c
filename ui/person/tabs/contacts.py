"""The contacts tab of the person record: contacts newest first, corrected notes with their earlier
text, delete and restore.

A mixin of ``PersonRecord`` (``ui.person.record``): its widgets are the record's attributes, as the
tests and the rest of the record reach them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QTreeWidgetItem, QVBoxLayout, QWidget

from app.domain.record import ContactView, EpisodeView
from app.i18n import translate
from ui.widgets.common import reference, say, show_date
from ui.widgets.reading_pane import ReadingPane
from ui.person.tabs import DELETED

NOTE = Qt.ItemDataRole.UserRole + 2  # item data: the contact's note as written, for the reading pane


def _earlier_texts(item: QTreeWidgetItem, contact: ContactView, versions: tuple[ContactView, ...]) -> None:
    """Under a contact's row, each version it corrected, newest first: what was written then (its
    type, time and length where those were corrected too)."""
    by_id = {c.id: c for c in versions}
    kinds = reference("contact_kinds")
    earlier = by_id.get(contact.supersedes) if contact.supersedes else None
    while earlier is not None:
        child = QTreeWidgetItem(item, [
            translate("person.tabs.contacts", "Earlier: {date}").format(date=show_date(earlier.at)),
            kinds.get(earlier.kind, earlier.kind), str(earlier.duration_minutes), earlier.notes])
        child.setData(0, NOTE, earlier.notes)
        earlier = by_id.get(earlier.supersedes) if earlier.supersedes else None


class ContactsTab:
    """Builds and fills the tab, and does what its buttons ask; mixed into ``PersonRecord``."""

    def _contacts_tab(self) -> QWidget:
        page = QWidget(self)
        self.add_contact_button = QPushButton(translate("person.tabs.contacts", "&Add contact… (Ctrl+Shift+C)"), page)
        self.add_contact_button.setAccessibleName(translate("person.tabs.contacts", "Add a contact"))
        self.edit_contact_button = QPushButton(translate("person.tabs.contacts", "Correct… (F2)"), page)
        self.edit_contact_button.setAccessibleName(translate("person.tabs.contacts", "Correct the selected contact"))
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
        self.contact_note = ReadingPane(
            translate("person.tabs.contacts", "The chosen contact's note, whole"), page,
            empty=translate("person.tabs.contacts", "Choose a contact above to read its whole note here."))
        self.contact_note.holds_whole(self.contacts, 3)
        self.contacts.currentItemChanged.connect(lambda item, _old: self._show_contact_note(item))
        split = QSplitter(Qt.Orientation.Vertical, page)
        split.setChildrenCollapsible(False)
        split.addWidget(self.contacts)
        split.addWidget(self.contact_note)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        return page

    def _show_contact_note(self, item: QTreeWidgetItem | None) -> None:
        """The reading pane follows the chosen row (by mouse or arrow keys): its note, whole."""
        if item is None:
            self.contact_note.show_text("")
            return
        note = str(item.data(0, NOTE) or "")
        self.contact_note.show_text(note, empty=translate("person.tabs.contacts", "This contact has no note."))

    def _fill_contacts(self, episode: EpisodeView | None) -> None:
        self.contacts.clear()
        contacts = episode.contacts if episode else ()
        kinds = reference("contact_kinds")
        for c in reversed(contacts):
            if not c.current:
                continue
            notes = c.notes + ("  " + translate("person.tabs.contacts", "(corrected)") if c.supersedes else "")
            item = QTreeWidgetItem(self.contacts, [show_date(c.at), kinds.get(c.kind, c.kind),
                                                   str(c.duration_minutes), notes])
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            item.setData(0, NOTE, c.notes)
            _earlier_texts(item, c, contacts)
        if self.show_deleted_contacts.isChecked():
            deleted = episode.deleted_contacts if episode else ()
            for c in reversed(deleted):
                if not c.current:
                    continue
                item = self._deleted_item(self.contacts, c.id, c.deleted_at, [
                    show_date(c.at), kinds.get(c.kind, c.kind), str(c.duration_minutes), c.notes])
                item.setData(0, NOTE, c.notes)
                _earlier_texts(item, c, deleted)
        self.contacts.expandAll()
        for column in range(3):
            self.contacts.resizeColumnToContents(column)
        if self.contacts.topLevelItemCount():
            self.contacts.setCurrentItem(self.contacts.topLevelItem(0))
        self._show_contact_note(self.contacts.currentItem())

    def add_contact(self) -> None:
        episode = self.episode
        if episode is not None:
            from ui.person.contact import ContactDialog

            self._dialog(ContactDialog(self._core, self._runner, episode.id, self,
                                       not_yet_contacted=episode.status == "referred"))

    def edit_contact(self) -> None:
        item = self.contacts.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        episode = self.episode
        if item is None or episode is None:
            say(self.message, translate("person.tabs.contacts", "Choose a contact to correct."))
            return
        if item.data(0, DELETED):
            say(self.message, translate("person.tabs.contacts", "That contact is deleted; restore it before correcting it."))
            return
        contact_id = item.data(0, Qt.ItemDataRole.UserRole)
        contact = episode.contact(contact_id)
        from ui.person.contact import ContactDialog

        self._dialog(ContactDialog(self._core, self._runner, episode.id, self, contact=contact))

    def delete_contact(self) -> None:
        item, ident = self._picked(self.contacts)
        if item is None or ident is None or item.data(0, DELETED):
            say(self.message, translate("person.tabs.contacts", "Choose a contact to delete.") if item is None
                else translate("person.tabs.contacts", "That contact is already deleted."))
            return
        what = translate("person.tabs.contacts", "{kind} contact of {date}").format(kind=item.text(1), date=item.text(0))
        self._delete("contact", self._core.caseload.delete_contact, ident, what)

    def restore_contact(self) -> None:
        self._restore_picked(self.contacts, "contact")
