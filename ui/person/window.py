"""A person's record in its own window (one per person; opening again raises it), and the actions
the main window offers for the person side: New referral (Ctrl+N) and Waiting-room capture
(Ctrl+Shift+W, from any Linkwell window)."""

from __future__ import annotations


from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from app.core import Changes, Linkwell
from app.i18n import translate
from ui.runner import Runner


class PersonWindow(QMainWindow):
    def __init__(self, core: Linkwell, runner: Runner, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        from ui.person.record import PersonRecord  # not at start-up: the first paint imports no ORM

        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.record = PersonRecord(core, runner, person_id, self)
        self.setCentralWidget(self.record)
        self.setWindowTitle(translate("person.window", "Person — Linkwell"))
        self.record.loaded.connect(lambda: self.setWindowTitle(
            translate("person.window", "{name} — Linkwell").format(name=self.record.name.text())))
        for keys in ("Ctrl+W", "Esc"):
            QShortcut(QKeySequence(keys), self, self.close)
        from ui.directory.person_menu import PersonDirectory
        from ui.letters.person_menu import PersonLetters

        self.letters = PersonLetters(self, core, runner, person_id)
        self.directory = PersonDirectory(self, core, runner, person_id)
        from ui.sync.person_menu import PersonTeam

        self.team = PersonTeam(self, core, runner, person_id)  # hand over; who looked (with a team hub)
        from ui.person.guardians import PersonYoung

        self.young = PersonYoung(self, core, runner, person_id)  # under 18: age line, guardians, school
        from ui.person.safeguarding import PersonSafeguarding

        self.safeguarding = PersonSafeguarding(self, core, runner, person_id)  # banner and records
        from ui.widgets import icons

        icons.dress_person_window(self, self.record)
        self.resize(self.record.sizeHint().expandedTo(self.record.minimumSizeHint()))
        self.leave_box: QMessageBox | None = None
        self._leaving = False
        self.record.load()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ctrl+W, Escape or the window's close: text typed and not saved is never dropped unasked."""
        unsaved = self.record.unsaved_plan()
        if self._leaving or not unsaved:
            super().closeEvent(event)
            return
        event.ignore()
        if self.leave_box is not None:
            return
        what = unsaved[0] if len(unsaved) == 1 else translate("person.window", "{earlier} and {last}").format(
            earlier=", ".join(unsaved[:-1]), last=unsaved[-1])
        question = translate("person.window", "You have typed {what} for {name} and not saved it. "
                             "Close the record and lose it?")
        box = QMessageBox(QMessageBox.Icon.Question, translate("person.window", "Unsaved changes"),
                          question.format(what=what, name=self.record.name.text()
                                          or translate("person.window", "this person")),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Discard).setText(translate("person.window", "&Close and lose it"))
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("person.window", "&Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._asked)
        self.leave_box = box
        box.open()

    def _asked(self, _result: int) -> None:
        box, self.leave_box = self.leave_box, None
        if box is None:
            return
        self._leaving = box.clickedButton() is box.button(QMessageBox.StandardButton.Discard)
        box.deleteLater()
        if self._leaving:
            QTimer.singleShot(0, self.close)  # once the question has gone


class PersonActions:
    """Installed on the main window: menu actions, shortcuts, and the open person windows."""

    def __init__(self, window: QMainWindow, core: Linkwell, runner: Runner) -> None:
        self.window, self.core, self.runner = window, core, runner
        self.open_windows: dict[str, PersonWindow] = {}
        # In the File menu, above Quit: a menu of its own would widen the menu bar past small screens.
        file_menu = next((a.menu() for a in window.menuBar().actions() if a.menu() is not None), None)
        menu = file_menu if file_menu is not None else window.menuBar().addMenu(translate("person.window", "&File"))
        before = menu.actions()[0] if menu.actions() else None
        self.new_referral = QAction(translate("person.window", "&New referral…"), window)
        self.new_referral.setShortcut(QKeySequence("Ctrl+N"))
        self.new_referral.setStatusTip(translate("person.window", "A new person and their referral, with a check for duplicates"))
        self.new_referral.triggered.connect(self.take_referral)
        self.waiting_room = QAction(translate("person.window", "&Waiting-room capture…"), window)
        self.waiting_room.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.waiting_room.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.waiting_room.setStatusTip(translate("person.window", "A quick self-referral: name, how to reach them, what matters"))
        self.waiting_room.triggered.connect(self.capture)
        self.duplicates = QAction(translate("person.window", "Possible &duplicates…"), window)
        self.duplicates.setStatusTip(translate("person.window", "Records that may be the same person, side by side, to merge"))
        self.duplicates.triggered.connect(self.find_duplicates)
        self.duplicates_window: QMainWindow | None = None
        actions = [self.new_referral, self.waiting_room, self.duplicates]
        menu.insertActions(before, actions) if before else menu.addActions(actions)
        if before is not None:
            menu.insertSeparator(before)
        self.last_dialog: QDialog | None = None

    def open_person(self, person_id: str) -> PersonWindow:
        existing = self.open_windows.get(person_id)
        if existing is not None:
            existing.show()
            if QGuiApplication.platformName() != "offscreen":  # it cannot raise, and warns
                existing.raise_()
            existing.activateWindow()
            return existing
        person = PersonWindow(self.core, self.runner, person_id, self.window)
        person.destroyed.connect(lambda *_a, pid=person_id: self.open_windows.pop(pid, None))
        self.open_windows[person_id] = person
        person.show()
        person.activateWindow()
        return person

    def _open(self, dialog: QDialog) -> None:
        def finished(result: int) -> None:
            person_id = getattr(dialog, "person_id", None)
            if result == QDialog.DialogCode.Accepted and person_id:
                self.runner.broadcast(Changes(person_ids=frozenset({person_id}), caseload=True), dialog)
                self.open_person(person_id)
            dialog.deleteLater()
        dialog.finished.connect(finished)
        self.last_dialog = dialog
        dialog.open()

    def take_referral(self) -> None:
        from ui.dialogs.intake import IntakeDialog

        self._open(IntakeDialog(self.core, self.runner, self.window))

    def find_duplicates(self) -> None:
        """The duplicates window (one at a time; opening again raises it)."""
        from ui.person.duplicates import DuplicatesWindow

        if self.duplicates_window is None:
            found = DuplicatesWindow(self.core, self.runner, self.window)
            found.destroyed.connect(lambda *_a: setattr(self, "duplicates_window", None))
            self.duplicates_window = found
            found.load()
        self.duplicates_window.show()
        self.duplicates_window.activateWindow()

    def capture(self) -> None:
        from ui.dialogs.waiting_room import WaitingRoomDialog

        self._open(WaitingRoomDialog(self.core, self.runner, self.window))
