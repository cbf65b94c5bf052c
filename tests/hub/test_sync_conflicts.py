"""Clinical conflicts: two laptops move one referral (or connection) two ways from the same step while
offline. Both moves are kept, both laptops list the same conflict in words, a person's choice syncs, and
every copy converges."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.errors import InvalidInput
from app.services.caseload.facade import Caseload
from app.services.directory.facade import Directory
from app.sync import conflicts, engine
from tests.conftest import PASSPHRASE
from tests.hub.conftest import Hub
from tests.hub.laptops import (
    Laptop,
    accepted_here_declined_there,
    new_pcn,
    refer,
    rows,
    snapshot,
    tick,
)

ID_LIKE = r"[0-9a-f]{8}-?[0-9a-f]{4}"


def _same_everywhere(*dbs: object) -> None:
    first = snapshot(dbs[0])
    for db in dbs[1:]:
        assert snapshot(db) == first


def _words(listed: list[dict]) -> list[dict]:
    """What a person reads, without whose laptop it is (that differs, rightly, between laptops)."""
    return [{"id": c["id"], "summary": c["summary"], "person": c["person"],
             "moves": [{k: m[k] for k in ("by", "did", "at", "from", "to")} for m in c["moves"]]} for c in listed]


@pytest.mark.parametrize("first_to_sync", ["ann", "bob"])
def test_two_moves_from_one_step_are_a_conflict_on_both_laptops_and_the_choice_converges(
        hub: Hub, laptop: Laptop, first_to_sync: str) -> None:
    import re

    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    accepted_here_declined_there(ann, bob)
    order = [ann, bob] if first_to_sync == "ann" else [bob, ann]
    results = [engine.sync_now(db) for db in order + order[:1]]
    assert results[1].conflicts == 1 and results[2].conflicts == 1
    on_ann, on_bob = conflicts.listing(ann), conflicts.listing(bob)
    assert len(on_ann) == 1 and _words(on_ann) == _words(on_bob)
    item = on_ann[0]
    assert [m["by"] for m in item["moves"]] == ["ann", "bob"]  # in clock order, Ann's first
    assert [m["to"] for m in item["moves"]] == ["accepted", "declined"]
    assert [m["mine"] for m in item["moves"]] == [True, False]
    assert [m["mine"] for m in on_bob[0]["moves"]] == [False, True]
    assert item["person"] == "Siân Evans"
    assert item["summary"] == ("Siân Evans's referral was moved two ways from the same step: ann moved it from "
                               "contacted, offer made to accepted, and bob moved it from contacted, offer made to "
                               "declined.")
    for text in [item["summary"], item["what"]] + [m["said"] for m in item["moves"]]:
        assert not re.search(ID_LIKE, text), text  # no id reaches a person's eyes
    # Both facts are kept in the history on both laptops.
    for db in (ann, bob):
        assert sorted(r[0] for r in rows(db, "SELECT to_status FROM episodestatuschange")) == [
            "accepted", "contacted", "declined", "referred"]
    _same_everywhere(ann, bob)  # the referral itself took the later clock (Bob's) on both
    assert rows(ann, "SELECT status FROM episode") == [("declined",)]

    # Bob talks to the person again and keeps Ann's move: his choice syncs, and both settle.
    conflicts.resolve(bob, item["id"], "theirs")
    assert conflicts.listing(bob) == [] and engine.status(bob)["conflicts"] == 0
    engine.sync_now(bob)
    assert engine.sync_now(ann).conflicts == 0
    assert conflicts.listing(ann) == []
    assert conflicts.listing(ann, include_resolved=True)[0]["decision"] == "bob kept the move to accepted."
    _same_everywhere(ann, bob)
    assert rows(ann, "SELECT status FROM episode") == [("accepted",)]
    # A third laptop that joins later hears both moves and the choice: nothing waits there either.
    carl = laptop(pcn, "carl")
    assert engine.sync_now(carl).conflicts == 0
    _same_everywhere(ann, bob, carl)


def test_a_connection_accepted_on_one_laptop_and_cancelled_on_another(hub: Hub, laptop: Laptop) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    _, referral = refer(ann, "Tomos", "Price")
    service = Directory(ann, actor="ann").add_service({"name": "Walking for Health", "when": ""}).created_id
    connection = Caseload(ann, actor="ann").connect(referral, service).created_id
    Caseload(ann, actor="ann").move_connection(connection, "requested")
    engine.sync_now(ann)
    engine.sync_now(bob)
    Caseload(ann, actor="ann").move_connection(connection, "accepted")
    tick()
    Caseload(bob, actor="bob").move_connection(connection, "cancelled")
    engine.sync_now(bob)
    engine.sync_now(ann)
    engine.sync_now(bob)
    listed = conflicts.listing(ann)
    assert _words(listed) == _words(conflicts.listing(bob))
    assert listed[0]["what"] == "Tomos Price's connection to Walking for Health"
    assert [m["did"] for m in listed[0]["moves"]] == [
        "moved it from referred, waiting to hear to accepted by the service",
        "moved it from referred, waiting to hear to cancelled"]
    conflicts.resolve(ann, listed[0]["id"], "mine")
    engine.sync_now(ann)
    engine.sync_now(bob)
    assert conflicts.listing(bob) == []
    assert rows(bob, "SELECT status FROM connection") == [("accepted",)]
    _same_everywhere(ann, bob)


def test_a_return_to_the_same_step_is_a_sequence_not_a_conflict(hub: Hub, laptop: Laptop) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    _, referral = refer(ann)
    for step in ("contacted", "accepted", "what_matters", "planned", "review", "connecting", "review"):
        Caseload(ann, actor="ann").move_episode(referral, step)
    engine.sync_now(ann)
    engine.sync_now(bob)
    Caseload(bob, actor="bob").move_episode(referral, "planned")  # from review again, after hearing all of it
    engine.sync_now(bob)
    assert engine.sync_now(ann).conflicts == 0
    assert conflicts.listing(ann) == []


def test_conflicts_and_resolve_from_the_command_line(hub: Hub, laptop: Laptop, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LINKWELL_PASSPHRASE", PASSPHRASE)
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    _, referral = refer(ann, "Ffion", "Jones")
    engine.sync_now(ann)
    engine.sync_now(bob)
    Caseload(ann, actor="ann").move_episode(referral, "contacted")
    tick()
    Caseload(bob, actor="bob").move_episode(referral, "closed", closure_reason="moved_away")
    engine.sync_now(ann)
    assert main(["sync", "now", "--db", str(bob.path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["conflicts"] == 1
    assert main(["sync", "status", "--db", str(bob.path)]) == 0
    assert capsys.readouterr().out.endswith("; 1 status conflict to settle.\n")
    assert main(["sync", "conflicts", "--db", str(bob.path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. Ffion Jones's referral was moved two ways from the same step: ann moved it from "
                          "referred, not yet contacted to contacted, offer made, and bob moved it from referred, "
                          "not yet contacted to closed.\n")
    assert "linkwell sync resolve 1 --keep mine|theirs" in out
    assert main(["sync", "conflicts", "--db", str(bob.path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["person"] == "Ffion Jones" and listed[0]["moves"][1]["laptop"] == "this laptop"
    assert main(["sync", "resolve", "1", "--keep", "mine", "--db", str(bob.path)]) == 0
    assert "goes to the team on the next sync" in capsys.readouterr().out
    assert main(["sync", "resolve", "1", "--keep", "mine", "--db", str(bob.path)]) == 1
    assert capsys.readouterr().err == ("linkwell: There is no such conflict on this laptop; list them with "
                                       "'linkwell sync conflicts'.\n")
    engine.sync_now(bob)
    engine.sync_now(ann)
    assert rows(ann, "SELECT status, closure_reason FROM episode") == [("closed", "moved_away")]
    _same_everywhere(ann, bob)


def test_a_history_held_before_joining_is_no_conflict(hub: Hub, empty_template: object, tmp_path: object,
                                                       laptop: Laptop) -> None:
    from app.hub import admin
    from tests.conftest import _open_copy

    pcn = new_pcn(hub)
    (tmp_path / "early").mkdir()
    early = _open_copy(empty_template, tmp_path / "early")
    try:
        _, referral = refer(early)
        for step in ("contacted", "accepted", "what_matters", "planned", "review", "connecting", "review",
                     "planned"):  # two moves from review, and from planned, before joining: one clock for all
            Caseload(early, actor="eve").move_episode(referral, step)
        engine.join(early, hub.url, "eve", admin.add_user(hub.dsn, pcn, "eve").code)
        engine.sync_now(early)
        other = laptop(pcn, "fay")
        assert engine.sync_now(other).conflicts == 0
        assert rows(other, "SELECT status FROM episode") == [("planned",)]
    finally:
        early.close()


def test_on_a_third_laptop_mine_and_theirs_are_refused_and_a_move_is_chosen_by_who_or_where(
        hub: Hub, laptop: Laptop, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Carol's laptop made neither move: 'mine' or 'theirs' would be a guess, so it is refused with a sentence
    naming what does pick a move there (who made it, where it went); her choice then syncs to all three."""
    pcn = new_pcn(hub)
    ann, bob, carol = laptop(pcn, "ann"), laptop(pcn, "bob"), laptop(pcn, "Carys Ŵyn")
    accepted_here_declined_there(ann, bob)
    for db in (ann, bob, ann, carol):
        engine.sync_now(db)
    listed = conflicts.listing(carol)
    assert len(listed) == 1 and [m["mine"] for m in listed[0]["moves"]] == [False, False]
    for keep in ("mine", "theirs"):
        with pytest.raises(InvalidInput) as refused:
            conflicts.resolve(carol, listed[0]["id"], keep)
        assert str(refused.value) == (
            f"Neither move was made on this laptop, so '{keep}' does not say which to keep: choose by who made it "
            "(--keep ann or --keep bob) or by where it moved to (--keep accepted or --keep declined).")
    with pytest.raises(InvalidInput, match="Choose which move to keep"):
        conflicts.resolve(carol, listed[0]["id"], "dave")
    assert conflicts.listing(carol) == listed  # nothing was decided by a refused choice

    monkeypatch.setenv("LINKWELL_PASSPHRASE", PASSPHRASE)
    assert main(["sync", "conflicts", "--db", str(carol.path)]) == 0
    assert "To choose: linkwell sync resolve 1 --keep ann|bob" in capsys.readouterr().out
    assert main(["sync", "resolve", "1", "--keep", "Ann", "--db", str(carol.path)]) == 0  # by who, any case
    for db in (carol, ann, bob):
        assert engine.sync_now(db).conflicts == 0
    for db in (ann, bob, carol):
        assert conflicts.listing(db, include_resolved=True)[0]["decision"] == "Carys Ŵyn kept the move to accepted."
    _same_everywhere(ann, bob, carol)
    assert rows(bob, "SELECT status FROM episode") == [("accepted",)]


def test_a_move_can_be_named_by_the_step_it_moved_to_in_words(hub: Hub, laptop: Laptop) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    accepted_here_declined_there(ann, bob)
    engine.sync_now(ann)
    engine.sync_now(bob)
    conflicts.resolve(bob, conflicts.listing(bob)[0]["id"], "Declined")
    assert conflicts.listing(bob, include_resolved=True)[0]["decision"] == "bob kept the move to declined."
