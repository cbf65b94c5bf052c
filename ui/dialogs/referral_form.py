"""What the two referral forms (intake and waiting-room capture) share: the referral saved on the
worker in one transaction (``core.caseload.take_referral``), the draft kept when the form closes
unsaved and dropped once saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel

from app.core import Linkwell
from ui.widgets.common import say, say_failure
from ui.person.drafts import DraftKeeper
from ui.runner import Runner


class ReferralForm(QDialog):
    """Subclasses set ``_core``, ``_runner``, ``message`` and ``drafts``; on accept, ``person_id`` and
    ``episode_id`` name what was saved."""

    _core: Linkwell
    _runner: Runner
    message: QLabel
    drafts: DraftKeeper
    person_id: str | None = None
    episode_id: str | None = None

    def _save(self, person: dict[str, Any] | None, person_id: str | None, referral: dict[str, Any]) -> None:
        say(self.message, "")
        (self._runner.op(self._core.caseload.take_referral, person, person_id, referral)
         .success(self._saved).failure(self._failed).owned_by(self).run())

    def _saved(self, ids: tuple[str, str]) -> None:
        self.person_id, self.episode_id = ids
        self.drafts.discard()
        super().accept()

    def _failed(self, error: BaseException) -> None:
        say_failure(self.message, self._runner, error, self)

    def reject(self) -> None:
        if self.drafts.timer.isActive():
            self.drafts.save_now()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.drafts.timer.isActive():
            self.drafts.save_now()
        super().closeEvent(event)
