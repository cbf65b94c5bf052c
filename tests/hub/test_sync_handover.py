"""Handing a person over to another worker, through the real hub: the hand-over syncs, the receiving
laptop's Today shows "Handed to you" (who, when, their note) until the worker opens the record there or
takes it up, and the worker who handed over sees that it was taken up."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.errors import InvalidInput
from app.services.caseload.facade import Caseload
from app.services.caseload.handover import Handovers
from app.services.caseload.today import Today
from app.sync import engine
from tests.conftest import PASSPHRASE
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop, new_pcn, refer, rows

NOTE = "Prefers a call after 3pm <not before> & speaks Welsh: ŵ ŷ, Łucja 🌻"


def test_a_person_handed_over_shows_on_the_other_laptops_today_until_opened(hub: Hub, laptop: Laptop) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    laptop(pcn, "nia", "navigator")
    siân, _ = refer(ann, "Siân", "Evans", actor="ann")
    with pytest.raises(InvalidInput, match="does not know the team yet"):
        Handovers(ann).hand_over(siân, "bob")  # never synced: the laptop cannot check the name
    engine.sync_now(ann)
    assert Handovers(ann).team() == ["bob"]  # not herself, not the navigator
    for who, said in (("ann", "already yours"), ("nia", "navigator"), ("zed", "not a member of the team"),
                      ("  ", "Choose the team member")):
        with pytest.raises(InvalidInput, match=said):
            Handovers(ann).hand_over(siân, who)

    Handovers(ann, actor="ann").hand_over(siân, "bob", NOTE)
    assert Today(ann).lists().handed_to_you == []  # to Bob, not to Ann
    engine.sync_now(ann)
    assert Today(bob).lists().handed_to_you == []  # not on Bob's laptop yet
    result = engine.sync_now(bob)
    assert result.changes.caseload and siân in result.changes.person_ids  # Today refreshes in the window

    handed = Today(bob).lists().handed_to_you
    assert [(h.person_id, h.name) for h in handed] == [(siân, "Evans, Siân")]
    assert handed[0].detail.startswith("Handed to you by ann on ")
    assert handed[0].detail.endswith(f"They noted: {NOTE}")
    assert not any(c.isdigit() and len(w) > 12 for w in handed[0].detail.split() for c in w)  # no id in words

    Caseload(bob, actor="bob").record(siân)  # Bob opens the record: it has been seen
    assert Today(bob).lists().handed_to_you == []
    assert Handovers(bob).history(siân)[0].startswith("ann handed this person over to bob on ")


def test_taken_up_without_opening_through_the_command_line_and_seen_by_the_giver(
        hub: Hub, laptop: Laptop, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    tomos, _ = refer(ann, "Tomos", "Ó Briain", actor="ann")
    engine.sync_now(ann)
    monkeypatch.setenv("LINKWELL_PASSPHRASE", PASSPHRASE)
    assert main(["person", "hand-over", tomos, "--to", "bob", "--note", NOTE, "--db", str(ann.path)]) == 0
    assert "Handed over to bob" in capsys.readouterr().out
    engine.sync_now(ann)
    engine.sync_now(bob)
    assert main(["person", "handed-to-me", "--json", "--db", str(bob.path)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(h["person_id"], h["by"], h["note"]) for h in listed] == [(tomos, "ann", NOTE)]

    assert main(["person", "acknowledge", tomos, "--db", str(bob.path)]) == 0
    assert "Taken up" in capsys.readouterr().out
    assert Today(bob).lists().handed_to_you == []
    with pytest.raises(InvalidInput, match="Nothing about this person is waiting"):
        Handovers(bob).acknowledge(tomos)
    engine.sync_now(bob)
    engine.sync_now(ann)
    history = Handovers(ann).history(tomos)
    assert len(history) == 1 and " bob took it up on " in history[0]
    assert rows(ann, "SELECT acknowledged_by FROM handover") == [("bob",)]
    # The hand-over is Ann's and Bob's alike: the same row on both laptops.
    assert rows(ann, "SELECT * FROM handover") == rows(bob, "SELECT * FROM handover")


def test_a_laptop_that_has_not_joined_a_hub_cannot_hand_over(db: object) -> None:
    person, _ = refer(db, "Ifan", "Jones")
    with pytest.raises(InvalidInput, match="has not joined"):
        Handovers(db).hand_over(person, "bob")


def test_an_erased_person_takes_their_hand_overs_with_them_everywhere(hub: Hub, laptop: Laptop) -> None:
    from app.services.privacy import Privacy
    from tests.hub.test_sync_erasure import _hub_mentions

    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    person, _ = refer(ann, "Eirlys", "Erased", actor="ann")
    engine.sync_now(ann)
    note = f"{NOTE} (only in this test)"  # the hub is shared by the session's tests
    Handovers(ann, actor="ann").hand_over(person, "bob", note)
    engine.sync_now(ann)
    engine.sync_now(bob)
    assert _hub_mentions(hub, note) > 0 and rows(bob, "SELECT count(*) FROM handover") == [(1,)]
    Privacy(ann, actor="ann").erase(person)
    engine.sync_now(ann)
    engine.sync_now(bob)
    assert _hub_mentions(hub, note) == 0  # the note went with the person's other rows
    for db in (ann, bob):
        assert rows(db, "SELECT count(*) FROM handover") == [(0,)]
    assert Today(bob).lists().handed_to_you == []
