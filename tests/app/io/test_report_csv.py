"""The one-row-per-referral CSV: its documented columns, its rows and their values."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path


from app.domain.instruments import load_instruments
from app.io.report_csv import csv_text, write_csv
from app.services.reports.rows import COLUMNS, episode_rows
from app.services.reports.scope import make_scope
from app.services.reports.facade import Reports
from tests.app.services.report_fixture import END, START, Q3

ROOT = Path(__file__).resolve().parents[3]



def _rows(q3: Q3, *practices: str) -> dict[str, dict[str, str]]:
    con = q3.db.connect()
    try:
        scope = make_scope(con, START, END, practices)
    finally:
        con.close()
    text = csv_text(episode_rows(q3.db, scope, load_instruments([])), COLUMNS)
    found = list(csv.DictReader(io.StringIO(text)))
    return {key: next(r for r in found if r["episode_ref"] == eid.replace("-", ""))
            for key, eid in q3.episodes.items() if any(r["episode_ref"] == eid.replace("-", "") for r in found)}


def test_the_documented_columns_are_the_columns_written() -> None:
    documented = re.findall(r"^\| `([a-z0-9_]+)` \|", (ROOT / "docs" / "report-csv.md").read_text(), re.M)
    assert documented == list(COLUMNS)
    assert len(set(COLUMNS)) == len(COLUMNS)


def test_one_row_per_referral_in_the_period_and_practices(q3: Q3) -> None:
    assert sorted(_rows(q3)) == [f"E{n}" for n in range(1, 10)]
    assert sorted(_rows(q3, "A81001")) == [f"E{n}" for n in range(1, 8)]


def test_a_full_journey_row(q3: Q3) -> None:
    row = _rows(q3)["E1"]
    assert {k: row[k] for k in COLUMNS[2:14]} == {
        "practice_ods": "A81001", "practice_name": "Alder Surgery", "age_band": "75 to 84", "sex": "Female",
        "ethnic_category": "A", "ethnic_group": "White", "referral_date": "2026-07-02", "referral_source": "gp",
        "referral_reasons": "loneliness;low_mood", "urgency": "routine", "consent_to_contact": "yes",
        "unmet_needs": "walking"}  # her October need is after the period
    assert (row["first_contact_date"], row["days_to_first_contact"], row["offer_outcome"]) == ("2026-07-06", "4",
                                                                                                "accepted")
    assert (row["what_matters_date"], row["days_to_what_matters"], row["plan_agreed_date"]) == (
        "2026-07-13", "11", "2026-07-14")
    assert (row["contacts"], row["contact_minutes"]) == ("3", "90")  # the corrected contact counts once
    assert [row[k] for k in ("connections", "connections_completed", "connections_open", "connections_failed")] == [
        "2", "1", "0", "1"]
    assert row["service_categories"] == "Walking;Befriending;Older people"
    assert (row["status_at_period_end"], row["closure_reason"], row["closed_date"]) == ("closed", "goals_met",
                                                                                        "2026-09-10")
    assert [row[f"ons4_{s}_{w}"] for s in ("satisfied", "anxious") for w in ("baseline", "follow_up")] == [
        "4", "7", "8", "4"]
    assert (row["ons4_baseline_date"], row["ons4_follow_up_date"]) == ("2026-07-13", "2026-09-10")
    assert [row[f"ucla3_{s}_{w}"] for s in ("total", "lonely") for w in ("baseline", "follow_up")] == [
        "9", "6", "5", "3"]


def test_rows_are_as_they_stood_at_the_end_of_the_period(q3: Q3) -> None:
    rows = _rows(q3)
    fay = rows["E6"]  # closed in October: still under review at the end of September
    assert (fay["status_at_period_end"], fay["closure_reason"], fay["closed_date"]) == ("review", "", "")
    assert (fay["ons4_satisfied_follow_up"], fay["ons4_follow_up_date"]) == ("5", "2026-09-15")
    assert fay["contacts"] == "5"  # not her October call
    assert rows["E7"]["offer_outcome"] == "not offered" and rows["E7"]["first_contact_date"] == ""
    assert rows["E9"]["offer_outcome"] == "accepted"  # declined, then accepted
    assert rows["E2"]["offer_outcome"] == "declined"
    cat = rows["E3"]  # a baseline and no follow-up
    assert (cat["ons4_anxious_baseline"], cat["ons4_anxious_follow_up"], cat["ons4_follow_up_date"]) == ("7", "", "")
    eve = rows["E5"]
    assert (eve["age_band"], eve["ethnic_group"], eve["ons4_baseline_date"]) == ("Not known", "Not known", "")


def test_nothing_identifying_leaves_the_practice(q3: Q3) -> None:
    text = "\n".join(",".join(r.values()) for r in _rows(q3).values())
    assert "Alder Surgery" in text
    for name in ("Ann", "Bob", "Hana", "Test", "1950-03-01"):
        assert name not in text


def test_file_opens_in_excel_and_formulas_are_disarmed(q3: Q3, tmp_path: Path) -> None:
    con = q3.db.connect()
    with con:
        con.execute("UPDATE practice SET name = '=HYPERLINK(\"x\")' WHERE ods_code = 'A81001'")
    con.close()
    path = tmp_path / "out" / "episodes.csv"
    Reports(q3.db, actor="test").export(START, END, csv=path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 9
    assert {r["practice_name"] for r in rows if r["practice_ods"] == "A81001"} == {"'=HYPERLINK(\"x\")"}


def test_write_csv_replaces_a_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "e.csv"
    target.write_text("old")
    write_csv([], COLUMNS, target)
    assert target.read_text(encoding="utf-8-sig").strip() == ",".join(COLUMNS)
    assert list(tmp_path.iterdir()) == [target]


def test_two_moves_at_the_same_moment_end_on_the_later_one(q3: Q3) -> None:
    from datetime import date

    con = q3.db.connect()
    try:
        scope = make_scope(con, START, date(2026, 7, 12))
    finally:
        con.close()
    rows = {r["episode_ref"]: r for r in episode_rows(q3.db, scope, load_instruments([]))}
    bob = rows[q3.episodes["E2"].replace("-", "")]  # contacted and declined, both at 10:00 on 10 July
    assert bob["status_at_period_end"] == "declined" and bob["offer_outcome"] == "declined"
    assert rows[q3.episodes["E3"].replace("-", "")]["status_at_period_end"] == "referred"  # contacted on 25 July


def test_a_corrected_contact_counts_once_with_its_latest_length(q3: Q3) -> None:
    """As another device might write it: a 1 August call of 30 minutes, corrected to 45."""
    con = q3.db.connect()
    eid = q3.episodes["E1"].replace("-", "")
    stamp = "2026-08-01 10:00:00+00:00"
    with con:
        for row_id, minutes, replaces in (("a" * 32, 30, None), ("b" * 32, 45, "a" * 32)):
            con.execute("""INSERT INTO contact (id, created_at, updated_at, device_id, episode_id, kind, contact_at,
                                                duration_minutes, notes, worker_id, supersedes_id)
                           VALUES (?, ?, ?, 'test', ?, 'phone', ?, ?, '', NULL, ?)""",
                        (row_id, stamp, stamp, eid, stamp, minutes, replaces))
    con.close()
    ann = _rows(q3)["E1"]
    assert (ann["contacts"], ann["contact_minutes"]) == ("4", "135")  # 3 contacts of 30 minutes, and this one
