"""Quick find: one box that finds a person by name, NHS number or date of birth.

Names are matched token by token against an in-memory index of folded names (accents and letters
such as Ł folded, so "lukasz" finds "Łukasz"): a query word matches a name word that starts with it
(results as you type) or is close to it (typo-tolerant, rapidfuzz). The index is built once, on the
database worker, and kept in step with ``refresh(person_ids)`` after a change.

    finder = QuickFind(db)
    finder.search("kowalsky tom")   # -> [Hit(...Kowalski, Tomasz...)]
    finder.search("943 476 5919")   # NHS number, spaces or not
    finder.search("02/03/1948")     # date of birth, DD/MM/YYYY or YYYY-MM-DD
"""

from __future__ import annotations

from app.i18n import short_date

import bisect
import functools
import heapq
import re
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.nhs_number import format_display
from app.services.caseload.listing import from_hex, to_hex
from app.services.caseload.matching import fold
from app.storage.database import Database

LIMIT = 20
TYPO_CUTOFF = 75  # rapidfuzz ratio, 0-100, for a query word against a name word
_DIGITS = re.compile(r"^[\d\s]+$")
_DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")


@dataclass(frozen=True)
class Hit:
    person_id: str
    name: str  # "Family, Given"
    date_of_birth: date | None
    nhs_number: str  # for display: "943 476 5919"
    why: str  # "name", "NHS number", "date of birth"
    score: int

    @property
    def born(self) -> str:
        return short_date(self.date_of_birth) if self.date_of_birth else ""


@dataclass
class _Person:
    hex_id: str
    given: str
    family: str
    born: str | None
    nhs: str | None
    tokens: tuple[str, ...]


def parse_date(text: str) -> date | None:
    text = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


