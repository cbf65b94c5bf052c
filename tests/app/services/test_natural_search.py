"""Issue 18 item 11, the core's part: the directory understands a query as a link worker types it
(words in any field, stop words left out, need words standing for categories), and services one can
join come before full, paused or closed ones."""

from __future__ import annotations

import pytest

from app.domain.models import Service, ServiceTaxonomy, TaxonomyTerm
from app.services.directory.facade import Directory
from app.services.directory.natural import query_groups
from app.storage.database import Database


@pytest.fixture
def directory(db: Database) -> Directory:
    with db.session() as session:
        terms = {code: TaxonomyTerm(code=code, name=name) for code, name in (
            ("gardening", "Gardening and green spaces"), ("befriending", "Befriending"),
            ("mens-sheds", "Men's sheds"), ("older-people", "Older people"))}
        session.add_all(terms.values())
        for name, status, capacity, codes, description in (
            ("Allotment Friends & Co", "temporarily closed", "has capacity", ["gardening"], "Growing veg together."),
            ("Riverside Community Garden", "active", "has capacity", ["gardening"], "Grow food; all welcome."),
            ("Bramley Growing Together", "active", "full", ["gardening"], "A garden for the whole street."),
            ("Canal Befriending", "active", "waiting list", ["befriending"], "A volunteer rings for a chat."),
            ("Aire Tea and Chat", "defunct", "has capacity", ["befriending"], "A friendly cuppa."),
            ("Zoë's Telephone Befriending", "active", "has capacity", ["befriending"], "Calls from a volunteer."),
            ("Kirkstall Men's Shed", "active", "has capacity", ["mens-sheds"], "Woodwork and a brew, for men."),
            ("Over-60s Lunch Club", "active", "has capacity", ["older-people"], "Hot lunch for older people."),
        ):
            service = Service(name=name, status=status, capacity=capacity, description=description)
            session.add(service)
            session.flush()
            for code in codes:
                session.add(ServiceTaxonomy(service_id=service.id, term_id=terms[code].id))
    return Directory(db)


def _names(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.name for h in hits]


def test_open_services_with_room_come_before_full_and_closed_ones(directory: Directory) -> None:
    names = _names(directory.search("garden"))
    assert names[0] == "Riverside Community Garden"  # open with room, though not first by name or rank
    assert names.index("Bramley Growing Together") < names.index("Allotment Friends & Co")  # full, then closed
    assert directory.search("garden")[0].joinable and not directory.search("garden")[-1].joinable


def test_stop_words_are_left_out_and_need_words_find_their_categories(directory: Directory) -> None:
    assert query_groups("a garden for the man") == query_groups("garden man")
    lonely = _names(directory.search("lonely"))  # no service says 'lonely': befriending ones do
    assert lonely[:2] == ["Zoë's Telephone Befriending", "Canal Befriending"]  # room, then waiting list
    assert lonely[-1] == "Aire Tea and Chat"  # closed for good: last
    assert _names(directory.search("someone who is lonely"))[:2] == lonely[:2]
    assert _names(directory.search("men's shed"))[0] == "Kirkstall Men's Shed"


def test_a_natural_query_finds_services_matching_some_of_it_open_ones_first(directory: Directory) -> None:
    hits = directory.search("lonely older man gardening")
    assert hits and {h.match for h in hits} == {"some"}  # no one service is all of it
    assert hits[0].joinable and hits[0].status == "active"
    closed = [n for n, h in enumerate(hits) if not h.joinable]
    assert closed and min(closed) > max(n for n, h in enumerate(hits) if h.joinable)
    assert "Riverside Community Garden" in _names(hits) and "Kirkstall Men's Shed" in _names(hits)
    assert "Over-60s Lunch Club" in _names(hits)
