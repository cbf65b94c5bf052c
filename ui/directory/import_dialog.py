"""Open Referral import in the window: a file or a feed URL, a dry run first (what would be added,
updated, left unchanged and rejected, with reasons), then the import on the runner with a progress
bar and Cancel. The import is one transaction, so Cancel changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import Changes, ImportReport, Linkwell
from app.errors import LinkwellError
from app.i18n import translate
from ui.runner import Progress, Runner
from ui.widgets.common import on_screen


def counts(report: ImportReport) -> dict[str, int]:
    """The numbers the sentences about an import fill in."""
    return {"added": report.added, "updated": report.updated, "unchanged": report.unchanged,
            "rejected": len(report.rejected), "warnings": len(report.warnings)}


class ImportDirectoryDialog(QDialog):
    imported = Signal(object)  # Changes
    checked = Signal()  # the dry run's summary is showing
    finished_import = Signal(str)  # the closing sentence

    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner = core, runner
        self.progress: Progress | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(translate("directory.import_dialog", "Import services (Open Referral)"))
        self.setAccessibleName(translate("directory.import_dialog", "Import services from Open Referral"))
        intro = QLabel(translate("directory.import_dialog", "Choose an Open Referral file (ORUK or HSDS 3.0: JSON, NDJSON or a CSV package) "
                         "or type a feed's web address. Linkwell checks it first and changes nothing until "
                         "you press Import."), self)
        intro.setWordWrap(True)
        self.source = QLineEdit(self)
        self.source.setAccessibleName(translate("directory.import_dialog", "File or feed address"))
        self.source.setPlaceholderText(translate("directory.import_dialog", "A file, or https://… for a feed"))
        self.source.textChanged.connect(self._source_changed)
        label = QLabel(translate("directory.import_dialog", "&File or feed:"), self)
        label.setBuddy(self.source)
        self.browse = QPushButton(translate("directory.import_dialog", "&Browse…"), self)
        self.browse.setAccessibleName(translate("directory.import_dialog", "Choose a file"))
        self.browse.clicked.connect(self._browse)
        self.check_button = QPushButton(translate("directory.import_dialog", "&Check (nothing is saved)"), self)
        self.check_button.setAccessibleName(translate("directory.import_dialog", "Check the file without saving"))
        self.check_button.clicked.connect(self.check)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("directory.import_dialog", "What the import would do"))
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(translate("directory.import_dialog", "Rejected records and warnings, with reasons"))
        # Each reason wraps onto as many lines as it needs: read whole, never cut nor scrolled sideways.
        self.problems.setWordWrap(True)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems.setResizeMode(QListView.ResizeMode.Adjust)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setAlternatingRowColors(True)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(translate("directory.import_dialog", "Import progress"))
        self.bar.hide()
        self.import_button = QPushButton(translate("directory.import_dialog", "&Import"), self)
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton(translate("directory.import_dialog", "Cancel"), self)
        self.cancel_button.setAccessibleName(translate("directory.import_dialog", "Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(translate("directory.import_dialog", "Close"), self)
        self.close_button.clicked.connect(self.reject)
        self._poll = QTimer(self, interval=100)
        self._poll.timeout.connect(self._show_progress)
        row = QHBoxLayout()
        row.addWidget(self.source, 1)
        row.addWidget(self.browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.cancel_button.setEnabled(False)
        self.resize(self.sizeHint())  # Qt's own first size stops at 2/3 of the screen

    def natural_size(self) -> QSize:
        """Room for its lists and sentences at the text size in use; ``sizeHint`` keeps it on the screen."""
        metrics = self.fontMetrics()
        return QSize(100 * metrics.averageCharWidth(), 26 * metrics.height()).expandedTo(super().sizeHint())

    def sizeHint(self) -> QSize:
        return on_screen(self.natural_size(), self)

    def _source_changed(self) -> None:
        self.report = None
        self.import_button.setEnabled(False)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("directory.import_dialog", "Choose an Open Referral file"), str(Path.home()),
            translate("directory.import_dialog", "Open Referral files (*.json *.ndjson *.jsonl *.zip *.csv);;All files (*)"))
        if path:
            self.source.setText(path)
            self.check()

    def _target(self) -> str:
        return self.source.text().strip()

    def check(self) -> None:
        target = self._target()
        if not target:
            self.summary.setText(translate("directory.import_dialog", "Choose a file or type a feed's web address first."))
            return
        self.summary.setText(translate("directory.import_dialog", "Checking…"))
        self.problems.clear()
        self._run(target, dry_run=True)

    def start_import(self) -> None:
        target = self._target()
        if target:
            self.summary.setText(translate("directory.import_dialog", "Importing…"))
            self._run(target, dry_run=False)

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
            self.summary.setText(translate("directory.import_dialog", "Cancelling…"))

    def _run(self, target: str, *, dry_run: bool) -> None:
        self.progress = Progress()
        self.bar.setRange(0, 0)
        self.bar.show()
        self._poll.start()
        for widget in (self.check_button, self.import_button, self.browse, self.source):
            widget.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._runner.op(self._core.directory.import_feed, target, dry_run=dry_run, progress=self.progress).success(
            lambda report: self._done(report, dry_run)).failure(self._failed).owned_by(self).run()

    def _show_progress(self) -> None:
        if self.progress is None:
            return
        done, total, label = self.progress.snapshot()
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if label and not self.progress.cancelled:
            self.summary.setText(translate("directory.import_dialog", "{step}…").format(step=label))

    def _settle(self) -> None:
        self._poll.stop()
        self.bar.hide()
        self.progress = None
        self.cancel_button.setEnabled(False)
        for widget in (self.check_button, self.browse, self.source):
            widget.setEnabled(True)

    def _done(self, report: ImportReport, dry_run: bool) -> None:
        self._settle()
        self.problems.clear()
        for problem in report.rejected:
            self.problems.addItem(translate("directory.import_dialog", "Rejected: {problem}").format(problem=problem))
        for problem in report.warnings:
            self.problems.addItem(translate("directory.import_dialog", "Warning: {problem}").format(problem=problem))
        if dry_run:
            self.report = report
            self.summary.setText(translate("directory.import_dialog", "This would give: {added} to add, {updated} to update, {unchanged} unchanged, "
                                   "{rejected} rejected, {warnings} warnings. Nothing has been saved yet; "
                                   "press Import to bring it in.").format(**counts(report)))
            self.import_button.setEnabled(bool(report.added or report.updated or report.flagged))
            if not self.import_button.isEnabled():
                self.summary.setText(translate("directory.import_dialog", "{added} to add, {updated} to update, {unchanged} unchanged, {rejected} "
                                       "rejected, {warnings} warnings: there is nothing new to import.").format(
                    **counts(report)))
            self.checked.emit()
            return
        sentence = (translate("directory.import_dialog", "Imported: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected "
                      "(listed below).") if report.rejected else
                    translate("directory.import_dialog", "Imported: {added} added, {updated} updated, {unchanged} unchanged.")).format(**counts(report))
        self.summary.setText(sentence)
        self.import_button.setEnabled(False)
        self.imported.emit(report.changes if report.changes.directory else Changes(directory=True))
        self.finished_import.emit(sentence)

    def _failed(self, error: BaseException) -> None:
        self._settle()
        self.import_button.setEnabled(self.report is not None)
        if isinstance(error, LinkwellError):
            self.summary.setText(str(error))
            self.finished_import.emit(str(error))
        else:
            self.summary.setText(translate("directory.import_dialog", "The import could not finish; the directory is as it was before."))
            self._runner.report(error, self)
            self.finished_import.emit(self.summary.text())
