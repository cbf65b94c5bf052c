"""The GP Connect Send Document message on its own: what the specification's rules refuse, and that each
code travels with its term."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from app.io import gp_connect
from app.paths import load_json_resource

DOC = gp_connect.SendDocument(
    sender_mailbox="LWSP0001", sender=gp_connect.Party("U12345", "Social prescribing & <friends>"),
    practice=gp_connect.Party("Y01234", "Riverside & Dŵr Surgery"), nhs_number="9434765919",
    given_name="Łucja", family_name="Wŷn <O'Brien & Żak> 🙂", birth_date=date(1948, 3, 2),
    worker_name="Siân Ŷr Łódź", worker_phone="01632 960002", title="Social prescribing: letter to the GP",
    pdf=b"%PDF-1.4 not really", codes=[("871731000000106", "Referral to social prescribing service")],
    period_start=date(2026, 11, 2), sender_reference="local-1",
)


def test_a_valid_message_parses_back_with_the_same_person_and_codes() -> None:
    built = gp_connect.build(DOC)
    model = gp_connect.parse(built.payload)
    doc = gp_connect.document_of(model)
    assert doc["Patient"].name[0].family == "Wŷn <O'Brien & Żak> 🙂"
    assert doc["Binary"].content == DOC.pdf
    assert model.entry[0].resource.id == built.header_id
    assert built.subject == ("Social prescribing: letter to the GP for Łucja Wŷn <O'Brien & Żak> 🙂, NHS Number: "
                             "9434765919, seen at Social prescribing & <friends>, U12345, Version: 1")


@pytest.mark.parametrize("nhs", ["943476591", "94347659190", "943 476 5919", ""])
def test_a_message_without_one_ten_digit_nhs_number_is_never_built(nhs: str) -> None:
    with pytest.raises(gp_connect.MessageInvalid, match="so it was not queued"):
        gp_connect.build(replace(DOC, nhs_number=nhs))


def test_a_message_with_a_receiver_or_another_event_is_refused() -> None:
    message = json.loads(gp_connect.build(DOC).payload)
    message["entry"][0]["resource"]["event"]["code"] = "ITK008M"
    message["entry"][0]["resource"]["receiver"] = {"reference": "urn:uuid:somewhere"}
    with pytest.raises(gp_connect.MessageInvalid, match="the event is ITK007C; the MessageHeader names no receiver"):
        gp_connect.validate(message)


def test_every_code_carries_its_term_from_the_reference_list() -> None:
    terms = {c["id"]: c["term"] for c in load_json_resource("snomed.json")["concepts"].values()}
    doc = replace(DOC, codes=[(code, terms[code]) for code in terms])
    composition = gp_connect.document_of(gp_connect.parse(gp_connect.build(doc).payload))["Composition"]
    carried = {c.coding[0].code: c.coding[0].display for c in composition.event[0].code}
    assert carried == terms
    assert all(c.coding[0].system == gp_connect.SNOMED for c in composition.event[0].code)


def test_an_acknowledgement_names_the_message_it_answers() -> None:
    response = gp_connect.parse_response(gp_connect.build_response("header-1", ok=False, code="30002",
                                                                   display="Patient not found"))
    assert response == gp_connect.Response(header_id="header-1", ok=False, code="30002", words="Patient not found")
    assert gp_connect.parse_response(gp_connect.build(DOC).payload) is None  # a message is not a response
    assert gp_connect.parse_response(b"not json") is None
