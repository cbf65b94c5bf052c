"""The timeline tab of the person record: each step of the referral, with its SNOMED CT code and
note, and the closure reason.

A mixin of ``PersonRecord`` (``ui.person.record``): its widgets are the record's attributes, as the
tests and the rest of the record reach them."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidgetItem

from app.domain.record import EpisodeView
from app.domain.status import EPISODE_LABELS, EpisodeStatus
from app.i18n import translate
from ui.language import QT_TRANSLATE_NOOP
from ui.widgets.common import reference, show_date, snomed_terms

GP_RECORD_WORDS = {"queued": QT_TRANSLATE_NOOP("person.tabs.timeline", "queued to send"),
                   "sent": QT_TRANSLATE_NOOP("person.tabs.timeline", "sent"),
                   "delivered": QT_TRANSLATE_NOOP("person.tabs.timeline", "collected by the practice"),
                   "acknowledged": QT_TRANSLATE_NOOP("person.tabs.timeline", "filed in the record"),
                   "failed": QT_TRANSLATE_NOOP("person.tabs.timeline", "not delivered")}  # translated where shown


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
            state = step.state if step.state not in GP_RECORD_WORDS else translate(
                "person.tabs.timeline", GP_RECORD_WORDS[step.state])
            label = translate("person.tabs.timeline", "GP record: {state}").format(state=state)
            QTreeWidgetItem(self.timeline, [show_date(step.at), label, "", step.said, ""])
        if episode and episode.closure_reason:
            reason = reference("closure_reasons").get(episode.closure_reason, episode.closure_reason)
            QTreeWidgetItem(self.timeline, ["", translate("person.tabs.timeline", "Closure reason: {reason}").format(
                reason=reason), "", "", ""])
        for column in range(3):
            self.timeline.resizeColumnToContents(column)