class QuickFind:
    """Safe to use from the one database worker thread (a lock guards the index anyway)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._people: dict[str, _Person] | None = None  # hex id -> person
        self._by_token: dict[str, set[str]] = defaultdict(set)
        self._vocab: list[str] = []  # sorted tokens, for prefix ranges
        self._numbers: list[tuple[str, str]] = []  # sorted (NHS number, hex id), for prefixes
        self._vocab_dirty = True

    # --- the index ----------------------------------------------------------------------------

    @property
    def built(self) -> bool:
        return self._people is not None

    def build(self) -> None:
        con = self.db.connect()
        try:
            rows = con.execute(
                "SELECT id, given_name, family_name, preferred_name, date_of_birth, nhs_number "
                "FROM person WHERE merged_into IS NULL").fetchall()
        finally:
            con.close()
        with self._lock:
            self._people, self._by_token = {}, defaultdict(set)
            for row in rows:
                self._add(*row)
            self._vocab_dirty = True

    def refresh(self, person_ids: Iterable[str] | None = None) -> None:
        """After a change: re-read these people (all of them when ``None``)."""
        if person_ids is None or self._people is None:
            self._people = None if person_ids is None else self._people
            return  # built afresh at the next search
        hexes = [to_hex(p) for p in person_ids]
        if not hexes:
            return
        con = self.db.connect()
        try:
            marks = ",".join("?" * len(hexes))
            rows = con.execute(
                "SELECT id, given_name, family_name, preferred_name, date_of_birth, nhs_number "
                f"FROM person WHERE id IN ({marks}) AND merged_into IS NULL", hexes).fetchall()
        finally:
            con.close()
        with self._lock:
            for hex_id in hexes:
                self._remove(hex_id)
            for row in rows:
                self._add(*row)
            self._vocab_dirty = True

    def _add(self, hex_id: str, given: str, family: str, preferred: str, born: str | None,
             nhs: str | None) -> None:
        assert self._people is not None
        words: list[str] = []
        for part in (given, family, preferred or ""):
            folded = _fold(part).split()
            words += folded
            if len(folded) > 1:  # "O'Brien" is "o brien" and "obrien"; "Smith-Jones" likewise
                words.append("".join(folded))
        tokens = tuple(dict.fromkeys(words))
        self._people[hex_id] = _Person(hex_id, given, family, born, nhs, tokens)
        for token in tokens:
            self._by_token[token].add(hex_id)

    def _remove(self, hex_id: str) -> None:
        assert self._people is not None
        old = self._people.pop(hex_id, None)
        if old is None:
            return
        for token in old.tokens:
            holders = self._by_token.get(token)
            if holders is not None:
                holders.discard(hex_id)
                if not holders:
                    del self._by_token[token]

    def _ensure(self) -> dict[str, _Person]:
        if self._people is None:
            self.build()
        assert self._people is not None
        if self._vocab_dirty:
            with self._lock:
                self._vocab = sorted(self._by_token)
                self._numbers = sorted((p.nhs, h) for h, p in self._people.items() if p.nhs)
                self._vocab_dirty = False
        return self._people

    # --- searching ----------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = LIMIT) -> list[Hit]:
        query = query.strip()
        if not query:
            return []
        people = self._ensure()
        if _DIGITS.match(query):
            digits = re.sub(r"\s", "", query)
            if len(digits) < 3:
                return []
            start = bisect.bisect_left(self._numbers, (digits, ""))
            found: list[_Person] = []
            for number, hex_id in self._numbers[start:]:
                if not number.startswith(digits) or len(found) > 10 * limit:
                    break
                found.append(people[hex_id])
            return self._hits(found, "NHS number", 100, limit)
        born = parse_date(query)
        if born is not None:
            iso = born.isoformat()
            return self._hits([p for p in people.values() if p.born == iso], "date of birth", 100,
                              limit)
        return self._by_name(query, people, limit)

    def _by_name(self, query: str, people: dict[str, _Person], limit: int) -> list[Hit]:
        from rapidfuzz import fuzz, process

        words = fold(query).split()
        if not words:
            return []
        scores: dict[str, int] | None = None
        for word in words:
            matched: dict[str, int] = {}  # name word -> how well this query word fits it
            start = bisect.bisect_left(self._vocab, word)
            for token in self._vocab[start:]:
                if not token.startswith(word):
                    break
                matched[token] = 100 if token == word else 95
            if len(word) >= 3:
                for token, score, _ in process.extract(
                    word, self._vocab, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF, limit=None
                ):
                    matched.setdefault(token, round(score))
            here: dict[str, int] = {}
            for token, score in matched.items():
                for hex_id in self._by_token.get(token, ()):
                    if here.get(hex_id, -1) < score:
                        here[hex_id] = score
            if scores is None:
                scores = here
            else:
                scores = {h: s + here[h] for h, s in scores.items() if h in here}
            if not scores:
                return []
        assert scores is not None
        # The best few by score first (cheap at 100,000), then ties in name order.
        top = heapq.nlargest(limit * 4, scores.items(), key=lambda kv: kv[1])
        best = sorted(top, key=lambda kv: (-kv[1], people[kv[0]].family.casefold(),
                                           people[kv[0]].given.casefold()))[:limit]
        return [self._hit(people[h], "name", s // len(words)) for h, s in best]

    def _hits(self, found: list[_Person], why: str, score: int, limit: int) -> list[Hit]:
        found.sort(key=lambda p: (p.family.casefold(), p.given.casefold(), p.hex_id))
        return [self._hit(p, why, score) for p in found[:limit]]

    @staticmethod
    def _hit(p: _Person, why: str, score: int) -> Hit:
        return Hit(
            person_id=from_hex(p.hex_id),
            name=f"{p.family}, {p.given}",
            date_of_birth=date.fromisoformat(p.born) if p.born else None,
            nhs_number=format_display(p.nhs) if p.nhs else "",
            why=why,
            score=score,
        )


@functools.lru_cache(maxsize=65536)
def _fold(name: str) -> str:
    """Names repeat (there are many Smiths): fold each spelling once."""
    return fold(name)
