"""One-time enrolment codes and bearer tokens: random, shown once, stored only as hashes.

Both carry enough randomness (60 and 256 bits) that a fast hash is safe: there is nothing to guess.
"""

from __future__ import annotations

import hashlib
import secrets

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32: no I, L, O or U to misread
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    """Twelve characters in three groups, to read over the phone: ``7KQ4-M2XD-9PHT``."""
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(12))
    return "-".join(raw[i:i + 4] for i in range(0, 12, 4))


def code_hash(code: str) -> str:
    """The same hash however the code was typed: any case, with or without dashes or spaces."""
    canonical = "".join(code.split()).replace("-", "").upper().translate(_READ_AS)
    return hashlib.sha256(f"linkwell-code:{canonical}".encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(f"linkwell-token:{token}".encode()).hexdigest()
