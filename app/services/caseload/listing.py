"""The caseload as a list: ids in order, then rows fetched a page at a time.

Plain SQL over the DB-API connection: it is the hot path behind a 100,000-row table and the first
thing painted at start-up, so it does not wait for the ORM to import. Sorts and filters read
``caseload_entry`` (migration 0005: one row per person with their current referral, kept by
triggers), each sort from its own covering index. The ids come back as one packed string, so no
Python object is made per person until that person is shown.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import overload

from app import clock
from app.domain.nhs_number import format_display
from app.domain.status import EPISODE_LABELS, EpisodeStatus
from app.i18n import QT_TRANSLATE_NOOP, Labels, translate
from app.storage.database import Database

# Each person's current episode (the latest referral) worked out from the source tables, as the
# triggers of migration 0005 work it out for caseload_entry. For checks and one-off reads.
CURRENT_EPISODE = """
    SELECT * FROM (
        SELECT e.*, row_number() OVER (
            PARTITION BY e.person_id ORDER BY e.referral_date DESC, e.created_at DESC, e.id DESC) AS rn
        FROM episode e) WHERE rn = 1
"""

NEXT_ACTION = Labels("caseload", {
    EpisodeStatus.REFERRED: QT_TRANSLATE_NOOP("caseload", "Make first contact"),
    EpisodeStatus.CONTACTED: QT_TRANSLATE_NOOP("caseload", "Hear back on the offer"),
    EpisodeStatus.ACCEPTED: QT_TRANSLATE_NOOP("caseload", "Hold what matters conversation"),
    EpisodeStatus.DECLINED: QT_TRANSLATE_NOOP("caseload", "Close or re-offer"),
    EpisodeStatus.WHAT_MATTERS: QT_TRANSLATE_NOOP("caseload", "Agree a plan"),
    EpisodeStatus.PLANNED: QT_TRANSLATE_NOOP("caseload", "Connect to services"),
    EpisodeStatus.CONNECTING: QT_TRANSLATE_NOOP("caseload", "Follow up"),
    EpisodeStatus.REVIEW: QT_TRANSLATE_NOOP("caseload", "Review the plan"),
    EpisodeStatus.CLOSED: "",
})

# Each sort's terms over caseload_entry (ce), as (expression, descending); each matches an index.
SORT_TERMS: dict[str, tuple[tuple[str, bool], ...]] = {
    "name": (("ce.family_name COLLATE NOCASE", False), ("ce.given_name COLLATE NOCASE", False),
             ("ce.person_id", False)),
    "status_age": (("ce.status_changed_at", False), ("ce.person_id", False)),
    "referral": (("ce.referral_date", True), ("ce.person_id", False)),
}


def order_by(sort: str, *, descending: bool = False) -> str:
    """The ORDER BY terms for ``sort``; ``descending`` turns every term round (the list reversed)."""
    return ", ".join(f"{term}{' DESC' if desc != descending else ''}" for term, desc in SORT_TERMS[sort])


SORTS = {name: order_by(name) for name in SORT_TERMS}
KEY = 32  # a stored uuid: 32 hex digits
ROWS_BATCH = 10_000  # ids per query in rows(): SQLite allows 32,766 parameters by default


@dataclass(frozen=True)
class CaseloadRow:
    person_id: str
    name: str
    nhs_number: str
    age: int | None
    practice: str
    status: str
    status_label: str
    days_in_status: int | None
    next_action: str
    next_contact_due: date | None


def to_hex(person_id: str) -> str:
    return uuid.UUID(person_id).hex


def from_hex(stored: str) -> str:
    """A stored uuid (32 hex digits) in its usual form; slicing is 6x quicker than uuid.UUID at 100,000 ids."""
    h = stored.lower()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class PersonIds(Sequence[str]):
    """Person ids in order, packed as one string of stored keys (32 hex digits each). Reads as a
    sequence of ids in their usual form; each is made only when asked for."""

    __slots__ = ("packed",)

    def __init__(self, packed: str = "") -> None:
        if len(packed) % KEY:
            raise ValueError("packed ids must be whole 32-digit keys")
        self.packed = packed

    @classmethod
    def of(cls, person_ids: Sequence[str]) -> PersonIds:
        return person_ids if isinstance(person_ids, PersonIds) else cls("".join(to_hex(i) for i in person_ids))

    def __len__(self) -> int:
        return len(self.packed) // KEY

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> PersonIds: ...
    def __getitem__(self, index: int | slice) -> str | PersonIds:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return PersonIds("".join(self.key(i) for i in range(start, stop, step)))
            return PersonIds(self.packed[start * KEY : max(start, stop) * KEY])
        return from_hex(self.key(index))

    def key(self, index: int) -> str:
        """The stored key (32 hex digits) of the id at ``index``."""
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("person index out of range")
        return self.packed[index * KEY : (index + 1) * KEY]

    def keys(self) -> list[str]:
        return [self.packed[i : i + KEY] for i in range(0, len(self.packed), KEY)]

    def __iter__(self) -> Iterator[str]:
        return (from_hex(self.packed[i : i + KEY]) for i in range(0, len(self.packed), KEY))

    def find(self, person_id: str) -> int | None:
        """The position of ``person_id``, or None; a search of the packed string, not a loop."""
        try:
            wanted = to_hex(person_id)
        except ValueError:
            return None
        packed, at = self.packed, 0
        while (at := packed.find(wanted, at)) >= 0:
            if at % KEY == 0:
                return at // KEY
            at += 1
        return None

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        found = self.find(value) if isinstance(value, str) else None
        if found is None or found < start or (stop is not None and found >= stop):
            raise ValueError(f"{value!r} is not in the list")
        return found

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and self.find(value) is not None

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PersonIds):
            return self.packed.lower() == other.packed.lower()
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"PersonIds({list(self)!r})"


def age_on(born: date | None, today: date) -> int | None:
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _parse_datetime(text: str | None) -> datetime | None:
    if not text:
        return None
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class CaseloadList:
    """Read-only queries for the caseload table. Safe to call from the one database worker thread."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._local = threading.local()

    def _con(self):  # a DB-API connection
        con = getattr(self._local, "con", None)
        if con is None:
            con = self._local.con = self._db.connect()
            # 64 MB of decrypted pages: at 100,000 people the default 8 MB re-decrypts pages over and over.
            con.execute("PRAGMA cache_size = -65536")
        return con

    def close(self) -> None:
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
            self._local.con = None

    def person_ids(
        self,
        *,
        status: str | None = None,
        practice_id: str | None = None,
        open_only: bool = False,
        sort: str = "name",
        descending: bool = False,
        worker_id: str | None = None,
        overdue: bool = False,
        reason: str | None = None,
        today: date | None = None,
        limit: int | None = None,
    ) -> PersonIds:
        """Ids in ``sort`` order (``descending``: the same order reversed). ``worker_id``: the current
        referral's worker; ``overdue``: open referrals whose next contact was due before ``today``;
        ``reason``: a referral reason code; ``limit``: only the first so many."""
        sql, params = self._select_ids(
            status=status, practice_id=practice_id, open_only=open_only, sort=sort, descending=descending,
            worker_id=worker_id, overdue=overdue, reason=reason, today=today,
        )
        # group_concat over an ordered subquery keeps the order (SQLite keeps that ORDER BY for it).
        if limit is not None:
            sql, params = f"{sql} LIMIT ?", [*params, limit]
        packed = self._con().execute(f"SELECT group_concat(person_id, '') FROM ({sql})", params).fetchone()[0]
        return PersonIds(packed or "")

    @staticmethod
    def _select_ids(
        *, status: str | None, practice_id: str | None, open_only: bool, sort: str, descending: bool,
        worker_id: str | None, overdue: bool, reason: str | None, today: date | None,
    ) -> tuple[str, list[object]]:
        where: list[str] = []
        params: list[object] = []
        if worker_id:
            where.append("ce.worker_id = ?")
            params.append(to_hex(worker_id))
        if overdue:
            where.append("ce.status != 'closed' AND ce.next_contact_due < ?")
            params.append((today or clock.today()).isoformat())
        if reason:
            where.append("instr(ce.reasons, ?) > 0")
            params.append(f"|{reason}|")
        if status:
            where.append("ce.status = ?")
            params.append(status)
        if open_only:
            where.append("ce.status != 'closed'")
        if practice_id:
            where.append("ce.practice_id = ?")
            params.append(to_hex(practice_id))
        if sort == "name" and not where:
            # Everyone by name: the same order from person's own index (migration 0003), which holds
            # only the name and id, so a cold read decrypts half the pages of the covering one.
            by_name = order_by("name", descending=descending).replace("ce.person_id", "ce.id")
            # (merged records are left out, as the index is: migration 0011)
            return f"SELECT ce.id AS person_id FROM person ce WHERE ce.merged_into IS NULL ORDER BY {by_name}", params
        sql = (
            f"SELECT ce.person_id FROM caseload_entry ce "
            f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order_by(sort, descending=descending)}"
        )
        return sql, params

    def rows(self, person_ids: Sequence[str], *, today: date | None = None) -> list[CaseloadRow]:
        """Rows for these people, in the order given (ids not found are left out)."""
        if not person_ids:
            return []
        today = today or clock.today()
        now = clock.now()
        hexes = PersonIds.of(person_ids).keys()
        found = {}
        for pid, given, family, nhs, born, practice, status, changed, due in self._read_rows(hexes):
            changed_at = _parse_datetime(changed)
            state = EpisodeStatus(status) if status else None
            found[pid.lower()] = CaseloadRow(
                person_id=from_hex(pid),
                name=f"{family}, {given}",
                nhs_number=format_display(nhs) if nhs else "",
                age=age_on(date.fromisoformat(born) if born else None, today),
                practice=practice,
                status=status or "",
                status_label=EPISODE_LABELS[state] if state else translate("caseload", "No referral"),
                days_in_status=(now - changed_at).days if changed_at else None,
                next_action=NEXT_ACTION[state] if state else "",
                next_contact_due=date.fromisoformat(due) if due else None,
            )
        return [found[h.lower()] for h in hexes if h.lower() in found]

    def _read_rows(self, hexes: list[str]) -> Iterator[tuple]:
        """The row fields for these stored keys, in batches well under SQLite's limit on parameters
        (a page is one batch; the whole caseload, as ``Caseload.summaries`` asks, is several)."""
        for start in range(0, len(hexes), ROWS_BATCH):
            batch = hexes[start : start + ROWS_BATCH]
            yield from self._con().execute(
                f"""SELECT p.id, p.given_name, p.family_name, p.nhs_number, p.date_of_birth,
                           coalesce(pr.name, ''), ce.status, ce.status_changed_at, ce.next_contact_due
                    FROM person p
                    LEFT JOIN practice pr ON pr.id = p.practice_id
                    LEFT JOIN caseload_entry ce ON ce.person_id = p.id
                    WHERE p.id IN ({",".join("?" * len(batch))})""",
                batch,
            )

    def choices(self) -> dict[str, list[tuple[str, str]]]:
        """(id, name) pairs for the filter lists: ``practices`` and ``workers``, by name."""
        con = self._con()
        return {
            "practices": [(from_hex(i), n) for i, n in con.execute(
                "SELECT id, name FROM practice ORDER BY name COLLATE NOCASE")],
            "workers": [(from_hex(i), n) for i, n in con.execute(
                "SELECT id, name FROM worker ORDER BY name COLLATE NOCASE")],
        }

    def count(self) -> int:
        return int(self._con().execute("SELECT count(*) FROM person WHERE merged_into IS NULL").fetchone()[0])
