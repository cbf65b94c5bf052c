"""The HSDS CSV datapackage (a folder or a .zip of CSV files, one per table) → HSDS 3 service objects.

Tables are found through ``datapackage.json`` when it lists them, otherwise by their usual file
names; the singular names of older packages (``schedule.csv``, ``address.csv``) and the v1 tables
(``regular_schedules.csv``, ``physical_addresses.csv``, ``service_taxonomy.csv``, ``eligibility.csv``)
are read too. Rows are nested into the shape of an HSDS 3 ``service`` and read like any other.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
import zlib
from collections import defaultdict
from pathlib import Path
from typing import Any

from app.errors import InvalidInput
from app.io.openreferral.documents import HSDS3, Document
from app.io.openreferral.limits import Allowance, Limits
from app.i18n import translate

# table → file names to try, best first
_TABLES = {
    "services": ("services", "service"),
    "organizations": ("organizations", "organization"),
    "organization_identifiers": ("organization_identifiers",),
    "locations": ("locations", "location"),
    "service_at_locations": ("service_at_location", "service_at_locations"),
    "addresses": ("addresses", "address", "physical_addresses"),
    "schedules": ("schedules", "schedule", "regular_schedules"),
    "phones": ("phones", "phone"),
    "contacts": ("contacts", "contact"),
    "service_areas": ("service_areas", "service_area"),
    "cost_options": ("cost_options",),
    "taxonomy_terms": ("taxonomy_terms", "taxonomy_term", "taxonomy"),
    "attributes": ("attributes", "attribute", "service_taxonomy"),
    "eligibility": ("eligibility", "eligibilities"),
}


def is_package(path: Path) -> bool:
    return path.is_dir() or path.suffix.lower() == ".zip" or path.name == "datapackage.json"


def read_package(path: Path, limits: Limits | None = None) -> Document:
    """``limits.max_bytes`` bounds the tables together, as unzipped: a zip bomb stops there."""
    files = _Files(path.parent if path.name == "datapackage.json" else path, Allowance(limits or Limits()))
    doc = Document(label=path.name)
    tables = {name: files.table(name, aliases, doc) for name, aliases in _TABLES.items()}
    if tables["services"] is None:
        raise InvalidInput(translate("directory", "{path} has no services.csv, so it is not an Open Referral CSV package; nothing was imported.").format(path=path))
    doc.records = [(HSDS3, service) for service in _nest({k: v or [] for k, v in tables.items()})]
    return doc


class _Files:
    """The CSV files of a folder or a zip, by table name (through datapackage.json where it works)."""

    def __init__(self, root: Path, allowance: Allowance) -> None:
        self._allowance = allowance
        self._zip: zipfile.ZipFile | None = None
        try:
            if root.is_file():
                self._zip = zipfile.ZipFile(root)
                names = [n for n in self._zip.namelist() if not n.endswith("/")]
            else:
                names = [str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()]
        except (OSError, zipfile.BadZipFile) as error:
            raise InvalidInput(translate("directory", "{root} cannot be read ({error}); nothing was imported.").format(root=root, error=error)) from None
        self._root = root
        self._by_name = {Path(n).name.lower(): n for n in sorted(names, key=len, reverse=True)}
        self._listed = self._datapackage()

    def _read(self, name: str) -> str:
        try:
            with self._zip.open(name) if self._zip else (self._root / name).open("rb") as handle:
                raw = self._allowance.read(handle, "zip" if self._zip else "folder", self._root.name)
        except (OSError, KeyError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError,
                RuntimeError) as error:  # damaged, or compressed or encrypted in a way zipfile cannot read
            raise InvalidInput(translate("directory", "{name} cannot be read ({error}); nothing was imported.").format(name=name, error=error)) from None
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InvalidInput(translate("directory", "{name} is not UTF-8 text; nothing was imported.").format(name=name)) from None

    def _datapackage(self) -> dict[str, str]:
        name = self._by_name.get("datapackage.json")
        if name is None:
            return {}
        try:
            package = json.loads(self._read(name))
            return {str(r["name"]): str(r["path"]) for r in package["resources"]
                    if isinstance(r, dict) and r.get("name") and r.get("path")}
        except (InvalidInput, ValueError, KeyError, TypeError):
            return {}  # a broken or partial datapackage.json: fall back on the usual file names

    def table(self, table: str, aliases: tuple[str, ...], doc: Document) -> list[dict[str, Any]] | None:
        for alias in aliases:
            listed = self._listed.get(alias)
            name = self._by_name.get(Path(listed).name.lower()) if listed else None
            name = name or self._by_name.get(f"{alias}.csv")
            if name is not None:
                return self._rows(name, alias, doc)
        return None

    def _rows(self, name: str, alias: str, doc: Document) -> list[dict[str, Any]]:
        try:
            reader = csv.DictReader(io.StringIO(self._read(name), newline=""))
            rows = [{k.strip(): (v if v != "" else None) for k, v in row.items() if isinstance(k, str)}
                    for row in reader]
        except csv.Error as error:
            raise InvalidInput(translate("directory", "{name} is not a readable CSV file ({error}); nothing was imported.").format(name=name, error=error)) from None
        for row in rows:
            row["_table"] = alias
        return rows


def _by(rows: list[dict[str, Any]], key: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row.get(key):
            out[row[key]].append(row)
    return out


def _nest(t: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    orgs = {r["id"]: r for r in t["organizations"] if r.get("id")}
    org_ids = _by(t["organization_identifiers"], "organization_id")
    locations = {r["id"]: r for r in t["locations"] if r.get("id")}
    addresses = _by(t["addresses"], "location_id")
    terms = {r["id"]: r for r in t["taxonomy_terms"] if r.get("id")}
    phones, contacts = _by(t["phones"], "service_id"), _by(t["contacts"], "service_id")
    org_phones = _by([p for p in t["phones"] if not p.get("service_id")], "organization_id")
    schedules, areas = _by(t["schedules"], "service_id"), _by(t["service_areas"], "service_id")
    costs, links = _by(t["cost_options"], "service_id"), _by(t["service_at_locations"], "service_id")
    link_schedules = _by(t["schedules"], "service_at_location_id")
    attributes = _by([a for a in t["attributes"] if a["_table"] != "service_taxonomy"], "link_id")
    v1_terms = _by([a for a in t["attributes"] if a["_table"] == "service_taxonomy"], "service_id")
    eligibility = _by(t["eligibility"], "service_id")

    out = []
    for row in t["services"]:
        sid: str = row.get("id") or ""  # "" is no key in the tables _by makes, as None was not
        service = dict(row)
        org = orgs.get(row.get("organization_id") or "")
        if org is not None:
            service["organization"] = dict(org, organization_identifiers=org_ids.get(org["id"], []),
                                           phones=org_phones.get(org["id"], []))
        service["phones"] = phones.get(sid, [])
        service["contacts"] = contacts.get(sid, [])
        service["schedules"] = [_schedule(s) for s in schedules.get(sid, []) if not s.get("service_at_location_id")]
        service["service_areas"] = areas.get(sid, [])
        service["cost_options"] = costs.get(sid, [])
        service["service_at_locations"] = [
            {"id": link.get("id"),
             "location": dict(locations[link["location_id"]], addresses=addresses.get(link["location_id"], [])),
             "schedules": [_schedule(s) for s in link_schedules.get(link.get("id") or "", [])]}
            for link in links.get(sid, []) if link.get("location_id") in locations
        ]
        linked = [a.get("taxonomy_term_id") for a in attributes.get(sid, [])]
        linked += [a.get("taxonomy_id") for a in v1_terms.get(sid, [])]
        service["attributes"] = [{"taxonomy_term": terms[i]} for i in linked if i in terms]
        ages = eligibility.get(sid, [{}])[0]
        for key in ("minimum_age", "maximum_age"):
            service.setdefault(key, ages.get(key))
            if service[key] is None:
                service[key] = ages.get(key)
        out.append(service)
    return out


def _schedule(row: dict[str, Any]) -> dict[str, Any]:
    """A v1 ``regular_schedules`` row names one weekday; as an HSDS 3 rule that is ``byday``."""
    if row.get("weekday") and not row.get("byday"):
        return dict(row, byday=str(row["weekday"]))
    return row
