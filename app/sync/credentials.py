"""The hub token, kept as the database key is (app/storage/keys.py): in the OS keyring when one is usable,
else wrapped with AES-256-GCM under the database key in ``<database>.hub`` beside the key file. Never in
plaintext, never in a file a "keyring" fallback writes in the clear.

Hub file (JSON, ``<db>.hub``, owner-only)::

    {"format": "linkwell-hub-token", "version": 1, "device": "<device id>",
     "nonce": "<b64>", "wrapped_token": "<b64 AES-GCM ciphertext + tag>",
     "also": [{"nonce": "<b64>", "wrapped_token": "<b64>"}]}

``also`` is there only while the database key is being rotated: the same token wrapped under the new key,
written (atomically, with the old wrapping) before the file is re-encrypted. Whichever key opens the
database after a crash at any moment of the rotation, one wrapping opens under it, so the sign-in is never
lost; the next store (the rotation's last step, or the first read after a crash) keeps one wrapping again.
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
from app.i18n import translate

_FORMAT = "linkwell-hub-token"
_AAD_PREFIX = b"linkwell-hub-token-v1:"


class HubTokenMissing(LinkwellError):
    def __init__(self) -> None:
        super().__init__(translate("sync", "This laptop's team hub sign-in cannot be read (its keyring entry and its file beside the database are missing or belong to another key): ask your manager for a new code and join again."))


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
    _write(db, device, token, [])
    return "file"


def _wrap(key: bytes, device: str, token: str) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(key).encrypt(nonce, token.encode("utf-8"), _AAD_PREFIX + device.encode())
    return {"nonce": base64.b64encode(nonce).decode(), "wrapped_token": base64.b64encode(wrapped).decode()}


def _write(db: Any, device: str, token: str, also: list[bytes]) -> None:
    data: dict[str, Any] = {"format": _FORMAT, "version": 1, "device": device} | _wrap(db.key, device, token)
    if also:
        data["also"] = [_wrap(key, device, token) for key in also]
    write_atomically(token_path(db.path), json.dumps(data, indent=2).encode("utf-8"))


def store_during_rotation(db: Any, device: str, token: str, new_key: bytes) -> None:
    """Before the database is re-encrypted under ``new_key``: the token wrapped under both keys, in one
    atomic write, so it opens under whichever key the database has if the process dies mid-rotation."""
    _write(db, device, token, [new_key])


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
            wrappings = [data] + list(data.get("also") or [])
        except (OSError, ValueError, TypeError, AttributeError):
            wrappings = []
        for n, wrapping in enumerate(wrappings):
            try:
                nonce, wrapped = base64.b64decode(wrapping["nonce"]), base64.b64decode(wrapping["wrapped_token"])
                token = AESGCM(db.key).decrypt(nonce, wrapped, _AAD_PREFIX + device.encode()).decode("utf-8")
            except (ValueError, KeyError, TypeError, InvalidTag):
                continue
            if n:  # opened by the new key of a rotation cut short after re-encrypting: keep it under it alone
                try:
                    store(db, device, token)
                except LinkwellError:
                    pass  # a read-only folder: the token still opens as it is
            return token
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
