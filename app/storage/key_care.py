"""Looking after the database key: change the passphrase, print a recovery key, rotate the key.

- Changing the passphrase re-wraps the same key; the database is not rewritten.
- The recovery key is the database key itself, printed in groups with a checksum so a typo is caught.
  With it and the database file, the data can be opened even if the key file and passphrase are lost,
  so it must be kept like the passphrase: printed and locked away.
- Rotating writes the new key's wrapped copy as ``<db>.key.pending`` before SQLCipher re-encrypts the
  file, and promotes it after; an open that finds a pending key after a crash finishes the job.
"""

from __future__ import annotations

import base64
import hashlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path

from app.errors import InvalidInput, StorageError
from app.storage import keys
from app.storage.keys import pending_key_path
from app.storage.database import Database
from app.i18n import translate


def change_passphrase(db_path: Path, old: str, new: str) -> None:
    keys.check_new_passphrase(new)
    current = keys.KeyFile.read(keys.key_file_path(db_path))
    key = keys.unwrap(current, old)
    keys.write_key_file(keys.key_file_path(db_path), keys.wrap(key, new, key_id=current.key_id))


def recovery_code(key: bytes) -> str:
    """``XXXX-XXXX-…``: base32 of the key and a 2-byte checksum, 14 groups of four."""
    digest = hashlib.sha256(key).digest()[:2]
    text = base64.b32encode(key + digest).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def key_from_recovery_code(code: str) -> bytes:
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    text = text.replace("0", "O").replace("1", "I").replace("8", "B")  # digits misread for letters
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError:
        raw = b""
    if len(raw) != 34 or hashlib.sha256(raw[:32]).digest()[:2] != raw[32:]:
        raise InvalidInput(translate("storage", "That recovery key is not right: check each group of four letters and digits."))
    return raw[:32]


def recover_with_code(db_path: Path, code: str, new_passphrase: str) -> None:
    """Open the database with the recovery key and wrap its key under a new passphrase."""
    keys.check_new_passphrase(new_passphrase)
    key = key_from_recovery_code(code)
    try:
        Database(db_path, key).connect().close()
    except StorageError:
        raise InvalidInput(
            translate("storage", "That recovery key does not open {name}: it belongs to another database, or to this one before its key was rotated. Nothing was changed.").format(name=db_path.name)
        ) from None
    key_file = keys.wrap(key, new_passphrase)
    keys.write_key_file(keys.key_file_path(db_path), key_file)
    keys.keyring_store(key_file.key_id, key)


def rotate_key(db: Database, passphrase: str, *,
               before_rekey: Callable[[bytes], None] | None = None) -> Database:
    """Re-encrypt the database under a new random key. Returns the database opened with it.

    ``before_rekey(new_key)`` runs once the new key is chosen and kept (pending), before the file is
    re-encrypted: what is wrapped under the database key (the hub token) is wrapped under both then, so a
    crash at any moment leaves it readable under whichever key opens the file."""
    keys.unwrap(keys.KeyFile.read(keys.key_file_path(db.path)), passphrase)  # the right passphrase, first
    new_key = keys.new_key()
    new_file = keys.wrap(new_key, passphrase, key_id=str(uuid.uuid4()))
    pending = pending_key_path(db.path)
    keys.write_key_file(pending, new_file)
    if before_rekey is not None:
        before_rekey(new_key)
    db.close()
    con = db.connect()
    try:
        con.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    finally:
        con.close()
    os.replace(pending, keys.key_file_path(db.path))
    keys.keyring_store(new_file.key_id, new_key)
    return Database(db.path, new_key, demo=db.demo)
