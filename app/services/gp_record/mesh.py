"""MESH, through NHS England's ``mesh-client``: this laptop's mailbox settings, its secrets, and the few
calls the outbox makes (endpoint lookup, send, tracking, the inbox).

Settings (``<database>.mesh``, JSON, owner-only): the MESH address, the mailbox id, the sending
organisation's ODS code and, where MESH asks for them, the client certificate, its key and the CA
bundle (paths). The mailbox password and the shared key (the HMAC key MESH's authentication token is
signed with) are kept as the database key is: in the OS keyring when one is usable, else wrapped with
AES-256-GCM under the database key in that same file. Never in plaintext.

Errors become sentences: MESH out of reach (``MeshUnreachable``: nothing is lost, the outbox waits),
credentials refused (``MeshRefused``), a setting missing (``MeshNotConfigured``).
"""

from __future__ import annotations

import base64
import json
import secrets
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.errors import LinkwellError
from app.io.files import write_atomically
from app.storage import keys
from app.i18n import translate

_FORMAT = "linkwell-mesh"
_AAD = b"linkwell-mesh-secrets-v1:"
APPLICATION = "linkwell"


class MeshNotConfigured(LinkwellError):
    def __init__(self) -> None:
        super().__init__(translate("gp", "This laptop has no MESH mailbox set up: run 'linkwell mesh configure --url URL --mailbox ID --ods CODE' first. The messages stay queued."))


class MeshUnreachable(LinkwellError):
    """MESH could not be reached: nothing was lost, the messages stay queued."""


class MeshRefused(LinkwellError):
    """MESH refused this mailbox's credentials (HTTP 403)."""


@dataclass(frozen=True)
class MeshSettings:
    url: str
    mailbox: str
    ods_code: str  # the sending organisation's
    cert: str = ""  # client certificate (PEM), where MESH asks for one
    key: str = ""  # its private key
    ca: str = ""  # the CA bundle to trust for MESH (empty: mesh-client's own for NHS endpoints, else the system's)


def settings_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".mesh")


def _account(mailbox: str) -> str:
    return f"mesh:{mailbox}"


def store(db: Any, settings: MeshSettings, password: str, shared_key: str) -> str:
    """Keep the settings and the secrets; returns where the secrets went: "keyring" or "file"."""
    secret = json.dumps({"password": password, "shared_key": shared_key})
    data: dict[str, Any] = {"format": _FORMAT, "version": 1, **asdict(settings), "secrets": "keyring"}
    backend = keys.usable_keyring()
    stored = False
    if backend is not None:
        try:
            backend.set_password(keys.KEYRING_SERVICE, _account(settings.mailbox), secret)
            stored = backend.get_password(keys.KEYRING_SERVICE, _account(settings.mailbox)) == secret
        except Exception:  # noqa: BLE001 - a keyring that fails is no keyring; the wrapped file remains
            stored = False
    if not stored:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(db.key).encrypt(nonce, secret.encode("utf-8"), _AAD + settings.mailbox.encode())
        data.update(secrets="file", nonce=base64.b64encode(nonce).decode(),
                    wrapped=base64.b64encode(wrapped).decode())
    write_atomically(settings_path(db.path), json.dumps(data, indent=2).encode("utf-8"))
    return data["secrets"]


def load(db: Any) -> tuple[MeshSettings, str, str]:
    """(settings, password, shared key); ``MeshNotConfigured`` when there are none or they cannot be read."""
    path = settings_path(db.path)
    try:
        data = json.loads(path.read_bytes()[:65536])
        if data.get("format") != _FORMAT:
            raise ValueError("not a MESH settings file")
        settings = MeshSettings(**{k: data.get(k, "") for k in MeshSettings.__dataclass_fields__})
    except (OSError, ValueError, TypeError):
        raise MeshNotConfigured() from None
    secret: str | None = None
    if data.get("secrets") == "keyring":
        backend = keys.usable_keyring()
        try:
            secret = backend.get_password(keys.KEYRING_SERVICE, _account(settings.mailbox)) if backend else None
        except Exception:  # noqa: BLE001
            secret = None
    else:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            secret = AESGCM(db.key).decrypt(base64.b64decode(data["nonce"]), base64.b64decode(data["wrapped"]),
                                            _AAD + settings.mailbox.encode()).decode("utf-8")
        except (KeyError, ValueError, InvalidTag):
            secret = None
    if not secret:
        raise LinkwellError(translate("gp", "The password for MESH mailbox {mailbox} cannot be read on this laptop (the keyring entry is gone, or the database key has changed since): run 'linkwell mesh configure' again. The messages stay queued.").format(mailbox=settings.mailbox))
    parsed = json.loads(secret)
    return settings, parsed["password"], parsed["shared_key"]


