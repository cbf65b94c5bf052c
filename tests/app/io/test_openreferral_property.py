"""Whatever a feed holds, reading it raises nothing but a LinkwellError."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import LinkwellError
from app.io.openreferral import read, read_value

_KEYS = ["id", "name", "description", "url", "email", "status", "minimum_age", "maximum_age", "assured_date",
         "alert", "organization", "organization_id", "schedules", "service_at_locations", "location", "addresses",
         "latitude", "longitude", "attributes", "taxonomy_term", "taxonomy", "code", "regular_schedules",
         "weekday", "byday", "opens_at", "closes_at", "eligibilitys", "service_taxonomys", "physical_addresses",
         "contents", "content", "total_items", "totalElements", "total_pages", "contacts", "phones", "number",
         "cost_options", "amount", "value", "service_areas", "legal_status", "organization_identifiers",
         "service_capacity", "available", "maximum", "unit", "updated"]
TRICKY = ["<p>x</p>", "http://[::1", "www.x", "MO,XX", "1MO", "Monday", "25:99", "9.30", "2026-02-30", "LS6 1AA",
          "a@b.co", "mailto:", "linkwell-service", "attend", "capacity", "full", "-1", "1e309", "NaN", "", " ",
          "temporarily_closed", "virtual", "physical", "GB-CHC", "Unincorporated"]
_SCALARS = st.one_of(
    st.sampled_from(TRICKY), st.sampled_from(TRICKY),  # twice: feeds' usual oddities, often
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20),
)
LEAF = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=2),
                                                      st.dictionaries(st.sampled_from(_KEYS), inner, max_size=3)),
                    max_leaves=6)


def _obj(**fields: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    """An object that may hold any of ``fields`` (or, now and then, something else entirely)."""
    return st.one_of(st.fixed_dictionaries({}, optional=fields), LEAF)


def _many(item: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.one_of(st.lists(item, max_size=3), LEAF)


def _plain(*keys: str) -> dict[str, st.SearchStrategy[object]]:
    return dict.fromkeys(keys, LEAF)


_TERM = _obj(**_plain("id", "code", "name", "taxonomy", "vocabulary", "term", "taxonomy_detail"))
_RULE = _obj(**_plain("freq", "byday", "weekday", "opens_at", "closes_at", "description", "attending_type"))
_LOCATION = _obj(**_plain("id", "name", "location_type", "latitude", "longitude", "transportation", "description"),
                 addresses=_many(_obj(**_plain("address_1", "address_2", "city", "postal_code", "address_type"))),
                 physical_addresses=_many(_obj(**_plain("address_1", "city", "postal_code"))))
_ORGANISATION = _obj(**_plain("id", "name", "description", "email", "website", "url", "legal_status"),
                     phones=_many(_obj(number=LEAF)),
                     organization_identifiers=_many(_obj(**_plain("identifier_scheme", "identifier"))))
SERVICE = st.fixed_dictionaries(
    {"id": st.one_of(st.text(min_size=1, max_size=8), st.integers(), LEAF),
     "name": st.one_of(st.just("Walk"), st.sampled_from(["<b>Walk</b>", "  ", "Café"]), st.text(max_size=12), LEAF)},
    optional={
        **_plain("description", "url", "email", "status", "minimum_age", "maximum_age", "assured_date",
                 "assurer_email", "alert", "fees", "fees_description", "application_process",
                 "eligibility_description", "attending_type", "attending_access", "organization_id"),
        "organization": _ORGANISATION,
        "schedules": _many(_RULE),
        "regular_schedules": _many(_RULE),
        "service_at_locations": _many(_obj(location=_LOCATION, schedules=_many(_RULE))),
        "attributes": _many(_obj(taxonomy_term=_TERM, value=LEAF)),
        "service_taxonomys": _many(_obj(taxonomy=_TERM)),
        "eligibilitys": _many(_obj(**_plain("eligibility", "minimum_age", "maximum_age"))),
        "contacts": _many(_obj(name=LEAF, email=LEAF, phones=_many(_obj(number=LEAF)))),
        "phones": _many(_obj(number=LEAF)),
        "cost_options": _many(_obj(amount=LEAF)),
        "service_areas": _many(_obj(**_plain("name", "service_area"))),
        "service_capacity": _many(_obj(**_plain("available", "maximum", "unit", "updated"))),
    },
)
JSONISH = st.one_of(SERVICE, LEAF)


@settings(max_examples=100, deadline=None)
@given(JSONISH)
def test_reading_any_value_raises_only_linkwell_errors(value: object) -> None:
    for shaped in (value, {"contents": [value]}, {"content": [value]}, [value]):
        try:
            reading = read_value(shaped, "fuzz.json")
        except LinkwellError as error:
            assert str(error)
            continue
        assert all(p.message for p in reading.rejected + reading.warnings)
        for record in reading.records:
            assert record.fields["name"].strip()
            record.fingerprint()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_reading_any_file_raises_only_linkwell_errors(tmp_path: Path, body: bytes) -> None:
    path = tmp_path / "feed.json"
    path.write_bytes(body)
    try:
        read(path)
    except LinkwellError as error:
        assert str(error).endswith(".")


def test_the_strategy_reaches_services() -> None:
    """A guard on the property test itself: a plain service is read."""
    reading = read_value(json.loads('{"contents": [{"id": "1", "name": "Walk"}]}'), "x.json")
    assert [r.fields["name"] for r in reading.records] == ["Walk"]


_ODD_VALUES = [*TRICKY, None, True, 0, -5, 3.5, float("nan"), float("inf"), [], {}, ["x"], {"id": "x"}]


def test_every_field_takes_every_oddity() -> None:
    """Exhaustive where the property test is random: each odd value in each field, at each level."""
    def places(value: object) -> list[dict[str, object]]:
        return [{"location": {key: value, "name": "Hall"}} for key in
                ("latitude", "longitude", "addresses", "physical_addresses", "location_type", "name", "id")]

    for value in _ODD_VALUES:
        services: list[object] = [{"id": "1", "name": "Walk", key: value} for key in _KEYS]
        services += [{"id": "1", "name": "Walk", "service_at_locations": places(value)},
                     {"id": "1", "name": "Walk", "organization": {key: value for key in _KEYS}},
                     {"id": "1", "name": "Walk", "schedules": [{k: value for k in ("byday", "opens_at", "freq")}]},
                     {"id": "1", "name": "Walk", "regular_schedules": [{"weekday": value, "opens_at": value}]},
                     {"id": "1", "name": "Walk", "service_capacity": {k: value for k in
                                                                      ("available", "maximum", "unit", "updated")}},
                     {"id": "1", "name": "Walk", "service_capacity": [{"available": 1, "unit": value}]},
                     {"id": "1", "name": "Walk", "attributes": [{"taxonomy_term": {"taxonomy": "linkwell-service",
                                                                                    "code": c}, "value": value}
                                                                  for c in ("capacity", "attend", "is_free", "x")]}]
        for service in services:
            for shaped in ({"contents": [service]}, {"content": [service]}):
                try:
                    read_value(shaped, "odd.json")
                except LinkwellError:
                    pass
