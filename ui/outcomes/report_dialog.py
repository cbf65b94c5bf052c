"""The commissioner report from the window: a period, some practices, exact figures or not, a PDF and
an optional CSV, written in the background with progress and Cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.core import Linkwell
from app.domain.report import Report
from app.i18n import translate
from ui.outcomes.dashboard import long_date, quarter_of
from ui.widgets.common import message_label, parse_date, say, say_failure, show_date
from ui.runner import Cancelled, Progress, Runner


def export_report(core: Linkwell, start: date, end: date, practices: list[str], pdf: Path, csv: Path | None,
                  exact: bool, *, progress: Progress) -> tuple[Report, int | None]:
    """On the worker: ``core.reports.export_counted`` (the files, and the number of referrals in the
    CSV), or ``Cancelled`` when the person pressed Cancel."""
    written = core.reports.export_counted(start, end, practices, pdf=pdf, csv=csv, exact=exact, progress=progress)
    if written is None:
        raise Cancelled()
    return written


class ReportDialog(QDialog):
    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None, *,
                 today: date | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner = core, runner
        self.written: Path | None = None
        self.setWindowTitle(translate("outcomes.report_dialog", "Commissioner report"))
        self.setAccessibleName(self.windowTitle())
        start, end = quarter_of(today or clock.today())
        folder = folder or Path.home()
        self.start = QLineEdit(show_date(start), self)
        self.start.setAccessibleName(translate("outcomes.report_dialog", "First day of the report"))
        self.start.setPlaceholderText(translate("outcomes.report_dialog", "DD/MM/YYYY"))
        self.end = QLineEdit(show_date(end), self)
        self.end.setAccessibleName(translate("outcomes.report_dialog", "Last day of the report"))
        self.end.setPlaceholderText(translate("outcomes.report_dialog", "DD/MM/YYYY"))
        self.practices = QListWidget(self)
        self.practices.setAccessibleName(translate("outcomes.report_dialog", "Practices (none ticked: all practices)"))
        self.practices.setMaximumHeight(self.fontMetrics().height() * 7)
        self.exact = QCheckBox(translate("outcomes.report_dialog", "E&xact figures, for internal use only (no \"<5\")"), self)
        self.exact.setAccessibleName(translate("outcomes.report_dialog", "Exact figures, for internal use only"))
        named = translate("outcomes.report_dialog", "commissioner-report-{date}.pdf").format(date=f"{start:%Y-%m-%d}")
        self.pdf = QLineEdit(str(folder / named), self)
        self.pdf.setAccessibleName(translate("outcomes.report_dialog", "PDF file"))
        self.csv = QLineEdit(self)
        self.csv.setAccessibleName(translate("outcomes.report_dialog", "CSV file (optional)"))
        self.csv.setPlaceholderText(translate("outcomes.report_dialog", "Leave empty for no CSV"))
        pdf_browse = QPushButton(translate("outcomes.report_dialog", "Choose…"), self)
        pdf_browse.setAccessibleName(translate("outcomes.report_dialog", "Choose the PDF file"))
        pdf_browse.clicked.connect(lambda: self._browse(self.pdf, translate("outcomes.report_dialog", "PDF (*.pdf)")))
        csv_browse = QPushButton(translate("outcomes.report_dialog", "Choose…"), self)
        csv_browse.setAccessibleName(translate("outcomes.report_dialog", "Choose the CSV file"))
        csv_browse.clicked.connect(lambda: self._browse(self.csv, translate("outcomes.report_dialog", "CSV (*.csv)")))

        form = QFormLayout()
        for text, field, extra in ((translate("outcomes.report_dialog", "&From:"), self.start, None), (translate("outcomes.report_dialog", "&To:"), self.end, None),
                                   (translate("outcomes.report_dialog", "Pr&actices:"), self.practices, None), ("", self.exact, None),
                                   (translate("outcomes.report_dialog", "&PDF:"), self.pdf, pdf_browse), (translate("outcomes.report_dialog", "&CSV:"), self.csv, csv_browse)):
            label = QLabel(text, self)
            label.setBuddy(field)
            if extra is None:
                form.addRow(label, field)
            else:
                row = QHBoxLayout()
                row.addWidget(field, 1)
                row.addWidget(extra)
                form.addRow(label, row)
        self.message = message_label(self, translate("outcomes.report_dialog", "Report message"))
        self.outcome = QLabel(self)
        self.outcome.setAccessibleName(translate("outcomes.report_dialog", "Report written"))
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.make = QPushButton(translate("outcomes.report_dialog", "&Make report"), self)
        self.make.setAccessibleName(translate("outcomes.report_dialog", "Make the report"))
        self.make.setDefault(True)
        self.make.clicked.connect(self.run)
        self.open_folder = QPushButton(translate("outcomes.report_dialog", "Open &folder"), self)
        self.open_folder.setAccessibleName(translate("outcomes.report_dialog", "Open the folder the report is in"))
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.hide()
        close = QPushButton(translate("outcomes.report_dialog", "Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.make)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.resize(640, self.sizeHint().height())
        runner.op(core.reports.practice_choices).success(self._practices).owned_by(self).run()

    def _practices(self, choices: list[tuple[str, str]]) -> None:
        for code, label in choices:
            item = QListWidgetItem(label, self.practices)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def chosen_practices(self) -> list[str]:
        return [self.practices.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.practices.count())
                if self.practices.item(i).checkState() == Qt.CheckState.Checked]

    def _browse(self, field: QLineEdit, kind: str) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, translate("outcomes.report_dialog", "Save the report as"), field.text() or str(Path.home()), kind)
        if chosen:
            field.setText(chosen)

    def _day(self, field: QLineEdit, *, first: bool) -> date | None:
        try:
            day = parse_date(field.text())
        except ValueError as exc:
            wrong = translate("outcomes.report_dialog", "The first date: {problem}") if first else translate("outcomes.report_dialog", "The last date: {problem}")
            say(self.message, wrong.format(problem=exc))
            field.setFocus()
            return None
        if day is None:
            say(self.message, translate("outcomes.report_dialog", "Type the first date of the report, as DD/MM/YYYY.") if first
                else translate("outcomes.report_dialog", "Type the last date of the report, as DD/MM/YYYY."))
            field.setFocus()
        return day

    def run(self) -> None:
        say(self.outcome, "")
        start = self._day(self.start, first=True)
        end = self._day(self.end, first=False) if start else None
        if start is None or end is None:
            return
        if end < start:
            say(self.message, translate("outcomes.report_dialog", "The report ends ({end}) before it starts ({start}): check the dates.").format(
                end=show_date(end), start=show_date(start)))
            self.end.setFocus()
            return
        if not self.pdf.text().strip():
            say(self.message, translate("outcomes.report_dialog", "Choose where to save the PDF."))
            self.pdf.setFocus()
            return
        pdf = Path(self.pdf.text().strip()).expanduser()
        csv = Path(self.csv.text().strip()).expanduser() if self.csv.text().strip() else None
        for path in (pdf, csv):
            if path is not None and not path.parent.is_dir():
                say(self.message, translate("outcomes.report_dialog", "The folder {folder} does not exist; choose another place to save.").format(
                    folder=path.parent))
                return
        say(self.message, "")
        self.make.setEnabled(False)
        (self._runner.op(export_report, self._core, start, end, self.chosen_practices(), pdf, csv,
                         self.exact.isChecked())
         .with_progress(translate("outcomes.report_dialog", "Making the commissioner report…")).success(self._written).failure(self._failed)
         .owned_by(self).run())

    def _written(self, found: tuple[Report, int | None]) -> None:
        report, rows = found
        self.make.setEnabled(True)
        self.written = Path(self.pdf.text().strip()).expanduser()
        parts = {"start": long_date(report.scope.start), "end": long_date(report.scope.end),
                 "practices": report.scope.practice_label, "pdf": self.written}
        if rows is None:
            text = translate("outcomes.report_dialog", "The report for {start} to {end} ({practices}) is in {pdf}.").format(**parts)
        else:
            text = translate("outcomes.report_dialog", "The report for {start} to {end} ({practices}) is in {pdf}, and the CSV of "
                             "{count} referrals in {csv}.").format(
                count=rows, csv=Path(self.csv.text().strip()).expanduser(), **parts)
        if self.exact.isChecked():
            text += " " + translate("outcomes.report_dialog", "It shows exact figures: keep it inside the practice.")
        say(self.outcome, text)
        self.open_folder.show()

    def _failed(self, error: BaseException) -> None:
        self.make.setEnabled(True)
        if isinstance(error, Cancelled):
            say(self.message, translate("outcomes.report_dialog", "Stopped before the report was finished: nothing more was written."))
            return
        if isinstance(error, OSError):
            say(self.message, translate("outcomes.report_dialog", "The report could not be saved there ({problem}). Choose another place.").format(
                problem=error.strerror or error))
            return
        say_failure(self.message, self._runner, error, self)

    def _open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))
