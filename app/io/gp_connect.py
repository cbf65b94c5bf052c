"""GP Connect Send Document: the ITK3 FHIR STU3 message that puts a letter into the registered practice's
GP record over MESH, built and checked with ``fhir.resources`` (its STU3 models).

Followed: GP Connect Send Document 1.3.2 (its "sender requirements", GPCM-SD-*), on the ITK3 Message
Distribution Standard 2.10 (see docs/gp-connect.md for what could not be followed here). The message is

- an ITK-Message-Bundle-1 (``type: message``) whose first entry is an ITK-MessageHeader-2: event ITK007C
  "ITK GP Connect Send Document", the ITK handling extension (business and infrastructure
  acknowledgements asked for, recipient "For Action", priority routine, the GP Connect message
  definition, a sender reference), ``source.endpoint`` the sender's MESH mailbox, ``sender`` a
  CareConnect-ITK-Header-Organization-1, no ``receiver`` (MESH routes it), ``focus`` the document bundle;
- an ITK-Document-Bundle-1 (``type: document``) holding a CareConnect-Composition-1 (type "Report of
  clinical encounter", the person as ``subject``, the link worker and the sending organisation as
  ``author``, the practice as ``custodian``, the episode's SNOMED CT codes in ``event.code``, one section
  whose entry is the PDF), the CareConnect Patient (NHS number, official name, date of birth), the
  Practitioner, both Organizations, and the PDF as an ITK-Attachment-Binary-1.

``parse_response`` reads an ITK3 response (``GPFED_CONSULT_REPORT_ACK``); ``build_response`` makes one,
as a GP system would (the tests act as the practice with it).
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app import clock
from app.errors import LinkwellError
from app.i18n import translate

SPEC_VERSION = "GP Connect Send Document 1.3.2 (ITK3 Message Distribution 2.10.0, FHIR STU3)"
WORKFLOW = "GPFED_CONSULT_REPORT"
WORKFLOW_ACK = "GPFED_CONSULT_REPORT_ACK"
SNOMED = "http://snomed.info/sct"
NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number"
ODS_CODE = "https://fhir.nhs.uk/Id/ods-organization-code"
MESSAGE_DEFINITION = "https://fhir.nhs.uk/STU3/MessageDefinition/ITK-GPConnectSendDocument-MessageDefinition-Instance-1"
_NHS = "https://fhir.nhs.uk/STU3/StructureDefinition/"
_UK = "https://fhir.hl7.org.uk/STU3/StructureDefinition/"
HANDLING = _NHS + "Extension-ITK-MessageHandling-2"
EVENT_SYSTEM = "https://fhir.nhs.uk/STU3/CodeSystem/ITK-MessageEvent-2"
RESPONSE_CODES = "https://fhir.nhs.uk/STU3/CodeSystem/ITK-ResponseCodes-1"
DOCUMENT_TYPE = ("371531000", "Report of clinical encounter")


class MessageInvalid(LinkwellError):
    """The message does not pass the FHIR STU3 model's checks: a bug here, never queued."""


@dataclass(frozen=True)
class Party:
    """An organisation as the message names it."""

    ods_code: str
    name: str
    phone: str = ""


@dataclass(frozen=True)
class SendDocument:
    """What one message carries; everything else is fixed by the specification."""

    sender_mailbox: str
    sender: Party  # the organisation sending (the social prescribing service)
    practice: Party  # the registered practice: custodian of the record the document goes into
    nhs_number: str  # ten digits
    given_name: str
    family_name: str
    birth_date: date | None
    worker_name: str
    worker_phone: str
    title: str  # the document's title ("Social prescribing: letter to the GP")
    pdf: bytes
    codes: list[tuple[str, str]] = field(default_factory=list)  # (SNOMED CT concept id, term)
    period_start: date | None = None
    sender_reference: str = ""  # our local id: the same for every try at sending this message
    timestamp: datetime | None = None
    version: int = 1  # GPCM-SD-098: 1 for the first document, +1 for each replacement


@dataclass(frozen=True)
class Built:
    header_id: str
    payload: bytes  # JSON, UTF-8
    subject: str  # Mex-Subject (GPCM-SD-064)


def _urn(value: str) -> str:
    return f"urn:uuid:{value}"


def _ref(value: str) -> dict[str, str]:
    return {"reference": _urn(value)}


