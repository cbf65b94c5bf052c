"""Open Referral import: a reading of a feed applied to the directory in one transaction.

- A service is matched by the feed it came from and its id there; failing that by the same uuid
  from any feed (uuids are global); failing that by a Linkwell id (a file Linkwell exported).
- Unchanged records (the same fingerprint as last time) are skipped, so an edit made here to an
  imported service survives until the feed itself changes that service.
- Local verification is kept unless the feed's ``assured_date`` is newer; ``local_note`` is never
  touched. Linkwell-only fields a feed does not mention (capacity, phone or home visits) are kept.
- When the document is the whole feed, services of that feed that it no longer lists are flagged
  (``missing_from_source_on``), never deleted: people may be connected to them.
- A document that cannot be read, a cancel, or any error midway leaves the database as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection as SAConnection
from sqlcipher3.dbapi2 import PrepareProtocol
from sqlcipher3.dbapi2 import adapters as _DRIVER_ADAPTERS

from app import clock
from app.device import device_id
from app.domain.base import utcnow
from app.domain.models import (
    Location,
    Organisation,
    Schedule,
    Service,
    ServiceLocation,
    ServiceTaxonomy,
    TaxonomyTerm,
)
from app.errors import InvalidInput
from app.i18n import english, translate
from app.io.openreferral import Limits, Reading, read
from app.io.openreferral.errors import ImportCancelled
from app.io.openreferral.records import LocationRecord, OrganisationRecord, Problem, ServiceRecord
from app.services import audit
from app.services.caseload.facade import default_actor
from app.services.changes import Changes
from app.storage.database import Database
from app.storage.migrations.fts import create_search_index, drop_search_index, rebuild_search_index
from app.storage.rows import collector_paused, row_defaults

__all__ = ["ImportCancelled", "ImportRefused", "ImportReport", "apply_reading", "import_directory"]

Progress = Callable[[int, int, str], "bool | None"]
_BATCH = 1000
_CACHE_KIB = -131072  # negative: KiB, so 128 MiB
_BULK = 2000  # services changing at or above which the search index is rebuilt once, not row by row
_ORG_FIELDS = ("name", "description", "email", "url", "phone", "charity_number", "informal")
_LOCATION_FIELDS = ("name", "address", "city", "postcode", "latitude", "longitude", "how_to_get_there")


@dataclass
class ImportReport:
    source: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    flagged: int = 0  # services of this feed it no longer lists (also one warning each)
    rejected: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "rejected": [p.to_json() for p in self.rejected],
            "warnings": [p.to_json() for p in self.warnings],
        }

    @property
    def changes(self) -> Changes:
        return Changes(directory=not self.dry_run and bool(self.added or self.updated or self.flagged))

    def summary(self, translate: Callable[[str, str], str] = translate) -> str:
        """The counts in a sentence; ``translate=english`` for the audit trail."""
        said = (translate("directory", "{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected, "
                          "{warnings} warnings (a dry run: nothing was saved).") if self.dry_run else
                translate("directory", "{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected, "
                          "{warnings} warnings."))
        return said.format(added=self.added, updated=self.updated, unchanged=self.unchanged,
                           rejected=len(self.rejected), warnings=len(self.warnings))


class ImportRefused(InvalidInput):
    """``strict`` and some records broke a required rule: nothing was written."""

    def __init__(self, report: ImportReport) -> None:
        n = len(report.rejected)
        said = (translate("directory", "{count} record broke a required rule, and a strict import takes all or "
                          "nothing; nothing was imported.") if n == 1 else
                translate("directory", "{count} records broke a required rule, and a strict import takes all or "
                          "nothing; nothing was imported."))
        super().__init__(said.format(count=n))
        self.report = report


class _DryRun(Exception):
    pass


def import_directory(
    db: Database,
    source: str | Path,
    *,
    dry_run: bool = False,
    strict: bool = False,
    modified_after: datetime | None = None,
    label: str | None = None,
    progress: Progress | None = None,
    today: date | None = None,
    limits: Limits | None = None,
) -> ImportReport:
    """Read ``source`` (a file, folder or feed URL) and apply it. ``label`` names the feed (default:
    the URL, or the file's name); re-imports of the same feed should use the same label. ``limits``:
    the most the import reads and how long a feed may take (see ``Limits``)."""
    with collector_paused():
        reading = read(source, modified_after=modified_after, progress=progress, limits=limits)
        if label:
            reading.label = label
        return apply_reading(db, reading, dry_run=dry_run, strict=strict, progress=progress, today=today)


def apply_reading(
    db: Database,
    reading: Reading,
    *,
    dry_run: bool = False,
    strict: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportReport:
    report = ImportReport(source=reading.label, rejected=list(reading.rejected),
                          warnings=list(reading.warnings), dry_run=dry_run)
    if strict and report.rejected:
        raise ImportRefused(report)
    try:
        with collector_paused(), db.session() as session:
            con = session.connection()
            cache_size = con.exec_driver_sql("PRAGMA cache_size").scalar_one()
            con.exec_driver_sql(f"PRAGMA cache_size = {_CACHE_KIB}")  # one big transaction: keep its pages in memory
            try:
                _Apply(con, reading, report, today or clock.today(), progress).run()
                if dry_run:
                    raise _DryRun()
                audit.record(session, actor=default_actor(db), action="import", detail=f"directory: {report.summary(english)}")
            finally:
                con.exec_driver_sql(f"PRAGMA cache_size = {int(cache_size)}")
    except _DryRun:
        pass
    return report


# --- matching existing rows --------------------------------------------------------------------


def _uuid_hex(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return uuid.UUID(value).hex
    except ValueError:
        return None


class _Index:
    """Existing rows of one table, found as an import matches them (see the module's docstring)."""

    def __init__(self, rows: Iterable[dict[str, Any]], key: Callable[[dict[str, Any]], str | None]) -> None:
        self.by_feed: dict[tuple[str, str], dict[str, Any]] = {}
        self.by_uuid: dict[str, dict[str, Any]] = {}
        self.by_local: dict[str, dict[str, Any]] = {}
        for row in rows:
            self.by_local[row["id"]] = row
            sid = row["source_id"] or key(row)
            if sid:
                self.by_feed[(row["source"], sid)] = row
            hexed = _uuid_hex(row["source_id"])
            if hexed:
                self.by_uuid.setdefault(hexed, row)

    def find(self, label: str, key: str) -> tuple[dict[str, Any] | None, str]:
        """(row, how it matched: "feed", "uuid" or "local"), or (None, "")."""
        row = self.by_feed.get((label, key))
        if row is not None:
            return row, "feed"
        hexed = _uuid_hex(key)
        if hexed is None:
            return None, ""
        if hexed in self.by_uuid:
            return self.by_uuid[hexed], "uuid"
        row = self.by_local.get(hexed)
        return (row, "local") if row is not None else (None, "")

    def add(self, row: dict[str, Any], label: str, key: str) -> None:
        self.by_local[row["id"]] = row
        self.by_feed[(label, key)] = row
        hexed = _uuid_hex(row["source_id"])
        if hexed:
            self.by_uuid.setdefault(hexed, row)


def _org_key(row: dict[str, Any]) -> str | None:
    return f"name:{row['name'].casefold()}"


def _location_key(row: dict[str, Any]) -> str | None:
    return f"at:{row['name'].casefold()}|{row['address'].casefold()}|{row['postcode']}"


# --- writing -----------------------------------------------------------------------------------


class _Apply:
    def __init__(self, con: SAConnection, reading: Reading, report: ImportReport, today: date,
                 progress: Progress | None) -> None:
        self.con, self.reading, self.report, self.today, self.progress = con, reading, report, today, progress
        self.label = reading.label
        self.now, self.device = utcnow(), device_id()
        self.inserts: dict[str, list[dict[str, Any]]] = {}
        self.updates: dict[str, list[dict[str, Any]]] = {}
        self.child_deletes: list[uuid.UUID] = []
        made = (Service, Organisation, Location, TaxonomyTerm)
        # SQLModel does not declare __table__ (SQLAlchemy sets it on each table class)
        self.templates = {m.__tablename__: row_defaults(m.__table__) for m in made}  # type: ignore[union-attr]
        self.org_done: dict[str, uuid.UUID | None] = {}
        self.location_done: dict[str, uuid.UUID] = {}
        self.binders: dict[str, dict[str, Callable[[Any], Any] | None]] = {}

    def _rows(self, sql: str) -> list[dict[str, Any]]:
        result = self.con.exec_driver_sql(sql)
        names = list(result.keys())
        return [dict(zip(names, row, strict=True)) for row in result]

    def run(self) -> None:
        # Category links go in before their new services (see ``_flush``), so foreign keys are checked
        # at commit. The pragma lasts one transaction, and the driver opens one only at the first
        # write: a write that changes nothing opens it first.
        self.con.exec_driver_sql("DELETE FROM servicetaxonomy WHERE 0")
        self.con.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        if self.con.exec_driver_sql("PRAGMA defer_foreign_keys").scalar() != 1:
            raise AssertionError("foreign keys could not be deferred")
        self.services = _Index(self._rows(
            "SELECT id, source, source_id, source_hash, missing_from_source_on, last_verified_on FROM service"),
            key=lambda row: None)
        self.orgs = _Index(self._rows(f"SELECT id, source, source_id, {', '.join(_ORG_FIELDS)} FROM organisation"),
                           key=_org_key)
        self.locations = _Index(self._rows(
            f"SELECT id, source, source_id, {', '.join(_LOCATION_FIELDS)} FROM location"), key=_location_key)
        self.terms = {(v, c): uuid.UUID(i) for i, v, c in
                      self.con.exec_driver_sql("SELECT id, vocabulary, code FROM taxonomyterm")}
        planned = [(record, record.fingerprint()) for record in self.reading.records]
        changing = sum(1 for record, fingerprint in planned
                       if (self.services.find(self.label, record.source_id)[0] or {}).get("source_hash")
                       != fingerprint)
        # Many changes: drop the search index and build it once at the end, rather than row by row
        # through its triggers (all inside this transaction, so a failure leaves the old index).
        bulk = changing >= _BULK and changing * 5 >= len(self.services.by_local) + changing
        execute = self.con.exec_driver_sql
        if bulk:
            drop_search_index(execute)
        touched: set[str] = set()
        total = len(planned)
        for done, (record, fingerprint) in enumerate(planned, start=1):
            self._service(record, fingerprint, touched)
            if done % _BATCH == 0:
                self._flush()
                self._tick(done, total)
        self._flush()
        if self.reading.complete:
            self._flag_missing()
            self._flush()
        if bulk:
            create_search_index(execute)
            rebuild_search_index(execute)
        self._tick(total, total)

    def _tick(self, done: int, total: int) -> None:
        if self.progress is not None and self.progress(done, total, translate("directory", "Importing services")):
            raise ImportCancelled()

    def _service(self, record: ServiceRecord, fingerprint: str, touched: set[str]) -> None:
        row, matched = self.services.find(self.label, record.source_id)
        if row is not None and row["id"] in touched:
            row = None  # two records of one document matched one service: the second is new
        if row is not None:
            touched.add(row["id"])
            if row["source_hash"] == fingerprint:
                if row["missing_from_source_on"] is None:
                    self.report.unchanged += 1
                    return
                self._update(Service, uuid.UUID(row["id"]), missing_from_source_on=None)
                self.report.updated += 1
                return
        values: dict[str, Any] = dict(record.fields)
        values["organisation_id"] = self._organisation(record.organisation, record.source_id)
        values["source_hash"] = fingerprint
        values["missing_from_source_on"] = None
        verified = row["last_verified_on"] if row is not None else None
        if record.verified_on and (verified is None or record.verified_on > date.fromisoformat(str(verified))):
            values["last_verified_on"], values["verified_by"] = record.verified_on, record.verified_by
        if row is None:
            sid = uuid.uuid4()
            values |= {"source": self.label, "source_id": record.source_id}
            self._insert(Service, sid, values)
            self.services.add({"id": sid.hex, "source": self.label, "source_id": record.source_id,
                               "source_hash": fingerprint, "missing_from_source_on": None,
                               "last_verified_on": None}, self.label, record.source_id)
            touched.add(sid.hex)
            self.report.added += 1
        else:
            sid = uuid.UUID(row["id"])
            if matched == "uuid":
                values["source"] = self.label  # the same uuid, now listed by this feed
            self._update(Service, sid, **values)
            self.child_deletes.append(sid)
            self.report.updated += 1
        for term in record.terms:
            self._link(ServiceTaxonomy, service_id=sid, term_id=self._term(term.vocabulary, term.code, term.name))
        for location_id in dict.fromkeys(self._location(loc) for loc in record.locations):
            self._link(ServiceLocation, service_id=sid, location_id=location_id)
        for s in record.schedules:
            self._link(Schedule, service_id=sid, freq=s.freq, byday=s.byday, opens_at=s.opens_at,
                       closes_at=s.closes_at, description=s.description)

    def _organisation(self, org: OrganisationRecord | None, service_id: str) -> uuid.UUID | None:
        if org is None:
            return None
        key = org.key()
        if key in self.org_done:
            return self.org_done[key]
        row, _ = self.orgs.find(self.label, key)
        if not org.name:  # only a reference by id
            if row is None:
                self.report.warnings.append(Problem(service_id, "organization_id", translate(
                    "directory", "{organisation} is not an organisation this feed described; the service was imported "
                    "without one").format(organisation=org.source_id)))
            found = uuid.UUID(row["id"]) if row is not None else None
        elif row is None:
            found = uuid.uuid4()
            values = {f: getattr(org, f) for f in _ORG_FIELDS}
            self._insert(Organisation, found, values | {"source": self.label, "source_id": org.source_id})
            self.orgs.add({"id": found.hex, "source": self.label, "source_id": org.source_id, **values},
                          self.label, key)
        else:
            found = uuid.UUID(row["id"])
            changed = {f: getattr(org, f) for f in _ORG_FIELDS if row[f] != getattr(org, f)}
            if changed:
                self._update(Organisation, found, **changed)
        self.org_done[key] = found
        return found

    def _location(self, loc: LocationRecord) -> uuid.UUID:
        key = loc.key()
        if key in self.location_done:
            return self.location_done[key]
        row, _ = self.locations.find(self.label, key)
        values = {f: getattr(loc, f) for f in _LOCATION_FIELDS}
        if row is None:
            found = uuid.uuid4()
            self._insert(Location, found, values | {"source": self.label, "source_id": loc.source_id})
            self.locations.add({"id": found.hex, "source": self.label, "source_id": loc.source_id, **values},
                               self.label, key)
        else:
            found = uuid.UUID(row["id"])
            changed = {f: v for f, v in values.items() if row[f] != v}
            if changed:
                self._update(Location, found, **changed)
        self.location_done[key] = found
        return found

    def _term(self, vocabulary: str, code: str, name: str) -> uuid.UUID:
        found = self.terms.get((vocabulary, code))
        if found is None:
            found = self.terms[(vocabulary, code)] = uuid.uuid4()
            self._insert(TaxonomyTerm, found, {"vocabulary": vocabulary, "code": code, "name": name})
        return found

    def _flag_missing(self) -> None:
        seen = self.reading.seen_ids
        for row in self.services.by_feed.values():
            if row["source"] == self.label and row["source_id"] not in seen and row["missing_from_source_on"] is None:
                self._update(Service, uuid.UUID(row["id"]), missing_from_source_on=self.today)
                self.report.flagged += 1
                self.report.warnings.append(Problem(row["source_id"], "", translate(
                    "directory", "is no longer in this feed; it was flagged as missing, not deleted")))

    # --- batched statements ----------------------------------------------------------------

    def _stamp(self) -> dict[str, Any]:
        return {"updated_at": self.now, "device_id": self.device}

    def _insert(self, model: type, row_id: uuid.UUID, values: dict[str, Any]) -> None:
        table: Table = model.__table__  # type: ignore[attr-defined]
        row = self.templates[table.name] | values | self._stamp() | {"id": row_id, "created_at": self.now}
        self.inserts.setdefault(table.name, []).append(row)

    def _link(self, model: type, **values: Any) -> None:
        table: Table = model.__table__  # type: ignore[attr-defined]
        row = {"id": uuid.uuid4(), "created_at": self.now, **self._stamp(), **values}
        self.inserts.setdefault(table.name, []).append(row)

    def _update(self, model: type, row_id: uuid.UUID, **values: Any) -> None:
        table: Table = model.__table__  # type: ignore[attr-defined]
        self.updates.setdefault(table.name, []).append({"_id": row_id, **values, **self._stamp()})

    def _flush(self) -> None:
        tables = {t.__tablename__: t.__table__ for t in  # type: ignore[union-attr]  # as in __init__
                  (Organisation, Location, TaxonomyTerm, Service, ServiceTaxonomy, ServiceLocation, Schedule)}
        for name in ("organisation", "location", "taxonomyterm"):
            self._write(tables[name])
        if self.child_deletes:
            ids = [(sid.hex,) for sid in self.child_deletes]
            for name in ("servicetaxonomy", "servicelocation", "schedule"):
                self.con.exec_driver_sql(f'DELETE FROM "{name}" WHERE service_id = ?', ids)
            self.child_deletes = []
        # Category links before their new services: the search index trigger then indexes each once.
        for name in ("servicetaxonomy", "service", "servicelocation", "schedule"):
            self._write(tables[name])

    def _write(self, table: Table) -> None:
        """Plain executemany with each column's own bind processor: SQLAlchemy's storage formats
        without its per-row work (which took longer than SQLite itself)."""
        binders = self._binders(table)
        rows = self.inserts.pop(table.name, [])
        if rows:
            names = [c.name for c in table.columns]
            sql = (f'INSERT INTO "{table.name}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
                   f'VALUES ({", ".join("?" * len(names))})')
            self.con.exec_driver_sql(sql, _bound_rows(rows, names, binders))
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in self.updates.pop(table.name, []):
            groups.setdefault(tuple(sorted(k for k in row if k != "_id")), []).append(row)
        for keys, rows in groups.items():
            sql = f'UPDATE "{table.name}" SET {", ".join(f"{chr(34)}{k}{chr(34)} = ?" for k in keys)} WHERE id = ?'
            self.con.exec_driver_sql(sql, [(*(_bound(binders[k], row[k]) for k in keys), row["_id"].hex)
                                           for row in rows])

    def _binders(self, table: Table) -> dict[str, Callable[[Any], Any] | None]:
        found = self.binders.get(table.name)
        if found is None:
            found = self.binders[table.name] = {c.name: _binder(c, self.con.dialect) for c in table.columns}
        return found


def _bound_rows(rows: list[dict[str, Any]], names: list[str],
                binders: dict[str, Callable[[Any], Any] | None]) -> list[tuple[Any, ...]]:
    """Each row's values in column order, through the columns that have a bind processor (a few of
    dozens: ids, dates, flags) and straight through the rest."""
    values = itemgetter(*names)
    bound = [(i, binders[n]) for i, n in enumerate(names) if binders[n] is not None]
    out = []
    for row in rows:
        found = list(values(row))
        for i, binder in bound:
            if found[i] is not None:
                found[i] = binder(found[i])  # type: ignore[misc]
        out.append(tuple(found))
    return out


def _bound(binder: Callable[[Any], Any] | None, value: Any) -> Any:
    return value if binder is None or value is None else binder(value)


def _binder(column: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The column's bind processor; for timestamps (one per import) with its answers remembered, as
    the text the driver would store (its own adapter), so neither runs again for each row."""
    process = column.type.bind_processor(dialect)
    if process is None:
        return None
    try:  # a TypeDecorator (UTCDateTime) says only "object": ask what it decorates
        is_moment = getattr(column.type, "impl", column.type).python_type is datetime
    except NotImplementedError:
        is_moment = False
    if not is_moment:
        return process
    adapt = _DRIVER_ADAPTERS.get((datetime, PrepareProtocol))
    seen: dict[Any, Any] = {}

    def remembered(value: Any) -> Any:
        if value not in seen:
            found = process(value)
            seen[value] = adapt(found) if adapt is not None and type(found) is datetime else found
        return seen[value]

    return remembered
