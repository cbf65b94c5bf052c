"""Erasure reaches the hub and every laptop on its next sync as a tombstone without a name: nothing the
erased person's rows held stays on the hub, on another laptop, in an outbox or among values kept as lost,
and an edit made offline meanwhile does not bring any of it back."""

from __future__ import annotations

from datetime import datetime, UTC

import psycopg

from app.services.caseload.facade import Caseload
from app.services.privacy import Privacy
from app.sync import engine
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop, new_pcn, refer, rows

NAME = "Quartzina"
NOTE = "talked about the allotment at Pengam"


def _hub_mentions(hub: Hub, text: str) -> int:
    with psycopg.connect(hub.dsn) as conn:
        return conn.execute("SELECT count(*) FROM change WHERE data::text LIKE %s", (f"%{text}%",)).fetchone()[0]


def _hub_events_about(hub: Hub, person: str) -> int:
    with psycopg.connect(hub.dsn) as conn:
        return conn.execute("SELECT count(*) FROM change WHERE entity_table = 'auditevent' AND"
                            " data->>'person_id' = %s", (person.replace("-", ""),)).fetchone()[0]


def _laptop_mentions(db: object, text: str) -> int:
    found = 0
    for table in ("person", "contact", "sync_outbox", "sync_overwritten"):
        con = db.connect()
        try:
            for row in con.execute(f'SELECT * FROM "{table}"'):
                found += sum(text in str(value) for value in row)
        finally:
            con.close()
    return found


def test_erasure_reaches_the_hub_and_every_laptop_without_a_name(hub: Hub, laptop: Laptop) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    person, referral = refer(ann, NAME, "Morgan")
    Caseload(ann, actor="ann").add_contact(referral, kind="phone", notes=NOTE,
                                           contact_at=datetime(2026, 11, 3, 10, tzinfo=UTC))
    con = ann.connect()
    con.execute("UPDATE person SET phone = '07700 900777' WHERE id = ?", (person.replace("-", ""),))
    con.commit()
    con.close()
    engine.sync_now(ann)
    engine.sync_now(bob)
    assert _hub_mentions(hub, NAME) > 0 and _laptop_mentions(bob, NAME) == 1
    assert _hub_events_about(hub, person) >= 3  # added, referred, called
    # Offline, Bob records a call and edits the phone; Ann erases the person.
    Caseload(bob, actor="bob").add_contact(referral, kind="phone", notes=f"{NOTE}, again",
                                           contact_at=datetime(2026, 11, 4, 10, tzinfo=UTC))
    con = bob.connect()
    con.execute("UPDATE person SET family_name = 'Morgan-Jones' WHERE id = ?", (person.replace("-", ""),))
    con.commit()
    con.close()
    Privacy(ann, actor="ann").erase(person)
    assert _laptop_mentions(ann, NAME) == 0 and _laptop_mentions(ann, NOTE) == 0  # outbox included
    engine.sync_now(ann)
    assert _hub_mentions(hub, NAME) == 0 and _hub_mentions(hub, NOTE) == 0
    with psycopg.connect(hub.dsn) as conn:
        tombstones = conn.execute("SELECT data FROM change WHERE entity_table = 'person' AND tombstone").fetchall()
        events = conn.execute("SELECT count(*) FROM change WHERE entity_table = 'auditevent'").fetchone()[0]
    assert tombstones == [(None,)]
    assert events >= 4 and _hub_events_about(hub, person) == 0  # the trail stays, no longer saying whom about
    engine.sync_now(bob)  # Bob's offline call and edit reach the hub after the erasure: refused there
    engine.sync_now(ann)
    for db in (ann, bob):
        assert rows(db, "SELECT count(*) FROM person") == [(0,)]
        assert rows(db, "SELECT count(*) FROM contact") == [(0,)]
        assert _laptop_mentions(db, NAME) == 0 and _laptop_mentions(db, NOTE) == 0
    assert _hub_mentions(hub, NAME) == 0 and _hub_mentions(hub, NOTE) == 0
    carl = laptop(pcn, "carl")  # a laptop that joins afterwards never hears the name
    engine.sync_now(carl)
    assert rows(carl, "SELECT count(*) FROM person") == [(0,)] and _laptop_mentions(carl, NAME) == 0


def test_the_service_role_can_purge_only_a_row_that_has_a_tombstone(hub: Hub) -> None:
    from app.hub import schema
    from app.hub.credentials import token_hash
    from app.sync.client import HubClient

    tokens = hub.pcn("dee")
    client = HubClient(hub.url, tokens["dee"])
    row = {"id": "p1", "table": "person", "entity_id": "p1", "row": {"given_name": NAME}, "tombstone": False,
           "hlc": "1"}
    client.push([row])
    with psycopg.connect(schema.service_dsn(hub.dsn)) as conn:
        pcn = conn.execute("SELECT pcn FROM hub_authenticate(%s)", (token_hash(tokens["dee"]),)).fetchone()[0]
        conn.execute("SELECT set_config('app.pcn', %s, true)", (str(pcn),))
        assert conn.execute("SELECT hub_erase('person', 'p1')").fetchone() == (0,)  # no tombstone: kept
    assert _hub_mentions(hub, NAME) == 1
    client.push([row | {"id": "p1-gone", "row": None, "tombstone": True, "hlc": "2"}])
    assert _hub_mentions(hub, NAME) == 0
    client.push([row | {"id": "p1-again", "hlc": "3"}])  # an edit from a laptop that had not heard
    assert _hub_mentions(hub, NAME) == 0
