"""A pulled change this laptop cannot take (the same person added on two laptops with one NHS number, which
the database holds once) is set aside whole, with the records that belong to it, and the sync goes on:
it is never stuck retrying one page."""

from __future__ import annotations

import json
from datetime import date

from app.services.caseload.facade import Caseload
from app.sync import engine
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop, new_pcn, refer, rows

NHS = "9434765919"


def test_one_nhs_number_added_on_two_laptops_is_set_aside_and_the_sync_goes_on(hub: Hub, laptop: Laptop) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    for db, who in ((ann, "ann"), (bob, "bob")):  # both import the practice's list, offline
        changes = Caseload(db, actor=who).refer_new_person(
            {"given_name": "Siân", "family_name": "Evans", "nhs_number": NHS},
            {"referral_date": date(2026, 11, 2), "referral_source": "gp",
             "reasons": ["loneliness"]})
        assert changes.created_id
    engine.sync_now(ann)
    engine.sync_now(bob)  # Ann's Siân cannot join Bob's: set aside, with her referral and its history
    _, later = refer(ann, "Tomos", "After")
    engine.sync_now(ann)
    assert engine.sync_now(bob).pulled >= 3  # the next sync goes on past what was set aside
    assert sorted(r[0] for r in rows(bob, "SELECT given_name FROM person")) == ["Siân", "Tomos"]
    assert engine.status(bob)["set_aside"] >= 3
    parked = rows(bob, "SELECT entity_table, reason, change_json FROM sync_parked ORDER BY seq")
    assert parked[0][:2] == ("person", "a person with the same NHS number is already on this laptop")
    assert json.loads(parked[0][2])["row"]["nhs_number"] == NHS  # kept whole: nothing lost
    assert {"episode", "episodestatuschange"} <= {p[0] for p in parked}
    assert all(p[1] for p in parked)

