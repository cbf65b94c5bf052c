from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from app.services.caseload.listing import CaseloadList, CaseloadRow
from app.storage.database import Database
from tests.ui.conftest import PEOPLE, add_people
from ui.models.caseload_model import COLUMNS, GONE, PLACEHOLDER, CaseloadModel
from ui.runner import InlineRunner, Runner

WAIT_MS = 10_000


def _row(person_id: str, n: int = 0) -> CaseloadRow:
    return CaseloadRow(
        person_id=person_id,
        name=f"Person {person_id}",
        nhs_number="943 476 5919",
        age=40 + n,
        practice="Riverside",
        status="referred",
        status_label="Referred, not yet contacted",
        days_in_status=n,
        next_action="Make first contact",
        next_contact_due=None,
    )


class FakeLoader:
    """Rows made up from the ids; records every call and the thread it ran on."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.threads: set[threading.Thread] = set()

    def __call__(self, ids: Sequence[str]) -> list[CaseloadRow]:
        self.calls.append(list(ids))
        self.threads.add(threading.current_thread())
        return [_row(i, n) for n, i in enumerate(ids)]


def _ids(n: int) -> list[str]:
    return [f"id{i:04d}" for i in range(n)]


def _display(model: CaseloadModel, row: int, column: int = 0) -> Any:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_empty_model_passes_the_model_tester(
    qtmodeltester: Any, inline_runner: InlineRunner
) -> None:
    model = CaseloadModel(inline_runner, FakeLoader())
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.columnCount() == len(COLUMNS) == 7


def test_populated_model_passes_the_model_tester_before_and_after_loading(
    qtbot: Any, qtmodeltester: Any, inline_runner: InlineRunner, db: Database
) -> None:
    add_people(db)
    rows = CaseloadList(db)
    model = CaseloadModel(inline_runner, rows.rows)
    model.set_ids(rows.person_ids())
    qtmodeltester.check(model)  # placeholders
    qtbot.waitUntil(lambda: model.is_loaded(0), timeout=WAIT_MS)
    qtmodeltester.check(model)  # real rows
    names = [_display(model, r) for r in range(model.rowCount())]
    assert names == ["Adeyemi, Amara", "Kowalski, Tomasz", "O'Brien, Siân"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Name",
        "Age",
        "NHS number",
        "Practice",
        "Status",
        "Days in status",
        "Next action",
    ]
    assert _display(model, 1, 4) == "Referred, not yet contacted"
    assert _display(model, 0, 4) == "No referral"
    assert (
        model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole)
        & Qt.AlignmentFlag.AlignHCenter
    )
    rows.close()
    assert len(PEOPLE) == model.rowCount()


def test_rows_beyond_the_first_page_wait_until_asked(
    qtbot: Any, inline_runner: InlineRunner
) -> None:
    loader = FakeLoader()
    model = CaseloadModel(inline_runner, loader, page_size=100)
    model.set_ids(_ids(250))
    assert loader.calls == []  # nothing fetched until something is shown
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, roles: changed.append((top.row(), bottom.row())))

    with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS):
        for row in range(100):  # one paint asks for the whole first page...
            assert _display(model, row) == PLACEHOLDER
            assert _display(model, row, 3) == ""
    assert loader.calls == [_ids(100)]  # ...and it is fetched once
    assert changed == [(0, 99)]  # with one dataChanged for the page
    assert model.loaded_pages == {0}
    assert not model.is_loaded(150)
    assert _display(model, 0) == "Person id0000"

    with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS) as loaded:
        _display(model, 249)
    assert loaded.args == [2]
    assert loader.calls[1] == _ids(250)[200:]
    assert changed[1] == (200, 249)
    assert model.loaded_pages == {0, 2}
    assert _display(model, 249, 5) == "49"  # cached: no new fetch
    assert len(loader.calls) == 2


def test_pages_load_on_the_worker_thread_not_the_gui_thread(qtbot: Any, runner: Runner) -> None:
    loader = FakeLoader()
    model = CaseloadModel(runner, loader)
    model.set_ids(_ids(5))
    with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS):
        _display(model, 0)
    assert threading.main_thread() not in loader.threads and len(loader.threads) == 1
    assert _display(model, 4) == "Person id0004"


def test_a_page_from_before_a_reset_is_dropped(qtbot: Any, runner: Runner) -> None:
    release = threading.Event()

    def slow_loader(ids: Sequence[str]) -> list[CaseloadRow]:
        release.wait(WAIT_MS / 1000)
        return [_row(i) for i in ids]

    model = CaseloadModel(runner, slow_loader)
    model.set_ids(_ids(3))
    _display(model, 0)
    qtbot.waitUntil(lambda: not model._wanted, timeout=WAIT_MS)  # the fetch is in flight
    model.set_ids(["other"], first_page=[_row("other")])
    with qtbot.waitSignal(runner.op_finished, timeout=WAIT_MS):
        release.set()
    assert model.rowCount() == 1 and _display(model, 0) == "Person other"


def test_first_page_given_with_the_ids_needs_no_fetch(inline_runner: InlineRunner) -> None:
    loader = FakeLoader()
    model = CaseloadModel(inline_runner, loader)
    model.set_ids(["a", "b", "c"], first_page=[_row("c"), _row("a")])  # "b" has gone meanwhile
    assert [_display(model, r) for r in range(3)] == ["Person a", GONE, "Person c"]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.UserRole) == "b"
    assert loader.calls == []
    assert model.rowCount(model.index(0, 0)) == 0 and not model.index(0, 0).parent().isValid()
    assert model.data(QModelIndex()) is None


def test_invalidated_people_are_fetched_again(qtbot: Any, inline_runner: InlineRunner) -> None:
    loader = FakeLoader()
    model = CaseloadModel(inline_runner, loader, page_size=2)
    model.set_ids(_ids(4), first_page=[_row("id0000"), _row("id0001")])
    with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS) as loaded:
        model.invalidate(["id0001"])
    assert loaded.args == [0] and loader.calls == [["id0000", "id0001"]]


def test_demo_caseload_pages_match_the_read_model(
    qtbot: Any, runner: Runner, demo_db: Database
) -> None:
    listing = CaseloadList(demo_db)
    ids = listing.person_ids()
    expected = [r.name for r in listing.rows(ids)]
    listing.close()
    worker_list = CaseloadList(demo_db)  # used on the worker only, as the window does
    model = CaseloadModel(runner, worker_list.rows, page_size=25)
    model.set_ids(ids)
    with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS) as loaded:
        _display(model, len(ids) - 1)
    assert loaded.args == [(len(ids) - 1) // 25]
    assert model.loaded_pages == {(len(ids) - 1) // 25}
    for page in range(len(ids) // 25 + 1):
        if page not in model.loaded_pages:
            with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS):
                _display(model, page * 25)
    assert [_display(model, r) for r in range(len(ids))] == expected
    with qtbot.waitSignal(runner.op_finished, timeout=WAIT_MS):
        runner.op(worker_list.close).run()


def test_rows_past_the_first_ids_wait_for_the_rest(qtbot: Any, inline_runner: InlineRunner) -> None:
    loader = FakeLoader()
    model = CaseloadModel(inline_runner, loader, page_size=10)
    first = _ids(10)
    model.set_ids(first, first_page=[_row(i) for i in first], total=35)
    assert model.rowCount() == 35 and not model.complete
    assert _display(model, 9) == "Person id0009" and _display(model, 34) == PLACEHOLDER
    assert model.data(model.index(34, 0), Qt.ItemDataRole.UserRole) is None
    assert model.row_of("id0020") is None and model.row_of("id0003") == 3
    qtbot.wait(10)  # the fetch timer fires: nothing can be fetched yet
    assert loader.calls == []

    with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS) as loaded:
        model.complete_ids(_ids(35))
        assert loader.calls == [_ids(35)[30:]]  # at once, ahead of what the caller queues next
    assert loaded.args == [3] and loader.calls == [_ids(35)[30:]]  # only the page asked for
    assert model.complete and _display(model, 34) == "Person id0034" and model.row_of("id0020") == 20
    assert _display(model, 0) == "Person id0000"  # the first page kept


def test_a_rest_that_no_longer_fits_the_first_ids_shows_the_list_afresh(inline_runner: InlineRunner) -> None:
    model = CaseloadModel(inline_runner, FakeLoader(), page_size=10)
    model.set_ids(_ids(10), first_page=[_row(i) for i in _ids(10)], total=20)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.complete_ids(_ids(19))  # someone went between the two reads
    assert resets == [19] and model.complete and not model.is_loaded(0)
    model.complete_ids(_ids(19))  # the same again: kept as it is
    assert resets == [19]


def test_packed_ids_are_found_without_a_list(inline_runner: InlineRunner) -> None:
    import uuid

    from app.services.caseload.listing import PersonIds

    values = [str(uuid.uuid4()) for _ in range(30)]
    packed = PersonIds.of(values)
    model = CaseloadModel(inline_runner, FakeLoader(), page_size=10)
    model.set_ids(packed[:10], total=30)
    model.complete_ids(packed)
    assert model.row_of(values[25]) == 25 and model.ids == values
    assert model.data(model.index(7, 0), Qt.ItemDataRole.UserRole) == values[7]
