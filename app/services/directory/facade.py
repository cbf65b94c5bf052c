"""The directory façade: search the local service directory, keep it fresh, see who a closure affects.

Search is FTS5 over name, description, organisation, categories and area, ranked by bm25 with the
name weighted highest; every word typed is quoted and prefix-matched, so FTS5 syntax in a search box
is treated as text and never raises. When nothing matches, a typo-tolerant pass over names and
categories (rapidfuzz) answers instead. Filters (``Filters``) narrow both; with filters and no
words, search lists the matching services by name.

Reads go through a plain DB-API connection (fast); every write is one transaction and returns
``Changes``.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import clock
from app.settings import STALE_AFTER_MONTHS
from app.domain.directory import CAPACITIES, SERVICE_STATUSES
from app.domain.status import ConnectionStatus
from app.errors import InvalidInput, NotFound
from app.io.openreferral.clean import DAYS, district
from app.services.caseload.listing import from_hex
from app.services.changes import Changes
from app.services.directory.attention import NeedsAttention, needing_attention
from app.services.directory import natural
from app.services.directory.filters import Filters
from app.storage.database import Database
from app.i18n import translate

if TYPE_CHECKING:
    from app.services.directory.feed_import import ImportReport

__all__ = [
    "AffectedConnection",
    "Alternative",
    "ClosureImpact",
    "Directory",
    "Filters",
    "ServiceHit",
    "UnmetNeedCount",
    "fts_query",
]

# bm25 column weights: name, description, organisation, categories, area
_WEIGHTS = "10.0, 1.0, 3.0, 6.0, 2.0"
_WORD = re.compile(r"\w+", re.UNICODE)
_UNIT, _RECORD = "\x1f", "\x1e"  # separators inside the hit columns: char(31), char(30)
_TIE_ROOM = 20  # rows fetched past the limit, to see whether scores tie at the cut
_HIT_COLUMNS = """
    s.id, s.name, coalesce(o.name, ''), s.status, s.capacity, s.last_verified_on, s.area,
    coalesce((SELECT group_concat(t.name, '; ') FROM servicetaxonomy st
              JOIN taxonomyterm t ON t.id = st.term_id WHERE st.service_id = s.id), ''),
    s.alert, s.missing_from_source_on,
    coalesce((SELECT group_concat(rule, char(30)) FROM (
        SELECT sc.byday || char(31) || sc.opens_at || char(31) || sc.closes_at AS rule FROM schedule sc
        WHERE sc.service_id = s.id ORDER BY sc.opens_at, sc.rowid)), ''),
    coalesce((SELECT l.name || char(31) || l.postcode FROM servicelocation sl JOIN location l ON l.id = sl.location_id
              WHERE sl.service_id = s.id ORDER BY sl.rowid LIMIT 1), '')
