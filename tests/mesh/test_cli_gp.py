"""``linkwell mesh configure``, ``gp send``, ``outbox list`` and ``outbox deliver`` run as a user would (real
processes, a real file), against the real MESH the tests start; the practice answers with mesh-client."""

from __future__ import annotations

import json
import os

from app.core import Linkwell
from app.io import gp_connect
from tests.app.test_cli import _closed
from tests.app.test_cli import linkwell as run_linkwell
from tests.mesh import sandbox as sb
from tests.mesh.conftest import person_with_codes


def linkwell(*args: str, password: str = sb.SENDER_PASSWORD):  # noqa: ANN201
    os.environ["LINKWELL_MESH_PASSWORD"], os.environ["LINKWELL_MESH_SHARED_KEY"] = password, sb.SHARED_KEY
    try:
        return run_linkwell(*args)
    finally:
        os.environ.pop("LINKWELL_MESH_PASSWORD", None)
        os.environ.pop("LINKWELL_MESH_SHARED_KEY", None)


def test_by_hand_from_configure_to_acknowledged(demo_core: Linkwell, mesh: sb.Sandbox, practice_client) -> None:
    person_id = person_with_codes(demo_core, consent=True)
    where = _closed(demo_core.db)
    out = linkwell("mesh", "configure", "--url", mesh.url, "--mailbox", sb.SENDER, "--ods", sb.SENDER_ODS,
                   "--db", where)
    assert out.returncode == 0, out.stderr
    assert f"MESH mailbox {sb.SENDER}" in out.stdout and sb.SENDER_PASSWORD not in out.stdout

    out = linkwell("gp", "send", "--person", person_id, "--db", where)
    assert out.returncode == 0, out.stderr
    assert "Queued for Riverside & Dŵr Surgery" in out.stdout
    (item,) = json.loads(linkwell("outbox", "list", "--db", where, "--json").stdout)
    assert (item["state"], item["person"], item["codes_only"]) == ("queued", "Łucja Wŷn <O'Brien & Żak>", False)

    out = linkwell("outbox", "deliver", "--db", where)
    assert out.returncode == 0 and out.stdout.startswith("1 sent"), out.stdout + out.stderr
    (message_id,) = practice_client.list_messages()
    message = practice_client.retrieve_message(message_id)
    header_id = gp_connect.parse(message.read()).entry[0].resource.id
    message.acknowledge()
    practice_client.send_message(sb.SENDER, gp_connect.build_response(header_id), workflow_id=gp_connect.WORKFLOW_ACK)
    assert "filed in the GP record" in linkwell("outbox", "deliver", "--db", where).stdout
    (item,) = json.loads(linkwell("outbox", "list", "--db", where, "--json").stdout)
    assert item["state"] == "acknowledged" and item["state_words"] == "filed in the GP record"


def test_a_refused_password_is_one_sentence(demo_core: Linkwell, mesh: sb.Sandbox) -> None:
    person_id = person_with_codes(demo_core, consent=False)
    where = _closed(demo_core.db)
    assert linkwell("mesh", "configure", "--url", mesh.url, "--mailbox", sb.SENDER, "--ods", sb.SENDER_ODS,
                    "--db", where, password="wrong").returncode == 0
    assert linkwell("gp", "send", "--person", person_id, "--db", where).returncode == 0
    out = linkwell("outbox", "deliver", "--db", where)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.startswith(f"linkwell: MESH refused mailbox {sb.SENDER}")
    (item,) = json.loads(linkwell("outbox", "list", "--db", where, "--json").stdout)
    assert item["state"] == "queued" and item["codes_only"] is True
