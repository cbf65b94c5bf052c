"""The demo database (``linkwell demo create``): a fictional PCN, its caseload and local directory.

Everything comes from one seeded ``random.Random`` and from dates counted back from the story's last
day: the latest day on or before ``today`` that falls on the same weekday as ``STORY_WEEKDAY_OF``. So
the same seed gives the same people, journeys and services on any date, every date moved by whole
weeks (weekends stay weekends), and tests may pick their demo people by what they need on any day. Names and text come from ``data/demo/``. Rows go
in with plain ``executemany`` in batches, all in one transaction: a cancel or an error leaves
nothing written.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from itertools import accumulate, pairwise
from operator import itemgetter
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, text
from sqlalchemy.engine import Connection as SAConnection
from sqlmodel import SQLModel

from app import clock
from app.domain import nhs_number
from app.domain.models import (
    Connection,
    ConnectionStatusChange,
    Contact,
    Episode,
    EpisodeStatusChange,
    Location,
    Organisation,
    Person,
    PlanAction,
    PlanGoal,
    Practice,
    Schedule,
    Service,
    ServiceLocation,
    ServiceTaxonomy,
    TaxonomyTerm,
    UnmetNeed,
    Worker,
)
from app.domain.status import CONNECTION_MOVES, EPISODE_MOVES, ConnectionStatus, EpisodeStatus
from app.errors import InvalidInput, LinkwellError
from app.paths import load_json_resource, seed
from app.services.caseload.facade import snomed_for
from app.storage.database import Database
from app.storage.rows import collector_paused, row_defaults
from app.i18n import translate

DEMO_DEVICE_ID = "00000000-0000-4000-8000-00000000de30"  # fixed, so the demo is reproducible
_PEOPLE_BATCH = 500
_SERVICE_BATCH = 1000
_CACHE_SIZE = -131072  # KiB while filling: the big transaction stays in memory, not spilled
_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # the letters used in the inward half of a postcode

Progress = Callable[[int, int, str], "bool | None"]


class DemoCancelled(LinkwellError):
    def __init__(self) -> None:
        super().__init__(translate("errors", "Making the demo database was cancelled; nothing was written."))


@dataclass(frozen=True)
class DemoCounts:
    practices: int = 0
    workers: int = 0
    people: int = 0
    episodes: int = 0
    status_changes: int = 0
    contacts: int = 0
    plan_goals: int = 0
    plan_actions: int = 0
    connections: int = 0
    connection_changes: int = 0
    unmet_needs: int = 0
    organisations: int = 0
    services: int = 0
    locations: int = 0
    schedules: int = 0
    taxonomy_terms: int = 0


_COUNTED: dict[str, type[SQLModel]] = {
    "practices": Practice, "workers": Worker, "people": Person, "episodes": Episode,
    "status_changes": EpisodeStatusChange, "contacts": Contact, "plan_goals": PlanGoal,
    "plan_actions": PlanAction, "connections": Connection,
    "connection_changes": ConnectionStatusChange, "unmet_needs": UnmetNeed,
    "organisations": Organisation, "services": Service, "locations": Location,
    "schedules": Schedule, "taxonomy_terms": TaxonomyTerm,
}

# --- the shape of a journey (every path is checked against EPISODE_MOVES as it is used) -------

_E, _C = EpisodeStatus, ConnectionStatus
_CT, _AC, _DE, _WM = _E.CONTACTED, _E.ACCEPTED, _E.DECLINED, _E.WHAT_MATTERS
_PL, _CN, _RV = _E.PLANNED, _E.CONNECTING, _E.REVIEW
_TO_PLAN = (_CT, _AC, _WM, _PL)
# Moves after 'referred', by the status an episode has reached.
_OPEN_PATHS: dict[EpisodeStatus, Sequence[tuple[EpisodeStatus, ...]]] = {
    _E.REFERRED: [()],
    _CT: [(_CT,)],
    _AC: [(_CT, _AC)] * 3 + [(_CT, _DE, _AC)],
    _DE: [(_CT, _DE)],
    _WM: [(_CT, _AC, _WM)],
    _PL: [_TO_PLAN],
    _CN: [(*_TO_PLAN, _CN)] * 3 + [(*_TO_PLAN, _CN, _RV, _CN)],
    _RV: [(*_TO_PLAN, _CN, _RV)] * 3 + [(*_TO_PLAN, _RV)],
}
# Moves before the last one, to 'closed', by closure reason.
_CLOSED_PATHS: dict[str, Sequence[tuple[EpisodeStatus, ...]]] = {
    "goals_met": [(*_TO_PLAN, _CN, _RV), (*_TO_PLAN, _CN), (*_TO_PLAN, _CN, _RV, _CN, _RV)],
    "disengaged": [(), (_CT,), (_CT, _AC), (_CT, _AC, _WM), (*_TO_PLAN, _CN)],
    "declined": [(_CT, _DE)],
    "moved_away": [(), (_CT, _AC, _WM), (*_TO_PLAN, _CN)],
    "transferred": [(_CT, _AC), (_CT, _AC, _WM), _TO_PLAN],
    "died": [(_CT, _AC), (*_TO_PLAN, _CN)],
    "other": [(_CT,), (*_TO_PLAN, _CN, _RV)],
}
# Days between two moves: by the move, else by where it goes.
_GAP_MOVE = {(_DE, _AC): (5, 25), (_RV, _CN): (1, 7), (_E.REFERRED, _E.CLOSED): (21, 35)}
_GAP_TO = {_CT: (1, 9), _AC: (0, 6), _DE: (0, 6), _WM: (3, 14), _PL: (0, 10), _CN: (2, 12),
           _RV: (21, 45), _E.CLOSED: (5, 30)}
_WAITS = ((0, 6), (9, 13), (0, 6), (16, 40))  # days new referrals have waited (a weekend adds 2)
# The contact recorded with each move: by the move, else by where it goes (data/demo/journey.json).
_MOVE_NOTES = {(_DE, _AC): "reaccepted", (_RV, _CN): "follow_up",
               (_E.REFERRED, _E.CLOSED): "no_response"}
_NOTES_TO = {_CT: "contacted", _AC: "accepted", _DE: "declined", _WM: "what_matters",
             _PL: "planned", _CN: "connecting", _RV: "review", _E.CLOSED: "closed"}

# Connection moves after 'draft', with the outcome reason: (weight, moves).
_Move = tuple[ConnectionStatus, str | None]
_REQ: _Move = (_C.REQUESTED, None)
_ACC: _Move = (_C.ACCEPTED, None)
_INP: _Move = (_C.IN_PROGRESS, None)
_DONE: _Move = (_C.COMPLETED, None)
_CONNECTION_PATHS: tuple[tuple[int, tuple[_Move, ...]], ...] = (
    (4, ()), (8, (_REQ,)), (8, (_REQ, _ACC)), (14, (_REQ, _ACC, _INP)),
    (3, (_REQ, _ACC, (_C.ON_HOLD, None))), (20, (_REQ, _ACC, _INP, _DONE)), (8, (_REQ, _DONE)),
    (5, (_REQ, _ACC, (_C.FAILED, "did_not_attend"))), (3, (_REQ, (_C.FAILED, "changed_mind"))),
    (2, (_REQ, (_C.REJECTED, "not_eligible"))), (3, ((_C.CANCELLED, None),)),
    (3, (_REQ, (_C.CANCELLED, None))), (1, ((_C.ENTERED_IN_ERROR, None),)),
)
_FINISHED = [(w, p) for w, p in _CONNECTION_PATHS  # the paths a closed episode's connection took
             if p and set(CONNECTION_MOVES[p[-1][0]]) <= {_C.ENTERED_IN_ERROR}]
_CONNECTION_DAYS = {_C.ACCEPTED: (2, 10), _C.IN_PROGRESS: (3, 10), _C.ON_HOLD: (5, 20),
                    _C.COMPLETED: (14, 60), _C.FAILED: (7, 21), _C.REJECTED: (1, 7),
                    _C.CANCELLED: (1, 14)}  # others follow within the hour


def create_demo(
    db: Database,
    *,
    people: int = 80,
    services: int = 320,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoCounts:
    """Fill an empty database with the demo. ``DemoCancelled`` if ``progress`` returns True."""
    total, done = 2 + services + people, 0

    def report(step: int, label: str) -> None:
        nonlocal done
        done += step
        if progress is not None and progress(done, total, label):
            raise DemoCancelled()

    report(0, "Starting")
    with collector_paused(), db.engine.connect() as con:  # one transaction: committed at the end, or nothing
        previous = con.exec_driver_sql("PRAGMA cache_size").scalar()
        con.exec_driver_sql(f"PRAGMA cache_size = {_CACHE_SIZE}")
        try:
            counts = _fill(con, people, services, seed, story_day(today or clock.today()), report)
            con.commit()
        except BaseException:
            con.rollback()
            raise
        finally:  # the pooled connection goes back with its usual cache
            con.exec_driver_sql(f"PRAGMA cache_size = {previous}")
            con.commit()
    from app.services.demo_trail import write_trail

    write_trail(db)  # the story's last weeks in the audit trail, as they would have been recorded
    return counts


STORY_WEEKDAY_OF = date(2026, 12, 4)  # a Friday: the story's "today" always falls on one


def story_day(today: date) -> date:
    """The demo's "today": ``today`` moved back 0 to 6 days to the story's weekday."""
    return today - timedelta(days=(today - STORY_WEEKDAY_OF).days % 7)


def _fill(con: SAConnection, people: int, services: int, seed: int, today: date,
          report: Callable[[int, str], None]) -> DemoCounts:
    if con.execute(text("SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM service)"
                        " + (SELECT count(*) FROM practice)")).scalar():
        raise InvalidInput(translate("errors", "The demo goes into an empty database; this one already has records."))
    writer = _Writer(con)
    rng = random.Random(seed)
    directory = _Directory(rng, today, writer)
    report(1, "Practices and link workers")
    for start in range(0, services, _SERVICE_BATCH):
        n = min(_SERVICE_BATCH, services - start)
        directory.add_services(n)
        writer.flush()
        report(n, "Directory services")
    caseload = _Caseload(rng, today, writer, directory, people)
    for start in range(0, people, _PEOPLE_BATCH):
        n = min(_PEOPLE_BATCH, people - start)
        for i in range(start, start + n):
            caseload.add_person(i)
        writer.flush()
        report(n, "People and referrals")
    caseload.add_unmet_needs(3 + people // 20)
    writer.flush()
    report(1, "Saving")
    # SQLModel types __tablename__ as str or its declared_attr; on a table class it is the str
    return DemoCounts(**{name: writer.counts[cast(str, m.__tablename__)] for name, m in _COUNTED.items()})


class _Writer:
    """Buffers rows per table; ``flush`` inserts them in foreign-key order, an executemany a table.

    The directory's search index is kept by its triggers as rows go in. (Measured at 5,000
    services: about 1 s of the run; loading category links before their services would halve it,
    but needs deferred foreign keys, which SQLite did not always honour on a fresh connection.)
    """

    def __init__(self, con: SAConnection) -> None:
        self._con = con
        self._tables = list(SQLModel.metadata.sorted_tables)
        self._buffers: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._specs: dict[type[SQLModel], tuple[str, dict[str, Any], int]] = {}
        self._statements: dict[str, tuple[str, list[tuple[str, Any]]]] = {}
        self.counts: Counter[str] = Counter()

    def add(self, model: type[SQLModel], **values: Any) -> Any:
        """Queue one row; returns its id."""
        spec = self._specs.get(model)
        if spec is None:
            table: Table = model.__table__  # type: ignore[attr-defined]
            spec = self._specs[model] = (table.name, row_defaults(table), len(table.columns))
        name, template, width = spec
        row = template | values
        if len(row) != width:  # a misspelt or missing column: a bug here
            raise ValueError(f"Demo row for {name} has columns {sorted(row)}.")
        self._buffers[name].append(row)
        return values.get("id")

    def flush(self) -> None:
        for table in self._tables:
            rows = self._buffers.pop(table.name, None)
            if rows:
                sql, columns = self._statement(table)
                values = [list(map(bind, map(itemgetter(name), rows))) if bind
                          else list(map(itemgetter(name), rows)) for name, bind in columns]
                self._con.exec_driver_sql(sql, list(zip(*values, strict=True)))
                self.counts[table.name] += len(rows)

    def _statement(self, table: Table) -> tuple[str, list[tuple[str, Any]]]:
        """A plain INSERT and each column's own bind processor: SQLAlchemy's storage formats
        without its per-row work (measured: that took longer than SQLite itself)."""
        found = self._statements.get(table.name)
        if found is None:
            dialect = self._con.dialect
            names = ", ".join(f'"{c.name}"' for c in table.columns)
            marks = ", ".join("?" * len(table.columns))
            binds = [(c.name, c.type.bind_processor(dialect)) for c in table.columns]
            found = self._statements[table.name] = (
                f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', binds)
        return found


@cache
def _seed_json(name: str) -> Any:
    return json.loads(seed("demo", name).read_text(encoding="utf-8"))


_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "đ": "d"})


def _slug(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.translate(_ASCII)).encode("ascii", "ignore")
    return re.sub(r"[^a-z0-9]+", "-", plain.decode().lower()).strip("-")


def _moment(day: date) -> datetime:
    return datetime.combine(day, time(10, 0), UTC)


class _Maker:
    """What both halves of the demo share: the random source, the day, the seed files."""

    def __init__(self, rng: random.Random, today: date, writer: _Writer) -> None:
        self.rng, self.today, self.w = rng, today, writer
        self.end = datetime.combine(today - timedelta(days=1), time(23, 0), UTC)  # yesterday
        self.names, self.places = _seed_json("names.json"), _seed_json("places.json")
        self.directory, self.journey = _seed_json("services.json"), _seed_json("journey.json")
        self.town = self.places["town"]

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def rec(self, at: datetime, updated: datetime | None = None, *,
            id: uuid.UUID | None = None) -> dict[str, Any]:
        """The Record columns: a seeded id, times from the story, the demo device."""
        return {"id": id or self.uid(), "created_at": at, "updated_at": updated or at,
                "device_id": DEMO_DEVICE_ID}

    def at(self, day: date, first_hour: int = 9, last_hour: int = 16) -> datetime:
        """A moment in working hours on ``day``, or on the Monday after a weekend day."""
        if day.weekday() >= 5:
            day += timedelta(days=7 - day.weekday())
        minute = self.rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
        return datetime.combine(day, time(self.rng.randint(first_hour, last_hour), minute), UTC)

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def mobile(self) -> str:
        return f"07700 900{self.rng.randint(0, 999):03d}"  # Ofcom's range for drama

    def landline(self) -> str:
        return f"01632 960{self.rng.randint(0, 999):03d}"

    def postcode(self) -> str:
        r = self.rng
        inward = f"{r.randint(1, 9)}{r.choice(_LETTERS)}{r.choice(_LETTERS)}"
        return f"{r.choice(self.places['postcode_districts'])} {inward}"


class _Svc(NamedTuple):
    id: uuid.UUID
    status: str
    capacity: str
    ages: tuple[int | None, int | None]


class _Directory(_Maker):
    """The PCN's practices and workers, and the local service directory."""

    def __init__(self, rng: random.Random, today: date, writer: _Writer) -> None:
        super().__init__(rng, today, writer)
        self.by_category: dict[str, list[_Svc]] = defaultdict(list)
        self.orgs: dict[str, uuid.UUID] = {}
        self.locations: dict[str, uuid.UUID] = {}
        self.service_names: set[str] = set()
        self.count = 0
        self.since = self.end - timedelta(days=1500)
        self.practice_ids: list[uuid.UUID] = [
            self.w.add(Practice, **self.rec(self.since), pcn=self.places["pcn"], **practice)
            for practice in self.places["practices"]
        ]
        self.link_workers: dict[int, list[uuid.UUID]] = defaultdict(list)
        self.navigators: list[uuid.UUID] = []
        self.worker_names: list[str] = []
        for worker in self.places["workers"]:
            index = worker["practice"]
            wid = self.w.add(
                Worker, **self.rec(self.since), name=worker["name"], role=worker["role"],
                phone=self.landline(), email=f"{_slug(worker['name'])}@example.org",
                practice_id=None if index is None else self.practice_ids[index])
            if worker["role"] == "link worker":
                self.link_workers[index].append(wid)
                self.worker_names.append(worker["name"])
            elif worker["role"] == "navigator":
                self.navigators.append(wid)
        self.terms = {
            c["code"]: self.w.add(TaxonomyTerm, **self.rec(self.since), code=c["code"],
                                  name=c["name"])
            for c in self.directory["categories"]
        }

    def add_services(self, count: int) -> None:
        categories = self.directory["categories"]
        weights = [c["weight"] for c in categories]
        for _ in range(count):
            early = self.count < 2 * len(categories)  # every category twice, then by weight
            self.service(categories[self.count % len(categories)] if early
                         else self.rng.choices(categories, weights)[0])
            self.count += 1

    def service(self, category: dict[str, Any]) -> None:
        r, d = self.rng, self.directory
        area = r.choice(self.places["areas"])
        day_code, day_name = r.choices(d["days"], d["day_weights"])[0]
        template, description, *ages = r.choice(category["services"])
        name = template.format(area=area, town=self.town, day=day_name)
        informal = r.random() < category["informal"]
        attend = {k: r.random() < p for k, p in category["attend"].items()}
        in_person = not (attend["phone"] or attend["online"]) or r.random() < 0.85
        venue, venue_id = ("", None)
        if in_person:
            venue, venue_id = self.venue(category, area if "{area}" in template else None, informal)
        if name in self.service_names and venue:
            name = f"{name} at {venue}"
        self.service_names.add(name)

        verified = (None if r.random() < 0.03 else self.days_ago(370, 900) if r.random() < 0.15
                    else self.days_ago(181, 365) if r.random() < 0.2 else self.days_ago(0, 180))
        created = _moment((verified or self.today) - timedelta(days=r.randint(1, 700)))
        status = ("temporarily closed" if r.random() < 0.07
                  else "inactive" if r.random() < 0.02 else "active")
        capacity = ("waiting list" if r.random() < 0.15
                    else "full" if r.random() < 0.1 else "has capacity")
        min_age, max_age = ages[0] if ages else (None, None)
        volunteer = r.choice(d["volunteers"])
        org_id, phone, email = self.organisation(category, area, name, informal, volunteer)
        if informal:
            description += f" Volunteer-run: ask for {volunteer}."
        if venue:
            description += f" Meets at {venue}."
        is_free = r.random() < 0.8
        full = capacity != "has capacity"
        sid = self.w.add(
            Service, **self.rec(created, _moment(verified) if verified else created),
            organisation_id=org_id, name=name, area=area,
            description=f"{description} {r.choice(d['extras'])}".strip(),
            url="" if informal else f"https://example.org/{_slug(name)}", email=email,
            phone=phone, contact_name=volunteer if informal else "",
            status=status, alert=r.choice(d["alerts"]) if status == "temporarily closed" else "",
            capacity=capacity,
            capacity_note=r.choice(d["capacity_notes"][capacity]) if full else "",
            capacity_updated_on=self.days_ago(1, 60) if full else None,
            funding_ends_on=(self.today + timedelta(days=r.randint(14, 270))
                             if r.random() < 0.08 else None),
            last_verified_on=verified, verified_by=r.choice(self.worker_names) if verified else "",
            is_free=is_free, cost_note="" if is_free else r.choice(d["cost_notes"]),
            minimum_age=min_age, maximum_age=max_age, attend_in_person=in_person,
            attend_phone=attend["phone"], attend_online=attend["online"],
            attend_home_visit=attend["home_visit"],
            access=r.choices(list(category["access"]), list(category["access"].values()))[0],
        )
        self.by_category[category["code"]].append(_Svc(sid, status, capacity, (min_age, max_age)))
        codes = {category["code"]}
        if r.random() < 0.15:
            codes.add(r.choice(d["categories"])["code"])
        for code in sorted(codes):
            self.w.add(ServiceTaxonomy, **self.rec(created), service_id=sid,
                       term_id=self.terms[code])
        if venue_id is not None:
            self.w.add(ServiceLocation, **self.rec(created), service_id=sid, location_id=venue_id)
        self.schedule(sid, category["schedule"], day_code, created)

    def venue(self, category: dict[str, Any], area: str | None,
              informal: bool) -> tuple[str, uuid.UUID]:
        r, named = self.rng, self.places["named_venues"]
        kinds = category.get("venue_kinds")  # outdoor activities have their own
        if informal and not kinds and r.random() < 0.5:  # meets in a café
            place = r.choice([v for v in named if "Café" in v["name"]])
            name, how = place["name"], place["how"]
        elif area:
            name = f"{area} {r.choice(kinds or self.places['venue_kinds'])}"
            how = r.choice(self.places["location_hows"])
        else:
            place = r.choice([v for v in named if v.get("outdoor", False) == bool(kinds)])
            name, how = place["name"], place["how"]
        if name not in self.locations:
            lat, lon = self.places["centre"]
            self.locations[name] = self.w.add(
                Location, **self.rec(self.since), name=name, city=self.town,
                address=f"{r.randint(1, 120)} {r.choice(self.places['streets'])}",
                postcode=self.postcode(), latitude=round(lat + r.uniform(-0.03, 0.03), 5),
                longitude=round(lon + r.uniform(-0.05, 0.05), 5), how_to_get_there=how)
        return name, self.locations[name]

    def organisation(self, category: dict[str, Any], area: str, service: str, informal: bool,
                     volunteer: str) -> tuple[uuid.UUID, str, str]:
        """Who runs a service (an informal group is its own organisation); its phone and email."""
        r = self.rng
        name = service if informal else r.choice(category["orgs"]).format(area=area, town=self.town)
        if name not in self.orgs:
            since = self.since - timedelta(days=500)
            if informal:
                self.orgs[name] = self.w.add(
                    Organisation, **self.rec(since), name=name, informal=True, phone=self.mobile(),
                    description=f"A volunteer group (not a charity): ask for {volunteer}.",
                )
            else:
                self.orgs[name] = self.w.add(
                    Organisation, **self.rec(since), name=name, phone=self.landline(),
                    charity_number=str(r.randint(1_990_000, 1_999_999)),
                    description=f"A registered charity working across {self.town}.",
                    email=f"info@{_slug(name)}.example.org",
                    url=f"https://{_slug(name)}.example.org",
                )
        if informal:
            return self.orgs[name], self.mobile(), ""
        return self.orgs[name], self.landline(), f"{_slug(service)[:40]}@example.org"

    def schedule(self, sid: uuid.UUID, style: str, day_code: str, at: datetime) -> None:
        r, d = self.rng, self.directory
        codes = [code for code, _ in d["days"]]
        if style == "weekdays":
            byday = r.choice(d["weekday_patterns"])
        elif style == "twice":
            second = r.choice([c for c in codes[:5] if c != day_code])
            byday = ",".join(c for c in codes if c in (day_code, second))
        else:
            byday = day_code
        opens, closes = r.choice(d["times"][style])
        days = [dict(d["days"])[c] for c in byday.split(",")]
        if byday == "MO,TU,WE,TH,FR":
            said = "Monday to Friday"
        else:
            said = "Every " + (" and ".join(days) if len(days) < 3
                               else ", ".join(days[:-1]) + " and " + days[-1])
        self.w.add(Schedule, **self.rec(at), service_id=sid, byday=byday, opens_at=opens,
                   closes_at=closes, description=f"{said}, {opens} to {closes}")