"""
OPEN_CONNECTION_STATUSES = tuple(s.value for s in (
    ConnectionStatus.DRAFT, ConnectionStatus.REQUESTED, ConnectionStatus.ACCEPTED, ConnectionStatus.IN_PROGRESS,
    ConnectionStatus.ON_HOLD))
UNAVAILABLE_STATUSES = ("temporarily closed", "inactive", "defunct")  # paused or closed
_DAY_SHORT = dict(zip(DAYS, ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), strict=True))


@dataclass(frozen=True)
class ServiceHit:
    id: str
    name: str
    organisation: str
    status: str
    capacity: str
    last_verified_on: str | None
    area: str
    categories: str
    match: str  # "text" (every word), "some" (some of the words), "fuzzy" (typo-tolerant) or "filter" (no words)
    when: str = ""  # e.g. "Tue, Thu 10:00-12:00"
    where: str = ""  # the first place it meets, e.g. "Riverside Hall, LS6 1AA"
    badges: tuple[str, ...] = ()  # e.g. "temporarily closed", "full", "waiting list", "stale", "alert"
    notice: str = ""  # the service's short-term notice, in its own words (why it is closed, say)

    @property
    def joinable(self) -> bool:
        """Open and not full (a waiting list still takes people): one to offer first."""
        return self.status == "active" and self.capacity != "full"

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["badges"] = list(self.badges)
        return out


@dataclass(frozen=True)
class AffectedConnection:
    """An open connection of one person to a service that is closed, paused or full."""

    connection_id: str
    connection_status: str
    episode_id: str
    person_id: str
    given_name: str
    family_name: str
    service_id: str
    service_name: str
    reason: str  # the service's status, or "full"


@dataclass(frozen=True)
class Alternative:
    hit: ServiceHit
    nearby: bool  # the same area, or a place in the same postcode district
    shared_categories: int


@dataclass(frozen=True)
class ClosureImpact:
    service: ServiceHit
    unavailable: bool  # closed, paused or full now
    people: list[AffectedConnection] = field(default_factory=list)
    alternatives: list[Alternative] = field(default_factory=list)


@dataclass(frozen=True)
class UnmetNeedCount:
    category: str
    area: str
    count: int
    latest: str  # ISO date of the most recent


def fts_query(text: str) -> str | None:
    """``walk grp`` → ``"walk"* "grp"*``: each word quoted and prefix-matched, all required."""
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words) if words else None


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the 31st becomes the month's last day)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    for last in (31, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def is_stale(last_verified_on: date | str | None, cutoff: date) -> bool:
    """Never verified, or verified before ``cutoff``."""
    if last_verified_on in (None, ""):
        return True
    found = last_verified_on if isinstance(last_verified_on, date) else date.fromisoformat(str(last_verified_on)[:10])
    return found < cutoff


def _uuid(value: str, what: str = "service") -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise NotFound(translate("directory", "{value} is not a {what} id.").format(value=repr(value), what=what)) from None


class Directory:
    def __init__(self, db: Database, *, actor: str | None = None) -> None:
        from app.services.caseload.facade import default_actor

        self.db = db
        self.actor = actor or default_actor(db)

    # --- search ---------------------------------------------------------------------------

    def search(
        self,
        text: str,
        *,
        limit: int = 20,
        category: str | None = None,
        day: str | None = None,
        time: str | None = None,
        free: bool | None = None,
        age: int | None = None,
        area: str | None = None,
        attend: str | Iterable[str] | None = None,
        access: str | Iterable[str] | None = None,
        status: str | Iterable[str] | None = None,
        today: date | None = None,
    ) -> list[ServiceHit]:
        """Services for a query as a link worker types it ("lonely older man gardening": words in any
        field, stop words left out, need words standing for their categories; ``natural``), those one
        can join first: open with room, then waiting lists, then full, paused or closed ones. Services
        matching every word come first; when none does, those matching some (``match`` "some"); when
        none of those, similar spellings ("fuzzy")."""
        filters = Filters(category=category, day=day, time=time, free=free, age=age, area=area,
                          attend=attend, access=access, status=status)
        where, params = filters.sql()
        groups = natural.query_groups(text)
        query = natural.every(groups)
        if limit < 1 or (query is None and not filters.any()):
            return []
        pool = min(max(3 * limit, limit + 50), 1000)  # ranked candidates, re-ordered by availability
        con = self._connection()
        try:
            if query is None:
                rows = con.execute(
                    f"""SELECT {_HIT_COLUMNS} FROM service s LEFT JOIN organisation o ON o.id = s.organisation_id
                        WHERE 1 {where} ORDER BY {natural.AVAILABILITY_SQL}, s.name COLLATE NOCASE LIMIT ?""",
                    (*params, limit)).fetchall()
                return self._hits(con, rows, "filter", today)
            for attempt in (query, *natural.half_typed(groups)):
                rows = self._ranked(con, attempt, where, params, pool)
                if rows:
                    return self._hits(con, natural.by_availability(rows)[:limit], "text", today)
            some = natural.any_of(groups)
            if len(groups) > 1 and some is not None:
                rows = self._ranked(con, some, where, params, pool)
                if rows:
                    coverage = self._coverage(con, groups, [r[0] for r in rows])
                    return self._hits(con, natural.by_availability(rows, coverage)[:limit], "some", today)
            return self._fuzzy(con, text, limit, where, params, today)
        finally:
            con.close()

    @staticmethod
    def _coverage(con: Any, groups: list[tuple[str, ...]], ids: list[Any]) -> dict[Any, int]:
        """How many of the query's groups each service (by stored id) matches."""
        counts = dict.fromkeys(ids, 0)
        marks = ",".join("?" * len(ids))
        for group in groups:
            for (sid,) in con.execute(
                    f"""SELECT s.id FROM service_fts f JOIN service s ON s.rowid = f.rowid
                        WHERE service_fts MATCH ? AND s.id IN ({marks})""", (natural.group_match(group), *ids)):
                counts[sid] = counts.get(sid, 0) + 1
        return counts

    @staticmethod
    def _ranked(con: Any, query: str, where: str, params: list[Any], limit: int) -> list[tuple[Any, ...]]:
        """The best ``limit`` rows by bm25, then name; the hit columns are built for those rows only."""
        if where:  # filters need the service row, so rank inside the join
            return con.execute(
                f"""WITH top AS (
                        SELECT s.rowid AS rid, bm25(service_fts, {_WEIGHTS}) AS score, s.name AS sort_name
                        FROM service_fts f JOIN service s ON s.rowid = f.rowid
                        WHERE service_fts MATCH ? {where} ORDER BY score, s.name LIMIT ?)
                    SELECT {_HIT_COLUMNS} FROM top JOIN service s ON s.rowid = top.rid
                    LEFT JOIN organisation o ON o.id = s.organisation_id ORDER BY top.score, top.sort_name""",
                (query, *params, limit),
            ).fetchall()
        # Rank in the index alone (no service rows read), then settle ties at the cut by name.
        ranked = f"SELECT rowid, bm25(service_fts, {_WEIGHTS}) AS score FROM service_fts WHERE service_fts MATCH ?"
        top = con.execute(f"{ranked} ORDER BY score LIMIT ?", (query, limit + _TIE_ROOM)).fetchall()
        if len(top) > limit:
            cut = top[limit - 1][1]
            if top[-1][1] == cut:  # the tie at the cut may run on past what was fetched
                top = con.execute(f"SELECT * FROM ({ranked}) WHERE score <= ?", (query, cut)).fetchall()
            top = [t for t in top if t[1] <= cut]
        if not top:
            return []
        scores = dict(top)
        marks = ",".join("?" * len(scores))
        rows = con.execute(
            f"""SELECT s.rowid, {_HIT_COLUMNS} FROM service s LEFT JOIN organisation o ON o.id = s.organisation_id
                WHERE s.rowid IN ({marks})""", list(scores)).fetchall()
        rows.sort(key=lambda r: (scores[r[0]], r[2]))
        return [r[1:] for r in rows[:limit]]

    def _fuzzy(self, con: Any, text: str, limit: int, where: str, params: list[Any],
               today: date | None) -> list[ServiceHit]:
        from rapidfuzz import fuzz, process, utils

        candidates = {
            sid: f"{name} {cats}"
            for sid, name, cats in con.execute(
                f"""SELECT s.id, s.name, coalesce((SELECT group_concat(t.name, ' ') FROM servicetaxonomy st
                   JOIN taxonomyterm t ON t.id = st.term_id WHERE st.service_id = s.id), '') FROM service s
                   WHERE 1 {where}""", params)
        }
        best = process.extract(
            text, candidates, scorer=fuzz.WRatio, processor=utils.default_process, limit=limit, score_cutoff=75
        )
        ids = [sid for _, _, sid in best]
        if not ids:
            return []
        found = {r[0]: r for r in self._rows_for(con, ids)}
        return self._hits(con, [found[i] for i in ids], "fuzzy", today)

    def _rows_for(self, con: Any, ids: list[str]) -> list[tuple[Any, ...]]:
        marks = ",".join("?" * len(ids))
        return con.execute(
            f"""SELECT {_HIT_COLUMNS} FROM service s LEFT JOIN organisation o ON o.id = s.organisation_id
                WHERE s.id IN ({marks})""", ids).fetchall()

    def _hits(self, con: Any, rows: list[tuple[Any, ...]], match: str, today: date | None) -> list[ServiceHit]:
        if not rows:
            return []
        cutoff = self._cutoff(con, today)
        return [_hit(r, match, cutoff) for r in rows]

    # --- freshness ------------------------------------------------------------------------

    def stale_after_months(self) -> int:
        con = self._connection()
        try:
            return _stale_months(con)
        finally:
            con.close()

    def set_stale_after_months(self, months: int) -> Changes:
        STALE_AFTER_MONTHS.write(self.db, months)
        return Changes(directory=True)

    def _cutoff(self, con: Any, today: date | None) -> date:
        return months_before(today or clock.today(), _stale_months(con))

    def verification_worklist(self, *, limit: int = 50, only_stale: bool = True,
                              today: date | None = None) -> list[ServiceHit]:
        """Services to check, oldest verification first (never verified first); defunct ones left out."""
        con = self._connection()
        try:
            cutoff = self._cutoff(con, today)
            stale = "AND (s.last_verified_on IS NULL OR s.last_verified_on < ?)" if only_stale else ""
            rows = con.execute(
                f"""SELECT {_HIT_COLUMNS} FROM service s LEFT JOIN organisation o ON o.id = s.organisation_id
                    WHERE s.status != 'defunct' {stale}
                    ORDER BY s.last_verified_on IS NOT NULL, s.last_verified_on, s.name COLLATE NOCASE LIMIT ?""",
                ((cutoff.isoformat(),) if only_stale else ()) + (limit,)).fetchall()
            return self._hits(con, rows, "filter", today)
        finally:
            con.close()

    def mark_verified(self, service_id: str, *, by: str, on: date | None = None) -> Changes:
        """"Verified today": the one-keystroke action of the worklist."""
        if not by.strip():
            raise InvalidInput(translate("directory", "Say who verified the service."))
        with self.db.session() as session:
            service = self._service(session, service_id)
            service.last_verified_on, service.verified_by = on or clock.today(), by.strip()
            session.add(service)
            self._audit(session, "edit", f"service {service.id} ({service.name}) verified by {by.strip()}")
        return Changes(directory=True, service_ids=frozenset({str(service.id)}))

    def undo_verified(self, service_id: str, *, on: date | None, by: str | None) -> Changes:
        """Put back the check a "verified today" replaced (``on`` and ``by`` as they were, even none)."""
        with self.db.session() as session:
            service = self._service(session, service_id)
            service.last_verified_on, service.verified_by = on, (by or "")
            session.add(service)
            self._audit(session, "edit", f"service {service.id} ({service.name}): verified today undone")
        return Changes(directory=True, service_ids=frozenset({str(service.id)}))

    # --- availability and closure impact --------------------------------------------------

    def set_availability(
        self,
        service_id: str,
        *,
        status: str | None = None,
        capacity: str | None = None,
        capacity_note: str | None = None,
        alert: str | None = None,
        on: date | None = None,
    ) -> Changes:
        """Change status, capacity or the short-term alert; then ask ``closure_impact`` who is affected."""
        if status is not None and status not in SERVICE_STATUSES:
            raise InvalidInput(translate("directory", "{status} is not a service status; use one of: {join}.").format(status=repr(status), join=', '.join(SERVICE_STATUSES)))
        if capacity is not None and capacity not in CAPACITIES:
            raise InvalidInput(translate("directory", "{capacity} is not a capacity; use one of: {join}.").format(capacity=repr(capacity), join=', '.join(CAPACITIES)))
        from app.services.directory.edit import mark_changed

        with self.db.session() as session:
            service = self._service(session, service_id)
            before = (service.status, service.capacity)
            if status is not None:
                service.status = status
            if capacity is not None or capacity_note is not None:
                service.capacity = capacity if capacity is not None else service.capacity
                service.capacity_note = capacity_note.strip() if capacity_note is not None else service.capacity_note
                service.capacity_updated_on = on or clock.today()
            if alert is not None:
                service.alert = alert.strip()
            session.add(service)
            mark_changed(session, service.id, before, (service.status, service.capacity))
            self._audit(session, "edit", f"service {service.id} ({service.name}): {service.status}, "
                                         f"{service.capacity}")
        return Changes(directory=True, service_ids=frozenset({str(service.id)}))

    def closure_impact(self, service_id: str, *, alternatives: int = 5, today: date | None = None) -> ClosureImpact:
        """The people with an open connection to the service, and open services of the same category,
        nearby ones (same area or postcode district) first."""
        sid = _uuid(service_id).hex
        con = self._connection()
        try:
            rows = self._rows_for(con, [sid])
            if not rows:
                raise NotFound(translate("directory", "There is no service with id {service_id}.").format(service_id=service_id))
            service = self._hits(con, rows, "filter", today)[0]
            people = _affected(con, "s.id = ?", [sid])
            return ClosureImpact(service=service, unavailable=_unavailable(service.status, service.capacity),
                                 people=people, alternatives=self._alternatives(con, sid, alternatives, today))
        finally:
            con.close()

    def affected_connections(self) -> list[AffectedConnection]:
        """Every open connection to a closed, paused or full service (for the Today screen). Each drops
        off once its connection is moved on or the service is open again."""
        con = self._connection()
        try:
            marks = ",".join("?" * len(UNAVAILABLE_STATUSES))
            return _affected(con, f"(s.status IN ({marks}) OR s.capacity = 'full')", list(UNAVAILABLE_STATUSES))
        finally:
            con.close()

    def _alternatives(self, con: Any, sid: str, limit: int, today: date | None) -> list[Alternative]:
        area = con.execute("SELECT area FROM service WHERE id = ?", (sid,)).fetchone()[0]
        districts = {district(p) for (p,) in con.execute(
            """SELECT l.postcode FROM servicelocation sl JOIN location l ON l.id = sl.location_id
               WHERE sl.service_id = ?""", (sid,))} - {""}
        candidates = con.execute(
            """SELECT s.id, count(*) AS shared, s.area, s.last_verified_on FROM servicetaxonomy mine
               JOIN servicetaxonomy st ON st.term_id = mine.term_id AND st.service_id != mine.service_id
               JOIN service s ON s.id = st.service_id
               WHERE mine.service_id = ? AND s.status = 'active' AND s.capacity != 'full'
               GROUP BY s.id""", (sid,)).fetchall()
        if not candidates:
            return []
        places: dict[str, set[str]] = defaultdict(set)
        marks = ",".join("?" * len(candidates))
        for cid, postcode in con.execute(
                f"""SELECT sl.service_id, l.postcode FROM servicelocation sl JOIN location l ON l.id = sl.location_id
                    WHERE sl.service_id IN ({marks})""", [c[0] for c in candidates]):
            places[cid].add(district(postcode))
        scored = []
        for cid, shared, their_area, verified in candidates:
            same_area = bool(area and their_area and area.casefold() == their_area.casefold())
            near = same_area or bool(places[cid] & districts)
            scored.append((not near, -shared, -(date.fromisoformat(verified).toordinal() if verified else 0), cid,
                           near, shared))
        scored.sort()
        chosen = scored[:limit]
        rows = {r[0]: r for r in self._rows_for(con, [c[3] for c in chosen])}
        hits = {h.id: h for h in self._hits(con, list(rows.values()), "filter", today)}
        return [Alternative(hit=hits[from_hex(c[3])], nearby=c[4], shared_categories=c[5]) for c in chosen]

    # --- unmet needs ----------------------------------------------------------------------

    def record_unmet_need(
        self,
        category: str,
        *,
        area: str = "",
        person_id: str | None = None,
        worker_id: str | None = None,
        on: date | None = None,
        note: str = "",
    ) -> Changes:
        """No suitable service exists: record the need (from a person's record or from the directory)."""
        from app.domain.models import Person, UnmetNeed, Worker

        if not category.strip():
            raise InvalidInput(translate("directory", "Say what kind of help was needed (a category or need)."))
        with self.db.session() as session:
            person = _uuid(person_id, "person") if person_id else None
            if person is not None and session.get(Person, person) is None:
                raise NotFound(translate("directory", "There is no person with id {person_id}.").format(person_id=person_id))
            worker = _uuid(worker_id, "worker") if worker_id else None
            if worker is not None and session.get(Worker, worker) is None:
                raise NotFound(translate("directory", "There is no worker with id {worker_id}.").format(worker_id=worker_id))
            need = UnmetNeed(category=category.strip(), area=area.strip(), person_id=person, worker_id=worker,
                             recorded_on=on or clock.today(), note=note.strip())
            session.add(need)
        people = frozenset({str(person)}) if person else frozenset()
        return Changes(person_ids=people, directory=True, created_id=str(need.id))

    def unmet_needs_summary(self, *, since: date | None = None) -> list[UnmetNeedCount]:
        """Unmet needs counted by category and area (spelling case aside), the most common first."""
        con = self._connection()
        try:
            rows = con.execute(
                """SELECT min(category), min(area), count(*), max(recorded_on) FROM unmetneed WHERE recorded_on >= ?
                   GROUP BY category COLLATE NOCASE, area COLLATE NOCASE
                   ORDER BY count(*) DESC, min(category) COLLATE NOCASE, min(area) COLLATE NOCASE""",
                ((since or date.min).isoformat(),)).fetchall()
        finally:
            con.close()
        return [UnmetNeedCount(category=c, area=a, count=n, latest=str(latest)) for c, a, n, latest in rows]

    def unmet_needs(self, *, category: str | None = None, area: str | None = None) -> list[dict[str, Any]]:
        """The needs themselves, newest first, optionally of one category and area."""
        clauses, params = [], []
        for column, value in (("category", category), ("area", area)):
            if value is not None:
                clauses.append(f"u.{column} = ? COLLATE NOCASE")
                params.append(value)
        con = self._connection()
        try:
            rows = con.execute(
                f"""SELECT u.id, u.category, u.area, u.recorded_on, u.note, u.person_id,
                           coalesce(p.given_name || ' ' || p.family_name, '')
                    FROM unmetneed u LEFT JOIN person p ON p.id = u.person_id
                    {'WHERE ' + ' AND '.join(clauses) if clauses else ''}
                    ORDER BY u.recorded_on DESC, u.rowid DESC""", params).fetchall()
        finally:
            con.close()
        return [{"id": from_hex(i), "category": c, "area": a, "recorded_on": str(on), "note": note,
                 "person_id": from_hex(p) if p else None, "person": name}
                for i, c, a, on, note, p, name in rows]

    # --- one service: detail and editing ---------------------------------------------------

    def service_detail(self, service_id: str) -> dict[str, Any]:
        """Every field of the service (see ``directory_edit.read_service``)."""
        from app.services.directory.edit import read_service

        with self.db.session() as session:
            return read_service(session, self._service(session, service_id))

    def save_service(self, service_id: str | None, fields: dict[str, Any]) -> Changes:
        """Add (``service_id`` None) or update one service from the editor's fields, in one audited
        transaction; ``InvalidInput`` with a sentence when a field is wrong, and nothing is saved."""
        from app.domain.models import Service
        from app.services.directory.edit import mark_changed, validate, write_service

        checked = validate(fields)
        with self.db.session() as session:
            if service_id is None:
                service, before = Service(name=checked["name"]), ("active", "has capacity")
            else:
                service = self._service(session, service_id)
                before = (service.status, service.capacity)
            changed = write_service(session, service, checked, new=service_id is None)
            mark_changed(session, service.id, before, (service.status, service.capacity))
            what = "added" if service_id is None else f"edited ({', '.join(changed) or 'nothing changed'})"
            self._audit(session, "create" if service_id is None else "edit",
                        f"service {service.id} ({service.name}) {what}")
        return Changes(directory=True, service_ids=frozenset({str(service.id)}),
                       created_id=str(service.id) if service_id is None else None)

    def add_service(self, fields: dict[str, Any]) -> Changes:
        return self.save_service(None, fields)

    def update_service(self, service_id: str, fields: dict[str, Any]) -> Changes:
        return self.save_service(service_id, fields)

    def choices(self) -> dict[str, list[str]]:
        """What the filters offer: category names in use and areas, each sorted."""
        con = self._connection()
        try:
            categories = [n for (n,) in con.execute(
                """SELECT DISTINCT t.name FROM taxonomyterm t WHERE EXISTS
                   (SELECT 1 FROM servicetaxonomy st WHERE st.term_id = t.id) ORDER BY t.name COLLATE NOCASE""")]
            areas = [a for (a,) in con.execute(
                "SELECT DISTINCT area FROM service WHERE area != '' ORDER BY area COLLATE NOCASE")]
        finally:
            con.close()
        return {"categories": categories, "areas": areas}

    def import_feed(self, source: str | Path, **options: Any) -> ImportReport:
        """An Open Referral file, folder or feed URL read and applied (``import_directory``'s options:
        ``dry_run``, ``strict``, ``label``, ``progress``…)."""
        from app.services.directory.feed_import import import_directory

        return import_directory(self.db, source, **options)

    def needing_attention(self) -> list[NeedsAttention]:
        """Open connections to a closed, paused or full service not dealt with since it changed
        (see ``directory_attention``): what the Today screen lists."""
        con = self._connection()
        try:
            return needing_attention(con)
        finally:
            con.close()

    # --- helpers --------------------------------------------------------------------------

    def _audit(self, session: Any, action: str, detail: str) -> None:
        from app.services import audit

        audit.record(session, actor=self.actor, action=action, detail=f"directory: {detail}")

    def _connection(self) -> Any:
        """A DB-API connection from the database's pool (``close()`` hands it back): opening a new
        SQLCipher connection for every keystroke cost more than the search itself."""
        return self.db.engine.raw_connection()

    @staticmethod
    def _service(session: Any, service_id: str) -> Any:
        from app.domain.models import Service

        service = session.get(Service, _uuid(service_id))
        if service is None:
            raise NotFound(translate("directory", "There is no service with id {service_id}.").format(service_id=service_id))
        return service


