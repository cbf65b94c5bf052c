"""The hub service over real HTTP: enrolment, push, pull, versions and revocation."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from app.cli import main
from app.hub import admin, protocol
from app.sync.client import HubClient, HubRefused
from tests.hub.conftest import Hub


def change(n: int, table: str = "person", **extra: object) -> dict[str, object]:
    return {"id": f"c{n}", "table": table, "entity_id": f"e{n}", "row": {"n": n}, "hlc": f"{n:020d}"} | extra


def test_version_is_the_hub_schema(hub: Hub) -> None:
    assert HubClient(hub.url).version() == {"hub": protocol.hub_version(), "data": protocol.data_version(),
                                            "schema": protocol.schema_label()}


def test_a_code_enrols_once(hub: Hub) -> None:
    pcn = hub.pcn()[""]
    code = admin.add_user(hub.dsn, pcn, "ana").code
    with pytest.raises(HubRefused, match="do not match a waiting invitation") as wrong:
        HubClient(hub.url).enrol("ana", "0000-0000-0000", "laptop-1")
    assert wrong.value.status == 401
    joined = HubClient(hub.url).enrol("ana", code.lower(), "laptop-1")
    assert joined["pcn"] == pcn and joined["role"] == "link-worker" and len(joined["token"]) >= 40
    with pytest.raises(HubRefused, match="codes work once"):
        HubClient(hub.url).enrol("ana", code, "laptop-2")
    assert HubClient(hub.url, joined["token"]).pull(0)["changes"] == []


def test_a_stranger_and_a_removed_user_are_refused(hub: Hub) -> None:
    tokens = hub.pcn("ben")
    with pytest.raises(HubRefused, match="does not recognise this laptop") as stranger:
        HubClient(hub.url, "not-a-token").pull(0)
    assert stranger.value.status == 401
    laptop = HubClient(hub.url, tokens["ben"])
    assert laptop.push([change(1)])["stored"] == 1
    admin.remove_user(hub.dsn, tokens[""], "ben")
    for call in (lambda: laptop.pull(0), lambda: laptop.push([change(2)])):
        with pytest.raises(HubRefused, match="access to the team hub has been removed") as refused:
            call()
        assert refused.value.status == 403


def test_the_same_change_pushed_twice_is_stored_once(hub: Hub) -> None:
    laptop = HubClient(hub.url, hub.pcn("cy")["cy"])
    batch = [change(n) for n in range(3)]
    assert laptop.push(batch) == {"stored": 3, "duplicates": 0}
    assert laptop.push(batch + [change(3)]) == {"stored": 1, "duplicates": 3}
    pulled = laptop.pull(0)["changes"]
    assert [c["id"] for c in pulled] == ["c0", "c1", "c2", "c3"]
    assert pulled[0] | {"seq": 0} == {"seq": 0, "id": "c0", "table": "person", "entity_id": "e0", "row": {"n": 0},
                                      "hlc": f"{0:020d}", "device": "laptop-cy", "tombstone": False,
                                      "fields": None, "author": "cy"}


def test_pull_pages_in_order_without_gaps_or_repeats(hub: Hub) -> None:
    laptop = HubClient(hub.url, hub.pcn("di")["di"])
    laptop.push([change(n) for n in range(7)])
    seen, after, pages = [], 0, []
    while True:
        page = laptop.pull(after, limit=3)
        pages.append((len(page["changes"]), page["more"]))
        seen += [c["id"] for c in page["changes"]]
        after = page["last"]
        if not page["more"]:
            break
    assert pages == [(3, True), (3, True), (1, False)]
    assert seen == [f"c{n}" for n in range(7)]
    assert laptop.pull(after)["changes"] == []


def test_another_pcn_sees_nothing_and_a_navigator_sees_the_directory_and_their_own(hub: Hub) -> None:
    north = hub.pcn("ed", "fay", roles={"fay": "navigator"})
    south = hub.pcn("gus")
    HubClient(hub.url, north["ed"]).push([change(1), change(2, "service")])
    HubClient(hub.url, north["fay"]).push([change(3, "person")])
    assert HubClient(hub.url, south["gus"]).pull(0)["changes"] == []
    assert [c["id"] for c in HubClient(hub.url, north["fay"]).pull(0)["changes"]] == ["c2", "c3"]
    assert len(HubClient(hub.url, north["ed"]).pull(0)["changes"]) == 3


def _raw(url: str, label: str, token: str) -> tuple[int, dict[str, str]]:
    request = urllib.request.Request(url + "/pull?after=0", headers={
        protocol.SCHEMA_HEADER: label, "Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        with error:
            return error.code, json.loads(error.read())


def test_a_laptop_on_another_schema_version_is_refused_with_a_sentence(hub: Hub) -> None:
    token = hub.pcn("hal")["hal"]
    hub_v, data_v = protocol.hub_version(), protocol.data_version()
    assert _raw(hub.url, protocol.schema_label(), token)[0] == 200
    status, body = _raw(hub.url, f"hub {hub_v}; data {data_v - 1}", token)
    assert status == 409 and body["error"].startswith("This laptop's Linkwell is older than the team hub's")
    status, body = _raw(hub.url, f"hub {hub_v + 1}; data {data_v}", token)
    assert status == 409 and "ask whoever runs the hub to upgrade it" in body["error"]
    assert _raw(hub.url, "", token)[0] == 409


def test_a_broken_change_keeps_nothing_of_its_batch(hub: Hub) -> None:
    laptop = HubClient(hub.url, hub.pcn("ivy")["ivy"])
    with pytest.raises(HubRefused, match="nothing from this batch was kept") as refused:
        laptop.push([change(1), change(2, table="Robert'); DROP TABLE change;--")])
    assert refused.value.status == 400
    assert laptop.pull(0)["changes"] == []


def test_serve_refuses_plain_http_off_this_computer(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["hub", "serve", "--dsn", "postgresql://unused", "--host", "0.0.0.0", "--port", "1"])
    err = capsys.readouterr().err
    assert code == 1 and "needs a certificate" in err and err.count("\n") == 1
