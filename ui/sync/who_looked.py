"""Team hub → Who looked at this record…: every member of the team who opened the record, when, and on which
laptop, in words, from the team hub (with this laptop's own views not yet sent)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from app.core import HubNotReachable, Linkwell
from app.errors import LinkwellError
from app.i18n import translate
from ui.runner import Runner


class WhoLookedDialog(QDialog):
    def __init__(self, core: Linkwell, runner: Runner, person_id: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        title = (translate("sync.who_looked", "Who looked at {name}'s record").format(name=name) if name
                 else translate("sync.who_looked", "Who looked at this record"))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.intro = QLabel(translate("sync.who_looked", "Asking the team hub…"), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.views = QListWidget(self)
        self.views.setAccessibleName(translate("sync.who_looked", "Who looked, newest first"))
        self.views.setWordWrap(True)
        self.intro.setBuddy(self.views)
        layout.addWidget(self.views, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)
        runner.op(core.sync.who_looked, person_id).success(self._got).failure(self._failed).owned_by(self).run()

    def _got(self, views: list[dict[str, Any]]) -> None:
        self.views.clear()
        self.views.addItems([v["said"] for v in views])
        self.intro.setText(translate("sync.who_looked", "Everyone in the team who opened this record, newest first:") if views
                           else translate("sync.who_looked", "No one in the team has opened this record."))
        if views:
            self.views.setCurrentRow(0)
            self.views.setFocus()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HubNotReachable):
            self.intro.setText(translate("sync.who_looked", "The team hub cannot be reached just now, so who looked elsewhere "
                                 "cannot be shown; this laptop's audit trail shows who looked here."))
        elif isinstance(error, LinkwellError):
            self.intro.setText(str(error))
        else:
            self.intro.setText(translate("sync.who_looked", "That could not be shown."))
            self.runner.report(error, self)
