"""Who looked at this record, for the whole team: a view on laptop A is seen from laptop B through the
real hub, in words (who, when, which laptop), and never from another PCN, whether through the service or
through SQL as the service's own database role."""

from __future__ import annotations

import json
import re

import psycopg
import pytest

from app.cli import main
from app.errors import InvalidInput
from app.hub import schema
from app.services.caseload.facade import Caseload
from app.sync import engine
from app.sync.client import HubRefused
from app.sync.who_looked import who_looked
from tests.conftest import PASSPHRASE
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop, new_pcn, refer, tick

ID_LIKE = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}")


def test_a_view_on_one_laptop_is_seen_from_another_and_never_from_another_pcn(
        hub: Hub, laptop: Laptop, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    north, south = new_pcn(hub), new_pcn(hub)
    ann, bob, cat = laptop(north, "ann"), laptop(north, "Bryn Łukasz"), laptop(south, "cat")
    nia = laptop(north, "nia", "navigator")
    person, _ = refer(ann, "Siân", "O'Brien <&>", actor="ann")
    engine.sync_now(ann)
    engine.sync_now(bob)
    Caseload(bob, actor="bob").record(person)  # Bob opens the record in the window
    tick()
    engine.sync_now(bob)
    Caseload(ann, actor="ann").person_detail(person, viewed_from="the command line")  # not yet sent

    seen = who_looked(ann, person)
    assert [(v["by"], v["laptop"], v["how"]) for v in seen] == [
        ("ann", "on this laptop", "from the command line"),
        ("Bryn Łukasz", "on Bryn Łukasz's laptop", "in the window")]
    assert seen[1]["said"].startswith("Bryn Łukasz looked at the record on ")
    assert seen[1]["said"].endswith(", on Bryn Łukasz's laptop, in the window.")
    assert not any(ID_LIKE.search(v["said"]) for v in seen)
    assert seen[0]["at"] > seen[1]["at"]  # newest first

    engine.sync_now(ann)
    from_bob = who_looked(bob, person)  # Ann's view, now sent, seen from Bob's laptop
    assert [(v["by"], v["laptop"]) for v in from_bob] == [("ann", "on ann's laptop"),
                                                          ("Bryn Łukasz", "on this laptop")]

    # Through the command line, as JSON.
    monkeypatch.setenv("LINKWELL_PASSPHRASE", PASSPHRASE)
    assert main(["sync", "who-looked", person, "--json", "--db", str(bob.path)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [v["said"] for v in printed] == [v["said"] for v in who_looked(bob, person)][:len(printed)]

    # Another PCN: the person is not on its laptop, and the hub gives it nothing about them.
    with pytest.raises(InvalidInput, match="no such person"):
        who_looked(cat, person)
    assert engine._client(cat, engine._state(cat.connect())).views(person.replace("-", "")) == []
    with pytest.raises(HubRefused, match="navigator"):
        engine._client(nia, engine._state(nia.connect())).views(person.replace("-", ""))
    # Nor through SQL as the service's role under the other PCN's setting: row-level security holds.
    with psycopg.connect(hub.dsn) as owner:
        south_id, north_id = (str(owner.execute("SELECT id FROM pcn WHERE name = %s", (n,)).fetchone()[0])
                              for n in (south, north))
    query = ("SELECT count(*) FROM change WHERE entity_table = 'auditevent' AND data->>'person_id' = %s")
    for pcn, expected in ((south_id, 0), (north_id, 2)):
        with psycopg.connect(schema.service_dsn(hub.dsn)) as conn:
            conn.execute("SELECT set_config('app.pcn', %s, true)", (pcn,))
            views = conn.execute(query + " AND data->>'action' = 'view'", (person.replace("-", ""),)).fetchone()[0]
            assert views == expected
