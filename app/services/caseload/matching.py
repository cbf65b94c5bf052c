"""Is this person already on the caseload? Matching for intake and spreadsheet import.

A match is the same NHS number, or the same date of birth with a similar name (typo-tolerant, with
accents and letters such as Ł folded, so "Lukasz O Brien" finds "Łukasz O'Brien").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain import nhs_number as nhs
from app.services.caseload.listing import from_hex
from app.storage.database import Database

NAME_THRESHOLD = 85  # rapidfuzz token_sort_ratio, 0-100
# Letters with no Unicode decomposition into a base letter and an accent.
_FOLD = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss",
                       "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "'": " ", "’": " ", "-": " ",
                       ".": " "})


def fold(name: str) -> str:
    """Lower-case, accents and apostrophes gone, spaces single: for comparing names, never for showing."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


@dataclass(frozen=True)
class Match:
    person_id: str
    name: str
    date_of_birth: date | None
    nhs_number: str | None
    reason: str  # a sentence for the screen: why we think it is the same person
    score: int  # 100 for the same NHS number; the name similarity otherwise


def _alike(a: str, b: str) -> int:
    """Similarity 0-100 of two folded names, in any order, and blind to spacing ("OBrien", "O Brien")."""
    from rapidfuzz import fuzz

    return round(max(fuzz.token_sort_ratio(a, b),
                     fuzz.ratio("".join(sorted(a.split())), "".join(sorted(b.split()))),
                     fuzz.ratio(a.replace(" ", ""), b.replace(" ", ""))))


def same_identity(name: str, born: date | None, other_name: str, other_born: date | None) -> bool:
    """Do two descriptions that share an NHS number agree on who it is? Both dates of birth known: the
    same date, and a name in common (a word of it, as a changed family name or a shortened given name
    keeps one) or alike. A date of birth missing: the names alike."""
    a, b = fold(name), fold(other_name)
    if born is not None and other_born is not None:
        return born == other_born and (bool(set(a.split()) & set(b.split())) or _alike(a, b) >= NAME_THRESHOLD)
    return _alike(a, b) >= NAME_THRESHOLD


def find_matches(
    db: Database,
    *,
    nhs_number: str | None = None,
    given_name: str = "",
    family_name: str = "",
    date_of_birth: date | None = None,
    con: Any = None,
) -> list[Match]:
    """People who may be the one described, best first. ``con``: read on this open connection (inside
    its transaction) instead of a new one."""
    digits = nhs.normalise(nhs_number) if nhs_number and nhs.is_valid(nhs_number) else None
    if digits is None and date_of_birth is None:
        return []
    own = con is None
    con = db.connect() if own else con
    try:
        rows = con.execute(
            "SELECT id, given_name, family_name, date_of_birth, nhs_number FROM person "
            "WHERE nhs_number = ? OR date_of_birth = ?",
            (digits, date_of_birth.isoformat() if date_of_birth else None),
        ).fetchall()
    finally:
        if own:
            con.close()
    wanted = fold(f"{given_name} {family_name}")
    found = []
    for pid, given, family, born, number in rows:
        born_on = date.fromisoformat(born) if born else None
        name = f"{given} {family}"
        if digits and number == digits:
            found.append(Match(from_hex(pid), name, born_on, number, "Same NHS number.", 100))
            continue
        score = _alike(wanted, fold(name)) if wanted else 0
        if score >= NAME_THRESHOLD:
            if digits and number and number != digits:
                continue  # both have NHS numbers and they differ: two people who share a birthday
            found.append(Match(from_hex(pid), name, born_on, number,
                               f"Same date of birth and a similar name ({score}% alike).", score))
    return sorted(found, key=lambda m: (-m.score, m.name))
