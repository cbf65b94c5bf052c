"""The database key: a random 256-bit key, kept in the OS keyring when one is usable and always
wrapped under the user's passphrase (Argon2id, then AES-GCM) in a small file beside the database.

Key file (JSON, ``<db>.key``)::

    {"format": "linkwell-key", "version": 1, "key_id": "<uuid>",
     "kdf": {"name": "argon2id", "iterations": 3, "lanes": 4, "memory_kib": 65536, "salt": "<b64>"},
     "nonce": "<b64>", "wrapped_key": "<b64 AES-GCM ciphertext + tag>"}
"""

from __future__ import annotations

import base64
import json
import secrets
import uuid
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.errors import PassphraseNeeded, StorageError, WrongPassphrase
from app.io.files import write_atomically
from app.i18n import translate

KEYRING_SERVICE = "linkwell"
_FORMAT = "linkwell-key"
_AAD_PREFIX = b"linkwell-dek-v1:"
DEFAULT_KDF = {"name": "argon2id", "iterations": 3, "lanes": 4, "memory_kib": 65536}
MIN_PASSPHRASE_LENGTH = 8


def pending_key_path(db_path: Path) -> Path:
    """The new key's file while the database is being re-encrypted under it."""
    return db_path.with_name(db_path.name + ".key.pending")


def key_file_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".key")


@dataclass(frozen=True)
class KeyFile:
    key_id: str
    kdf: dict[str, Any]
    nonce: bytes
    wrapped_key: bytes

    def to_json(self) -> str:
        kdf = dict(self.kdf)
        return json.dumps(
            {
                "format": _FORMAT,
                "version": 1,
                "key_id": self.key_id,
                "kdf": kdf,
                "nonce": _b64(self.nonce),
                "wrapped_key": _b64(self.wrapped_key),
            },
            indent=2,
        )

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        """The key file, its every setting checked against sane bounds before anything is derived from it."""
        try:
            with open(path, "rb") as handle:
                text = handle.read(_MAX_KEY_FILE_BYTES + 1)
            if len(text) > _MAX_KEY_FILE_BYTES:
                raise ValueError("too long")
            raw = json.loads(text.decode("utf-8"))
            if not isinstance(raw, dict) or raw.get("format") != _FORMAT or raw.get("version") != 1:
                raise ValueError("unknown format")
            return cls(
                key_id=str(uuid.UUID(raw["key_id"])),
                kdf=_checked_kdf(raw["kdf"]),
                nonce=_bytes(raw["nonce"], _NONCE_BYTES, _NONCE_BYTES),
                wrapped_key=_bytes(raw["wrapped_key"], _WRAPPED_BYTES, _WRAPPED_BYTES),
            )
        except FileNotFoundError:
            raise StorageError(
                translate("storage", "The key file {name} is missing from {parent}. Without it, or the OS keyring entry, the database cannot be opened: restore it from a backup.").format(name=path.name, parent=path.parent)
            ) from None
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            database = path.with_name(path.name.removesuffix(".pending").removesuffix(".key"))
            raise StorageError(
                translate("storage", "The key file {name} is damaged or not a Linkwell key file: restore it from a backup, or use your recovery key to set a new passphrase ('linkwell key recover --db {database}').").format(name=path.name, database=database)
            ) from None


# Sane bounds for a key file's settings, checked before any key is derived: a damaged or hostile file
# could otherwise ask for terabytes of memory or a billion passes. Linkwell writes DEFAULT_KDF.
_MAX_KEY_FILE_BYTES = 64 * 1024
_KDF_BOUNDS = {"iterations": (1, 10), "lanes": (1, 64), "memory_kib": (8, 2**20)}  # memory: at most 1 GiB
_SALT_BYTES = (8, 64)
_NONCE_BYTES = 12  # AES-GCM
_WRAPPED_BYTES = 32 + 16  # the key and its tag


def _checked_kdf(kdf: Any) -> dict[str, Any]:
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        raise ValueError("unknown key derivation")
    for name, (low, high) in _KDF_BOUNDS.items():
        value = kdf.get(name)
        if type(value) is not int or not low <= value <= high:
            raise ValueError(f"{name} out of bounds")
    if kdf["memory_kib"] < 8 * kdf["lanes"]:  # Argon2's own rule
        raise ValueError("too little memory for its lanes")
    _bytes(kdf.get("salt"), *_SALT_BYTES)
    return dict(kdf)


def _bytes(text: Any, shortest: int, longest: int) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not base64 text")
    data = base64.b64decode(text, validate=True)
    if not shortest <= len(data) <= longest:
        raise ValueError("wrong length")
    return data


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(passphrase: str, kdf: dict[str, Any]) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=base64.b64decode(kdf["salt"]),
        length=32,
        iterations=int(kdf["iterations"]),
        lanes=int(kdf["lanes"]),
        memory_cost=int(kdf["memory_kib"]),
    ).derive(passphrase.encode("utf-8"))


def wrap(key: bytes, passphrase: str, *, key_id: str | None = None) -> KeyFile:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key_id = key_id or str(uuid.uuid4())
    kdf = {**DEFAULT_KDF, "salt": _b64(secrets.token_bytes(16))}
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(_derive(passphrase, kdf)).encrypt(nonce, key, _AAD_PREFIX + key_id.encode())
    return KeyFile(key_id=key_id, kdf=kdf, nonce=nonce, wrapped_key=wrapped)


