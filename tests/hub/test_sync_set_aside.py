"""A pulled change this laptop cannot take (the same person added on two laptops with one NHS number, which
the database holds once) is set aside whole, with the records that belong to it, and the sync goes on:
it is never stuck retrying one page."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from app.cli import main
from app.services.caseload.facade import Caseload
from app.sync import engine, set_aside
from tests.conftest import PASSPHRASE
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



def test_what_was_set_aside_is_listed_in_words_with_what_to_do(
        hub: Hub, laptop: Laptop, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "Ann Łęcka"), laptop(pcn, "bob")
    assert set_aside.listing(bob) == []
    for db, who, given in ((ann, "ann", "Siân <Sue> & Ŵyn"), (bob, "bob", "Sian")):
        Caseload(db, actor=who).refer_new_person(
            {"given_name": given, "family_name": "Evans", "nhs_number": NHS},
            {"referral_date": date(2026, 11, 2), "referral_source": "gp", "reasons": ["loneliness"]})
    engine.sync_now(ann)
    engine.sync_now(bob)

    listed = set_aside.listing(bob)
    assert len(listed) == 1  # the person, told once with what belongs to them
    item = listed[0]
    assert item["table"] == "person" and item["by"] == "Ann Łęcka" and item["belonging"] >= 2
    assert item["said"].startswith(f"Siân <Sue> & Ŵyn Evans (NHS number 943 476 5919) added on Ann Łęcka's "
                                   f"laptop, with {item['belonging']} records that belong to it, was set aside "
                                   "here on ")
    assert item["said"].endswith(": a person with the same NHS number is already on this laptop (Sian Evans).")
    assert "merge the two records" in item["resolve"] and "(this laptop has Sian Evans)" in item["resolve"]
    assert "mistyped" in item["resolve"] and "Nothing is lost" in item["resolve"]
    assert not re.search(r"[0-9a-f]{8}-?[0-9a-f]{4}", item["said"] + item["resolve"])  # no id on screen
    assert engine.status(bob)["set_aside"] == 1 + item["belonging"]

    monkeypatch.setenv("LINKWELL_PASSPHRASE", PASSPHRASE)
    assert main(["sync", "set-aside", "--db", str(bob.path)]) == 0
    out = capsys.readouterr().out
    assert item["said"] in out and f"What to do: {item['resolve']}" in out
    assert main(["sync", "set-aside", "--json", "--db", str(bob.path)]) == 0
    assert json.loads(capsys.readouterr().out) == listed
    assert main(["sync", "set-aside", "--db", str(ann.path)]) == 0
    assert "Nothing has been set aside" in capsys.readouterr().out