def _coding(system: str, code: str, display: str) -> dict[str, str]:
    out = {"system": system, "code": code}
    if display:
        out["display"] = display
    return out


def _phone(number: str) -> list[dict[str, str]]:
    return [{"system": "phone", "value": number, "use": "work"}] if number.strip() else []


def _organization(oid: str, party: Party) -> dict[str, Any]:
    return {"resourceType": "Organization", "id": oid, "meta": {"profile": [_UK + "CareConnect-Organization-1"]},
            "identifier": [{"system": ODS_CODE, "value": party.ods_code}], "name": party.name,
            "telecom": _phone(party.phone)}


def _name_parts(full: str) -> dict[str, Any]:
    parts = full.split()
    if len(parts) < 2:
        return {"use": "official", "text": full or "Link worker", "family": full or "Link worker"}
    return {"use": "official", "text": full, "family": parts[-1], "given": parts[:-1]}


def subject_line(doc: SendDocument) -> str:
    """GPCM-SD-061/064: [title] for [name], NHS Number: [n], seen at [location], [ods], Version: [v]."""
    return (f"{doc.title} for {doc.given_name} {doc.family_name}, NHS Number: {doc.nhs_number}, "
            f"seen at {doc.sender.name}, {doc.sender.ods_code}, Version: {doc.version}")


