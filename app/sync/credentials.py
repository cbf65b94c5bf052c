"""The hub token, kept as the database key is (app/storage/keys.py): in the OS keyring when one is usable,
else wrapped with AES-256-GCM under the database key in ``<database>.hub`` beside the key file. Never in
plaintext, never in a file a "keyring" fallback writes in the clear.

Hub file (JSON, ``<db>.hub``, owner-only)::

    {"format": "linkwell-hub-token", "version": 1, "device": "<device id>",
     "nonce": "<b64>", "wrapped_token": "<b64 AES-GCM ciphertext + tag>"}
"""

from __future__ import annotations

import base64
import json
import secrets
from pathlib import Path
from typing import Any

from app.errors import LinkwellError
from app.io.files import write_atomically
from app.storage import keys

_FORMAT = "linkwell-hub-token"
_AAD_PREFIX = b"linkwell-hub-token-v1:"


class HubTokenMissing(LinkwellError):
    def __init__(self) -> None:
        super().__init__("This laptop's team hub sign-in cannot be read (its keyring entry and its file beside "
                         "the database are missing or belong to another key): ask your manager for a new code "
                         "and join again.")


def token_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".hub")


def ca_path(db_path: Path) -> Path:
    """The PCN's own certificate (PEM), when its hub's is not one the system trusts: public, not a secret,
    so kept as it is beside the token."""
    return db_path.with_name(db_path.name + ".hub-ca.pem")


def store_ca(db: Any, pem: bytes | None) -> None:
    """Trust this certificate for the hub from now on (None: the system's trusted certificates)."""
    if pem is None:
        ca_path(db.path).unlink(missing_ok=True)
    else:
        write_atomically(ca_path(db.path), pem)


def ca_file(db: Any) -> Path | None:
    path = ca_path(db.path)
    return path if path.exists() else None


def _account(device: str) -> str:
    return f"hub-token:{device}"


def store(db: Any, device: str, token: str) -> str:
    """Keep the token; returns where: "keyring" or "file"."""
    backend = keys.usable_keyring()
    if backend is not None:
        try:
            backend.set_password(keys.KEYRING_SERVICE, _account(device), token)
            if backend.get_password(keys.KEYRING_SERVICE, _account(device)) == token:
                token_path(db.path).unlink(missing_ok=True)
                return "keyring"
        except Exception:  # noqa: BLE001 - a keyring that fails is no keyring; the file remains
            pass
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(db.key).encrypt(nonce, token.encode("utf-8"), _AAD_PREFIX + device.encode())
    write_atomically(token_path(db.path), json.dumps({
        "format": _FORMAT, "version": 1, "device": device,
        "nonce": base64.b64encode(nonce).decode(), "wrapped_token": base64.b64encode(wrapped).decode(),
    }, indent=2).encode("utf-8"))
    return "file"


def fetch(db: Any, device: str, legacy: str | None = None) -> str:
    """The token, from the keyring, else from the wrapped file. ``legacy``: a token an earlier Linkwell
    kept inside the encrypted database, used as it is (and kept as it is) if nothing else is found."""
    backend = keys.usable_keyring()
    if backend is not None:
        try:
            found = backend.get_password(keys.KEYRING_SERVICE, _account(device))
            if found:
                return found
        except Exception:  # noqa: BLE001
            pass
    path = token_path(db.path)
    if path.exists():
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            data = json.loads(path.read_bytes()[:65536])
            if data.get("format") != _FORMAT or data.get("device") != device:
                raise ValueError("not this laptop's")
            nonce, wrapped = base64.b64decode(data["nonce"]), base64.b64decode(data["wrapped_token"])
            return AESGCM(db.key).decrypt(nonce, wrapped, _AAD_PREFIX + device.encode()).decode("utf-8")
        except (OSError, ValueError, KeyError, TypeError, InvalidTag):
            pass
    if legacy:
        return legacy
    raise HubTokenMissing()


def carry(db: Any) -> tuple[str, str] | None:
    """(device, token) when the token is wrapped under this database's key, so a key rotation can wrap
    it again under the new key; None when there is none, or it lives in the keyring (untouched by it)."""
    if not token_path(db.path).exists():
        return None
    con = db.connect()
    try:
        device, legacy = con.execute("SELECT device_id, hub_token FROM sync_state").fetchone()
    finally:
        con.close()
    try:
        return device, fetch(db, device, legacy)
    except HubTokenMissing:
        return None


def forget(db: Any, device: str) -> None:
    backend = keys.usable_keyring()
    if backend is not None:
        try:
            backend.delete_password(keys.KEYRING_SERVICE, _account(device))
        except Exception:  # noqa: BLE001
            pass
    token_path(db.path).unlink(missing_ok=True)