class _Person(NamedTuple):
    id: uuid.UUID
    first: str  # what the notes call them
    age: int
    worker_id: uuid.UUID
    practice: int  # index into the practices


class _Caseload(_Maker):
    """People, their referrals and everything recorded on them."""

    def __init__(self, rng: random.Random, today: date, writer: _Writer, directory: _Directory,
                 people: int) -> None:
        super().__init__(rng, today, writer)
        self.dir = directory
        self.weights = {kind: (list(w), list(accumulate(w.values())))
                        for kind, w in self.journey["weights"].items() if isinstance(w, dict)}
        reference = load_json_resource("reference.json")
        for kind, codes in (("reason", "referral_reasons"), ("source", "referral_sources"),
                            ("closure", "closure_reasons")):
            unknown = set(self.weights[kind][0]) - set(reference[codes])
            if unknown:
                raise ValueError(f"data/demo/journey.json has unknown {codes}: {sorted(unknown)}")
        self.snomed = {s: (c["id"] if (c := snomed_for(s.value)) else None) for s in _E}
        self.categories_for: dict[str, list[str]] = defaultdict(list)  # by referral reason
        for category in self.directory["categories"]:
            for reason in category["reasons"]:
                self.categories_for[reason].append(category["code"])
        self.waiting = 0  # referrals made so far that still wait for a first contact
        self.some_people: list[uuid.UUID] = []
        # NHS numbers: unique (even serials, so no two round up to the same valid number), from
        # the 999 test range; a few people have none.
        featured = len(self.names["featured"])
        missing = set(rng.sample(range(featured, people), people * 3 // 100)) if (
            people > featured) else set()
        serials = rng.sample(range(500_000), people)
        self.nhs = [None if i in missing else nhs_number.from_test_range(2 * serials[i])
                    for i in range(people)]

    def pick(self, kind: str) -> str:
        keys, cumulative = self.weights[kind]
        return self.rng.choices(keys, cum_weights=cumulative)[0]

    def add_person(self, i: int) -> None:
        r, names = self.rng, self.names
        featured, groups = names["featured"], names["groups"]
        group = r.choices(groups, [g["weight"] for g in groups])[0]
        if i < len(featured):  # the names that break careless code come first
            given, family, sex = featured[i]
            group = next(g for g in groups if given in g["female"] + g["male"])
        else:
            sex = "female" if r.random() < 0.55 else "male"
            given = r.choice(group[sex])
            family = r.choice((r.choice(groups) if r.random() < 0.1 else group)["family"])
            sex = "not stated" if r.random() < 0.01 else sex
        bands = self.journey["weights"]["age_bands"]
        low, high, _ = r.choices(bands, [b[2] for b in bands])[0]
        age = r.randint(low, high)
        born = self.today - timedelta(days=round(365.25 * age) + r.randint(1, 364))
        practice = r.randrange(len(self.dir.practice_ids))
        worker = (r.choice(self.dir.navigators) if r.random() < 0.15
                  else r.choice(self.dir.link_workers[practice]))
        preferred = names["preferred"].get(given, "") if r.random() < 0.5 else ""
        who = _Person(self.uid(), preferred or given, age, worker, practice)

        statuses = list(_E)  # every status several times first, then by weight
        target = statuses[i % len(statuses)] if i < 4 * len(statuses) else _E(self.pick("status"))
        first, last = self.episode(who, target, self.end)
        if r.random() < 0.12:  # an earlier referral, long closed
            first, _ = self.episode(who, _E.CLOSED, first - timedelta(days=r.randint(90, 700)))

        needs = names["communication_needs"]
        phone = r.random()
        flat = f"Flat {r.randint(1, 24)}, " if r.random() < 0.3 else ""
        self.w.add(
            Person, **self.rec(first, last, id=who.id), nhs_number=self.nhs[i],
            given_name=given, family_name=family, preferred_name=preferred, date_of_birth=born,
            sex=sex, ethnicity="Z" if r.random() < 0.08 else r.choice(group["ethnicity"]),
            phone=self.mobile() if phone < 0.8 else self.landline() if phone < 0.95 else "",
            email=(f"{_slug(given)}.{_slug(family)}{r.randint(1, 99)}@example.com"
                   if r.random() < 0.35 else ""),
            address=f"{flat}{r.randint(1, 180)} {r.choice(self.places['streets'])}, {self.town}",
            postcode=self.postcode(), practice_id=self.dir.practice_ids[practice],
            communication_needs=(r.choice(needs.get(group["name"], []) + needs["any"])
                                 if r.random() < 0.08 else ""),
            consent_share_with_gp=r.random() < 0.85,
        )
        risk = r.choice(names["risk_notes"]) if r.random() < 0.06 else ""  # drawn as before: the rest stays alike
        if risk:  # a safeguarding record (issue 16), its id not drawn from the story's random numbers
            from app.domain.people import Safeguarding

            self.w.add(Safeguarding, **self.rec(first, last, id=uuid.uuid5(who.id, "safeguarding")),
                       person_id=who.id, category="other", raised_with="practice_lead", raised_on=first.date(),
                       status="open", note=risk, closed_on=None)
        if len(self.some_people) < 200:
            self.some_people.append(who.id)

    def episode(self, who: _Person, target: EpisodeStatus,
                end: datetime) -> tuple[datetime, datetime]:
        """One referral and all that followed it, by ``end``: returns its first and last moment."""
        r = self.rng
        closure = None
        if target is _E.CLOSED:
            closure = self.pick("closure")
            moves = (*r.choice(_CLOSED_PATHS[closure]), _E.CLOSED)
            tail = r.randint(0, 240)
        elif target is _E.REFERRED:  # in turn: new, waiting over 7 days, new, over 14 days
            moves, tail = (), r.randint(*_WAITS[self.waiting % len(_WAITS)])
            self.waiting += 1
        else:
            moves, tail = r.choice(_OPEN_PATHS[target]), r.randint(0, 35)
        path = (_E.REFERRED, *moves)
        for a, b in pairwise(path):
            if b not in EPISODE_MOVES[a]:
                raise AssertionError(f"demo path {a} -> {b} is not allowed")
        times = self.timeline(path, end, tail)
        eid = self.uid()
        reasons = list(dict.fromkeys(self.pick("reason") for _ in range(r.choice((1, 1, 2, 2, 3)))))
        source = self.pick("source")
        referrer, organisation = self.referrer(source, who.practice)

        events = [times[-1]]
        self.w.add(EpisodeStatusChange, **self.rec(times[0]), episode_id=eid, from_status=None,
                   to_status=_E.REFERRED.value, changed_at=times[0], worker_id=None,
                   snomed_concept=None, note="Referral received.")
        for k, ((a, b), when) in enumerate(zip(pairwise(path), times[1:], strict=True)):
            self.w.add(EpisodeStatusChange, **self.rec(when), episode_id=eid, from_status=a.value,
                       to_status=b.value, changed_at=when, worker_id=who.worker_id,
                       snomed_concept=self.snomed[b], note="")
            waited = (when - times[k]).days
            if a is _E.REFERRED and waited > 3:  # calls that went unanswered first
                for _ in range(r.randint(1, 2)):
                    tried = self.at(times[k].date() + timedelta(days=r.randint(1, waited - 1)))
                    if tried < when:
                        events.append(self.contact(eid, who, "attempt", tried))
            events.append(self.contact(eid, who, _MOVE_NOTES.get((a, b)) or _NOTES_TO[b], when))
            if b is _CN:  # follow-up calls until the next move
                follow, before = when, times[k + 2] if k + 2 < len(times) else end
                for _ in range(r.randint(0, 3)):
                    follow = self.at(follow.date() + timedelta(days=r.randint(10, 20)))
                    if follow >= before:
                        break
                    events.append(self.contact(eid, who, "follow_up", follow))

        if _PL in moves:
            self.plan(eid, who, reasons, times[path.index(_PL)], times[-1], closure)
        if _CN in moves:
            by = times[-1] - timedelta(hours=1) if closure else end
            for n in range(r.choice((1, 1, 2, 2, 3))):
                self.connection(eid, who, reasons, times[path.index(_CN)] + timedelta(days=n), by,
                                closed=closure is not None)
        elif moves and moves[-1] is _PL and r.random() < 0.3:  # a referral letter being drafted
            self.connection(eid, who, reasons, times[-1] + timedelta(minutes=20), end,
                            closed=False, draft=True)

        last, status = max(events), path[-1]
        due = None
        if status is _E.REFERRED:
            due = times[0].date() + timedelta(days=5)
        elif status is not _E.CLOSED:
            due = last.date() + timedelta(days=r.randint(7, 28))
        self.w.add(
            Episode, **self.rec(times[0], last, id=eid), person_id=who.id, worker_id=who.worker_id,
            referral_date=times[0].date(), referral_source=source, referrer_name=referrer,
            referrer_organisation=organisation, reasons=reasons,
            consent_to_contact=r.random() < 0.97,
            urgency=r.choices(("routine", "soon", "urgent"), (85, 12, 3))[0],
            status=status.value, status_changed_at=times[-1], next_contact_due=due,
            what_matters=r.choice(self.journey["what_matters"]) if _WM in moves else "",
            strengths=r.choice(self.journey["strengths"]) if _WM in moves else "",
            closure_reason=closure, closed_at=times[-1] if closure else None,
        )
        return times[0], last

    def timeline(self, path: tuple[EpisodeStatus, ...], end: datetime,
                 tail: int) -> list[datetime]:
        """When each status of ``path`` was reached: working days, in order, the last by ``end``
        with ``tail`` days to spare."""
        r = self.rng
        gaps = [r.randint(*_GAP_MOVE.get((a, b), _GAP_TO[b])) for a, b in pairwise(path)]
        t = self.at(end.date() - timedelta(days=sum(gaps) + tail), 8, 16)
        times = [t]
        for gap in gaps:
            t = (t + timedelta(minutes=r.randint(30, 120)) if gap == 0
                 else self.at(t.date() + timedelta(days=gap)))
            times.append(t)
        if times[-1] > end:  # weekends pushed it past the end: back whole weeks, same weekdays
            weeks = timedelta(weeks=-((end - times[-1]) // timedelta(weeks=1)))
            times = [t - weeks for t in times]
        return times

    def referrer(self, source: str, practice: int) -> tuple[str, str]:
        r, spec = self.rng, self.places["referrers"][source]
        if source == "self":
            return "", ""
        group = r.choice(self.names["groups"])
        name = f"{r.choice(group['female'] + group['male'])} {r.choice(group['family'])}"
        if spec.get("title"):
            name = f"{spec['title']} {name}"
        if spec.get("suffix"):
            name = f"{name}, {spec['suffix']}"
        if spec.get("org") == "practice":
            return name, self.places["practices"][practice]["name"]
        return name, r.choice(spec["orgs"])

    def contact(self, eid: uuid.UUID, who: _Person, key: str, when: datetime) -> datetime:
        r = self.rng
        kind, minutes, note = r.choice(self.journey["contacts"][key])
        notes, row = note.format(name=who.first), self.rec(when)
        self.w.add(Contact, **row, episode_id=eid, kind=kind, contact_at=when,
                   duration_minutes=max(1, round(minutes * r.uniform(0.7, 1.4))), notes=notes,
                   worker_id=who.worker_id, supersedes_id=None)
        if r.random() < 0.02:  # corrected later: contacts are append-only
            fixed = self.journey["contacts"]["correction"].format(notes=notes)
            self.w.add(Contact, **self.rec(when + timedelta(hours=2)), episode_id=eid, kind=kind,
                       contact_at=when, duration_minutes=minutes, notes=fixed,
                       worker_id=who.worker_id, supersedes_id=row["id"])
        return when

    def plan(self, eid: uuid.UUID, who: _Person, reasons: list[str], planned: datetime,
             last: datetime, closure: str | None) -> None:
        r, goals = self.rng, self.journey["goals"]
        for reason in reasons[:2]:
            goal, actions = r.choice(goals.get(reason) or goals["other"])
            if closure:
                status = "achieved" if closure == "goals_met" else r.choice(
                    ("open", "dropped", "achieved"))
            else:
                status = "achieved" if r.random() < 0.15 else "open"
            gid = self.w.add(PlanGoal, **self.rec(planned), episode_id=eid, text=goal,
                             status=status,
                             target_date=planned.date() + timedelta(days=r.randint(30, 90)))
            for action in actions:
                due = planned.date() + timedelta(days=r.randint(7, 35))
                done_at = None
                if status == "achieved" or (due < last.date() and r.random() < 0.5):
                    done_at = max(min(self.at(due), last), planned + timedelta(hours=1))
                owner = ("link worker" if action.lower().startswith("link worker")
                         else r.choice((who.first, who.first, "link worker")))
                self.w.add(PlanAction, **self.rec(planned, done_at), goal_id=gid, text=action,
                           owner=owner, due_date=due, done_at=done_at)

    def connection(self, eid: uuid.UUID, who: _Person, reasons: list[str], start: datetime,
                   by: datetime, *, closed: bool, draft: bool = False) -> None:
        """A signpost or referral to a service for one of the reasons, its moves done ``by``."""
        r = self.rng
        start = min(start, by - timedelta(hours=1))
        codes = self.categories_for.get(r.choice(reasons)) or list(self.dir.by_category)
        service = None
        for _ in range(3):  # look for a service the person is old (or young) enough for
            candidates = self.dir.by_category.get(r.choice(codes))
            if candidates:
                service = r.choice(candidates)
                if _eligible(service, who.age):
                    break
        if service is None:
            return
        moves = () if draft else self.connection_path(service, who.age, closed)
        gaps = [timedelta(days=r.randint(*_CONNECTION_DAYS[s])) if s in _CONNECTION_DAYS
                else timedelta(minutes=r.randint(5, 60)) for s, _ in moves]
        total = sum(gaps, timedelta())
        scale = min(1.0, max(0.0, (by - start) / total)) if total else 1.0  # squeezed to fit
        signposted = moves == (_REQ, _DONE)
        kind = "signpost" if signposted else r.choices(("signpost", "refer", "accompany"),
                                                       (3, 6, 1))[0]
        cid = self.uid()
        self.w.add(ConnectionStatusChange, **self.rec(start), connection_id=cid, from_status=None,
                   to_status=_C.DRAFT.value, changed_at=start, outcome_reason=None)
        current, when = _C.DRAFT, start
        for (status, reason), offset in zip(moves, accumulate(gaps), strict=True):
            if status not in CONNECTION_MOVES[current]:
                raise AssertionError(f"demo connection move {current} -> {status} is not allowed")
            when = max(start + offset * scale, when + timedelta(minutes=1))
            self.w.add(ConnectionStatusChange, **self.rec(when), connection_id=cid,
                       from_status=current.value, to_status=status.value, changed_at=when,
                       outcome_reason=reason)
            current = status
        self.w.add(Connection, **self.rec(start, when, id=cid), episode_id=eid,
                   service_id=service.id, kind=kind, status=current.value,
                   status_changed_at=when, outcome_reason=moves[-1][1] if moves else None,
                   note=r.choice(self.journey["connection_notes"]).format(name=who.first))

    def connection_path(self, service: _Svc, age: int, closed: bool) -> tuple[_Move, ...]:
        r = self.rng
        if service.status != "active":
            return (_REQ, (_C.REJECTED, "service_closed"))
        if not _eligible(service, age):
            return (_REQ, (_C.REJECTED, "not_eligible"))
        if service.capacity != "has capacity" and r.random() < 0.5:
            if not closed and service.capacity == "waiting list":
                return (_REQ, _ACC, (_C.ON_HOLD, None))
            return (_REQ, (_C.REJECTED, "no_capacity"))
        paths = _FINISHED if closed else _CONNECTION_PATHS
        return r.choices([p for _, p in paths], [w for w, _ in paths])[0]

    def add_unmet_needs(self, count: int) -> None:
        r, needs = self.rng, self.places["unmet_needs"]
        for k in range(count):
            category, note = needs[k % len(needs)]
            on = self.days_ago(1, 300)
            person = r.choice(self.some_people) if self.some_people and r.random() < 0.5 else None
            worker = r.choice(self.dir.link_workers[r.randrange(len(self.dir.practice_ids))])
            self.w.add(UnmetNeed, **self.rec(_moment(on)), category=category,
                       area=r.choice(self.places["areas"]), person_id=person, worker_id=worker,
                       recorded_on=on, note=note)


def _eligible(service: _Svc, age: int) -> bool:
    low, high = service.ages
    return (low is None or age >= low) and (high is None or age <= high)