def carry(db: Any) -> tuple[MeshSettings, str, str] | None:
    """(settings, password, shared key) when the secrets are wrapped under this database's key, so a key
    rotation can wrap them again under the new key; None when there are none, or they are in the keyring."""
    try:
        data = json.loads(settings_path(db.path).read_bytes()[:65536])
    except (OSError, ValueError):
        return None
    if data.get("secrets") != "file":
        return None
    try:
        return load(db)
    except LinkwellError:
        return None


def header_text(text: str) -> str:
    """MESH headers are ASCII: accents dropped (ŵ → w), other letters spelled out where they can be."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return plain.encode("ascii", "replace").decode("ascii")


@dataclass(frozen=True)
class Received:
    message_id: str
    kind: str  # "DATA" or "REPORT"
    workflow: str
    local_id: str
    linked_id: str  # a report's: the message it is about
    status: str  # a report's status description, in MESH's words
    body: bytes


class Mesh:
    """One MESH session for this laptop's mailbox (``with Mesh(...) as mesh``)."""

    def __init__(self, settings: MeshSettings, password: str, shared_key: str, *, retries: int = 1,
                 timeout: float = 30) -> None:
        from mesh_client import MeshClient

        cert: Any = (settings.cert, settings.key) if settings.cert and settings.key else None
        verify: Any = settings.ca or None
        self.settings = settings
        self._client = MeshClient(settings.url, settings.mailbox, password, shared_key=shared_key.encode("utf-8"),
                                  cert=cert, verify=verify, max_retries=retries, timeout=timeout,
                                  application_name=APPLICATION)

    def __enter__(self) -> Mesh:
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()

    @contextmanager
    def _words(self) -> Iterator[None]:
        """requests' and mesh-client's errors as sentences."""
        import requests

        try:
            yield
        except requests.HTTPError as exc:
            status = exc.response.status_code if exc.response is not None else 0
            if status in (401, 403):
                raise MeshRefused(translate("gp", "MESH refused mailbox {mailbox}: its password or shared key is not the one MESH holds. Check them with your MESH administrator and run 'linkwell mesh configure' again. Nothing was sent.").format(mailbox=self.settings.mailbox)) from None
            raise MeshUnreachable(translate("gp", "MESH answered with an error ({status}); the messages stay queued and Linkwell will try again.").format(status=status)) from None
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise MeshUnreachable(translate("gp", "MESH at {url} could not be reached ({name}); the messages stay queued and go when it can be reached.").format(url=self.settings.url, name=type(exc).__name__)) from None

    def handshake(self) -> None:
        with self._words():
            self._client.handshake()

    def lookup(self, ods_code: str, workflow: str) -> str | None:
        """The practice's mailbox for this workflow (MESH endpoint lookup), or None."""
        with self._words():
            found = self._client.lookup_endpoint(ods_code, workflow).get("results") or []
        return str(found[0]["mailbox_id"]) if found else None

    def sent_with_local_id(self, local_id: str) -> str | None:
        """The MESH message id of a message this mailbox already sent with this local id, or None
        (MESH's outbox tracking by local id)."""
        import requests

        url = f"{self._client.mailbox_url}/outbox/tracking/{requests.utils.quote(local_id, safe='')}"
        with self._words():
            response = self._client._session.get(url, timeout=30)  # mesh-client has no call for it
            if response.status_code == 404:
                return None
            response.raise_for_status()
        data = response.json()
        return str(data.get("messageId") or data.get("message_id") or "") or None

    def send(self, recipient: str, payload: bytes, *, workflow: str, local_id: str, subject: str) -> str:
        """Send; returns the MESH message id. ``MeshError`` (refused for this message) passes through."""
        with self._words():
            return str(self._client.send_message(
                recipient, payload, workflow_id=workflow, local_id=local_id, subject=header_text(subject),
                filename=f"{local_id}.json", content_type="application/fhir+json"))

    def status(self, message_id: str) -> str:
        """MESH's status of a sent message: accepted, acknowledged (collected), undeliverable, error."""
        import requests

        try:
            with self._words():
                return str(self._client.track_message(message_id).get("status") or "").lower()
        except MeshUnreachable:
            raise
        except requests.HTTPError:
            return ""

    def inbox(self) -> list[Received]:
        with self._words():
            out = []
            for message_id in self._client.list_messages():
                message = self._client.retrieve_message(message_id)
                headers = dict(message.mex_headers())
                out.append(Received(
                    message_id=message_id, kind=(headers.get("messagetype") or "DATA").upper(),
                    workflow=headers.get("workflowid") or "", local_id=headers.get("localid") or "",
                    linked_id=headers.get("linkedmsgid") or "", status=headers.get("statusdescription") or "",
                    body=message.read()))
                message.close()
            return out

    def acknowledge(self, message_id: str) -> None:
        with self._words():
            self._client.acknowledge_message(message_id)