def unwrap(key_file: KeyFile, passphrase: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aad = _AAD_PREFIX + key_file.key_id.encode()
    try:
        return AESGCM(_derive(passphrase, key_file.kdf)).decrypt(key_file.nonce, key_file.wrapped_key, aad)
    except InvalidTag:
        raise WrongPassphrase() from None


def check_new_passphrase(passphrase: str) -> None:
    from app.errors import InvalidInput

    if not passphrase.strip():
        raise InvalidInput(translate("storage", "A passphrase cannot be only spaces: choose one with letters, digits or other signs."))
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput(translate("storage", "Choose a passphrase of at least {min_passphrase_length} characters.").format(min_passphrase_length=MIN_PASSPHRASE_LENGTH))


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Owner-only and atomic: a crash leaves the old file or the new one, never half of either."""
    write_atomically(path, key_file.to_json().encode("utf-8"))


def new_key() -> bytes:
    return secrets.token_bytes(32)


# --- OS keyring -------------------------------------------------------------------------------


def usable_keyring() -> Any | None:
    """The OS keyring backend, or None when there is none we should trust with the key.

    The fail backend (no keyring), and any plaintext or file-based "alt" backend, do not count.
    """
    backend = _trusted_keyring()
    try:
        if backend is not None:
            backend.get_password(KEYRING_SERVICE, "probe")
        return backend
    except Exception:  # noqa: BLE001 - any keyring failure means "not usable"; the key file remains
        return None


def _trusted_keyring() -> Any | None:
    """``usable_keyring`` without its probe: a read that fails says as much, one round trip sooner."""
    try:
        backend = _remembered_keyring()
        if backend is not None:
            return backend
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return None
        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            return None
        module = type(backend).__module__
        if module.startswith(("keyrings.alt", "keyrings.cryptfile")) or "Plaintext" in type(backend).__name__:
            return None
        _remember_keyring(backend)
        return backend
    except Exception:  # noqa: BLE001
        return None


# keyring's own choice among its backends, kept per user: asking keyring to choose again imports and tries
# every backend it knows (about 50 ms at each start). Only keyring's own OS keyrings are kept, so the note
# can name nothing else to import; an environment variable or keyring's own config file still decides first.
_OS_KEYRINGS = frozenset({
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
})
KEYRING_CHOICE_FILE = "keyring-backend"


def _keyring_choice_path() -> Path | None:
    """Where the choice is kept; None when keyring is told what to use (then it needs no search)."""
    import os

    from app.paths import user_config_dir

    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return None
    from keyring.util import platform_

    if (platform_.config_root() / "keyringrc.cfg").exists():
        return None
    return user_config_dir() / KEYRING_CHOICE_FILE


def _remembered_keyring() -> Any | None:
    """The backend keyring chose last time, if it is still there to use; else None (and the note goes).
    The note is only a shortcut: nothing about it can stop keyring choosing as usual."""
    try:
        path = _keyring_choice_path()
        if path is None:
            return None
        name = path.read_text(encoding="utf-8").strip()
    except Exception:  # noqa: BLE001 - no note (the usual first time), or none readable
        return None
    if name not in _OS_KEYRINGS:
        return None
    try:
        return _load_keyring(name)
    except Exception:  # noqa: BLE001 - gone, or not usable now: keyring chooses afresh
        with suppress(OSError):
            path.unlink(missing_ok=True)
        return None


@cache
def _load_keyring(name: str) -> Any:
    """Imports that one backend and checks it can be used here (once a run, as keyring's own choice is)."""
    from keyring.core import load_keyring

    return load_keyring(name)


def _remember_keyring(backend: Any) -> None:
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    try:
        path = _keyring_choice_path()
    except Exception:  # noqa: BLE001 - nowhere to keep it: keyring chooses at each start, as before
        return
    if path is None or name not in _OS_KEYRINGS:
        return
    with suppress(OSError):  # a read-only home: keyring chooses at each start, as before
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, name.encode("utf-8"))


def keyring_store(key_id: str, key: bytes) -> bool:
    backend = usable_keyring()
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, key_id, key.hex())
        return True
    except Exception:  # noqa: BLE001
        return False


def keyring_fetch(key_id: str) -> bytes | None:
    backend = _trusted_keyring()
    if backend is None:
        return None
    try:
        stored = backend.get_password(KEYRING_SERVICE, key_id)
        return bytes.fromhex(stored) if stored else None
    except Exception:  # noqa: BLE001
        return None


def remember(db_path: Path, key: bytes) -> bool:
    """Put the key back in the OS keyring (after a passphrase unlock on a machine whose keyring lost it or
    never had it), so the next start need not ask. Costs a keyring round trip: call it off the start-up path."""
    key_id = KeyFile.read(key_file_path(db_path)).key_id
    return keyring_fetch(key_id) == key or keyring_store(key_id, key)


def unlock_for_opening(
    db_path: Path, passphrase: str | None, started: Callable[[], object] | None = None
) -> bytes | None:
    """``unlock`` before ``open_database`` (which then takes the key): the window runs this while Qt starts,
    before the database modules load. None when opening must go the usual way: no database file (its
    sentence comes first) or an interrupted key change to finish. ``started`` is called once what is left
    holds no lock that other threads need: with a passphrase, once the derive begins (Argon2id lets go of
    Python's lock); from the keyring, once the key is read (keyring's imports and D-Bus round trips are
    Python, and beside Qt's import each would wait its turn for that lock: measured slower)."""
    if not db_path.exists() or pending_key_path(db_path).exists():
        return None
    if passphrase is None:
        key = unlock(db_path, None)
        if started is not None:
            started()
        return key
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: F401 - so that the derive is all
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: F401 - that is left
    if started is not None:
        started()
    return unlock(db_path, passphrase)


def unlock(db_path: Path, passphrase: str | None) -> bytes:
    """The database key: from the passphrase when one is given, else from the OS keyring."""
    key_file = KeyFile.read(key_file_path(db_path))
    if passphrase is not None:
        return unwrap(key_file, passphrase)
    key = keyring_fetch(key_file.key_id)
    if key is None:
        raise PassphraseNeeded()
    return key
