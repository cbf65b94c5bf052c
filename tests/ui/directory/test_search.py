"""Search as you type in the directory window, on the demo directory: per keystroke, typo-tolerant,
filters that narrow, and badges that say what they mean."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from app import clock
from app.services.directory.facade import Directory
from app.storage.database import Database
from ui.directory.results import HitDelegate
from ui.directory.window import DirectoryWindow
from ui.models.hits_model import HIT_ROLE, spoken


def _type(qtbot: Any, window: DirectoryWindow, text: str) -> None:
    """Type ``text`` a key at a time and wait until the list answers the whole of it."""
    with qtbot.waitSignal(window.results_shown, timeout=5000,
                          check_params_cb=lambda shown: shown == window.query.text()):
        qtbot.keyClicks(window.query, text)


def _names(window: DirectoryWindow) -> list[str]:
    return [h.name for h in window.model.hits]


def test_typing_walk_then_walki_shows_walking_groups_as_you_type(qtbot: Any, directory_window: DirectoryWindow) -> None:
    window = directory_window
    seen: list[str] = []
    window.results_shown.connect(seen.append)
    _type(qtbot, window, "walk")
    after_walk = _names(window)
    assert after_walk and all("walk" in (h.name + h.categories).lower() for h in window.model.hits)
    _type(qtbot, window, "i")
    assert window.query.text() == "walki"
    assert _names(window) and any("Walking" in n for n in _names(window))
    assert all(h.match == "text" for h in window.model.hits)
    assert seen[-1] == "walki" and "walk" in seen  # answers came per keystroke, the last one last
    assert "found" in window.status.text()


def test_a_typo_still_finds(qtbot: Any, directory_window: DirectoryWindow) -> None:
    _type(qtbot, directory_window, "befreinding")
    hits = directory_window.model.hits
    assert hits and hits[0].match == "fuzzy"
    assert any("Befriending" in h.categories for h in hits)
    assert "similar spelling" in directory_window.status.text()


def test_filters_narrow_the_list(qtbot: Any, directory_window: DirectoryWindow) -> None:
    window = directory_window
    _type(qtbot, window, "group")
    broad = window.model.hits
    assert any("Walking and exercise" not in h.categories for h in broad)
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.filters.category.setCurrentText("Walking and exercise")
    narrowed = window.model.hits
    assert narrowed
    assert all("Walking and exercise" in h.categories for h in narrowed)
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.filters.access.setCurrentText("drop-in")
    fewer = window.model.hits
    assert len(fewer) < len(narrowed)
    # Filters alone, with no words, list what matches.
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.query.clear()
    assert window.model.hits and all("Walking and exercise" in h.categories for h in window.model.hits)
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.filters.clear_button.click()
    assert window.model.hits == [] and "Type what someone needs" in window.status.text()


def test_badges_show_for_a_stale_and_a_full_service(qtbot: Any, demo_db: Database,
                                                     directory_window: DirectoryWindow) -> None:
    directory = Directory(demo_db)
    plain = [h for h in directory.search("walking", limit=50) if not h.badges]
    stale, full = plain[0], plain[1]
    directory.mark_verified(stale.id, by="test", on=clock.today() - timedelta(days=400))
    directory.mark_verified(full.id, by="test", on=clock.today())
    directory.set_availability(full.id, capacity="full", capacity_note="Back in spring")
    _type(qtbot, directory_window, "walking")
    hits = {h.id: h for h in directory_window.model.hits}
    assert hits[stale.id].badges == ("stale",)
    assert hits[full.id].badges == ("full",)
    # Screen-reader text says the badge in words; the painted row is taller to hold the badges.
    row = [h.id for h in directory_window.model.hits].index(full.id)
    index = directory_window.model.index(row, 0)
    assert "Full." in directory_window.model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert "Not checked lately. Last checked" in spoken(hits[stale.id])
    delegate = directory_window.results.itemDelegate()
    assert isinstance(delegate, HitDelegate)
    option = QStyleOptionViewItem()
    option.font = directory_window.results.font()
    bare = next(n for n, h in enumerate(directory_window.model.hits) if not h.badges)
    assert index.data(HIT_ROLE).badges == ("full",)
    assert (delegate.sizeHint(option, index).height()
            > delegate.sizeHint(option, directory_window.model.index(bare, 0)).height())  # room for the pills
    image = directory_window.results.grab()  # paints every visible row, badges included
    assert not image.isNull()


def test_enter_opens_the_highlighted_service(qtbot: Any, directory_window: DirectoryWindow) -> None:
    _type(qtbot, directory_window, "walking")
    qtbot.keyClick(directory_window.query, Qt.Key.Key_Down)
    chosen = directory_window.model.hits[1]
    qtbot.keyClick(directory_window.query, Qt.Key.Key_Return)
    editor = directory_window.editor
    qtbot.waitUntil(lambda: editor.loaded_fields.get("id") == chosen.id, timeout=5000)
    assert editor.lines["name"].text() == chosen.name
    editor.reject()


def test_a_new_query_highlights_its_first_result_and_enter_opens_it(qtbot: Any,
                                                                   directory_window: DirectoryWindow) -> None:
    """Issue 18 item 11: typing "garden" letter by letter left an earlier result highlighted (the fourth
    of "garden"); a new query highlights its first result, and Enter opens the highlighted one."""
    window = directory_window
    _type(qtbot, window, "g")
    window.results.setCurrentIndex(window.model.index(min(3, window.model.rowCount() - 1), 0))
    _type(qtbot, window, "arden")
    assert window.query.text() == "garden" and window.results.currentIndex().row() == 0
    first = window.model.hits[0]
    assert first.joinable  # open with room, above any closed or full garden
    opened: list[str] = []
    window.open_service = opened.append  # type: ignore[method-assign]
    qtbot.keyClick(window.query, Qt.Key.Key_Return)
    assert opened == [first.id]


def test_lonely_older_man_gardening_finds_open_services_first(qtbot: Any, directory_window: DirectoryWindow) -> None:
    window = directory_window
    _type(qtbot, window, "lonely older man gardening")
    hits = window.model.hits
    assert hits and hits[0].joinable and window.results.currentIndex().row() == 0
    joinable = [h.joinable for h in hits]
    assert joinable == sorted(joinable, reverse=True)  # never a closed or full one above an open one
    assert "similar spelling" not in window.status.text()
    window.grab().save("/tmp/lw/directory-lonely.png")
