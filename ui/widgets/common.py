"""Small pieces the screens share (person, directory, outcomes, dialogs): dates, labels, errors."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from app import clock
from app.core import load_json_resource, reference_labels, snomed_term
from app.i18n import short_date, translate

ERROR_COLOUR = "#b00020"  # dark red, readable on light themes; the words say what is wrong anyway
ERROR_COLOUR_ON_DARK = "#ff8a80"  # light red, for dark and high-contrast themes


def error_style(widget: QWidget) -> str:
    """A style sheet colouring ``widget``'s text as an error, in a red that reads (WCAG AA) on its theme."""
    from ui.widgets.contrast import readable

    colour = readable((ERROR_COLOUR, ERROR_COLOUR_ON_DARK), widget.palette().window().color())
    return f"color: {colour.name()};"
RISK_STYLE = "background: #fdecea; color: #7a0010; border: 2px solid #b00020; padding: 0.4em; font-weight: bold;"
INFO_STYLE = "background: #e8f0fe; color: #0b2a5b; border: 1px solid #4a6fa5; padding: 0.2em;"
WARN_STYLE = "background: #fff4d6; color: #4a3300; border: 1px solid #c89200; padding: 0.3em;"


def reference(list_name: str) -> Mapping[str, str]:
    """One list of ``resources/reference.json``: code -> label in the chosen language."""
    return reference_labels(list_name)


def snomed_terms() -> dict[str, str]:
    """SNOMED CT code -> its term, in the chosen language."""
    return {c["id"]: snomed_term(c["term"]) for c in load_json_resource("snomed.json")["concepts"].values()}


def show_date(value: date | datetime | str | None) -> str:
    """``22-Nov-2026`` (and a time when there is one): unambiguous in every locale."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    if isinstance(value, datetime):
        return short_date(value.astimezone() if value.tzinfo else value, time=True)
    return short_date(value)


def parse_date(text: str) -> date | None:
    """``DD/MM/YYYY``, ``D/M/YYYY``, ``YYYY-MM-DD`` or ``22-Nov-2026``; None if empty; ValueError if not a date."""
    text = text.strip()
    if not text:
        return None
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%b-%Y", "%d.%m.%Y", "%d %m %Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(translate("widgets.common", "{text} is not a date Linkwell understands; type it as DD/MM/YYYY, "
                                                 "e.g. 22/11/1950.").format(text=repr(text)))


def age_on(born: date | None, today: date | None = None) -> int | None:
    if born is None:
        return None
    today = today or clock.today()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def hint_fits(edit: QLineEdit) -> None:
    """Wide enough for its grey hint (``e.g. 943 476 5919``) in the current font, never cut to "e.g. 94…"."""
    metrics = edit.fontMetrics()
    need = metrics.horizontalAdvance(edit.placeholderText()) + 3 * metrics.averageCharWidth()
    edit.setMinimumWidth(max(edit.minimumSizeHint().width(), need))


def whole_size(form: QWidget, scroll: QScrollArea) -> QSize:
    """A form's size with its scrolling part shown whole (Qt caps a scroll area's size hint)."""
    hint = form.layout().sizeHint()
    body, shown = scroll.widget().sizeHint(), scroll.sizeHint()
    bar = scroll.verticalScrollBar().sizeHint().width()
    return hint + QSize(max(0, body.width() + bar - shown.width()), max(0, body.height() - shown.height()))


def on_screen(size: QSize, widget: QWidget) -> QSize:
    """At most 90% of the widget's screen: a large font widens a window first, then it scrolls."""
    return size.boundedTo(widget.screen().availableGeometry().size() * 0.9)


def message_label(parent: QWidget, name: str) -> QLabel:
    """A hidden label for an inline sentence under a field (errors in dark red)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setStyleSheet(error_style(label))
    label.hide()
    return label


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def say_failure(label: QLabel, runner: Any, error: BaseException, parent: Any) -> None:
    """A user error's sentence beside the form; anything else is a bug, reported by the runner."""
    from app.errors import LinkwellError

    if isinstance(error, LinkwellError):
        say(label, str(error))
    else:
        runner.report(error, parent)


class UndoBar(QFrame):
    """A message bar: "Contact deleted." with an Undo button. Hidden until there is something to undo."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setObjectName("undoBar")
        self.setStyleSheet(f"#undoBar {{ {INFO_STYLE} }}")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(translate("widgets.common", "{name} message").format(name=name))
        self.undo = QPushButton(translate("widgets.common", "Undo (Ctrl+Z)"), self)
        self.undo.setAccessibleName(translate("widgets.common", "Undo the deletion"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo)
        self.hide()

    def offer(self, text: str) -> None:
        self.text.setText(text)
        self.show()
