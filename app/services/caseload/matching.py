"""Is this person already on the caseload? One matching for intake, the spreadsheet import and the
duplicates worklist.

Two descriptions are of the same person when they have the same NHS number; or a similar name
(typo-tolerant, with accents and letters such as Ł folded, so "Lukasz O Brien" finds "Łukasz O'Brien")
and the same date of birth, or the same postcode and phone; or, when a date of birth is missing, a
similar name and the same phone or postcode. Two different NHS numbers are two people, whatever else
they share. Records merged into another (``person.merged_into``) are never matched.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from itertools import combinations
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


def phone_key(phone: str) -> str:
    """A phone number as its digits, UK national form ("+44 7700 900123" is "07700900123"); "" if too short."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if digits.startswith("44") and len(digits) >= 12:
        digits = "0" + digits[2:]
    return digits if len(digits) >= 6 else ""


def postcode_key(postcode: str) -> str:
    return "".join(postcode.split()).upper()


@dataclass(frozen=True)
class Described:
    """What matching compares of one person (stored or typed)."""

    name: str  # as shown
    date_of_birth: date | None = None
    nhs_number: str | None = None
    phone: str = ""
    postcode: str = ""
    person_id: str = ""

    @property
    def folded(self) -> str:
        return fold(self.name)


def why_same(a: Described, b: Described) -> tuple[str, int] | None:
    """Why ``a`` and ``b`` may be one person (a sentence, and a score: 100 for the NHS number, else the
    names' similarity), or None."""
    if a.nhs_number and b.nhs_number:
        return ("Same NHS number.", 100) if a.nhs_number == b.nhs_number else None
    score = _alike(a.folded, b.folded) if a.folded and b.folded else 0
    if score < NAME_THRESHOLD:
        return None
    phone = bool(phone_key(a.phone)) and phone_key(a.phone) == phone_key(b.phone)
    postcode = bool(postcode_key(a.postcode)) and postcode_key(a.postcode) == postcode_key(b.postcode)
    alike = f"a similar name ({score}% alike)"
    if a.date_of_birth and b.date_of_birth:
        if a.date_of_birth == b.date_of_birth:
            return f"Same date of birth and {alike}.", score
        if phone and postcode:
            return f"Same postcode and phone and {alike}, though the dates of birth differ.", score - 10
        return None
    if phone and postcode:
        return f"Same postcode and phone and {alike}; no date of birth to compare.", score
    if phone or postcode:
        return f"Same {'phone' if phone else 'postcode'} and {alike}; no date of birth to compare.", score - 5
    return None


_COLUMNS = "id, given_name, family_name, date_of_birth, nhs_number, phone, postcode"
_PHONE_SQL = ("substr(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''),"
              " '+', ''), -9)")


def _described(row: tuple) -> Described:
    pid, given, family, born, number, phone, postcode = row
    return Described(f"{given} {family}", date.fromisoformat(born) if born else None, number or None,
                     phone or "", postcode or "", from_hex(pid))


def find_matches(
    db: Database,
    *,
    nhs_number: str | None = None,
    given_name: str = "",
    family_name: str = "",
    date_of_birth: date | None = None,
    phone: str = "",
    postcode: str = "",
    con: Any = None,
) -> list[Match]:
    """People who may be the one described, best first. ``con``: read on this open connection (inside
    its transaction) instead of a new one."""
    digits = nhs.normalise(nhs_number) if nhs_number and nhs.is_valid(nhs_number) else None
    wanted = Described(f"{given_name} {family_name}".strip(), date_of_birth, digits, phone, postcode)
    tel, code = phone_key(phone), postcode_key(postcode)
    where, params = [], []
    if digits:
        where.append("nhs_number = ?")
        params.append(digits)
    if wanted.folded:
        if date_of_birth:
            where.append("date_of_birth = ?")
            params.append(date_of_birth.isoformat())
        if tel:
            where.append(f"{_PHONE_SQL} = ?")
            params.append(tel[-9:])
        if code:
            where.append("upper(replace(postcode, ' ', '')) = ?")
            params.append(code)
    if not where:
        return []
    own = con is None
    con = db.connect() if own else con
    try:
        rows = con.execute(f"SELECT {_COLUMNS} FROM person WHERE merged_into IS NULL AND ({' OR '.join(where)})",
                           params).fetchall()
    finally:
        if own:
            con.close()
    found = []
    for row in rows:
        known = _described(row)
        why = why_same(wanted, known)
        if why is not None:
            found.append(Match(known.person_id, known.name, known.date_of_birth, known.nhs_number, *why))
    return sorted(found, key=lambda m: (-m.score, m.name))


@dataclass(frozen=True)
class Pair:
    """Two records on the caseload that may be one person: the duplicates worklist's row."""

    people: tuple[str, str]
    names: tuple[str, str]
    why: str
    score: int

    def as_json(self) -> dict[str, Any]:
        return {"people": list(self.people), "names": list(self.names), "why": self.why, "score": self.score}


BLOCK_LIMIT = 400  # a phone or postcode shared by more records than this (a surgery's) is no clue


def pair_key(a: str, b: str) -> str:
    return "|".join(sorted((a, b)))


def not_same(db: Database) -> set[str]:
    """The pairs a worker said are two people (``notsamepair``, team data: a decision syncs)."""
    con = db.connect()
    try:
        return {pair_key(from_hex(a), from_hex(b)) for a, b in con.execute(
            "SELECT first_id, second_id FROM notsamepair")}
    finally:
        con.close()


def mark_not_same(session: Any, a: str, b: str) -> None:
    """Record, in the caller's unit of work, that ``a`` and ``b`` are two people."""
    import uuid

    from app.domain.duplicates import NotSamePair, pair_id

    first, second = sorted((uuid.UUID(str(a)), uuid.UUID(str(b))))
    key = pair_id(first, second)
    if session.get(NotSamePair, key) is None:
        session.add(NotSamePair(id=key, first_id=first, second_id=second))


def duplicate_pairs(db: Database) -> list[Pair]:
    """Every pair of records on the caseload that may be one person, most likely first, but those a worker
    said are two people. Only records sharing an NHS number, a date of birth, a phone or a postcode are
    compared."""
    dismissed = not_same(db)
    con = db.connect()
    try:
        people = [_described(row) for row in con.execute(
            f"SELECT {_COLUMNS} FROM person WHERE merged_into IS NULL ORDER BY family_name, given_name, id")]
    finally:
        con.close()
    blocks: dict[tuple[str, str], list[int]] = {}
    for index, p in enumerate(people):
        keys = [("nhs", p.nhs_number or ""), ("born", p.date_of_birth.isoformat() if p.date_of_birth else ""),
                ("phone", phone_key(p.phone)), ("postcode", postcode_key(p.postcode))]
        for key in keys:
            if key[1]:
                blocks.setdefault(key, []).append(index)
    seen: set[tuple[int, int]] = set()
    pairs = []
    for members in blocks.values():
        if len(members) < 2 or len(members) > BLOCK_LIMIT:
            continue
        for i, j in combinations(members, 2):
            if (i, j) in seen:
                continue
            seen.add((i, j))
            why = why_same(people[i], people[j])
            if why is not None and pair_key(people[i].person_id, people[j].person_id) not in dismissed:
                a, b = people[i], people[j]
                pairs.append(Pair((a.person_id, b.person_id), (a.name, b.name), *why))
    return sorted(pairs, key=lambda p: (-p.score, p.names))
