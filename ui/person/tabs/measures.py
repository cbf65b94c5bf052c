"""The person record's Measures tab: the answers recorded on the referral picked (each score on its
own, with the change from the baseline), and the way to record more or correct a mistake."""

from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import Linkwell, MeasureView
from app.domain.instruments import InstrumentSet
from app.domain.record import EpisodeView
from app.i18n import translate
from ui.widgets.wrapping_tree import WrappingTree
from ui.outcomes.measure_dialog import TIMEPOINT_LABELS, MeasureDialog, suggest_timepoint
from ui.widgets.common import WARN_STYLE, say, show_date
from ui.language import QT_TRANSLATE_NOOP
from ui.runner import Runner

COLUMNS = [QT_TRANSLATE_NOOP("person.tabs.measures", "Measure, or score"),  # translated where shown
           QT_TRANSLATE_NOOP("person.tabs.measures", "Answer"),
           QT_TRANSLATE_NOOP("person.tabs.measures", "Change from baseline")]


def load_measures(core: Linkwell, episode_id: str, instruments: InstrumentSet | None) -> tuple[
        InstrumentSet, list[MeasureView]]:
    """On the worker: the instruments (the core's, read once, unless the tab has its own) and the
    referral's responses, oldest first."""
    measures = core.measures if instruments is None else core.measures.using(instruments)
    return measures.instruments, measures.for_episode(episode_id)


def describe_change(change: float, better: str) -> str:
    if change == 0:
        return translate("person.tabs.measures", "no change")
    text = f"{change:+g}"
    good = change > 0 if better == "higher" else change < 0
    return (translate("person.tabs.measures", "{change} (better)") if good
            else translate("person.tabs.measures", "{change} (worse)")).format(change=text)


