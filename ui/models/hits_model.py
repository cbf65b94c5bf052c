"""The directory's service hits as a list model: each row's text is built only when it is shown.

Screen readers get one sentence per row (``AccessibleTextRole``); ``HIT_ROLE`` hands out the hit
itself and ``ID_ROLE`` its id. The delegate that paints a row lives with the view, in
``ui.directory.results``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from app.core import ServiceHit
from app.i18n import short_date, translate
from ui.widgets.common import reference

HIT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def badge_label(badge: str) -> str:
    """A badge in words: a service status by its label in resources/ ("closed for good", not "defunct")."""
    statuses = {k: v.lower() for k, v in reference("service_statuses").items()}
    words = {"stale": translate("models.hits_model", "not checked lately"),
             "alert": translate("models.hits_model", "notice"),
             "not in feed": translate("models.hits_model", "gone from its feed")}
    return words.get(badge) or statuses.get(badge, badge)


def checked(hit: ServiceHit) -> str:
    if not hit.last_verified_on:
        return translate("models.hits_model", "Never checked")
    day = date.fromisoformat(str(hit.last_verified_on)[:10])
    return translate("models.hits_model", "Last checked {date}").format(date=short_date(day))


def spoken(hit: ServiceHit) -> str:
    """The row as one sentence, for a screen reader."""
    parts = [hit.name]
    if hit.organisation:
        parts.append(translate("models.hits_model", "run by {organisation}").format(organisation=hit.organisation))
    if hit.when:
        parts.append(translate("models.hits_model", "meets {when}").format(when=hit.when))
    if hit.where:
        parts.append(translate("models.hits_model", "at {where}").format(where=hit.where))
    text = ", ".join(parts) + "."
    if hit.badges:
        text += " " + "; ".join(badge_label(b) for b in hit.badges).capitalize() + "."
    return f"{text} {checked(hit)}."


class HitsModel(QAbstractListModel):
    """Hits in the order found. ``fetch_more`` (if given) is asked for a longer list when the view
    scrolls to the end of a full page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[ServiceHit] = []
        self.limit = 0
        self.fetch_more: Callable[[int], None] | None = None
        self._asked = False

    def set_hits(self, hits: Sequence[ServiceHit], limit: int = 0) -> None:
        self.beginResetModel()
        self.hits, self.limit, self._asked = list(hits), limit, False
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.name
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return spoken(hit)
        if role == HIT_ROLE:
            return hit
        if role == ID_ROLE:
            return hit.id
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return bool(self.fetch_more and self.limit and len(self.hits) >= self.limit and not self._asked)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.fetch_more is not None:
            self._asked = True
            self.fetch_more(self.limit * 2)

    def hit_at(self, row: int) -> ServiceHit | None:
        return self.hits[row] if 0 <= row < len(self.hits) else None
