"""The directory's hits model (``ui.models.hits_model``) on the demo directory: Qt's model tester
passes on it empty, filled, and when the view asks for more; the roles hand out the hit and its id."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.core import Linkwell
from ui.models.hits_model import HIT_ROLE, ID_ROLE, HitsModel, spoken


def test_the_hits_model_passes_the_model_tester_on_demo_hits(qtmodeltester: Any, demo_core: Linkwell) -> None:
    model = HitsModel()
    qtmodeltester.check(model)
    hits = demo_core.directory.search("walking", limit=5)
    assert len(hits) == 5
    asked: list[int] = []
    model.fetch_more = asked.append  # the window asks the runner, and the answer comes later
    model.set_hits(hits, 5)
    qtmodeltester.check(model)
    if asked:  # the tester scrolled to the end of a full page: answer as the window does
        model.set_hits(demo_core.directory.search("walking", limit=asked[-1]), asked[-1])
        qtmodeltester.check(model)
    assert model.rowCount() >= 5
    index = model.index(0, 0)
    assert model.data(index) == model.hits[0].name
    assert model.data(index, HIT_ROLE) == model.hits[0]
    assert model.data(index, ID_ROLE) == model.hits[0].id
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == spoken(model.hits[0])
    assert model.hit_at(model.rowCount()) is None
