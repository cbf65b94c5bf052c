"""Asked once per database: the worker's name, which the audit trail, the timeline and letters give as
who did what (``core.set_worker_name``), in place of the computer's login. A bar across the top of the
main window while no name is set; it never takes the focus from the caseload."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core import Linkwell
from app.i18n import translate
from ui.runner import Runner
from ui.widgets.common import message_label, say, say_failure



def question() -> str:
    return translate("widgets.worker_name", "Who is working on this database? Your name goes in the audit trail and "
                                            "on letters as who did what; it is asked once.")


class WorkerNameBar(QFrame):
    saved = Signal(str)  # the name as kept

    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.runner = core, runner
        self.setAccessibleName(translate("widgets.worker_name", "Your name"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = QLabel(question(), self)
        self.question.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(translate("widgets.worker_name", "Your name, as the audit trail and letters give it"))
        self.name.setPlaceholderText(translate("widgets.worker_name", "Your full name, for example Ann Shaw"))
        self.name.setMaxLength(80)
        label = QLabel(translate("widgets.worker_name", "Your &name:"), self)
        label.setBuddy(self.name)
        self.save_button = QPushButton(translate("widgets.worker_name", "Save my name"), self)
        self.save_button.setAccessibleName(translate("widgets.worker_name", "Save your name"))
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)
        self.message = message_label(self, translate("widgets.worker_name", "Name message"))
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.name, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.hide()

    def check(self) -> None:
        """Show the bar if this database has no worker's name yet."""
        self.runner.op(self.core.worker_name).success(lambda name: self.setVisible(not name)).owned_by(self).run()

    def save(self) -> None:
        say(self.message, "")
        self.runner.op(self.core.set_worker_name, self.name.text()).success(self._saved).failure(
            lambda error: say_failure(self.message, self.runner, error, self)).owned_by(self).run()

    def _saved(self, name: str) -> None:
        self.hide()
        self.saved.emit(name)
