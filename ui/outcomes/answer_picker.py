"""One question's answer, picked by keyboard: number keys choose (1 then 0 gives 10 where 10 is an
answer), arrow keys step, Delete clears an optional answer, Tab moves on. The buttons are there for the
mouse and to show the choice; the picker itself takes the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.instruments import Item
from app.i18n import translate

FOCUS_STYLE = "AnswerPicker:focus { border: 2px solid palette(highlight); border-radius: 4px; }"
SCALE_COLUMNS = 11  # a 0 to 10 scale on one row; longer scales wrap


class AnswerPicker(QWidget):
    changed = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self._typed = ""
        self.setObjectName(f"answer_{item.id}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(FOCUS_STYLE)
        self.setAccessibleName(item.short or item.text)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QRadioButton] = {}
        scale = all(a.label == str(a.value) or a.label.startswith(f"{a.value} (") for a in item.answers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        if scale:
            grid = QGridLayout()
            for k, answer in enumerate(item.answers):
                button = self._button(answer.value, str(answer.value), answer.label)
                grid.addWidget(button, k // SCALE_COLUMNS, k % SCALE_COLUMNS)
            layout.addLayout(grid)
            ends = QHBoxLayout()
            low, high = item.answers[0].label, item.answers[-1].label
            ends.addWidget(QLabel(low, self))
            ends.addStretch(1)
            ends.addWidget(QLabel(high, self))
            layout.addLayout(ends)
        else:
            for answer in item.answers:
                layout.addWidget(self._button(answer.value, f"{answer.value}  {answer.label}", answer.label))
        self.group.buttonToggled.connect(self._toggled)

    def _button(self, value: int, text: str, name: str) -> QRadioButton:
        button = QRadioButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the picker keeps the focus; keys go to it
        button.setAccessibleName(name)
        self.group.addButton(button, value)
        self.buttons[value] = button
        return button

    # --- the value
    def value(self) -> int | None:
        checked = self.group.checkedButton()
        return self.group.id(checked) if checked is not None else None

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        elif value in self.buttons:
            self.buttons[value].setChecked(True)
        self._describe()

    def _toggled(self, _button: QAbstractButton, on: bool) -> None:
        if on:
            self._describe()
            self.changed.emit()

    def _describe(self) -> None:
        value = self.value()
        self.setAccessibleDescription(
            translate("outcomes.answer_picker", "Answer: {answer}").format(answer=self.item.label_for(value)) if value is not None
            else translate("outcomes.answer_picker", "No answer yet"))

    # --- the keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        values = [a.value for a in self.item.answers]
        if text.isdigit() and len(text) == 1:
            typed = self._typed + text
            if typed.isdigit() and int(typed) in values and len(typed) > 1:
                self._typed = ""
                self.set_value(int(typed))
                self.changed.emit()
            elif int(text) in values:
                # keep the digit in case the next one makes a larger answer (1 then 0 is 10)
                self._typed = text if any(str(v).startswith(text) and v >= 10 for v in values) else ""
                self.set_value(int(text))
            return
        self._typed = ""
        key = event.key()
        current = self.value()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Down):
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            k = values.index(current) + step if current is not None else (0 if step > 0 else len(values) - 1)
            self.set_value(values[max(0, min(len(values) - 1, k))])
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self.item.required:
            self.set_value(None)
            self.changed.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typed = ""
        super().focusOutEvent(event)
