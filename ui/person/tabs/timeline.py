"""The timeline tab of the person record: each step of the referral, with its SNOMED CT code and
note, and the closure reason.

A mixin of ``PersonRecord`` (``ui.person.record``): its widgets are the record's attributes, as the
tests and the rest of the record reach them."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidgetItem

from app.domain.record import EpisodeView
from app.domain.status import EPISODE_LABELS, EpisodeStatus
from ui.widgets.common import reference, show_date, snomed_terms

GP_RECORD_WORDS = {"queued": "queued to send", "sent": "sent", "delivered": "collected by the practice",
                   "acknowledged": "filed in the record", "failed": "not delivered"}


class TimelineTab:
    """Builds and fills the tab, and does what its buttons ask; mixed into ``PersonRecord``."""

    def _fill_timeline(self, episode: EpisodeView | None) -> None:
        self.timeline.clear()
        terms = snomed_terms()
        for h in episode.status_history if episode else ():
            code = h.snomed or ""
            label = EPISODE_LABELS[EpisodeStatus(h.to_status)]
            QTreeWidgetItem(self.timeline, [show_date(h.at), label,
                                            f"{code} {terms.get(code, '')}".strip(), h.note or "", h.by])
        for step in episode.gp_record if episode else ():  # messages to the GP record (GP Connect)
            label = f"GP record: {GP_RECORD_WORDS.get(step.state, step.state)}"
            QTreeWidgetItem(self.timeline, [show_date(step.at), label, "", step.said, ""])
        if episode and episode.closure_reason:
            reason = reference("closure_reasons").get(episode.closure_reason, episode.closure_reason)
            QTreeWidgetItem(self.timeline, ["", f"Closure reason: {reason}", "", "", ""])
        for column in range(3):
            self.timeline.resizeColumnToContents(column)