def _stale_months(con: Any) -> int:
    row = con.execute("SELECT value FROM setting WHERE key = ?", (STALE_AFTER_MONTHS.key,)).fetchone()
    return STALE_AFTER_MONTHS.parse(row[0] if row else None)


def _unavailable(status: str, capacity: str) -> bool:
    return status in UNAVAILABLE_STATUSES or capacity == "full"


def _affected(con: Any, where: str, params: list[Any]) -> list[AffectedConnection]:
    marks = ",".join("?" * len(OPEN_CONNECTION_STATUSES))
    rows = con.execute(
        f"""SELECT c.id, c.status, e.id, p.id, p.given_name, p.family_name, s.id, s.name, s.status, s.capacity
            FROM connection c JOIN episode e ON e.id = c.episode_id JOIN person p ON p.id = e.person_id
            JOIN service s ON s.id = c.service_id
            WHERE c.status IN ({marks}) AND c.deleted_at IS NULL AND {where}
            ORDER BY s.name COLLATE NOCASE, p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE""",
        [*OPEN_CONNECTION_STATUSES, *params]).fetchall()
    return [AffectedConnection(
        connection_id=from_hex(cid), connection_status=cstatus, episode_id=from_hex(eid), person_id=from_hex(pid),
        given_name=given, family_name=family, service_id=from_hex(sid), service_name=sname,
        reason=status if status in UNAVAILABLE_STATUSES else ("full" if capacity == "full" else "open"),
    ) for cid, cstatus, eid, pid, given, family, sid, sname, status, capacity in rows]


