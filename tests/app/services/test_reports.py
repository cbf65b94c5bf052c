"""The commissioner report's figures against values worked out by hand (see report_fixture's table)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.figures import Count, Rate, Stat, show
from app.errors import InvalidInput
from app.services.audit import Audit
from app.services.reports.facade import Report, Reports
from app.storage.database import Database
from tests.app.services.report_fixture import END, Q3, START



@pytest.fixture
def report(q3: Q3) -> Report:
    return Reports(q3.db, actor="test").build(START, END)


def shared(report: Report, table: str, row: str, column: str) -> str:
    return show(report.table(table).cell(row, column)).text


def exact(report: Report, table: str, row: str, column: str) -> str:
    return show(report.table(table).cell(row, column), exact=True).text


def test_referrals_by_source_reason_and_practice(report: Report) -> None:
    source = report.table("referrals_by_source")
    assert [r.key for r in source.rows] == ["gp", "self", "nurse", "pharmacist"]
    assert source.cell("gp", "Referrals") == Count(5) and source.cell("self", "Referrals") == Count(2)
    assert source.cell("total", "Referrals") == Count(9)
    assert shared(report, "referrals_by_source", "gp", "% of referrals") == "56%"
    assert shared(report, "referrals_by_source", "self", "Referrals") == "<5"
    assert shared(report, "referrals_by_source", "self", "% of referrals") == "[c]"
    assert exact(report, "referrals_by_source", "self", "% of referrals") == "22%"
    reasons = report.table("referrals_by_reason")
    assert {r.key: r.cells[0] for r in reasons.rows} == {
        "loneliness": Count(5), "low_mood": Count(2), "debt": Count(2), "housing": Count(1), "bereavement": Count(1)}
    practice = report.table("referrals_by_practice")
    assert [r.label for r in practice.rows] == ["Alder Surgery", "Birch Surgery"]
    assert [c.n for c in practice.rows[0].cells] == [7, 7]  # type: ignore[attr-defined]
    assert [c.n for c in practice.rows[1].cells] == [2, 1]  # Hana, referred twice  # type: ignore[attr-defined]
    assert practice.total is not None and practice.total.cells == (Count(9), Count(8))


def test_offered_accepted_declined_by_age_sex_and_ethnicity(report: Report) -> None:
    def row(table: str, key: str) -> list[int]:
        cells = report.table(table).row(key).cells
        return [cells[i].n for i in (0, 1, 3, 5)]  # type: ignore[attr-defined]

    # referred, offered, accepted, declined
    assert row("access_by_age", "75-84") == [2, 2, 2, 0]  # Ann and Fay, both 76
    assert row("access_by_age", "45-54") == [2, 2, 2, 0]  # Cat 46; Hana 54 the week before her birthday
    assert row("access_by_age", "55-64") == [1, 1, 1, 0]  # Hana again in September, now 55: declined, then accepted
    assert row("access_by_age", "85+") == [1, 0, 0, 0]  # Gus: contacted only after the period ended
    assert row("access_by_age", "not_known") == [1, 0, 0, 0]
    assert row("access_by_sex", "female") == [6, 5, 5, 0]
    assert row("access_by_sex", "male") == [3, 1, 0, 1]
    assert row("access_by_ethnicity", "white") == [5, 5, 5, 0]
    assert row("access_by_ethnicity", "not_stated") == [1, 0, 0, 0]
    assert [shared(report, "access_by_sex", "female", c) for c in report.table("access_by_sex").columns] == [
        "6", "5", "83%", "5", "100%", "0", "0%"]
    total = report.table("access_by_age").total
    assert total is not None and total.cells[2] == Rate(6, 9) and total.cells[4] == Rate(5, 6)
    assert shared(report, "access_by_age", "total", "Declined") == "<5"
    assert shared(report, "access_by_age", "total", "Declined %") == "[c]"
    assert exact(report, "access_by_age", "total", "Declined %") == "17%"


def test_days_to_first_contact_and_what_matters(report: Report) -> None:
    waiting = report.table("waiting")
    # first contact after 4, 7, 20, 1, 2 and 7 days: median 5.5, 90th percentile 7 + 0.5 * 13
    assert waiting.cell("first_contact", "Reached") == Count(6)
    assert waiting.cell("first_contact", "Median days") == Stat(5.5, 6)
    p90 = waiting.cell("first_contact", "90th percentile days")
    assert isinstance(p90, Stat) and p90.value == pytest.approx(13.5)
    # what matters after 11, 27, 7 and 10 days: four people, so withheld when shared
    assert waiting.cell("what_matters", "Median days") == Stat(10.5, 4)
    p90 = waiting.cell("what_matters", "90th percentile days")
    assert isinstance(p90, Stat) and p90.value == pytest.approx(22.2)
    assert shared(report, "waiting", "what_matters", "Median days") == "[c]"
    assert exact(report, "waiting", "what_matters", "90th percentile days") == "22.2"
    # Cat (20 days) and Dan (60 days without a contact); Eve has waited 5 days, Gus none
    assert report.table("late").cell("late", "Referrals") == Count(2)


def test_contacts_per_person(report: Report) -> None:
    contacts = report.table("contacts")
    assert contacts.cell("contacts", "Number") == Count(11)  # Ann 3 (one corrected), Fay 5, Hana 3
    assert contacts.cell("people", "Number") == Count(3)
    assert show(contacts.cell("mean", "Number"), exact=True).text == "3.7"
    assert show(contacts.cell("median", "Number"), exact=True).text == "3.0"
    assert show(contacts.cell("mean", "Number")).text == "[c]"
    buckets = report.table("contacts_per_person")
    assert [r.cells[0] for r in buckets.rows] == [Count(0), Count(2), Count(1), Count(0), Count(0)]
    kinds = {r.key: r.cells[0] for r in report.table("contacts_by_kind").rows}
    assert kinds == {"phone": Count(7), "face_to_face": Count(3), "video": Count(1)}


def test_connections_by_category_and_outcome(report: Report) -> None:
    outcome = report.table("connections_by_outcome")
    # C1 completed, C4 and C5 open at the end (C5 failed only in October), C3 failed, C2 turned down;
    # C6 was made in June and C7 entered in error
    assert {r.key: r.cells[0].n for r in outcome.rows} == {  # type: ignore[attr-defined]
        "completed": 1, "open": 2, "failed": 1, "rejected": 1, "cancelled": 0}
    category = report.table("connections_by_category")
    assert [c.n for c in category.row("Walking").cells] == [2, 1, 1, 0, 0]  # type: ignore[attr-defined]
    assert [c.n for c in category.row("Befriending").cells] == [2, 0, 1, 1, 0]  # type: ignore[attr-defined]
    assert category.row("Older people").cells == category.row("Befriending").cells  # one service, two categories
    assert category.total is not None and [c.n for c in category.total.cells] == [5, 1, 2, 2, 0]  # type: ignore
    failed = report.table("failed_by_reason")
    assert failed.cell("no_capacity", "Connections") == Count(1)
    assert failed.cell("service_closed", "Connections") == Count(1)
    assert failed.cell("did_not_attend", "Connections") == Count(0)


def test_services_that_closed_or_filled_and_the_people_they_touched(report: Report, q3: Q3) -> None:
    table = report.table("services_unavailable")
    lunch, debt = (q3.services[n].replace("-", "") for n in ("Lunch Club", "Debt Advice"))
    assert [r.key for r in table.rows] == [lunch, debt]
    assert [show(c, exact=True).text for c in table.row(lunch).cells] == ["full", "1", "1", "2"]
    assert [show(c, exact=True).text for c in table.row(debt).cells] == ["temporarily closed", "0", "1", "1"]
    assert table.total is not None
    assert [show(c, exact=True).text for c in table.total.cells] == ["2 services", "1", "2", "2"]
    assert shared(report, "services_unavailable", lunch, "People affected") == "<5"


def test_unmet_needs_by_category_and_area(report: Report, q3: Q3) -> None:
    by_category = report.table("unmet_needs_by_category")
    assert {r.label: r.cells[0] for r in by_category.rows} == {"Walking": Count(3), "debt-advice": Count(1)}
    areas = report.table("unmet_needs")
    assert areas.cell("walking|Northside", "Needs recorded") == Count(2)
    assert areas.cell("walking|Southside", "Needs recorded") == Count(1)
    alder = Reports(q3.db).build(START, END, ["A81001"]).table("unmet_needs")
    # Ann's, and the one Wren recorded without a person; not Hana's (Birch) nor the one with no practice
    assert [(r.key, r.cells[1]) for r in alder.rows] == [("walking|Northside", Count(2))]


def test_caseload_per_worker(report: Report, q3: Q3) -> None:
    table = report.table("caseload_by_worker")
    wren, finch = (q3.workers[n].replace("-", "") for n in ("Wren", "Finch"))
    assert [r.key for r in table.rows] == [wren, finch, "none"]
    # Wren: Cat, Dan, Fay (closed only in October) and Gus open; six new; Ann's and Bob's closed
    assert table.row(wren).cells == (Count(4), Count(6), Count(2))
    assert table.row(finch).cells == (Count(2), Count(2), Count(0))
    assert table.row("none").label == "Not assigned" and table.row("none").cells == (Count(1), Count(1), Count(0))
    assert table.total is not None and table.total.cells == (Count(7), Count(9), Count(2))


def test_wellbeing_change_with_confidence_interval(report: Report) -> None:
    table = report.table("wellbeing")
    # ONS4 pairs: Ann (closure 10-Sep), Fay (review 15-Sep; her October closure is after the period),
    # Hana (review 20-Sep). Cat has a baseline and no follow-up; Ann's June referral was followed up in June.
    assert table.cell("ons4.satisfied", "People") == Count(3)
    satisfied = [show(c, exact=True).text for c in table.row("ons4.satisfied").cells]
    # changes +3, 0, +2: mean 1.67, sd 1.53, t(0.975, 2) = 4.303 -> 1.67 +- 3.79
    assert satisfied == ["higher", "3", "3.7", "5.3", "+1.7", "-2.1 to +5.5", "67%"]
    anxious = [show(c, exact=True).text for c in table.row("ons4.anxious").cells]
    # changes -4, 0, -2: mean -2, sd 2, half-width 4.303 * 2 / sqrt(3) = 4.97; a fall is an improvement
    assert anxious == ["lower", "3", "7.7", "5.7", "-2.0", "-7.0 to +3.0", "67%"]
    assert table.cell("ons4.worthwhile", "Improved %") == Rate(3, 3)
    assert [show(c).text for c in table.row("ons4.happy").cells][1:] == ["<5", "[c]", "[c]", "[c]", "[c]", "[c]"]
    # UCLA-3 totals 9->6, 8->7, 6->7, 8->6, 6->5: five people, shown; four improved, so that share is withheld
    ucla = [show(c).text for c in table.row("ucla3.total").cells]
    assert ucla == ["lower", "5", "7.4", "6.2", "-1.2", "-3.0 to +0.6", "[c]"]
    assert exact(report, "wellbeing", "ucla3.total", "Improved %") == "80%"
    assert table.cell("ucla3.lonely", "People") == Count(4)  # Cat left the direct question out
    recorded = report.table("measures_recorded")
    assert recorded.row("ons4").cells == (Count(4), Count(4), Count(3))
    assert recorded.row("ucla3").cells == (Count(5), Count(5), Count(5))
    assert report.table("headline").cell("wellbeing_pairs", "Number") == Count(5)


def test_one_practice(q3: Q3) -> None:
    report = Reports(q3.db).build(START, END, ["birch surgery"])
    assert report.scope.practice_label == "Birch Surgery"
    assert report.table("referrals_by_source").total.cells[0] == Count(2)  # type: ignore[union-attr]
    assert report.table("contacts").cell("contacts", "Number") == Count(3)
    assert report.table("wellbeing").cell("ons4.satisfied", "People") == Count(1)
    assert [r.label for r in report.table("caseload_by_worker").rows] == ["Finch Link"]


def test_headline_and_sections_name_real_tables(report: Report) -> None:
    headline = report.table("headline")
    assert headline.cell("referrals", "Number") == Count(9) and headline.cell("people", "Number") == Count(8)
    assert headline.cell("offered", "Number") == Count(6) and headline.cell("accepted_rate", "Number") == Rate(5, 6)
    for section in report.sections:
        for part in section.parts:
            kind, key = part.split(":")
            if kind == "table":
                assert key in report.tables


def test_same_figures_whenever_the_report_is_made(q3: Q3) -> None:
    """Everything is counted as it stood at the end of the period: later moves change nothing."""
    from app.services.caseload.facade import Caseload

    before = Reports(q3.db).build(START, END)
    Caseload(q3.db).move_episode(q3.episodes["E4"], "contacted")  # today, long after the period
    after = Reports(q3.db).build(START, END)
    assert after.table("access_by_age").total == before.table("access_by_age").total
    assert after.table("late").cell("late", "Referrals") == Count(2)


def test_bad_requests_are_refused_in_plain_words(q3: Q3) -> None:
    with pytest.raises(InvalidInput, match="There is no practice 'Oak'.*A81001 Alder Surgery"):
        Reports(q3.db).build(START, END, ["Oak"])
    with pytest.raises(InvalidInput, match="ends .* before it starts"):
        Reports(q3.db).build(END, START)


def test_export_is_audited(q3: Q3, tmp_path: Path) -> None:
    Reports(q3.db, actor="Wren").export(START, END, ["A81001"], pdf=tmp_path / "r.pdf", csv=tmp_path / "r.csv",
                                        exact=True)
    events = [e for e in Audit(q3.db).events() if e.action == "export"]
    assert len(events) == 1 and events[0].actor == "Wren"
    assert "1 July 2026 to 30 September 2026" in events[0].detail and "Alder Surgery" in events[0].detail
    assert "CSV of 7 referrals" in events[0].detail and "exact" in events[0].detail


def test_empty_database_gives_an_empty_report(db: Database) -> None:
    report = Reports(db).build(START, END)
    assert report.table("headline").cell("referrals", "Number") == Count(0)
    assert show(report.table("waiting").cell("first_contact", "Median days")).text == "–"
    assert report.table("wellbeing").cell("ons4.anxious", "People") == Count(0)


def _hex(ids: dict[str, str], *names: str) -> frozenset[str]:
    return frozenset(ids[n].replace("-", "") for n in names)


def test_each_count_can_keep_the_people_behind_it(q3: Q3) -> None:
    report = Reports(q3.db, actor="test").build(START, END, keep_people=True)
    people = q3.people
    access = report.table("access_by_sex")
    assert access.cell("total", "Declined").who == _hex(people, "Bob")  # Hana declined, then accepted
    assert access.cell("female", "Accepted").who == _hex(people, "Ann", "Cat", "Fay", "Hana")
    assert report.table("referrals_by_source").cell("self", "Referrals").who == _hex(people, "Bob", "Hana")
    assert report.table("contacts_per_person").cell("2 or 3", "People").who == _hex(people, "Ann", "Hana")
    assert report.table("failed_by_reason").cell("no_capacity", "Connections").who == _hex(people, "Ann")
    assert report.table("unmet_needs_by_category").cell("walking", "Needs recorded").who == _hex(
        people, "Ann", "Hana")  # the third was recorded with no person
    wellbeing = report.table("wellbeing").cell("ons4.satisfied", "People")
    assert wellbeing.n == 3 and wellbeing.who == _hex(people, "Ann", "Fay", "Hana")
    assert report.table("caseload_by_worker").cell(q3.workers["Finch"].replace("-", ""), "New referrals").who == \
        _hex(people, "Hana")
    # without asking, nothing is kept, and the figures are the same
    plain = Reports(q3.db, actor="test").build(START, END)
    assert plain.table("access_by_sex").cell("total", "Declined").who is None
    assert plain.tables == report.tables


def test_deleted_contacts_and_connections_do_not_count(q3: Q3) -> None:
    con = q3.db.connect()
    try:
        with con:
            # one of Fay's contacts, the corrected one of Ann's (deleted on its correction), and connection C1
            fay = q3.episodes["E6"].replace("-", "")
            con.execute("""UPDATE contact SET deleted_at = '2026-11-01 10:00:00' WHERE rowid =
                           (SELECT min(rowid) FROM contact WHERE episode_id = ?)""", (fay,))
            con.execute("""UPDATE contact SET deleted_at = '2026-11-01 10:00:00'
                           WHERE supersedes_id IS NOT NULL""")
            con.execute("UPDATE connection SET deleted_at = '2026-11-01 10:00:00' WHERE id = ?",
                        (q3.connections["C1"].replace("-", ""),))
    finally:
        con.close()
    report = Reports(q3.db, actor="test").build(START, END)
    assert report.table("contacts").cell("contacts", "Number") == Count(9)  # 11, less Fay's and Ann's corrected
    outcome = report.table("connections_by_outcome")
    assert outcome.cell("completed", "Connections") == Count(0)
    assert outcome.cell("total", "Connections") == Count(4)
    from app.services.reports.rows import episode_rows
    from app.services.reports.scope import make_scope

    con = q3.db.connect()
    try:
        scope = make_scope(con, START, END)
    finally:
        con.close()
    rows = {r["episode_ref"]: r for r in episode_rows(q3.db, scope, Reports(q3.db).instruments)}
    ann = rows[q3.episodes["E1"].replace("-", "")]
    assert ann["contacts"] == 2 and ann["connections"] == 1  # 3 and 2 before


def test_young_people_have_age_bands_of_their_own(q3: Q3) -> None:
    """Under 18s are not folded into one wider band: under 16 and 16 to 17, as the GP summary and letters say,
    by age on the referral date (Lowri turns 18 in September, after her August referral)."""
    import uuid
    from datetime import date

    from app.services.caseload.facade import Caseload
    from app.services.reports.rows import episode_rows
    from app.services.reports.scope import make_scope

    caseload = Caseload(q3.db, actor="test")
    referred = {}
    for name, born, on in (("Ifan", date(2014, 3, 1), date(2026, 7, 20)),
                           ("Lowri", date(2008, 9, 10), date(2026, 8, 1))):
        pid = caseload.add_person(given_name=name, family_name="Test", date_of_birth=born,
                                  practice_id=uuid.UUID(q3.practices["Alder"])).created_id
        assert pid
        referred[name] = caseload.refer(pid, referral_date=on, referral_source="self",
                                        reasons=["loneliness"]).created_id
    ages = Reports(q3.db, actor="test").build(START, END).table("access_by_age")
    assert [(r.key, r.label) for r in ages.rows[:3]] == [("0-15", "Under 16"), ("16-17", "16 to 17"),
                                                         ("18-24", "18 to 24")]
    assert [ages.row(key).cells[0].n for key in ("0-15", "16-17")] == [1, 1]  # type: ignore[attr-defined]
    assert "0-17" not in [r.key for r in ages.rows]
    con = q3.db.connect()
    try:
        scope = make_scope(con, START, END)
    finally:
        con.close()
    rows = {r["episode_ref"]: r["age_band"] for r in episode_rows(q3.db, scope, Reports(q3.db).instruments)}
    assert [rows[referred[n].replace("-", "")] for n in ("Ifan", "Lowri")] == ["Under 16", "16 to 17"]
