"""Directory filters, freshness, closure impact and unmet needs (the service layer; no window)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.domain.models import (
    Connection,
    Episode,
    Location,
    Person,
    Schedule,
    Service,
    ServiceLocation,
    ServiceTaxonomy,
    TaxonomyTerm,
)
from app.errors import InvalidInput, NotFound
from app.services.directory.facade import Directory, is_stale, months_before
from app.storage.database import Database

TODAY = date(2026, 11, 23)


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    """Five services in two categories, two places, and people connected to the walking group."""
    out: dict[str, str] = {}
    with db.session() as session:
        walking = TaxonomyTerm(code="walking", name="Walking and exercise")
        lonely = TaxonomyTerm(code="loneliness", name="Loneliness", vocabulary="esdNeeds")
        hall = Location(name="Headingley Hall", postcode="LS6 1AA")
        church = Location(name="St Chad's", postcode="LS6 3PQ")
        far = Location(name="Wetherby Library", postcode="LS22 6NE")
        session.add_all([walking, lonely, hall, church, far])
        specs = {
            "walk": dict(name="Park Walk", area="Headingley", last_verified_on=date(2026, 10, 1), minimum_age=18,
                         access="drop-in"),
            "nordic": dict(name="Nordic Walking", area="Headingley", last_verified_on=date(2026, 9, 1),
                           is_free=False),
            "wetherby": dict(name="Wetherby Striders", area="Wetherby", last_verified_on=date(2026, 11, 1)),
            "full": dict(name="Headingley Hikers", area="Headingley", capacity="full"),
            "calls": dict(name="Phone Friends", area="Leeds", attend_in_person=False, attend_phone=True,
                          access="referral needed", last_verified_on=date(2025, 1, 1), maximum_age=17,
                          alert="New number from January"),
        }
        places = {"walk": hall, "nordic": church, "wetherby": far, "full": hall}
        terms = {"walk": [walking, lonely], "nordic": [walking], "wetherby": [walking], "full": [walking],
                 "calls": [lonely]}
        for key, fields in specs.items():
            service = Service(**fields)
            session.add(service)
            session.flush()
            out[key] = str(service.id)
            for term in terms[key]:
                session.add(ServiceTaxonomy(service_id=service.id, term_id=term.id))
            if key in places:
                session.add(ServiceLocation(service_id=service.id, location_id=places[key].id))
        session.add_all([
            Schedule(service_id=uuid.UUID(out["walk"]), byday="TU,TH", opens_at="10:00", closes_at="12:00"),
            Schedule(service_id=uuid.UUID(out["nordic"]), byday="SA", opens_at="09:00", closes_at="10:30"),
            Schedule(service_id=uuid.UUID(out["calls"]), byday="MO,TU,WE,TH,FR", opens_at="09:00", closes_at="17:00"),
        ])
        for given, family, status in (("Zoë", "Adams", "in-progress"), ("Łukasz", "Nowak", "requested"),
                                      ("Ann", "Done", "completed")):
            person = Person(given_name=given, family_name=family)
            session.add(person)
            session.flush()
            episode = Episode(person_id=person.id, referral_date=date(2026, 9, 1), referral_source="gp", reasons=[])
            session.add(episode)
            session.flush()
            connection = Connection(episode_id=episode.id, service_id=uuid.UUID(out["walk"]), status=status)
            session.add(connection)
            out[f"person:{family}"] = str(person.id)
            out[f"connection:{family}"] = str(connection.id)
    return out


def _names(hits: list) -> list[str]:
    return sorted(h.name for h in hits)


def test_filters_narrow_text_search(db: Database, ids: dict[str, str]) -> None:
    d = Directory(db)
    walking = ["Headingley Hikers", "Nordic Walking", "Park Walk", "Wetherby Striders"]  # by name or category
    assert _names(d.search("walk")) == walking
    assert _names(d.search("walk", day="SA")) == ["Nordic Walking"]
    assert _names(d.search("walk", day="tuesday", time="11:30")) == ["Park Walk"]
    assert _names(d.search("walk", day="TU", time="12:00")) == []  # it closes at 12:00
    assert _names(d.search("walk", time="09:30")) == ["Nordic Walking"]
    assert _names(d.search("walk", free=False)) == ["Nordic Walking"]
    assert _names(d.search("walk", age=17)) == ["Headingley Hikers", "Nordic Walking", "Wetherby Striders"]
    assert _names(d.search("walk", access="drop-in")) == ["Park Walk"]
    assert _names(d.search("walk", access=["drop-in", "self-refer"])) == walking
    assert _names(d.search("friends", attend=["phone"])) == ["Phone Friends"]
    assert _names(d.search("friends", attend=["phone", "in person"])) == []
    assert _names(d.search("walk", status="temporarily closed")) == []


def test_filters_alone_list_by_name(db: Database, ids: dict[str, str]) -> None:
    d = Directory(db)
    assert d.search("") == [] and d.search("   ") == []  # no words, no filters: nothing, as before
    hits = d.search("", category="walking")
    # by name, those one can join first: Headingley Hikers is full (issue 18 item 11)
    assert [h.name for h in hits] == ["Nordic Walking", "Park Walk", "Wetherby Striders", "Headingley Hikers"]
    assert {h.match for h in hits} == {"filter"}
    assert _names(d.search("", category="Loneliness")) == ["Park Walk", "Phone Friends"]
    assert _names(d.search("", area="LS6")) == ["Headingley Hikers", "Nordic Walking", "Park Walk"]
    assert _names(d.search("", area="wetherby")) == ["Wetherby Striders"]
    assert _names(d.search("", status=["active"], category="walking", area="Headingley")) == [
        "Headingley Hikers", "Nordic Walking", "Park Walk"]
    assert _names(d.search("nordc wlking", category="walking")) == ["Nordic Walking"]  # fuzzy, filtered


@pytest.mark.parametrize("bad", [dict(day="Funday"), dict(time="25:00"), dict(attend="teleport"),
                                 dict(access="knock"), dict(status="open"), dict(age=-3)])
def test_unknown_filter_values_are_refused(db: Database, bad: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        Directory(db).search("walk", **bad)


def test_hits_carry_when_where_and_badges(db: Database, ids: dict[str, str]) -> None:
    d = Directory(db)
    (walk,) = d.search("park", today=TODAY)
    assert (walk.when, walk.where, walk.badges) == ("Tue, Thu 10:00-12:00", "Headingley Hall, LS6 1AA", ())
    (calls,) = d.search("phone friends", today=TODAY)
    assert calls.badges == ("stale", "alert")
    assert d.search("hikers", today=TODAY)[0].badges == ("full", "stale")  # never verified
    assert d.search("hikers", today=TODAY)[0].to_json()["badges"] == ["full", "stale"]


def test_stale_age_is_a_setting(db: Database, ids: dict[str, str]) -> None:
    d = Directory(db)
    assert d.stale_after_months() == 6
    assert months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)
    assert months_before(date(2026, 3, 15), 14) == date(2025, 1, 15)
    assert is_stale(None, TODAY) and is_stale("2026-01-01", date(2026, 1, 2)) and not is_stale(TODAY, TODAY)
    assert "stale" not in d.search("nordic", today=TODAY)[0].badges
    d.set_stale_after_months(2)
    assert d.stale_after_months() == 2 and "stale" in d.search("nordic", today=TODAY)[0].badges
    with pytest.raises(InvalidInput):
        d.set_stale_after_months(0)


def test_worklist_oldest_first_and_verified_today(db: Database, ids: dict[str, str]) -> None:
    d = Directory(db)
    assert [h.name for h in d.verification_worklist(today=TODAY)] == ["Headingley Hikers", "Phone Friends"]
    everything = [h.name for h in d.verification_worklist(only_stale=False, today=TODAY)]
    assert everything == ["Headingley Hikers", "Phone Friends", "Nordic Walking", "Park Walk", "Wetherby Striders"]
    changes = d.mark_verified(ids["full"], by="Priya", on=TODAY)
    assert changes.directory
    assert [h.name for h in d.verification_worklist(today=TODAY)] == ["Phone Friends"]
    with pytest.raises(NotFound):
        d.mark_verified(str(uuid.uuid4()), by="Priya")
    with pytest.raises(InvalidInput):
        d.mark_verified(ids["calls"], by="  ")


def test_closing_a_service_lists_the_people_affected_and_open_alternatives(db: Database, ids: dict[str, str]) -> None:
    d = Directory(db)
    assert d.affected_connections() == []
    d.set_availability(ids["walk"], status="temporarily closed", on=TODAY)
    impact = d.closure_impact(ids["walk"], today=TODAY)
    assert impact.unavailable and impact.service.status == "temporarily closed"
    assert [(p.given_name, p.connection_status) for p in impact.people] == [("Zoë", "in-progress"),
                                                                            ("Łukasz", "requested")]
    # Same category, open and not full: nearby (same area / LS6) first, then further away; never the full one.
    # (the freshest verified first among equals)
    assert [(a.hit.name, a.nearby) for a in impact.alternatives] == [
        ("Nordic Walking", True), ("Wetherby Striders", False), ("Phone Friends", False)]
    assert [a.shared_categories for a in impact.alternatives] == [1, 1, 1]
    assert len(d.closure_impact(ids["walk"], alternatives=1).alternatives) == 1

    today_list = d.affected_connections()
    assert [(a.family_name, a.reason) for a in today_list] == [("Adams", "temporarily closed"),
                                                               ("Nowak", "temporarily closed")]
    with db.session() as session:  # dealt with: the connection is moved on
        connection = session.get(Connection, uuid.UUID(ids["connection:Nowak"]))
        connection.status = "cancelled"
        session.add(connection)
    assert [a.family_name for a in d.affected_connections()] == ["Adams"]
    d.set_availability(ids["walk"], status="active", capacity="full", capacity_note="Back in spring", on=TODAY)
    assert [a.reason for a in d.affected_connections()] == ["full"]
    d.set_availability(ids["walk"], capacity="has capacity")
    assert d.affected_connections() == []


def test_availability_values_are_checked(db: Database, ids: dict[str, str]) -> None:
    d = Directory(db)
    with pytest.raises(InvalidInput):
        d.set_availability(ids["walk"], status="closed for good")
    with pytest.raises(InvalidInput):
        d.set_availability(ids["walk"], capacity="some")
    with pytest.raises(NotFound):
        d.closure_impact("not-an-id")


def test_unmet_needs_by_category_and_area(db: Database, ids: dict[str, str]) -> None:
    d = Directory(db)
    changes = d.record_unmet_need("Men's groups", area="Headingley", person_id=ids["person:Adams"], on=TODAY,
                                  note="Wanted a shed")
    assert changes.person_ids == {ids["person:Adams"]} and changes.created_id
    d.record_unmet_need("men's groups", area="headingley", on=date(2026, 10, 1))
    d.record_unmet_need("Debt advice", area="Wetherby", on=date(2026, 9, 1))
    summary = d.unmet_needs_summary()
    assert [s.count for s in summary] == [2, 1]  # the most common first; spelling case does not split a need
    assert summary[0].latest == "2026-11-23"
    counts = {(s.category.lower(), s.area.lower()): s.count for s in summary}
    assert counts == {("men's groups", "headingley"): 2, ("debt advice", "wetherby"): 1}
    listed = d.unmet_needs(category="MEN'S GROUPS")
    assert [(n["recorded_on"], n["person"]) for n in listed] == [("2026-11-23", "Zoë Adams"), ("2026-10-01", "")]
    assert len(d.unmet_needs_summary(since=date(2026, 10, 1))) == 1
    with pytest.raises(InvalidInput):
        d.record_unmet_need("  ")
    with pytest.raises(NotFound):
        d.record_unmet_need("Debt advice", person_id=str(uuid.uuid4()))
