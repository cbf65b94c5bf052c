"""GP Connect Send Document over a real MESH (mesh-sandbox, started once per run): queue, deliver, read
the message back as the practice with NHS England's mesh-client, acknowledge it, and see the outbox
follow; and what happens when MESH is out of reach, refuses the password, has no mailbox for the
practice, or the laptop dies between sending and recording."""

from __future__ import annotations

import json
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlmodel import select

from app.core import Linkwell
from app.domain.gp_outbox import GpMessage
from app.io import gp_connect
from app.services.gp_record.mesh import Mesh, MeshNotConfigured, MeshRefused, settings_path
from tests.mesh import sandbox as sb
from tests.mesh.conftest import configure, person_with_codes


def _pdftotext(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / f"{uuid.uuid4().hex}.pdf"
    path.write_bytes(data)
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def _state(core: Linkwell, person_id: str) -> str:
    (item,) = core.gp_record.messages(person_id)
    return item.state


def _codes(core: Linkwell, person_id: str) -> list[tuple[str, str]]:
    context = core.letters.gp_context(person_id)
    return [(c.id, c.term) for c in context.codes]


def _practice_reads(client, message_id: str):  # noqa: ANN001, ANN202 - mesh_client's
    message = client.retrieve_message(message_id)
    headers, body = dict(message.mex_headers()), message.read()
    message.close()
    return headers, body


def test_message_goes_to_the_practice_and_comes_back_acknowledged(demo_core: Linkwell, mesh: sb.Sandbox,
                                                                  practice_client, tmp_path: Path) -> None:
    configure(demo_core, mesh.url)
    person_id = person_with_codes(demo_core, consent=True)
    codes = _codes(demo_core, person_id)
    assert codes

    demo_core.gp_record.send(person_id)
    assert _state(demo_core, person_id) == "queued"  # at once, nothing waited on MESH

    report = demo_core.gp_record.deliver()
    assert (report.sent, report.problem) == (1, "")
    assert _state(demo_core, person_id) == "sent"

    with demo_core.db.session() as session:
        from app.domain.models import Person

        nhs = session.get(Person, uuid.UUID(person_id)).nhs_number
    (message_id,) = practice_client.list_messages()
    headers, body = _practice_reads(practice_client, message_id)
    assert headers["workflowid"] == gp_connect.WORKFLOW and headers["from"] == sb.SENDER
    sender = demo_core.letters.letterhead().name or "Social prescribing service"  # never the practice's name
    assert headers["subject"].endswith(f", NHS Number: {nhs}, seen at {sender}, {sb.SENDER_ODS}, Version: 1")

    model = gp_connect.parse(body)  # valid STU3 and the specification's own rules
    header = model.entry[0].resource
    assert header.event.code == "ITK007C" and header.source.endpoint == sb.SENDER and header.receiver is None
    doc = gp_connect.document_of(model)
    composition, patient = doc["Composition"], doc["Patient"]
    people = {e.fullUrl: e.resource for e in model.entry[2].resource.entry}
    custodian = people[composition.custodian.reference]
    assert custodian.identifier[0].value == sb.PRACTICE_ODS
    assert people[composition.subject.reference] is patient
    authors = {people[a.reference].get_resource_type() for a in composition.author}
    assert authors == {"Practitioner", "Organization"}
    assert patient.identifier[0].system == gp_connect.NHS_NUMBER
    assert patient.identifier[0].value == nhs
    assert {c.coding[0].code for c in composition.event[0].code} == {code for code, _ in codes}
    pdf = doc["Binary"].content  # the model decodes the base64
    text = _pdftotext(pdf, tmp_path)
    assert "Łucja" in text and "Wŷn <O'Brien & Żak>" in text
    for code, _ in codes:
        assert code in text

    practice_client.acknowledge_message(message_id)  # collected by the GP system
    assert demo_core.gp_record.deliver().delivered == 1
    assert _state(demo_core, person_id) == "delivered"

    practice_client.send_message(sb.SENDER, gp_connect.build_response(header.id), workflow_id=gp_connect.WORKFLOW_ACK)
    assert demo_core.gp_record.deliver().acknowledged == 1
    (item,) = demo_core.gp_record.messages(person_id)
    assert item.state == "acknowledged"
    assert [s for _, s, _ in item.history] == ["queued", "sent", "delivered", "acknowledged"]
    assert len(demo_core.gp_record.timeline(person_id)) == 4
    trail = [e.detail for e in demo_core.audit.events() if str(e.person_id) == person_id]
    assert sum("GP record message" in d for d in trail) == 4


def test_without_consent_the_codes_only_form_goes(demo_core: Linkwell, mesh: sb.Sandbox, practice_client,
                                                  tmp_path: Path) -> None:
    configure(demo_core, mesh.url)
    person_id = person_with_codes(demo_core, consent=False)
    with demo_core.db.session() as session:
        from app.domain.models import Person

        person = session.get(Person, uuid.UUID(person_id))
        person.phone = "07700 900123"
        session.add(person)
        session.commit()
    demo_core.gp_record.send(person_id)
    (item,) = demo_core.gp_record.messages(person_id)
    assert item.codes_only
    demo_core.gp_record.deliver()
    (message_id,) = practice_client.list_messages()
    _, body = _practice_reads(practice_client, message_id)
    doc = gp_connect.document_of(gp_connect.parse(body))
    assert doc["Composition"].title == "Social prescribing: codes and dates for the GP record"
    text = _pdftotext(doc["Binary"].content, tmp_path)  # the model decodes base64
    assert "07700 900123" not in text
    for code, _ in _codes(demo_core, person_id):
        assert code in text


def test_mesh_out_of_reach_keeps_the_message_queued(demo_core: Linkwell, mesh: sb.Sandbox, practice_client) -> None:
    configure(demo_core, f"http://127.0.0.1:{sb.free_port()}")  # nothing listens there
    person_id = person_with_codes(demo_core, consent=True)
    demo_core.gp_record.send(person_id)
    report = demo_core.gp_record.deliver()
    assert "could not be reached" in report.problem and report.waiting == 1
    (item,) = demo_core.gp_record.messages(person_id)
    assert item.state == "queued" and "could not be reached" in item.reason

    configure(demo_core, mesh.url)
    assert demo_core.gp_record.deliver().sent == 1
    assert len(practice_client.list_messages()) == 1


def test_background_delivery_backs_off_while_mesh_is_out_of_reach(demo_core: Linkwell, mesh: sb.Sandbox,
                                                                  practice_client) -> None:
    from app import clock

    person_id = person_with_codes(demo_core, consent=True)
    with clock.pinned("2026-12-04T09:00:00+00:00"):
        configure(demo_core, mesh.url)
        demo_core.gp_record.send(person_id)
        configure(demo_core, f"http://127.0.0.1:{sb.free_port()}")  # MESH goes out of reach
        assert demo_core.gp_record.deliver(force=False).problem  # tried: 1 minute's wait now
        configure(demo_core, f"http://127.0.0.1:{sb.free_port()}")
        assert demo_core.gp_record.deliver(force=False).problem == ""  # not due: not even tried
    with clock.pinned("2026-12-04T09:01:00+00:00"):
        assert demo_core.gp_record.deliver(force=False).problem  # due again, still out of reach: 2 minutes
    configure(demo_core, mesh.url)
    with clock.pinned("2026-12-04T09:02:30+00:00"):
        assert demo_core.gp_record.deliver(force=False).sent == 0  # within the 2 minutes
        assert practice_client.list_messages() == []
    with clock.pinned("2026-12-04T09:03:00+00:00"):
        assert demo_core.gp_record.deliver(force=False).sent == 1
    assert len(practice_client.list_messages()) == 1


def test_wrong_password_is_a_sentence_and_sends_nothing(demo_core: Linkwell, mesh: sb.Sandbox,
                                                        practice_client) -> None:
    configure(demo_core, mesh.url, password="not the password")
    person_id = person_with_codes(demo_core, consent=True)
    demo_core.gp_record.send(person_id)
    with pytest.raises(MeshRefused, match=f"MESH refused mailbox {sb.SENDER}: its password or shared key"):
        demo_core.gp_record.deliver()
    assert _state(demo_core, person_id) == "queued"
    assert practice_client.list_messages() == []


def test_a_practice_without_a_mailbox_is_named(demo_core: Linkwell, mesh: sb.Sandbox) -> None:
    configure(demo_core, mesh.url)
    person_id = person_with_codes(demo_core, consent=True, ods=sb.NO_WORKFLOW_ODS)
    demo_core.gp_record.send(person_id)
    assert demo_core.gp_record.deliver().failed == 1
    (item,) = demo_core.gp_record.messages(person_id)
    assert item.state == "failed"
    assert f"ODS code {sb.NO_WORKFLOW_ODS}) has no MESH mailbox registered for GP Connect" in item.reason


def test_a_crash_between_sending_and_recording_sends_once(demo_core: Linkwell, mesh: sb.Sandbox, practice_client,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    configure(demo_core, mesh.url)
    person_id = person_with_codes(demo_core, consent=True)
    demo_core.gp_record.send(person_id)
    real_send = Mesh.send

    def send_then_die(self: Mesh, *args: object, **kwargs: object) -> str:
        real_send(self, *args, **kwargs)  # type: ignore[arg-type]
        raise SystemExit("the laptop died before the outbox recorded it")

    monkeypatch.setattr(Mesh, "send", send_then_die)
    with pytest.raises(SystemExit):
        demo_core.gp_record.deliver()
    assert _state(demo_core, person_id) == "queued"  # the outbox never heard back
    monkeypatch.setattr(Mesh, "send", real_send)

    assert demo_core.gp_record.deliver().sent == 1
    (item,) = demo_core.gp_record.messages(person_id)
    assert item.state == "sent" and "not sent again" in item.history[-1][2]
    assert len(practice_client.list_messages()) == 1


def test_a_non_delivery_report_fails_the_message(demo_core: Linkwell, mesh: sb.Sandbox) -> None:
    configure(demo_core, mesh.url)
    person_id = person_with_codes(demo_core, consent=True)
    demo_core.gp_record.send(person_id)
    demo_core.gp_record.deliver()
    (item,) = demo_core.gp_record.messages(person_id)
    mesh.admin("/messageexchange/admin/report", {
        "mailbox_id": sb.SENDER, "code": "14", "description": "not collected", "workflow_id": gp_connect.WORKFLOW,
        "linked_message_id": item.mesh_message_id})
    assert demo_core.gp_record.deliver().failed == 1
    (item,) = demo_core.gp_record.messages(person_id)
    assert item.state == "failed" and item.reason.startswith("MESH could not deliver it to the practice: ")


def test_a_refusal_from_the_gp_system_fails_it_with_its_words(demo_core: Linkwell, mesh: sb.Sandbox,
                                                               practice_client) -> None:
    configure(demo_core, mesh.url)
    person_id = person_with_codes(demo_core, consent=True)
    demo_core.gp_record.send(person_id)
    demo_core.gp_record.deliver()
    (message_id,) = practice_client.list_messages()
    _, body = _practice_reads(practice_client, message_id)
    header_id = gp_connect.parse(body).entry[0].resource.id
    practice_client.send_message(sb.SENDER, gp_connect.build_response(
        header_id, ok=False, code="30002", display="Patient not found", diagnostics="No such patient here"),
        workflow_id=gp_connect.WORKFLOW_ACK)
    demo_core.gp_record.deliver()
    (item,) = demo_core.gp_record.messages(person_id)
    assert item.state == "failed" and "could not file it: No such patient here (ITK response 30002)" in item.reason


def test_secrets_are_not_kept_in_plaintext(demo_core: Linkwell, mesh: sb.Sandbox) -> None:
    configure(demo_core, mesh.url)
    kept = settings_path(demo_core.db.path).read_text()
    assert sb.SENDER_PASSWORD not in kept and sb.SHARED_KEY not in kept
    assert json.loads(kept)["secrets"] == "file"  # the tests' keyring is unusable: wrapped under the key


def test_the_mesh_secrets_follow_a_key_rotation(demo_core: Linkwell, mesh: sb.Sandbox, practice_client) -> None:
    from tests.conftest import PASSPHRASE

    configure(demo_core, mesh.url)
    before = settings_path(demo_core.db.path).read_text()
    demo_core.rotate_key(PASSPHRASE)
    assert settings_path(demo_core.db.path).read_text() != before  # wrapped again, under the new key
    person_id = person_with_codes(demo_core, consent=True)
    demo_core.gp_record.send(person_id)
    assert demo_core.gp_record.deliver().sent == 1
    assert len(practice_client.list_messages()) == 1


def test_a_subject_access_export_tells_the_messages(demo_core: Linkwell, mesh: sb.Sandbox, tmp_path: Path) -> None:
    configure(demo_core, mesh.url)
    person_id = person_with_codes(demo_core, consent=True)
    demo_core.gp_record.send(person_id)
    demo_core.gp_record.deliver()
    data = demo_core.privacy.subject_access(person_id)
    (message,) = data["gp_record_messages"]
    assert message["state"] == "sent" and "payload" not in message
    assert [h["state"] for h in data["gp_record_history"]] == ["queued", "sent"]
    _, readable = demo_core.privacy.export(person_id, tmp_path)
    text = subprocess.run(["pdftotext", str(readable), "-"], capture_output=True, text=True, check=True).stdout
    assert "Letters sent into your GP record" in text and "Sent over MESH to LWGP0001" in " ".join(text.split())


def test_queueing_needs_a_mesh_mailbox(demo_core: Linkwell) -> None:
    person_id = person_with_codes(demo_core, consent=True)
    with pytest.raises(MeshNotConfigured, match="linkwell mesh configure"):
        demo_core.gp_record.send(person_id)
    with demo_core.db.session() as session:
        assert session.exec(select(GpMessage)).first() is None