class MeasuresTab(QWidget):
    changed = Signal(object)  # Changes, after answers are saved

    def __init__(self, core: Linkwell, runner: Runner, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.runner, self.person_id = core, runner, person_id
        self.setAccessibleName(translate("person.tabs.measures", "Measures"))
        self.instruments: InstrumentSet | None = None
        self.episode: EpisodeView | None = None
        self.views: list[MeasureView] = []
        self.dialog: MeasureDialog | None = None

        self.problems = QLabel(self)
        self.problems.setAccessibleName(translate("person.tabs.measures", "Instrument definitions that could not be used"))
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(WARN_STYLE)
        self.problems.hide()
        self.summary = QLabel(self)
        self.summary.setAccessibleName(translate("person.tabs.measures", "Measures summary"))
        self.summary.setWordWrap(True)
        self.record_button = QPushButton(translate("person.tabs.measures", "Record me&asures… (Ctrl+Shift+M)"), self)
        self.record_button.setAccessibleName(translate("person.tabs.measures", "Record measures"))
        self.correct_button = QPushButton(translate("person.tabs.measures", "Correct answers… (Enter)"), self)
        self.correct_button.setAccessibleName(translate("person.tabs.measures", "Correct the selected answers"))
        self.record_button.clicked.connect(self.record)
        self.correct_button.clicked.connect(self.correct)
        self.tree = WrappingTree(self)
        self.tree.setAccessibleName(translate("person.tabs.measures", "Measures recorded"))
        self.tree.setHeaderLabels([translate("person.tabs.measures", column) for column in COLUMNS])
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()  # the answers always in view; a long question wraps instead
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(lambda *_: self.correct())
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self._enable()

    # --- loading
    def show_episode(self, episode: EpisodeView | None) -> None:
        """The referral picked in the record, as loaded."""
        self.episode = episode
        if episode is None:
            self.views = []
            self._fill()
            return
        self.runner.op(load_measures, self.core, episode.id, self.instruments).success(
            lambda found, eid=episode.id: self._loaded(eid, found)).owned_by(self).run()

    def _loaded(self, episode_id: str, found: tuple[InstrumentSet, list[MeasureView]]) -> None:
        self.instruments, views = found
        if self.episode is None or self.episode.id != episode_id:
            return  # another referral was picked meanwhile
        self.views = views
        say(self.problems, "\n".join(self.instruments.problems))
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        baselines = {v.instrument: v for v in self.views if v.timepoint == "baseline"}
        for view in self.views:
            # Date, measure and timepoint on one line across the whole width; the scores below it.
            top = QTreeWidgetItem([translate("person.tabs.measures", "{date}  {measure}: {timepoint}").format(
                date=show_date(view.taken_at), measure=view.instrument_name,
                timepoint=TIMEPOINT_LABELS.get(view.timepoint, view.timepoint).lower()), "", ""])
            top.setData(0, Qt.ItemDataRole.UserRole, view.id)
            base = baselines.get(view.instrument)
            definition = (self.instruments.get(view.instrument)
                          if self.instruments is not None and view.instrument in self.instruments else None)
            for score in view.scores:
                lower = " " + translate("person.tabs.measures", "(lower is better)")
                label = score.label + (lower if score.better == "lower" else "")
                answer = translate("person.tabs.measures", "not answered") if score.value is None else f"{score.value:g}"
                if score.value is not None and score.band:
                    answer += f" ({score.band})"
                change = ""
                if base is not None and base is not view and score.value is not None:
                    before = next((s.value for s in base.scores if s.id == score.id), None)
                    if before is not None:
                        change = describe_change(round(score.value - before, 2), score.better)
                child = QTreeWidgetItem([label, answer, change])
                child.setData(0, Qt.ItemDataRole.UserRole, view.id)
                top.addChild(child)
            if definition is None:
                top.addChild(QTreeWidgetItem([
                    translate("person.tabs.measures", "(this measure's definition is no longer loaded)"), "", ""]))
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            top.setExpanded(True)
        for column in range(1, len(COLUMNS)):
            self.tree.resizeColumnToContents(column)
        if self.episode is None:
            self.summary.setText(translate("person.tabs.measures",
                                           "No referral yet: measures are recorded on a referral."))
        elif not self.views:
            self.summary.setText(translate("person.tabs.measures", "No measures recorded on this referral yet. "
                                           "The baseline is taken at the what matters conversation."))
        else:
            self.summary.setText(translate("person.tabs.measures", "{count} recorded on this referral. Changes are "
                                           "from the baseline; for anxiety and loneliness a fall is better.")
                                 .format(count=len(self.views)))
        self._enable()

    def _enable(self) -> None:
        self.record_button.setEnabled(self.episode is not None and self.episode.status != "closed")
        self.correct_button.setEnabled(bool(self.views))

    # --- recording and correcting
    def suggested_timepoint(self, instrument: str = "ons4") -> str:
        has_baseline = any(v.instrument == instrument and v.timepoint == "baseline" for v in self.views)
        return suggest_timepoint(self.episode.status if self.episode else None, has_baseline)

    def selected(self) -> MeasureView | None:
        item = self.tree.currentItem()
        found = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((v for v in self.views if v.id == found), None)

    def record(self, closing: bool = False) -> None:
        """The form, at the suggested timepoint; ``closing``: the closing measures, asked for while closing."""
        if self.episode is None or self.instruments is None or self.episode.status == "closed":
            return
        timepoint = "closure" if closing and self.suggested_timepoint() != "baseline" else self.suggested_timepoint()
        self._open(MeasureDialog(self.core, self.runner, self.episode.id, self.instruments, self,
                                 timepoint=timepoint))

    def correct(self) -> None:
        view = self.selected()
        if view is None and self.views:
            view = self.views[-1]
        if self.episode is None or self.instruments is None or view is None:
            return
        if view.instrument not in self.instruments:
            say(self.problems, translate("person.tabs.measures", "The answers to {measure} cannot be corrected: "
                                         "its definition is no longer loaded.").format(measure=view.instrument_name))
            return
        self._open(MeasureDialog(self.core, self.runner, self.episode.id, self.instruments, self,
                                 correcting=view))

    def _open(self, dialog: MeasureDialog) -> None:
        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.changes is not None:
                self.changed.emit(dialog.changes)
                if self.episode is not None:
                    self.show_episode(self.episode)
            dialog.deleteLater()
            self.dialog = None

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()
