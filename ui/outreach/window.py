"""The Outreach window: an outreach list's people in calling order, one line each with their phone and the
last attempt, a bar and words for the progress ("312 of 500 reached, 41 to try again today"); Enter on a line
opens the quick outcome form. Everything is read and written through ``core.outreach`` on the runner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import Changes, CohortSummary, Linkwell, OutreachProgress
from app.i18n import translate
from ui.models.call_model import CallListModel
from ui.outreach.from_caseload import FromCaseloadDialog
from ui.outreach.letters_dialog import OutreachLettersDialog
from ui.outreach.outcome_form import OutcomeForm
from ui.runner import Runner


class OutreachWindow(QMainWindow):
    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.runner = core, runner
        self.form: OutcomeForm | None = None
        self.letters: OutreachLettersDialog | None = None
        self.builder: FromCaseloadDialog | None = None
        self.setWindowTitle(translate("outreach.window", "Outreach calls"))
        self.setAccessibleName(translate("outreach.window", "Outreach calls"))
        central = QWidget(self)
        layout = QVBoxLayout(central)

        top = QHBoxLayout()
        label = QLabel(translate("outreach.window", "&List:"), central)
        self.lists = QComboBox(central)
        self.lists.setAccessibleName(translate("outreach.window", "Outreach list"))
        self.lists.setMinimumContentsLength(30)
        label.setBuddy(self.lists)
        top.addWidget(label)
        top.addWidget(self.lists, 1)
        self.import_button = QPushButton(translate("outreach.window", "&Import a list…"), central)
        self.import_button.setAccessibleName(translate("outreach.window", "Import a list from a GP system search"))
        self.import_button.clicked.connect(self.import_list)
        top.addWidget(self.import_button)
        self.build_button = QPushButton(translate("outreach.window", "&New list from the caseload…"), central)
        self.build_button.setAccessibleName(translate("outreach.window", "A new list of people on the caseload, by filters"))
        self.build_button.clicked.connect(self.build_from_caseload)
        top.addWidget(self.build_button)
        self.letters_button = QPushButton(translate("outreach.window", "Letters to &everyone…"), central)
        self.letters_button.setAccessibleName(translate("outreach.window", "Letters to everyone on the list, with support near them"))
        self.letters_button.clicked.connect(self.open_letters)
        top.addWidget(self.letters_button)
        layout.addLayout(top)
        share = QHBoxLayout()
        self.only_mine = QCheckBox(translate("outreach.window", "Only the people given to &me"), central)
        self.only_mine.setAccessibleName(translate("outreach.window", "Only the people given to me"))
        self.only_mine.toggled.connect(lambda _on: self._show_list())
        share.addWidget(self.only_mine)
        share.addStretch(1)
        self.share_button = QPushButton(translate("outreach.window", "Sha&re out between workers…"), central)
        self.share_button.setAccessibleName(translate("outreach.window", "Share out the people still to call between workers"))
        self.share_button.clicked.connect(self.share_out)
        share.addWidget(self.share_button)
        layout.addLayout(share)

        self.reason = QLabel("", central)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setAccessibleName(translate("outreach.window", "Why these people"))
        layout.addWidget(self.reason)
        self.words = QLabel(translate("outreach.window", "Loading…"), central)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setAccessibleName(translate("outreach.window", "Progress in words"))
        layout.addWidget(self.words)
        self.bar = QProgressBar(central)
        self.bar.setAccessibleName(translate("outreach.window", "People reached"))
        self.bar.setFormat(translate("outreach.window", "%v of %m reached"))
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        layout.addWidget(self.bar)

        self.model = CallListModel(runner, core.outreach.call_rows, self)
        self.table = QTableView(central)
        self.table.setAccessibleName(translate("outreach.window", "People to call, in calling order"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open_form)  # Enter or double-click
        layout.addWidget(self.table, 1)
        hint = QLabel(translate("outreach.window", "Enter on a person records what came of the call; Delete takes them off the list."), central)
        hint.setAccessibleName(translate("outreach.window", "How to record a call"))
        layout.addWidget(hint)
        self.setCentralWidget(central)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.take_off)

        self._cohorts: list[CohortSummary] = []
        self.lists.currentIndexChanged.connect(lambda _n: self._show_list())
        runner.changed.connect(self._on_changes)
        self.resize(900, 560)
        self.reload()

    # --- reading ------------------------------------------------------------------------------

    @property
    def cohort_id(self) -> str | None:
        data = self.lists.currentData()
        return str(data) if data else None

    def reload(self, keep: str | None = None) -> None:
        keep = keep or self.cohort_id
        self.runner.op(self.core.outreach.cohorts).success(lambda cohorts: self._fill(cohorts, keep)) \
            .owned_by(self).run()

    def _fill(self, cohorts: list[CohortSummary], keep: str | None) -> None:
        self._cohorts = cohorts
        self.lists.blockSignals(True)
        self.lists.clear()
        for c in cohorts:
            self.lists.addItem(c.name, c.id)
        at = next((n for n, c in enumerate(cohorts) if c.id == keep), 0)
        self.lists.setCurrentIndex(at if cohorts else -1)
        self.lists.blockSignals(False)
        if not cohorts:
            self.words.setText(translate("outreach.window", "No outreach lists yet: import one from a GP system search."))
            self.model.set_ids([])
            return
        self._show_list()

    def _show_list(self) -> None:
        cohort = self.cohort_id
        if cohort is None:
            return
        summary = next((c for c in self._cohorts if c.id == cohort), None)
        if summary is not None:
            self.reason.setText(translate("outreach.window", "Why: {reason}").format(reason=summary.reason) if summary.reason else "")
        self.runner.op(self._read, cohort).success(lambda got: self._show(cohort, *got)).owned_by(self).run()

    def _read(self, cohort: str) -> tuple[list[str], OutreachProgress]:
        worker = self.core.outreach.actor if self.only_mine.isChecked() else None
        return self.core.outreach.call_ids(cohort, worker=worker), self.core.outreach.progress(cohort)

    def _show(self, cohort: str, ids: list[str], progress: OutreachProgress) -> None:
        if cohort != self.cohort_id:
            return
        current = self.table.currentIndex()
        self.model.set_ids(ids)
        self._show_progress(progress)
        if ids:
            self.table.selectRow(min(max(current.row(), 0), len(ids) - 1))

    def _show_progress(self, progress: OutreachProgress) -> None:
        self.words.setText(progress.sentence())
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.reached)
        self.bar.setAccessibleDescription(progress.sentence())

    def _on_changes(self, changes: Changes, _origin: Any) -> None:
        if changes.outreach:
            self.reload()

    # --- recording ----------------------------------------------------------------------------

    def _open_form(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is None:
            return
        self.form = OutcomeForm(self.core, self.runner, row, self)
        self.form.recorded.connect(lambda changes: self.runner.broadcast(changes))
        self.form.open()

    def open_letters(self) -> None:
        cohort = self.cohort_id
        if cohort is None:
            self.statusBar().showMessage(translate("outreach.window", "Import a list first."), 10000)
            return
        from ui.letters.output import documents_folder

        self.letters = OutreachLettersDialog(self.core, self.runner, cohort, self.lists.currentText(),
                                             documents_folder(), self)
        self.letters.done.connect(lambda said: self.statusBar().showMessage(said, 15000))
        self.letters.open()

    def build_from_caseload(self) -> None:
        self.builder = FromCaseloadDialog(self.core, self.runner, self)
        self.builder.created.connect(lambda changes: self.reload(keep=changes.created_id))
        self.builder.open()

    def take_off(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return
        answer = QMessageBox.question(
            self, translate("outreach.window", "Take off the list"),
            translate("outreach.window", "Take {name} off this list, with the calls made to them? Their caseload record, if any, "
              "stays.").format(name=row.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.runner.op(self.core.outreach.remove, row.id).success(
            lambda changes: (self.statusBar().showMessage(translate("outreach.window", "{name} is off the list.").format(name=row.name), 10000),
                             self.runner.broadcast(changes))).owned_by(self).run()

    def share_out(self) -> None:
        cohort = self.cohort_id
        if cohort is None:
            return
        names, ok = QInputDialog.getText(
            self, translate("outreach.window", "Share out the list"), translate("outreach.window", "Share the people still to call between (names, separated by commas):"))
        workers = [n.strip() for n in names.split(",") if n.strip()]
        if not ok or not workers:
            return
        self.runner.op(self.core.outreach.split, cohort, workers).success(
            lambda _c: self.statusBar().showMessage(
                translate("outreach.window", "Shared out between {names}.").format(names=", ".join(workers)), 15000)).owned_by(
            self).run()

    def import_list(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("outreach.window", "Import an outreach list"), "",
                                              translate("outreach.window", "GP system search export (*.csv *.xlsx)"))
        if not path:
            return
        name, ok = QInputDialog.getText(self, translate("outreach.window", "Name the list"), translate("outreach.window", "What is this list called?"))
        if not ok or not name.strip():
            return
        reason, _ = QInputDialog.getText(self, translate("outreach.window", "Why these people"), translate("outreach.window", "Why were these people chosen?"))
        self.runner.op(self.core.outreach.import_people, path, name=name, reason=reason).with_progress(
            translate("outreach.window", "Importing the list…")).success(self._imported).owned_by(self).run()

    def _imported(self, report: Any) -> None:
        self.statusBar().showMessage(report.sentence(), 15000)
        self.reload(keep=report.cohort_id)
