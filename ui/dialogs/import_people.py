"""Import people from a spreadsheet: choose a CSV or Excel file, say which column holds what
(guessed from the headings), look at a preview, check it, then import on the worker with progress
and Cancel. Nothing changes until the import finishes; a cancel or an error changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import IMPORT_FIELD_LABELS as FIELD_LABELS
from app.core import IMPORT_FIELDS as FIELDS
from app.core import IMPORT_REQUIRED as REQUIRED
from app.core import Changes, Linkwell, guess_mapping
from app.core import PeopleImportReport as ImportReport
from app.core import Sheet as Table
from app.errors import LinkwellError
from app.i18n import translate
from ui.runner import Runner
from ui.widgets.common import on_screen

PREVIEW_ROWS = 8


def not_in_file() -> str:
    """The column choice for a field the spreadsheet does not have."""
    return translate("dialogs.import_people", "(not in the file)")


def practices_sentence(dry_run: bool, names: list[str]) -> str:
    """The practices an import adds (or would add), as a sentence."""
    joined = ", ".join(names)
    if dry_run:
        if len(names) > 1:
            return translate("dialogs.import_people", "Would add the practices {names}.").format(names=joined)
        return translate("dialogs.import_people", "Would add the practice {names}.").format(names=joined)
    if len(names) > 1:
        return translate("dialogs.import_people", "Added the practices {names}.").format(names=joined)
    return translate("dialogs.import_people", "Added the practice {names}.").format(names=joined)


class ImportPeopleDialog(QDialog):
    imported = Signal(object)  # Changes, after a real import
    table_loaded = Signal()
    finished_run = Signal(object)  # the ImportReport (or the LinkwellError)

    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner = core, runner
        self.table: Table | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(translate("dialogs.import_people", "Import people from a spreadsheet"))
        self.setAccessibleName(translate("dialogs.import_people", "Import people from a spreadsheet"))

        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        self.path.setAccessibleName(translate("dialogs.import_people", "Spreadsheet file"))
        self.path.setPlaceholderText(translate("dialogs.import_people", "A .csv or .xlsx file with one person per row"))
        self.choose = QPushButton(translate("dialogs.import_people", "&Choose file…"), self)
        self.choose.setAccessibleName(translate("dialogs.import_people", "Choose a spreadsheet file"))
        self.choose.clicked.connect(self._choose)
        file_row = QHBoxLayout()
        file_label = QLabel(translate("dialogs.import_people", "&File:"), self)
        file_label.setBuddy(self.choose)
        file_row.addWidget(file_label)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)

        self.columns: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in FIELDS:
            combo = QComboBox(self)
            label = FIELD_LABELS[field]
            if field in REQUIRED:
                label = translate("dialogs.import_people", "{field} (needed)").format(field=label)
            combo.setAccessibleName(translate("dialogs.import_people", "Column for {field}").format(field=FIELD_LABELS[field]))
            combo.addItem(not_in_file(), "")
            combo.currentIndexChanged.connect(self._preview)
            combo.setEnabled(False)
            form.addRow(label + ":", combo)
            self.columns[field] = combo

        self.preview = QTableWidget(0, 0, self)
        self.preview.setAccessibleName(translate("dialogs.import_people", "Preview of the first rows as they will be read"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.result = QPlainTextEdit(self)
        self.result.setReadOnly(True)
        self.result.setAccessibleName(translate("dialogs.import_people", "What the import found"))
        self.result.setPlaceholderText(translate("dialogs.import_people", "Choose a file, check the columns, then Check or Import."))
        self.result.setTabChangesFocus(True)

        buttons = QDialogButtonBox(self)
        self.check_button = buttons.addButton(translate("dialogs.import_people", "Chec&k without importing"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = buttons.addButton(translate("dialogs.import_people", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.check_button.setAccessibleName(translate("dialogs.import_people", "Check the file without importing"))
        self.import_button.setAccessibleName(translate("dialogs.import_people", "Import the people"))
        self.close_button.setAccessibleName(translate("dialogs.import_people", "Close"))
        for button in (self.check_button, self.import_button):
            button.setEnabled(False)
        self.check_button.clicked.connect(lambda: self.run_import(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run_import(dry_run=False))
        self.close_button.clicked.connect(self.reject)

        columns = QHBoxLayout()
        columns.addLayout(form, 0)
        right = QVBoxLayout()
        preview_label = QLabel(translate("dialogs.import_people", "Pre&view:"), self)
        preview_label.setBuddy(self.preview)
        right.addWidget(preview_label)
        right.addWidget(self.preview, 2)
        result_label = QLabel(translate("dialogs.import_people", "&Result:"), self)
        result_label.setBuddy(self.result)
        right.addWidget(result_label)
        right.addWidget(self.result, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(self.sizeHint())  # Qt's own first size stops at 2/3 of the screen

    def natural_size(self) -> QSize:
        """Room for its lists and sentences at the text size in use; ``sizeHint`` keeps it on the screen."""
        metrics = self.fontMetrics()
        return QSize(130 * metrics.averageCharWidth(), 34 * metrics.height()).expandedTo(super().sizeHint())

    def sizeHint(self) -> QSize:
        return on_screen(self.natural_size(), self)

    # --- choosing and reading the file --------------------------------------------------------

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("dialogs.import_people", "Choose a spreadsheet"), str(Path.home()),
            translate("dialogs.import_people", "Spreadsheets (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)"))
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        self.path.setText(str(path))
        self.result.setPlainText(translate("dialogs.import_people", "Reading the file…"))
        self._runner.op(self._core.caseload.read_sheet, path).success(self._loaded).failure(self._failed) \
            .owned_by(self).run()

    def _loaded(self, table: Table) -> None:
        self.table = table
        guessed = guess_mapping(table.headers)
        for field, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(not_in_file(), "")
            for heading in table.headers:
                if heading:
                    combo.addItem(heading, heading)
            combo.setCurrentIndex(max(combo.findData(guessed.get(field, "")), 0))
            combo.setEnabled(True)
            combo.blockSignals(False)
        rows = len(table.rows)
        if rows == 1:
            found = translate("dialogs.import_people", "1 row to read. Columns were matched by their headings; change any that are "
                              "wrong, then Check or Import.")
        else:
            found = translate("dialogs.import_people", "{count} rows to read. Columns were matched by their headings; change any "
                              "that are wrong, then Check or Import.").format(count=rows)
        self.result.setPlainText(found)
        self._preview()
        self.table_loaded.emit()

    def mapping(self) -> dict[str, str]:
        return {f: c.currentData() for f, c in self.columns.items() if c.currentData()}

    def _preview(self) -> None:
        if self.table is None:
            return
        mapping = self.mapping()
        fields = [f for f in FIELDS if f in mapping]
        self.preview.clear()
        self.preview.setColumnCount(len(fields))
        self.preview.setHorizontalHeaderLabels([FIELD_LABELS[f] for f in fields])
        rows = self.table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([translate("dialogs.import_people", "line {line}").format(line=line) for line, _ in rows])
        index = {h: i for i, h in enumerate(self.table.headers)}
        for r, (_, cells) in enumerate(rows):
            for c, field in enumerate(fields):
                i = index[mapping[field]]
                self.preview.setItem(r, c, QTableWidgetItem(cells[i] if i < len(cells) else ""))
        ready = all(f in mapping for f in REQUIRED)
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        if not ready:
            self.result.setPlainText(translate("dialogs.import_people", "Choose the columns that hold the given name and the family name."))

    # --- importing ----------------------------------------------------------------------------

    def run_import(self, *, dry_run: bool) -> None:
        if self.table is None:
            return
        self.result.setPlainText(translate("dialogs.import_people", "Checking…") if dry_run else translate("dialogs.import_people", "Importing…"))
        for button in (self.check_button, self.import_button):
            button.setEnabled(False)
        label = translate("dialogs.import_people", "Checking the spreadsheet…") if dry_run else translate("dialogs.import_people", "Importing people…")
        (
            self._runner.op(self._core.caseload.import_people, self.table, mapping=self.mapping(),
                            dry_run=dry_run)
            .with_progress(label)
            .success(self._done)
            .failure(self._failed)
            .owned_by(self)
            .run()
        )

    def _done(self, report: ImportReport) -> None:
        self.report = report
        lines = [report.sentence()]
        if report.practices_added:
            lines.append(practices_sentence(report.dry_run, report.practices_added))
        for heading, rows in (
                (translate("dialogs.import_people", "Rows left out (fix them in the spreadsheet and import those rows again):"),
                 report.rejected),
                (translate("dialogs.import_people", "Rows set aside for you to check (nothing from them was imported):"), report.to_check),
                (translate("dialogs.import_people", "Rows imported with a change:"), report.warnings)):
            if rows:
                lines += ["", heading]
                lines += [translate("dialogs.import_people", "Line {line}, {field}: {problem}").format(
                    line=r.line, field=FIELD_LABELS.get(r.field, r.field), problem=r.message) for r in rows]
        self.result.setPlainText("\n".join(lines))
        self._enable()
        if not report.dry_run:
            self.import_button.setEnabled(False)  # once is enough; a second run would match all
            self.imported.emit(Changes(person_ids=frozenset(report.person_ids), caseload=True))
        self.finished_run.emit(report)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, LinkwellError):
            self._enable()
            self._runner.report(error, self)
            return
        self.result.setPlainText(str(error))
        self._enable()
        self.finished_run.emit(error)

    def _enable(self) -> None:
        ready = self.table is not None and all(f in self.mapping() for f in REQUIRED)
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)

    def keyPressEvent(self, event: object) -> None:  # Enter must not import by accident
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