def build(doc: SendDocument, *, header_id: str | None = None) -> Built:
    """The message as JSON, checked against the STU3 models before it is returned."""
    ids = {k: str(uuid.uuid4()) for k in ("message", "header", "header_org", "document", "composition",
                                            "patient", "practitioner", "sender", "practice", "binary")}
    if header_id:
        ids["header"] = header_id
    stamp = (doc.timestamp or clock.now().astimezone()).isoformat(timespec="seconds")
    codes = [_coding(SNOMED, code, term) for code, term in doc.codes]
    event: dict[str, Any] = {"code": [{"coding": [c], "text": c.get("display", c["code"])} for c in codes]}
    if doc.period_start:
        event["period"] = {"start": doc.period_start.isoformat()}
    code_text = "; ".join(f"{c} {t}".strip() for c, t in doc.codes) or "no codes recorded"
    composition = {
        "resourceType": "Composition", "id": ids["composition"],
        "meta": {"profile": [_UK + "CareConnect-Composition-1"]},
        "identifier": {"system": "https://tools.ietf.org/html/rfc4122", "value": ids["composition"]},
        "status": "final",
        "type": {"coding": [_coding(SNOMED, *DOCUMENT_TYPE)], "text": DOCUMENT_TYPE[1]},
        "subject": _ref(ids["patient"]), "date": stamp, "title": doc.title,
        "author": [_ref(ids["practitioner"]), _ref(ids["sender"])],
        "custodian": _ref(ids["practice"]),
        "section": [{
            "title": doc.title,
            "text": {"status": "generated",
                     "div": f'<div xmlns="http://www.w3.org/1999/xhtml"><p>{_escape(doc.title)}: see the '
                            f'attached PDF.</p><p>SNOMED CT: {_escape(code_text)}</p></div>'},
            "entry": [_ref(ids["binary"])],
        }],
    }
    if codes:
        composition["event"] = [event]
    patient = {
        "resourceType": "Patient", "id": ids["patient"], "meta": {"profile": [_UK + "CareConnect-Patient-1"]},
        "identifier": [{"system": NHS_NUMBER, "value": doc.nhs_number}],
        "name": [{"use": "official", "family": doc.family_name, "given": [doc.given_name]}],
    }
    if doc.birth_date:
        patient["birthDate"] = doc.birth_date.isoformat()
    practitioner = {
        "resourceType": "Practitioner", "id": ids["practitioner"],
        "meta": {"profile": [_UK + "CareConnect-Practitioner-1"]},
        "name": [_name_parts(doc.worker_name)], "telecom": _phone(doc.worker_phone),
    }
    binary = {"resourceType": "Binary", "id": ids["binary"], "meta": {"profile": [_NHS + "ITK-Attachment-Binary-1"]},
              "contentType": "application/pdf", "content": base64.b64encode(doc.pdf).decode("ascii")}
    entries: list[dict[str, Any]] = [composition, patient, practitioner, _organization(ids["sender"], doc.sender),
               _organization(ids["practice"], doc.practice), binary]
    document = {
        "resourceType": "Bundle", "id": ids["document"], "meta": {"profile": [_NHS + "ITK-Document-Bundle-1"]},
        "identifier": {"system": "https://tools.ietf.org/html/rfc4122", "value": ids["document"]},
        "type": "document",
        "entry": [{"fullUrl": _urn(r["id"]), "resource": r} for r in entries],
    }
    handling = {"url": HANDLING, "extension": [
        {"url": "BusAckRequested", "valueBoolean": True},
        {"url": "InfAckRequested", "valueBoolean": True},
        {"url": "RecipientType", "valueCoding": _coding("https://fhir.nhs.uk/STU3/CodeSystem/ITK-RecipientType-1",
                                                        "FA", "For Action")},
        {"url": "Priority", "valueCoding": _coding("https://fhir.nhs.uk/STU3/CodeSystem/ITK-Priority-1",
                                                   "routine", "Routine")},
        {"url": "MessageDefinition", "valueReference": {"reference": MESSAGE_DEFINITION}},
        {"url": "SenderReference", "valueString": doc.sender_reference or ids["header"]},
    ]}
    header = {
        "resourceType": "MessageHeader", "id": ids["header"], "meta": {"profile": [_NHS + "ITK-MessageHeader-2"]},
        "extension": [handling],
        "event": _coding(EVENT_SYSTEM, "ITK007C", "ITK GP Connect Send Document"),
        "sender": _ref(ids["header_org"]), "timestamp": stamp,
        "source": {"endpoint": doc.sender_mailbox},
        "focus": [_ref(ids["document"])],
    }
    header_org = {"resourceType": "Organization", "id": ids["header_org"],
                  "meta": {"profile": [_NHS + "CareConnect-ITK-Header-Organization-1"]},
                  "identifier": [{"system": ODS_CODE, "value": doc.sender.ods_code}]}
    parts: list[dict[str, Any]] = [header, header_org, document]
    message = {
        "resourceType": "Bundle", "id": ids["message"], "meta": {"profile": [_NHS + "ITK-Message-Bundle-1"]},
        "identifier": {"system": "https://tools.ietf.org/html/rfc4122", "value": ids["message"]},
        "type": "message",
        "entry": [{"fullUrl": _urn(str(r["id"])), "resource": r} for r in parts],
    }
    validate(message)
    payload = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Built(header_id=ids["header"], payload=payload, subject=subject_line(doc))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def validate(message: dict[str, Any]) -> Any:
    """The message through the STU3 models (types, cardinality, required elements), and the rules of
    the specification the models cannot know. Returns the model; raises ``MessageInvalid``."""
    from fhir.resources.STU3.bundle import Bundle
    from pydantic import ValidationError

    try:
        model = Bundle.model_validate(message)
    except ValidationError as exc:
        raise MessageInvalid(translate("gp", "The GP record message is not valid FHIR STU3, so it was not queued: {exc}").format(exc=exc)) from None
    problems = check_rules(model)
    if problems:
        raise MessageInvalid("The GP record message breaks the specification, so it was not queued: "
                             + "; ".join(problems) + ".")
    return model


def check_rules(model: Any) -> list[str]:
    problems = []
    if model.type != "message" or not model.entry or model.entry[0].resource.get_resource_type() != "MessageHeader":
        return ["an ITK3 message is a bundle of type message whose first entry is its MessageHeader"]
    header = model.entry[0].resource
    if header.event.code != "ITK007C":
        problems.append("the event is ITK007C")
    if header.receiver is not None:
        problems.append("the MessageHeader names no receiver (GPCM-SD-049)")
    if not header.source or not header.source.endpoint:
        problems.append("the MessageHeader's source is the sender's MESH mailbox (GPCM-SD-046)")
    handling = {e.url for ext in header.extension or [] if ext.url == HANDLING for e in ext.extension or []}
    for needed in ("BusAckRequested", "InfAckRequested", "RecipientType", "MessageDefinition", "SenderReference"):
        if needed not in handling:
            problems.append(f"the handling extension has {needed}")
    documents = [e.resource for e in model.entry if e.resource.get_resource_type() == "Bundle"]
    if len(documents) != 1 or documents[0].type != "document":
        return problems + ["the message holds one document bundle"]
    inner = {e.resource.get_resource_type(): e.resource for e in documents[0].entry or []}
    composition, patient = inner.get("Composition"), inner.get("Patient")
    if composition is None or inner.get("Binary") is None or patient is None:
        return problems + ["the document holds a Composition, the Patient and the PDF as a Binary"]
    if not composition.custodian or not composition.subject or not composition.author:
        problems.append("the Composition names its subject, author and custodian")
    nhs = [i.value for i in patient.identifier or [] if i.system == NHS_NUMBER]
    if len(nhs) != 1 or not (nhs[0] or "").isdigit() or len(nhs[0]) != 10:
        problems.append("the Patient carries one ten-digit NHS number (GPCM-SD-035)")
    return problems


