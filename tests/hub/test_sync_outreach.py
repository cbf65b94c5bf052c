"""Outreach lists are team data: a cohort, its people and their calls made on one laptop reach another through
the real hub, and a call made there comes back."""

from __future__ import annotations

from pathlib import Path

from app import clock
from app.services.outreach.facade import Outreach
from app.sync import engine
from tests.app.services.test_outreach import cohort_rows, nhs_numbers, search_export
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop, laptop, new_pcn, rows, snapshot, tick  # noqa: F401, F811 - laptop is a fixture


def test_a_cohort_and_its_calls_travel_between_laptops(hub: Hub, laptop: Laptop, tmp_path: Path) -> None:  # noqa: F811
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    with clock.pinned("2026-12-04T09:30:00+00:00"):
        report = Outreach(ann, actor="ann").import_people(
            search_export(tmp_path / "c.csv", cohort_rows(3, nhs_numbers(31))), name="Shielding & ŵ",
            reason="Told to shield")
        first, second, _ = Outreach(ann, actor="ann").call_ids(report.cohort_id)
        Outreach(ann, actor="ann").record(first, "no_answer", retry_in_days=0)
        engine.sync_now(ann)
        pulled = engine.sync_now(bob)
        assert pulled.changes.outreach and not pulled.changes.caseload
        on_bob = Outreach(bob, actor="bob")
        (cohort,) = on_bob.cohorts()
        assert (cohort.name, cohort.reason, cohort.owner) == ("Shielding & ŵ", "Told to shield", "ann")
        (seen,) = on_bob.call_rows([first])
        assert seen.last_attempt.startswith("No answer, 4-Dec-2026") and seen.last_caller == "ann"  # Bob sees it
        tick()
        on_bob.record(second, "spoke", needs=["food_insecurity"])
        engine.sync_now(bob)
        engine.sync_now(ann)
        assert Outreach(ann).progress(report.cohort_id).sentence() == \
            "1 of 3 reached, 1 to try again today, 1 not tried yet."
    for table in ("cohort", "cohortmember", "cohortcall"):
        assert rows(ann, f"SELECT * FROM {table} ORDER BY id") == rows(bob, f"SELECT * FROM {table} ORDER BY id")
    assert rows(bob, "SELECT count(*) FROM person") == [(0,)]  # a list is not a caseload
    assert snapshot(ann) == snapshot(bob)


def test_a_shared_list_shows_each_worker_their_share_and_who_called_today(hub: Hub, laptop: Laptop,  # noqa: F811
                                                                          tmp_path: Path) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    with clock.pinned("2026-12-04T09:30:00+00:00"):
        on_ann, on_bob = Outreach(ann, actor="ann"), Outreach(bob, actor="bob")
        report = on_ann.import_people(search_export(tmp_path / "c.csv", cohort_rows(6, nhs_numbers(53))),
                                      name="Carers")
        on_ann.split(report.cohort_id, ["ann", "bob"])
        mine = on_ann.call_ids(report.cohort_id, worker="ann")
        engine.sync_now(ann)
        engine.sync_now(bob)
        bobs = on_bob.call_ids(report.cohort_id, worker="bob")
        assert len(mine) == len(bobs) == 3 and not set(mine) & set(bobs)
        # Ann calls one of Bob's people (he is off sick); after a sync Bob sees it before he calls
        on_ann.record(bobs[0], "no_answer", retry_in_days=0)
        engine.sync_now(ann)
        engine.sync_now(bob)
        (row,) = on_bob.call_rows(bobs[:1])
        warning = on_bob.called_today(row)
        assert warning.startswith(f"ann already called {row.name} today at ") and warning.endswith("(no answer).")
        assert on_ann.called_today(row) == ""  # her own call is no news to her
