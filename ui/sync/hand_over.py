"""Team hub → Hand over to a colleague…, on a person's record: choose a member of the team (as the hub last
said), add a word for them, and the hand-over goes to their laptop on the next sync, where Today shows it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import Changes, Linkwell
from app.errors import LinkwellError
from app.i18n import translate
from ui.runner import Runner


class HandOverDialog(QDialog):
    def __init__(self, core: Linkwell, runner: Runner, person_id: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.runner, self.person_id = core, runner, person_id
        self.changes: Changes | None = None
        title = (translate("sync.hand_over", "Hand {name} over").format(name=name) if name
                 else translate("sync.hand_over", "Hand this person over"))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.intro = QLabel(translate("sync.hand_over", "Loading the team…"), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.team = QListWidget(self)
        self.team.setAccessibleName(translate("sync.hand_over", "Team member to hand over to"))
        self.intro.setBuddy(self.team)
        layout.addWidget(self.team, 1)
        note_label = QLabel(translate("sync.hand_over", "A &word for them (optional):"), self)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(translate("sync.hand_over", "A word for them"))
        self.note.setPlaceholderText(translate("sync.hand_over", "What is going on, what is next"))
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(translate("sync.hand_over", "Why it could not be handed over"))
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.hand = QPushButton(translate("sync.hand_over", "&Hand over"), self)
        self.hand.setAccessibleName(translate("sync.hand_over", "Hand over"))
        self.hand.setDefault(True)
        self.hand.setEnabled(False)
        buttons.addButton(self.hand, QDialogButtonBox.ButtonRole.AcceptRole)
        self.hand.clicked.connect(self._hand_over)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.team.currentRowChanged.connect(lambda row: self.hand.setEnabled(row >= 0))
        self.runner.op(self.core.sync.team).success(self._got_team).failure(self._failed).owned_by(self).run()

    def _got_team(self, names: list[str]) -> None:
        self.team.clear()
        self.team.addItems(names)
        if names:
            self.intro.setText(translate("sync.hand_over", "&Who takes this person over? It reaches their laptop on the next sync, "
                                 "and shows on their Today list."))
            self.team.setCurrentRow(0)
            self.team.setFocus()
        else:
            self.intro.setText(translate("sync.hand_over", "This laptop does not know the team yet: sync once (Team → Sync now, "
                                 "F9), then hand over."))

    def _failed(self, error: BaseException) -> None:
        self.problem.setText(str(error) if isinstance(error, LinkwellError) else translate("sync.hand_over", "That could not be done."))
        self.hand.setEnabled(self.team.currentRow() >= 0)
        if not isinstance(error, LinkwellError):
            self.runner.report(error, self)

    def _hand_over(self) -> None:
        item = self.team.currentItem()
        if item is None:
            return
        self.hand.setEnabled(False)
        self.problem.setText("")
        self.runner.op(self.core.sync.hand_over, self.person_id, item.text(), self.note.text()) \
            .success(self._done).failure(self._failed).owned_by(self).run()

    def _done(self, changes: Changes) -> None:
        self.changes = changes
        self.runner.broadcast(changes, self)
        self.accept()