def _when(byday: str, opens: str, closes: str) -> str:
    days = ", ".join(_DAY_SHORT.get(d, d) for d in byday.split(",") if d)
    hours = f"{opens}-{closes}" if opens and closes else opens
    return " ".join(p for p in (days, hours) if p)


def _badges(status: str, capacity: str, verified: Any, alert: str, missing: Any, cutoff: date) -> tuple[str, ...]:
    badges = [status] if status != "active" else []
    if capacity != "has capacity":
        badges.append(capacity)
    if is_stale(verified, cutoff):
        badges.append("stale")
    if alert:
        badges.append("alert")
    if missing:
        badges.append("not in feed")
    return tuple(badges)


def _hit(row: tuple[Any, ...], match: str, cutoff: date) -> ServiceHit:
    sid, name, org, status, capacity, verified, area, cats, alert, missing, rules, place = row
    when = "; ".join(w for w in (_when(*rule.split(_UNIT)) for rule in rules.split(_RECORD) if rule) if w)
    where = ", ".join(p for p in place.split(_UNIT) if p)
    return ServiceHit(
        id=from_hex(sid), name=name, organisation=org, status=status, capacity=capacity,
        last_verified_on=verified, area=area, categories=cats, match=match, when=when, where=where,
        badges=_badges(status, capacity, verified, alert, missing, cutoff), notice=alert or "",
    )
