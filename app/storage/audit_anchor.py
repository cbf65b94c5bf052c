"""The audit trail's anchor: the number and hash of an event the trail held, kept in a small file beside
the database (``<db>.audit-head``), where no SQL can reach.

Each hash covers every event before it, so if the database no longer holds the anchored event with that
hash, events were removed or the trail was replaced, even if whoever did it also rewrote the head kept
inside the database. The anchor is moved on after each commit that adds events, and only forwards: one
that lags (two windows writing at once, a failed write) is still true, just older.

It is a file of its own, not a field of the key file, so moving it on never rewrites the file that wraps
the key (a passphrase change or a key rotation in another process could otherwise be lost). Whoever can
change both files can still rewrite the trail unseen: the anchor stops edits made through SQL alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import LinkwellError, StorageError
from app.io.files import write_atomically
from app.i18n import translate

if TYPE_CHECKING:
    from app.storage.database import Database

_FORMAT = "linkwell-audit-head"
_HEAD_SETTING = "audit_head"  # the head the database keeps of itself (app.services.audit)


def anchor_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".audit-head")


@dataclass(frozen=True)
class Anchor:
    seq: int  # 0: anchored before the first event
    hash: str


def read(db_path: Path) -> Anchor | None:
    """The anchor, or None if there is none yet (a database from before anchors, or just restored)."""
    path = anchor_path(db_path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != _FORMAT:
            raise ValueError("not an audit anchor")
        return Anchor(int(raw["seq"]), str(raw["hash"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise StorageError(translate("storage", "The audit trail's anchor file {name} is damaged.").format(name=path.name)) from None


def advance(db_path: Path, seq: int, hash_: str) -> None:
    """Anchor the trail at event ``seq`` unless it is anchored there or later already. A failure is not
    the user's: the change is saved, and the anchor only lags."""
    try:
        current = read(db_path)
        if current is not None and current.seq >= seq:
            return
        text = json.dumps({"format": _FORMAT, "version": 1, "seq": seq, "hash": hash_})
        write_atomically(anchor_path(db_path), text.encode("utf-8"))
    except (OSError, LinkwellError):
        return


def anchor_if_missing(db: Database) -> None:
    """Anchor a trail that has no anchor yet (from before anchors, or just restored) at its newest event."""
    if anchor_path(db.path).exists():
        return
    head = json.loads(db.read_setting(_HEAD_SETTING) or '{"seq": 0, "hash": ""}')
    advance(db.path, int(head["seq"]), str(head["hash"]))


def forget(db_path: Path) -> None:
    """After a restore: the trail now in place is another, anchored afresh when the database next opens."""
    anchor_path(db_path).unlink(missing_ok=True)
