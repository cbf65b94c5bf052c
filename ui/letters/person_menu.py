"""The person window's letters: referral, plan and GP letters (print, preview, save as PDF) and the
GP summary to the clipboard (Ctrl+Shift+G).

Letters are for the referral shown in the record (its picker); a referral letter is for one of its
connections, chosen in a small dialog, sharing what the organisation's consent list allows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from app.core import GpSummary, Letters, Linkwell
from app.i18n import translate
from ui.letters.dialogs import ConnectionChooser, SummaryDialog
from ui.letters.language import chosen as letter_language
from ui.letters.language import language_menu
from ui.letters.output import LetterOutput, file_name
from ui.language import QT_TRANSLATE_NOOP
from ui.runner import Runner
from ui.widgets.common import reference

# (kind, menu title, options): a submenu each, with Print, Print preview and Save as PDF. The titles in
# English (the keys of PersonLetters.actions), translated where shown.
LETTERS: list[tuple[str, str, dict[str, Any]]] = [
    ("referral", QT_TRANSLATE_NOOP("letters.person_menu", "&Referral letter to a service"), {}),
    ("plan", QT_TRANSLATE_NOOP("letters.person_menu", "My &plan letter"), {}),
    ("plan", QT_TRANSLATE_NOOP("letters.person_menu", "My plan, &large print"), {"large_print": True}),
    ("plan", QT_TRANSLATE_NOOP("letters.person_menu", "My plan, &easy read"), {"easy_read": True}),
    ("gp", QT_TRANSLATE_NOOP("letters.person_menu", "&GP letter"), {}),
]
STATUS_MS = 10000


class PersonLetters:
    @property
    def letters(self) -> Letters:
        """The core's letters, asked for each time (after a key change the core holds a new one)."""
        return self.core.letters

    def __init__(self, window: QMainWindow, core: Linkwell, runner: Runner, person_id: str) -> None:
        self.window, self.core, self.runner, self.person_id = window, core, runner, person_id
        self.output = LetterOutput(window, core, runner, self.say)
        self.chooser: QDialog | None = None
        self.summary_dialog: SummaryDialog | None = None
        self.menu = window.menuBar().addMenu(translate("letters.person_menu", "Lette&rs"))  # Alt+L: the record's Close
        self.menu.setAccessibleName(translate("letters.person_menu", "Letters"))
        self.actions: dict[tuple[str, str], QAction] = {}  # (English submenu title without &, action) -> action
        for kind, title, options in LETTERS:
            self._submenu(kind, title, options)
        self.language_menu = language_menu(self.menu)  # English, Cymraeg or both: for every letter here
        self.menu.addSeparator()
        self.copy_summary = self._action(translate("letters.person_menu", "&Copy GP summary"), self.copy_gp_summary,
                                         "Ctrl+Shift+G", translate("letters.person_menu", "The summary for the GP "
                                                                   "record onto the clipboard, ready to paste"))
        self.show_summary = self._action(translate("letters.person_menu", "&Show GP summary…"), self.show_gp_summary,
                                         None, translate("letters.person_menu", "The summary for the GP record, to "
                                                         "read before copying"))
        self.menu.addActions([self.copy_summary, self.show_summary])
        self.menu.addSeparator()
        self.send_to_record = self._action(translate("letters.person_menu", "Sen&d to GP record"),
                                           self.send_to_gp_record, None,
                                           translate("letters.person_menu", "Queue the GP letter to go straight into "
                                                     "the practice's GP record (GP Connect, over MESH)"))
        self.menu.addAction(self.send_to_record)
        self.last_queued: Any = None  # the outbox item of the last message queued here
        self.last_delivery: Any = None  # what the last background delivery did
        plan_print = self.actions[("My plan letter", "Print")]
        plan_print.setShortcut(QKeySequence("Ctrl+P"))

    def _action(self, text: str, slot: Any, keys: str | None, tip: str) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutVisibleInContextMenu(True)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # the shortcut works with the menu closed
        return action

    def _submenu(self, kind: str, title: str, options: dict[str, Any]) -> QMenu:
        shown = translate("letters.person_menu", title)
        sub = self.menu.addMenu(shown)
        plain, said = title.replace("&", ""), shown.replace("&", "")
        sub.setAccessibleName(said)
        for name, words, text, do in (
                ("Print", translate("letters.person_menu", "Print"), translate("letters.person_menu", "&Print…"),
                 "print"),
                ("Print preview", translate("letters.person_menu", "Print preview"),
                 translate("letters.person_menu", "Print pre&view…"), "preview"),
                ("Save as PDF", translate("letters.person_menu", "Save as PDF"),
                 translate("letters.person_menu", "&Save as PDF…"), "save")):
            action = self._action(text, lambda k=kind, o=options, d=do: self.run(k, o, d), None,
                                  translate("letters.person_menu", "{action}: {letter}").format(action=words, letter=said))
            sub.addAction(action)
            self.actions[(plain, name)] = action
        return sub

    # --- doing ----------------------------------------------------------------------------------

    @property
    def episode_id(self) -> str | None:
        record = getattr(self.window, "record", None)
        return record.current_episode_id if record is not None else None

    def say(self, text: str) -> None:
        if text:
            self.window.statusBar().showMessage(text, STATUS_MS)
        else:
            self.window.statusBar().clearMessage()

    def run(self, kind: str, options: dict[str, Any], do: str) -> None:
        """Print, preview or save one letter: a referral letter asks which connection first."""
        if kind == "referral":
            self._choose_connection(do)
            return
        self._go(kind, self.person_id, dict(options, episode_id=self.episode_id), do)

    def _go(self, kind: str, target: str, options: dict[str, Any], do: str) -> None:
        options = dict(options, language=letter_language())
        if do == "print":
            self.output.print_letter(kind, target, options)
        elif do == "preview":
            self.output.preview(kind, target, options)
        else:
            self.output.save(kind, target, options, self._file_name(kind, options))

    def _file_name(self, kind: str, options: dict[str, Any]) -> str:
        record = getattr(self.window, "record", None)
        name = record.name.text() if record is not None else ""
        style = "easy-read" if options.get("easy_read") else "large-print" if options.get("large_print") else ""
        return file_name(kind, style, name)

    def _choose_connection(self, do: str) -> None:
        record = getattr(self.window, "record", None)
        episode = record.episode if record is not None else None
        connections = episode.connections if episode is not None else ()
        if not connections:
            self.say(translate("letters.person_menu", "This referral has no connections to a service yet, so there "
                               "is no referral letter to write. Connect a service first."))
            return
        statuses = reference("connection_statuses")
        rows = [(c.id, translate("letters.person_menu", "{service} ({status})").format(
                    service=c.service.name if c.service else translate("letters.person_menu", "A service"),
                    status=statuses.get(c.status, c.status)))
                for c in connections if c.status != "entered-in-error"]
        action = {"print": translate("letters.person_menu", "Print…"),
                  "preview": translate("letters.person_menu", "Preview…"),
                  "save": translate("letters.person_menu", "Save as PDF…")}[do]
        self.runner.op(self.letters.referral_share).success(
            lambda share: self._open_chooser(rows, share, action, do)).owned_by(self.window).run()

    def _open_chooser(self, rows: list[tuple[str, str]], share: frozenset[str], action: str, do: str) -> None:
        chooser = ConnectionChooser(rows, share, action.rstrip("…"), self.window)

        def chosen() -> None:
            if chooser.connection_id:
                self._go("referral", chooser.connection_id, {"share": chooser.chosen_share}, do)

        chooser.accepted.connect(chosen)
        chooser.finished.connect(lambda _r: chooser.deleteLater())
        self.chooser = chooser
        chooser.open()

    # --- the GP summary -------------------------------------------------------------------------

    def copy_gp_summary(self) -> None:
        self.say(translate("letters.person_menu", "Preparing the GP summary…"))
        self.runner.op(self.letters.summarise_for_gp, self.person_id, self.episode_id).success(
            self._copied).owned_by(self.window).run()

    def _copied(self, summary: GpSummary) -> None:
        QGuiApplication.clipboard().setText(summary.text)
        if summary.codes_only:
            self.say(translate("letters.person_menu", "GP summary copied: codes and dates only, as this person has "
                               "not agreed to share detail with the GP."))
        else:
            self.say(translate("letters.person_menu", "GP summary copied: paste it into the GP record."))

    def show_gp_summary(self) -> None:
        self.runner.op(self.letters.summarise_for_gp, self.person_id, self.episode_id).success(
            self._show).owned_by(self.window).run()

    def _show(self, summary: GpSummary) -> None:
        record = getattr(self.window, "record", None)
        dialog = SummaryDialog(summary, record.name.text() if record is not None else "", self.window)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.summary_dialog = dialog
        self.say("")
        dialog.open()

    # --- straight into the GP record ----------------------------------------------------------------

    def send_to_gp_record(self) -> None:
        """Queue it (nothing waits on the network); ``linkwell outbox deliver`` or a later run sends it."""
        self.say(translate("letters.person_menu", "Queueing the letter for the GP record…"))
        self.runner.op(self._queue_for_gp_record, self.person_id, self.episode_id).success(
            self._queued).owned_by(self.window).run()

    def _queue_for_gp_record(self, person_id: str, episode_id: str | None) -> Any:
        changes = self.core.gp_record.send(person_id, episode_id)
        self.last_queued = next(m for m in self.core.gp_record.messages(person_id) if m.id == changes.created_id)
        return changes

    def _queued(self, _changes: Any) -> None:
        item = self.last_queued
        if item.codes_only:
            said = translate("letters.person_menu", "Queued for {practice}'s GP record (codes and dates only, as this "
                             "person has not agreed to share detail): it goes when MESH can be reached.")
        else:
            said = translate("letters.person_menu", "Queued for {practice}'s GP record (the GP letter): it goes when "
                             "MESH can be reached.")
        self.say(said.format(practice=item.practice))
        # Then try to send it now, in the background: out of reach, it simply stays queued (and says so).
        self.runner.op(self._deliver).success(self._delivered).failure(self._not_delivered) \
            .owned_by(self.window).run()

    def _deliver(self) -> Any:
        self.last_delivery = self.core.gp_record.deliver(force=False)
        return self.last_delivery.changes

    def _delivered(self, _changes: Any) -> None:
        report = self.last_delivery
        if report is not None and report.sent:
            self.say(translate("letters.person_menu", "Sent to {practice}'s GP record over MESH; the timeline shows "
                               "when it is filed.").format(practice=self.last_queued.practice))

    def _not_delivered(self, error: BaseException) -> None:
        from app.errors import LinkwellError

        if not isinstance(error, LinkwellError):
            self.runner.report(error, self.window)
            return
        self.say(translate("letters.person_menu", "Queued; not sent yet: {error}").format(error=error))
