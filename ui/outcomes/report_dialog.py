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
        self.setWindowTitle("Commissioner report")
        self.setAccessibleName(self.windowTitle())
        start, end = quarter_of(today or clock.today())
        folder = folder or Path.home()
        self.start = QLineEdit(show_date(start), self)
        self.start.setAccessibleName("First day of the report")
        self.start.setPlaceholderText("DD/MM/YYYY")
        self.end = QLineEdit(show_date(end), self)
        self.end.setAccessibleName("Last day of the report")
        self.end.setPlaceholderText("DD/MM/YYYY")
        self.practices = QListWidget(self)
        self.practices.setAccessibleName("Practices (none ticked: all practices)")
        self.practices.setMaximumHeight(self.fontMetrics().height() * 7)
        self.exact = QCheckBox("E&xact figures, for internal use only (no \"<5\")", self)
        self.exact.setAccessibleName("Exact figures, for internal use only")
        self.pdf = QLineEdit(str(folder / f"commissioner-report-{start:%Y-%m-%d}.pdf"), self)
        self.pdf.setAccessibleName("PDF file")
        self.csv = QLineEdit(self)
        self.csv.setAccessibleName("CSV file (optional)")
        self.csv.setPlaceholderText("Leave empty for no CSV")
        pdf_browse = QPushButton("Choose…", self)
        pdf_browse.setAccessibleName("Choose the PDF file")
        pdf_browse.clicked.connect(lambda: self._browse(self.pdf, "PDF (*.pdf)"))
        csv_browse = QPushButton("Choose…", self)
        csv_browse.setAccessibleName("Choose the CSV file")
        csv_browse.clicked.connect(lambda: self._browse(self.csv, "CSV (*.csv)"))

        form = QFormLayout()
        for text, field, extra in (("&From:", self.start, None), ("&To:", self.end, None),
                                   ("Pr&actices:", self.practices, None), ("", self.exact, None),
                                   ("&PDF:", self.pdf, pdf_browse), ("&CSV:", self.csv, csv_browse)):
            label = QLabel(text, self)
            label.setBuddy(field)
            if extra is None:
                form.addRow(label, field)
            else:
                row = QHBoxLayout()
                row.addWidget(field, 1)
                row.addWidget(extra)
                form.addRow(label, row)
        self.message = message_label(self, "Report message")
        self.outcome = QLabel(self)
        self.outcome.setAccessibleName("Report written")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.make = QPushButton("&Make report", self)
        self.make.setAccessibleName("Make the report")
        self.make.setDefault(True)
        self.make.clicked.connect(self.run)
        self.open_folder = QPushButton("Open &folder", self)
        self.open_folder.setAccessibleName("Open the folder the report is in")
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.hide()
        close = QPushButton("Close", self)
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
        chosen, _ = QFileDialog.getSaveFileName(self, "Save the report as", field.text() or str(Path.home()), kind)
        if chosen:
            field.setText(chosen)

    def _day(self, field: QLineEdit, what: str) -> date | None:
        try:
            day = parse_date(field.text())
        except ValueError as exc:
            say(self.message, f"The {what} date: {exc}")
            field.setFocus()
            return None
        if day is None:
            say(self.message, f"Type the {what} date of the report, as DD/MM/YYYY.")
            field.setFocus()
        return day

    def run(self) -> None:
        say(self.outcome, "")
        start = self._day(self.start, "first")
        end = self._day(self.end, "last") if start else None
        if start is None or end is None:
            return
        if end < start:
            say(self.message, f"The report ends ({show_date(end)}) before it starts ({show_date(start)}): "
                              "check the dates.")
            self.end.setFocus()
            return
        if not self.pdf.text().strip():
            say(self.message, "Choose where to save the PDF.")
            self.pdf.setFocus()
            return
        pdf = Path(self.pdf.text().strip()).expanduser()
        csv = Path(self.csv.text().strip()).expanduser() if self.csv.text().strip() else None
        for path in (pdf, csv):
            if path is not None and not path.parent.is_dir():
                say(self.message, f"The folder {path.parent} does not exist; choose another place to save.")
                return
        say(self.message, "")
        self.make.setEnabled(False)
        (self._runner.op(export_report, self._core, start, end, self.chosen_practices(), pdf, csv,
                         self.exact.isChecked())
         .with_progress("Making the commissioner report…").success(self._written).failure(self._failed)
         .owned_by(self).run())

    def _written(self, found: tuple[Report, int | None]) -> None:
        report, rows = found
        self.make.setEnabled(True)
        self.written = Path(self.pdf.text().strip()).expanduser()
        text = f"The report for {long_date(report.scope.start)} to {long_date(report.scope.end)} " \
               f"({report.scope.practice_label}) is in {self.written}"
        if rows is not None:
            text += f", and the CSV of {rows} referrals in {Path(self.csv.text().strip()).expanduser()}"
        text += "." + (" It shows exact figures: keep it inside the practice." if self.exact.isChecked() else "")
        say(self.outcome, text)
        self.open_folder.show()

    def _failed(self, error: BaseException) -> None:
        self.make.setEnabled(True)
        if isinstance(error, Cancelled):
            say(self.message, "Stopped before the report was finished: nothing more was written.")
            return
        if isinstance(error, OSError):
            say(self.message, f"The report could not be saved there ({error.strerror or error}). "
                              "Choose another place.")
            return
        say_failure(self.message, self._runner, error, self)

    def _open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))
