"""Starting the window: unlock the database (in a thread, while Qt starts), show the caseload.

Start-up stays lean: nothing here imports SQLAlchemy/SQLModel/Alembic before the first page of
the caseload is painted (the list is read with plain SQL), and only stdlib is imported before the
unlock thread starts. That thread unlocks the key before it loads the database modules, so Argon2id
(which releases the GIL) overlaps PySide6's import and the window's; it then opens the database and
reads the first page of the caseload; the integrity check, which reads the whole file, runs on
the database worker once the window is up, before anything else can be written. From the OS keyring,
the key is read before PySide6's import begins: that read is Python (imports and D-Bus round trips),
and beside the import each step would wait its turn for the interpreter's lock (measured slower).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from app.core import Linkwell
    from ui.main_window import MainWindow
    from ui.opening import Opened
    from ui.runner import Runner

EXIT_CANCELLED = 1  # the user closed the unlock dialog
EXIT_STORAGE = 2  # the database could not be opened (the same code the CLI uses)
_REMEMBER_BY_MS = 3000  # the key goes to the keyring after the first paint, or by then
_HOLD_WORKER_S = 3.0  # the window's first requests wait for the first paint, or this long
_HEAD_START_S = 0.2  # PySide6's import waits at most this long for the derive to begin (or the keyring's read)


def _once(call: Callable[[], object]) -> Callable[[], None]:
    done: list[bool] = []

    def first() -> None:
        if not done:
            done.append(True)
            call()

    return first


def run(db_path: Path, *, demo: bool, passphrase: str | None) -> int:
    """Open the window on ``db_path`` and run until it closes; the exit code."""
    return launch(db_path, demo=demo, passphrase=passphrase)


def launch(
    db_path: Path,
    *,
    demo: bool,
    passphrase: str | None,
    on_window: Callable[[MainWindow], None] | None = None,
    overlap: bool = True,
    lang: str | None = None,
) -> int:
    """``run`` with hooks for the benchmark and tests: ``on_window`` gets the window before the
    event loop starts; ``overlap=False`` unlocks only after Qt has started (to measure the gain);
    ``lang`` (``--lang``) overrides the language chosen in Settings for this start."""
    unlocking = _Unlocking(Path(db_path), passphrase, demo)
    if overlap:
        unlocking.start()
        # Its imports first: both threads importing at once share one GIL and the derive would start late.
        unlocking.started.wait(_HEAD_START_S)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Linkwell")
    from ui.language import install as install_language

    install_language(app, lang)
    from ui.lock import install as install_protection
    from ui.main_window import MainWindow
    from ui.runner import Runner, describe

    runner = Runner()
    held = threading.Event()
    try:
        if not overlap:
            unlocking.start()
        opened = _unlocked(unlocking, runner)
        if isinstance(opened, int):
            return opened
        core = opened.core
        # What the window asks of the worker as it is built (the integrity check, the sort kept, Today, the
        # sync status) starts once the caseload is on screen: until then it would only slow the first paint.
        if opened.ids is not None and not core.connector:
            runner.op(held.wait, _HOLD_WORKER_S).run()
        if core.connector:  # the directory, unmet needs and capture only (issue 16)
            from ui.connector import ConnectorWindow

            window = ConnectorWindow(core, runner)
        else:
            window = MainWindow(core, runner)
            if opened.ids is None or opened.first_page is None:
                window.load()
            else:
                window.show_caseload(opened.ids, opened.first_page)
        if not opened.checked:

            def damaged(error: BaseException) -> None:
                offer_backup(window, core, describe(error)[0])

            runner.op(lambda: core.db.check_integrity()).failure(damaged).run()
        # After a passphrase unlock, keep the key in the OS keyring (if usable) so the next start need not ask;
        # once the caseload has painted, as loading keyring takes about 0.1 s the first paint need not wait for.
        remember = _once(lambda: runner.op(core.keys.remember).failure(lambda _error: None).run())
        if isinstance(window, MainWindow):
            window.caseload_painted.connect(held.set)
            window.caseload_painted.connect(remember)
            QTimer.singleShot(_REMEMBER_BY_MS, window, remember)  # whether or not the caseload could be read
        else:
            remember()
        window.protection = install_protection(window, app, core, runner)  # type: ignore[attr-defined]
        window.fit_to_screen()
        window.show()
        if on_window is not None:
            on_window(window)
        code = app.exec()
    finally:
        held.set()
        runner.shutdown()
    core.close()
    return code


def offer_backup(window: MainWindow, core: Linkwell, problem: str) -> QDialog | None:
    """The file failed its integrity check: offer the backups (newest first), or end the session.

    Closing the Backups dialog without restoring quits, so nothing more is written to a damaged file.
    """
    from PySide6.QtWidgets import QApplication

    if not core.backups.list():
        show_fatal(problem)
        QApplication.exit(EXIT_STORAGE)
        return None
    from app.i18n import translate

    show_fatal(problem + "\n\n" + translate("main", "Choose a backup to restore in the next window (the newest is "
                                                      "selected)."))
    dialog = window.protection.open_backups()  # type: ignore[attr-defined]
    restored: list[bool] = []
    dialog.restored.connect(lambda *_: restored.append(True))
    dialog.finished.connect(lambda _result: None if restored else QApplication.exit(EXIT_STORAGE))
    return dialog


def show_fatal(text: str) -> None:
    """A message that ends the program (replaced in tests)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, "Linkwell", text)


class _Unlocking(threading.Thread):
    def __init__(self, path: Path, passphrase: str | None, demo: bool) -> None:
        super().__init__(name="linkwell-unlock", daemon=True)
        self.path, self.passphrase, self.demo = path, passphrase, demo
        self.opened: Opened | None = None
        self.error: BaseException | None = None
        self.started = threading.Event()  # set once what is left needs no lock Qt's import needs

    def run(self) -> None:
        try:
            # The key first, with only the key file's modules loaded: Argon2id (or the keyring's round trip)
            # then runs beside PySide6's import and the window's, rather than after the database modules.
            from app.core import unlock_key

            key = unlock_key(self.path, self.passphrase, started=self.started.set)
            from ui.opening import open_for_window

            self.opened = open_for_window(self.path, passphrase=self.passphrase, demo=self.demo, key=key)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.error = exc
        finally:
            self.started.set()


def _unlocked(unlocking: _Unlocking, runner: Runner) -> Opened | int:
    """The open database, or an exit code after telling the user why not."""
    from app.errors import LinkwellError, PassphraseNeeded, WrongPassphrase
    from ui.opening import Opened

    unlocking.join()
    error = unlocking.error
    if error is None:
        assert unlocking.opened is not None
        return unlocking.opened
    if isinstance(error, PassphraseNeeded | WrongPassphrase):
        from PySide6.QtWidgets import QDialog

        from ui.dialogs.unlock import UnlockDialog

        shown = str(error) if isinstance(error, WrongPassphrase) else ""
        dialog = UnlockDialog(unlocking.path, runner, demo=unlocking.demo, error=shown)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.database is None:
            return EXIT_CANCELLED
        from app.core import Linkwell

        return Opened(Linkwell(dialog.database), checked=True)
    if isinstance(error, LinkwellError):
        show_fatal(str(error))
        return EXIT_STORAGE
    raise error
