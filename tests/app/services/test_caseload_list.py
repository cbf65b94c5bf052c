"""The caseload read model: every sort the window offers, with any filter, reads one covering index of
``caseload_entry`` in order; every sort and filter gives the same people in the same order as a query
over the source tables; ids come back packed but read as ids in their usual form."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

import pytest

from app import clock
from app.services.caseload.listing import SORTS, CaseloadList, PersonIds, from_hex, order_by, to_hex
from app.storage.database import Database
from tests.ui.conftest import add_people

WINDOW_SORTS = ("name", "status_age")  # the sorts the window offers (ui.main_window.SORTS)

# The read model as it was before migration 0005: each person's latest referral ranked by a window
# function over every referral. The oracle the new read model must agree with.
_SOURCE_SORTS = {
    "name": ("p.family_name COLLATE NOCASE", "p.given_name COLLATE NOCASE", "p.id"),
    "status_age": ("ce.status_changed_at", "p.id"),
    "referral": ("ce.referral_date DESC", "p.id"),
}


def _flip(term: str) -> str:
    return term[: -len(" DESC")] if term.endswith(" DESC") else f"{term} DESC"


def source_ids(db: Database, *, sort: str = "name", descending: bool = False, **filters: Any) -> list[str]:
    where, params = [], []
    if filters.get("worker_id"):
        where.append("ce.worker_id = ?")
        params.append(to_hex(filters["worker_id"]))
    if filters.get("overdue"):
        where.append("ce.status != 'closed' AND ce.next_contact_due < ?")
        params.append(clock.today().isoformat())
    if filters.get("reason"):
        where.append("EXISTS (SELECT 1 FROM json_each(ce.reasons) WHERE json_each.value = ?)")
        params.append(filters["reason"])
    if filters.get("status"):
        where.append("ce.status = ?")
        params.append(filters["status"])
    if filters.get("open_only"):
        where.append("ce.status != 'closed'")
    if filters.get("practice_id"):
        where.append("p.practice_id = ?")
        params.append(to_hex(filters["practice_id"]))
    terms = [_flip(t) if descending else t for t in _SOURCE_SORTS[sort]]
    sql = f"""SELECT p.id FROM person p LEFT JOIN (
                SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.person_id
                    ORDER BY e.referral_date DESC, e.created_at DESC, e.id DESC) AS rn FROM episode e)
                WHERE rn = 1) ce ON ce.person_id = p.id
              {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {', '.join(terms)}"""
    con = db.connect()
    try:
        return [from_hex(r[0]) for r in con.execute(sql, params)]
    finally:
        con.close()


def test_from_hex_matches_uuid() -> None:
    for _ in range(50):
        value = uuid.uuid4()
        assert from_hex(value.hex) == str(value) == from_hex(value.hex.upper())
        assert to_hex(from_hex(value.hex)) == value.hex


def test_packed_ids_read_as_a_list_of_ids() -> None:
    values = [str(uuid.uuid4()) for _ in range(7)]
    ids = PersonIds.of(values)
    assert len(ids) == 7 and list(ids) == values and ids == values and ids != values[:-1]
    assert ids[0] == values[0] and ids[-1] == values[-1] and ids[2:5] == values[2:5] and ids[::-2] == values[::-2]
    assert ids[5:100] == values[5:] and len(ids[9:3]) == 0
    assert ids.index(values[4]) == 4 and values[6] in ids and str(uuid.uuid4()) not in ids
    assert ids.find("not an id") is None and ids.key(1) == to_hex(values[1])
    with pytest.raises(IndexError):
        ids[7]
    with pytest.raises(ValueError):
        ids.index(str(uuid.uuid4()))


def test_a_key_found_across_two_ids_is_not_taken_for_an_id() -> None:
    first, second = "0123456789abcdef" * 2, "fedcba9876543210" * 2
    ids = PersonIds(first + second)
    straddling = from_hex(first[16:] + second[:16])  # the middle 32 digits: no one's id
    assert ids.find(straddling) is None and ids.find(from_hex(second)) == 1


FILTERS: list[dict[str, Any]] = [
    {}, {"status": "referred"}, {"status": "closed"}, {"open_only": True}, {"overdue": True},
    {"reason": "loneliness"}, {"reason": "housing", "open_only": True},
]


def test_every_sort_and_filter_agrees_with_the_source_tables(demo_db: Database) -> None:
    listing = CaseloadList(demo_db)
    choices = listing.choices()
    filters = [*FILTERS, {"worker_id": choices["workers"][0][0]}, {"practice_id": choices["practices"][0][0]},
               {"practice_id": choices["practices"][-1][0], "overdue": True}]
    for sort, descending, chosen in itertools.product(SORTS, (False, True), filters):
        expected = source_ids(demo_db, sort=sort, descending=descending, **chosen)
        got = listing.person_ids(sort=sort, descending=descending, **chosen)
        assert got == expected, (sort, descending, chosen)
        assert isinstance(got, PersonIds)
    assert len(listing.person_ids()) == listing.count() > 50
    assert listing.person_ids(descending=True) == list(reversed(listing.person_ids()))
    listing.close()


@pytest.mark.parametrize("sort", WINDOW_SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_each_sort_and_filter_reads_one_index_in_order(db: Database, sort: str, descending: bool) -> None:
    add_people(db)
    con = db.connect()
    filters = [*FILTERS, {"worker_id": str(uuid.uuid4())}, {"practice_id": str(uuid.uuid4()), "status": "review"}]
    try:
        for chosen in filters:
            sql, params = CaseloadList._select_ids(**{  # the query as run
                "status": None, "practice_id": None, "open_only": False, "worker_id": None, "overdue": False,
                "reason": None, "today": None, **chosen, "sort": sort, "descending": descending})
            plan = " ".join(str(row[-1]) for row in con.execute(f"EXPLAIN QUERY PLAN {sql}", params))
            # Everyone by name: person's own narrower index, in the same order.
            index = "ix_person_sort_name" if sort == "name" and not chosen else f"ix_caseload_entry_{sort}"
            assert f"COVERING INDEX {index}" in plan, (chosen, plan)
            assert "TEMP B-TREE" not in plan, (chosen, plan)
    finally:
        con.close()


def test_order_by_turns_every_term_round() -> None:
    assert order_by("referral") == "ce.referral_date DESC, ce.person_id"
    assert order_by("referral", descending=True) == "ce.referral_date, ce.person_id DESC"


def test_rows_come_in_the_order_asked_and_leave_out_the_unknown(db: Database) -> None:
    ids = add_people(db)
    listing = CaseloadList(db)
    asked = [ids[2], str(uuid.uuid4()), ids[0]]
    rows = listing.rows(asked)
    assert [r.person_id for r in rows] == [ids[2], ids[0]]
    assert rows[0].status_label == "No referral" and rows[1].status == "referred"
    assert [r.person_id for r in listing.rows(listing.person_ids()[1:])] == list(listing.person_ids())[1:]
    listing.close()


def test_rows_for_more_people_than_one_query_may_name(db: Database) -> None:
    ids = add_people(db)
    unknown = [str(uuid.uuid4()) for _ in range(250_001)]  # past the parameter limit (250,000 here)
    asked = [ids[2], *unknown[:125_000], ids[0], *unknown[125_000:], ids[1]]
    listing = CaseloadList(db)
    assert [r.person_id for r in listing.rows(asked)] == [ids[2], ids[0], ids[1]]
    listing.close()
