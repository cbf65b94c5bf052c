"""Talks to the team hub over HTTP(S), with the standard library only (a laptop needs no extras).

Every call sends this Linkwell's schema label; the hub refuses a mismatch with a sentence (409).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from app.errors import LinkwellError
from app.hub import protocol


class HubRefused(LinkwellError):
    """The hub answered, and said no: its sentence, with the HTTP status."""

    def __init__(self, sentence: str, status: int) -> None:
        super().__init__(sentence)
        self.status = status


class HubNotReachable(LinkwellError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__("The team hub cannot be reached, so this laptop is working offline; nothing is lost.")


class HubClient:
    def __init__(self, url: str, token: str | None = None, *, timeout: float = 60) -> None:
        self.url = url.rstrip("/")
        self.token = token
        self.timeout = timeout

    def version(self) -> dict[str, Any]:
        return self._call("GET", "/version")

    def enrol(self, user: str, code: str, device: str) -> dict[str, Any]:
        return self._call("POST", "/enrol", {"user": user, "code": code, "device": device})

    def push(self, changes: list[dict[str, Any]]) -> dict[str, Any]:
        return self._call("POST", "/push", {"changes": changes})

    def pull(self, after: int, limit: int | None = None) -> dict[str, Any]:
        query = {"after": after} | ({"limit": limit} if limit else {})
        return self._call("GET", "/pull?" + urllib.parse.urlencode(query))

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
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            with error:
                raise HubRefused(_sentence(error), error.code) from None
        except (urllib.error.URLError, OSError) as error:
            raise HubNotReachable() from error


def _sentence(error: urllib.error.HTTPError) -> str:
    try:
        return str(json.loads(error.read())["error"])
    except (ValueError, KeyError, TypeError):
        return f"The team hub could not do that just now (it answered {error.code}); try again later."
