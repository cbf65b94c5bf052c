"""Record a questionnaire (ONS4, UCLA-3, or any instrument an organisation loaded) on a referral, or
correct one recorded by mistake. The form is built from the instrument definition: its introduction,
each question word for word, and its answers; nothing about a particular measure is written here."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.core import Changes, Linkwell, MeasureView
from app.domain.instruments import TIMEPOINTS, Instrument, InstrumentSet, Item
from app.i18n import translate
from ui.outcomes.answer_picker import AnswerPicker
from ui.widgets.common import WARN_STYLE, message_label, parse_date, say, say_failure, show_date
from ui.runner import Runner


def timepoint_labels() -> dict[str, str]:
    """Timepoint code -> what a person reads, in the language in use."""
    return {
        "baseline": translate("outcomes.measure_dialog", "Baseline (at the what matters conversation)"),
        "review": translate("outcomes.measure_dialog", "Review"),
        "closure": translate("outcomes.measure_dialog", "Closure"),
    }


class _TimepointLabels(Mapping[str, str]):
    """``timepoint_labels()`` looked up when read, so the language chosen at start is the one used."""

    def __getitem__(self, key: str) -> str:
        return timepoint_labels()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(timepoint_labels())

    def __len__(self) -> int:
        return len(timepoint_labels())


TIMEPOINT_LABELS: Mapping[str, str] = _TimepointLabels()


def suggest_timepoint(status: str | None, has_baseline: bool) -> str:
    """Baseline first; after it, a review, or closure once the referral is closed."""
    if not has_baseline:
        return "baseline"
    return "closure" if status == "closed" else "review"


def reads_the_other_way(instrument: Instrument, item: Item) -> bool:
    """True for a question where a lower answer is better while most of the instrument's scores
    count higher as better (ONS4 anxiety): the form says so next to it."""
    using = [s for s in instrument.scores if item.id in s.items]
    lower = sum(1 for s in instrument.scores if s.better == "lower")
    return bool(using) and all(s.better == "lower" for s in using) and lower * 2 < len(instrument.scores)


class MeasureDialog(QDialog):
    """Accepted once saved; ``changes`` holds what changed. ``correcting``: the response to put right."""

    def __init__(self, core: Linkwell, runner: Runner, episode_id: str, instruments: InstrumentSet,
                 parent: QWidget | None = None, *, timepoint: str = "baseline", instrument: str | None = None,
                 correcting: MeasureView | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner, self.episode_id = core, runner, episode_id
        self.instruments, self.correcting = instruments, correcting
        self.changes: Changes | None = None
        self.pickers: list[AnswerPicker] = []
        self.setWindowTitle(translate("outcomes.measure_dialog", "Correct recorded answers") if correcting else translate("outcomes.measure_dialog", "Record measures"))
        self.setAccessibleName(self.windowTitle())

        self.problems = QLabel(self)
        self.problems.setAccessibleName(translate("outcomes.measure_dialog", "Instrument definitions that could not be used"))
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(WARN_STYLE)
        say(self.problems, "\n".join(instruments.problems))
        self.instrument = QComboBox(self)
        self.instrument.setAccessibleName(translate("outcomes.measure_dialog", "Measure"))
        for i in instruments:
            self.instrument.addItem(i.name, i.id)
        self.timepoint = QComboBox(self)
        self.timepoint.setAccessibleName(translate("outcomes.measure_dialog", "Timepoint"))
        labels = timepoint_labels()
        for key in TIMEPOINTS:
            self.timepoint.addItem(labels.get(key, key), key)
        self.timepoint.setCurrentIndex(max(0, self.timepoint.findData(timepoint)))
        self.when = QLineEdit(show_date(clock.today()), self)
        self.when.setAccessibleName(translate("outcomes.measure_dialog", "Date the answers were given"))
        self.when.setPlaceholderText(translate("outcomes.measure_dialog", "DD/MM/YYYY"))
        form = QFormLayout()
        for text, field in ((translate("outcomes.measure_dialog", "&Measure:"), self.instrument), (translate("outcomes.measure_dialog", "&Timepoint:"), self.timepoint),
                            (translate("outcomes.measure_dialog", "&Date:"), self.when)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)

        self.introduction = QLabel(self)
        self.introduction.setAccessibleName(translate("outcomes.measure_dialog", "What to read out first"))
        self.introduction.setWordWrap(True)
        self.questions = QWidget(self)
        self.questions.setAccessibleName(translate("outcomes.measure_dialog", "Questions"))
        self.questions_layout = QVBoxLayout(self.questions)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.questions)
        scroll.setAccessibleName(translate("outcomes.measure_dialog", "Questions"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from question to question, not to the frame
        self.message = message_label(self, translate("outcomes.measure_dialog", "Measures message"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addLayout(form)
        layout.addWidget(self.introduction)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.instrument.currentIndexChanged.connect(lambda _i: self._build_questions())

        chosen = correcting.instrument if correcting else instrument
        if chosen is not None and self.instrument.findData(chosen) >= 0:
            self.instrument.setCurrentIndex(self.instrument.findData(chosen))
        self._build_questions()
        if correcting is not None:
            self.timepoint.setCurrentIndex(max(0, self.timepoint.findData(correcting.timepoint)))
            self.when.setText(show_date(correcting.taken_at.date()))
            for w in (self.instrument, self.timepoint, self.when):
                w.setEnabled(False)
            for picker in self.pickers:
                picker.set_value(correcting.answers.get(picker.item.id))
        self.resize(self.sizeHint().width() + 200, 640)

    @property
    def definition(self) -> Instrument | None:
        key = self.instrument.currentData()
        return self.instruments.get(key) if key else None

    def _build_questions(self) -> None:
        for picker in self.pickers:
            picker.setParent(None)
        while self.questions_layout.count():
            child = self.questions_layout.takeAt(0)
            if child.widget() is not None:
                child.widget().deleteLater()
        self.pickers = []
        definition = self.definition
        if definition is None:
            say(self.message, translate("outcomes.measure_dialog", "No measures can be recorded: there is no instrument definition to use."))
            return
        say(self.introduction, definition.introduction)
        previous: QWidget = self.when
        for number, item in enumerate(definition.items, 1):
            numbered = translate("outcomes.measure_dialog", "{number}. {question}") if item.required else translate("outcomes.measure_dialog", "{number}. {question} (optional)")
            text = numbered.format(number=number, question=item.text)
            question = QLabel(text, self.questions)
            question.setWordWrap(True)
            font = question.font()
            font.setBold(True)
            question.setFont(font)
            picker = AnswerPicker(item, self.questions)
            question.setBuddy(picker)
            picker.setAccessibleName(translate("outcomes.measure_dialog", "{number}. {question}").format(number=number, question=item.text))
            self.questions_layout.addWidget(question)
            if reads_the_other_way(definition, item):
                note = QLabel(translate("outcomes.measure_dialog", "This one reads the other way: a lower number is better."), self.questions)
                note.setAccessibleName(translate("outcomes.measure_dialog", "Note on question {number}").format(number=number))
                note.setStyleSheet(WARN_STYLE)
                note.setWordWrap(True)
                self.questions_layout.addWidget(note)
            self.questions_layout.addWidget(picker)
            picker.show()  # at once, not on the next event loop turn: Tab must reach it straight away
            QWidget.setTabOrder(previous, picker)
            previous = picker
            self.pickers.append(picker)
        self.questions_layout.addStretch(1)
        QWidget.setTabOrder(previous, self.buttons)
        if self.pickers:
            self.pickers[0].setFocus()  # measure, timepoint and date come suggested: start on the questions

    def answers(self) -> dict[str, int]:
        return {p.item.id: value for p in self.pickers if (value := p.value()) is not None}

    def save(self) -> None:
        definition = self.definition
        if definition is None:
            return
        missing = [n for n, p in enumerate(self.pickers, 1) if p.item.required and p.value() is None]
        if missing:
            which = ", ".join(map(str, missing))
            say(self.message, translate("outcomes.measure_dialog", "Question {which} needs an answer.").format(which=which) if len(missing) == 1
                else translate("outcomes.measure_dialog", "Questions {which} need an answer.").format(which=which))
            self.pickers[missing[0] - 1].setFocus()
            return
        measures = self._core.measures.using(self.instruments)
        if self.correcting is not None:
            op = self._runner.op(measures.correct, self.correcting.id, self.answers())
        else:
            try:
                day = parse_date(self.when.text())
            except ValueError as exc:
                say(self.message, str(exc))
                self.when.setFocus()
                return
            if day is None:
                say(self.message, translate("outcomes.measure_dialog", "Type the date the answers were given, as DD/MM/YYYY."))
                self.when.setFocus()
                return
            taken = _moment(day)
            op = self._runner.op(measures.record, self.episode_id, definition.id, self.timepoint.currentData(),
                                 self.answers(), taken_at=taken)
        say(self.message, "")
        self.buttons.setEnabled(False)
        op.success(self._saved).failure(self._failed).owned_by(self).run()

    def _saved(self, changes: Changes) -> None:
        self.changes = changes
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        say_failure(self.message, self._runner, error, self)


def _moment(day: date) -> datetime:
    """Today: now; an earlier day: midday, so that it sorts after a baseline taken that morning."""
    now = clock.now()
    if day >= now.astimezone().date():
        return now
    return datetime.combine(day, time(12, 0)).astimezone(UTC)