def parse(payload: bytes) -> Any:
    """A received message as the STU3 model (a GP system's first step)."""
    return validate(json.loads(payload))


def document_of(model: Any) -> dict[str, Any]:
    """The resources of a parsed message's document, by type (Composition, Patient, Binary...)."""
    docs = [e.resource for e in model.entry if e.resource.get_resource_type() == "Bundle"]
    return {e.resource.get_resource_type(): e.resource for e in docs[0].entry} if docs else {}


# --- the response (acknowledgement) ---------------------------------------------------------------


@dataclass(frozen=True)
class Response:
    header_id: str  # the MessageHeader id of the message it answers
    ok: bool
    code: str  # the ITK response code, e.g. 30001
    words: str  # the GP system's own words, if any


def build_response(answering: str, *, ok: bool = True, code: str = "30001",
                   display: str = "Success", diagnostics: str = "") -> bytes:
    """An ITK3 response (event ITK008M) to the message whose MessageHeader id is ``answering``."""
    header_id, outcome_id, org_id = (str(uuid.uuid4()) for _ in range(3))
    outcome = {"resourceType": "OperationOutcome", "id": outcome_id,
               "meta": {"profile": [_NHS + "ITK-Response-OperationOutcome-1"]},
               "issue": [{"severity": "information" if ok else "error", "code": "informational" if ok else "invalid",
                          "details": {"coding": [_coding(RESPONSE_CODES, code, display)]},
                          **({"diagnostics": diagnostics} if diagnostics else {})}]}
    header = {"resourceType": "MessageHeader", "id": header_id, "meta": {"profile": [_NHS + "ITK-MessageHeader-2"]},
              "event": _coding(EVENT_SYSTEM, "ITK008M", "ITK Response"),
              "timestamp": clock.now().astimezone().isoformat(timespec="seconds"),
              "source": {"endpoint": "practice"}, "sender": _ref(org_id),
              "response": {"identifier": answering, "code": "ok" if ok else "fatal-error",
                           "details": _ref(outcome_id)},
              "focus": [_ref(outcome_id)]}
    org = {"resourceType": "Organization", "id": org_id,
           "meta": {"profile": [_NHS + "CareConnect-ITK-Header-Organization-1"]}}
    message = {"resourceType": "Bundle", "id": str(uuid.uuid4()), "type": "message",
               "entry": [{"fullUrl": _urn(str(r["id"])), "resource": r} for r in (header, org, outcome)]}
    from fhir.resources.STU3.bundle import Bundle

    Bundle.model_validate(message)
    return json.dumps(message).encode("utf-8")


def parse_response(payload: bytes) -> Response | None:
    """The answer an ITK3 response gives, or None when the payload is not one."""
    from fhir.resources.STU3.bundle import Bundle
    from pydantic import ValidationError

    try:
        model = Bundle.model_validate(json.loads(payload))
    except (ValueError, ValidationError):
        return None
    entries: list[Any] = list(model.entry or [])
    if not entries or entries[0].resource is None or entries[0].resource.get_resource_type() != "MessageHeader":
        return None
    header: Any = entries[0].resource
    if header.response is None:
        return None
    code, words = "", ""
    for entry in entries:
        if entry.resource is not None and entry.resource.get_resource_type() == "OperationOutcome":
            for issue in entry.resource.issue or []:
                codings = issue.details.coding if issue.details and issue.details.coding else []
                code = code or (codings[0].code if codings else "") or ""
                words = words or issue.diagnostics or (codings[0].display if codings else "") or ""
    return Response(header_id=header.response.identifier, ok=header.response.code == "ok", code=code, words=words)
