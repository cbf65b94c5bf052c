"""Talks to the team hub over HTTP(S), with the standard library only (a laptop needs no extras).

Every call sends this Linkwell's schema label; the hub refuses a mismatch with a sentence (409).
HTTPS is checked against the system's trusted certificates, or against the PCN's own certificate
(``cafile``, given at ``sync join --ca``) when the hub uses a certificate of its own making. Plain HTTP
is only for a hub on this same computer (loopback): anything else is refused before a byte is sent.
"""

from __future__ import annotations

import ipaddress
import json
import ssl
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from app.errors import InvalidInput, LinkwellError
from app.hub import protocol
from app.i18n import translate


class HubRefused(LinkwellError):
    """The hub answered, and said no: its sentence, with the HTTP status."""

    def __init__(self, sentence: str, status: int) -> None:
        super().__init__(sentence)
        self.status = status


class HubNotReachable(LinkwellError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__(translate("sync", "The team hub cannot be reached, so this laptop is working offline; nothing is lost."))


class HubUntrusted(LinkwellError):
    """The hub answered with a certificate this laptop does not trust: nothing was sent."""

    def __init__(self) -> None:
        super().__init__(translate("sync", "The team hub's certificate is not one this laptop trusts, so nothing was sent: join with --ca and the certificate file whoever runs the hub gave you."))


def _loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """The hub's address, refused with a sentence unless it is HTTPS, or plain HTTP on this computer."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInput(translate("sync", "The hub's address must be an HTTPS address such as https://hub.example.nhs.uk:8443."))
    if parts.scheme == "http" and not _loopback(parts.hostname):
        raise InvalidInput(translate("sync", "The hub at {hostname} must be reached over HTTPS (https://...): plain HTTP would send the team's records unprotected, so it is only allowed to a hub on this computer.").format(hostname=parts.hostname))
    return url.strip().rstrip("/")


def tls_context(cafile: Path | None) -> ssl.SSLContext:
    """The system's trusted certificates, or only the PCN's own certificate when one is given."""
    if cafile is None:
        return ssl.create_default_context()
    try:
        return ssl.create_default_context(cafile=str(cafile))
    except (OSError, ssl.SSLError, ValueError):
        raise InvalidInput(translate("sync", "{name} is not a certificate file (PEM) this laptop can read.").format(name=Path(cafile).name)) from None


class HubClient:
    def __init__(self, url: str, token: str | None = None, *, timeout: float = 60,
                 cafile: Path | None = None) -> None:
        self.url = check_url(url)
        self.token = token
        self.timeout = timeout
        self.context = tls_context(cafile) if self.url.startswith("https:") else None

    def version(self) -> dict[str, Any]:
        return self._call("GET", "/version")

    def enrol(self, user: str, code: str, device: str) -> dict[str, Any]:
        return self._call("POST", "/enrol", {"user": user, "code": code, "device": device})

    def push(self, changes: list[dict[str, Any]]) -> dict[str, Any]:
        return self._call("POST", "/push", {"changes": changes})

    def pull(self, after: int, limit: int | None = None) -> dict[str, Any]:
        query = {"after": after} | ({"limit": limit} if limit else {})
        return self._call("GET", "/pull?" + urllib.parse.urlencode(query))

    def team(self) -> list[dict[str, str]]:
        """The members of this laptop's PCN who can still reach the hub: name and role."""
        return list(self._call("GET", "/team")["team"])

    def views(self, person_hex: str) -> list[dict[str, str]]:
        """Who in the team looked at one person's record (see the hub's /views)."""
        return list(self._call("GET", "/views?" + urllib.parse.urlencode({"person": person_hex}))["views"])

    def _call(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        headers = {protocol.SCHEMA_HEADER: protocol.schema_label(), "Accept": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(self.url + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout, context=self.context) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            with error:
                raise HubRefused(_sentence(error), error.code) from None
        except ssl.SSLCertVerificationError as error:
            raise HubUntrusted() from error
        except urllib.error.URLError as error:
            if isinstance(error.reason, ssl.SSLCertVerificationError):
                raise HubUntrusted() from error
            raise HubNotReachable() from error
        except OSError as error:
            raise HubNotReachable() from error


def _sentence(error: urllib.error.HTTPError) -> str:
    try:
        return str(json.loads(error.read())["error"])
    except (ValueError, KeyError, TypeError):
        return f"The team hub could not do that just now (it answered {error.code}); try again later."
