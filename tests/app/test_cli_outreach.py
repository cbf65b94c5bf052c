"""``linkwell cohort ...`` run as a user would: a real process, a real file, real exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path

from app.storage.database import Database
from tests.app.services.test_outreach import cohort_rows, nhs_numbers, search_export
from tests.app.test_cli import _closed, linkwell

NOW = "2026-12-04T09:30:00+00:00"


def run(*args: str):  # noqa: ANN201
    os.environ["LINKWELL_NOW"] = NOW  # children read it when they start
    try:
        return linkwell(*args)
    finally:
        os.environ.pop("LINKWELL_NOW", None)


def test_import_list_calls_and_record_by_command(db: Database, tmp_path: Path) -> None:
    path = search_export(tmp_path / "shielding.csv", cohort_rows(4, nhs_numbers(29)))
    with path.open("a", encoding="utf-8") as f:
        f.write("123 456 7890,Bad,Number,01/01/1950,,,,,\n")
    where = _closed(db)
    out = run("cohort", "import", str(path), "--name", "Shielding & ŵ <north>", "--reason", "Told to shield",
              "--db", where, "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert (report["added"], report["matched"], report["cohort"]) == (4, 0, "Shielding & ŵ <north>")
    assert [(r["line"], r["field"]) for r in report["rejected"]] == [(6, "nhs_number")]

    calls = json.loads(run("cohort", "calls", "Shielding & ŵ <north>", "--db", where, "--json").stdout)
    assert [c["next"] for c in calls] == ["Not tried yet"] * 4
    first, second = calls[0]["id"], calls[1]["id"]
    out = run("cohort", "record", first, "no_answer", "--retry-in", "0", "--db", where)
    assert out.returncode == 0 and "Recorded: no answer." in out.stdout
    assert run("cohort", "record", second, "spoke", "--need", "loneliness", "--need", "food_insecurity",
               "--db", where).returncode == 0
    bad = run("cohort", "record", second, "spoke", "--need", "cake", "--db", where)
    assert bad.returncode == 1 and "not one of the needs" in bad.stderr and "Traceback" not in bad.stderr

    calls = json.loads(run("cohort", "calls", "Shielding & ŵ <north>", "--db", where, "--json").stdout)
    assert calls[0]["id"] == first and calls[0]["next"] == "Try again today (1 try so far)"
    assert calls[0]["last_attempt"].startswith("No answer, 4-Dec-2026 at ")
    assert calls[-1]["id"] == second and calls[-1]["needs"] == ["loneliness", "food_insecurity"]

    (listed,) = json.loads(run("cohort", "list", "--db", where, "--json").stdout)
    assert (listed["people"], listed["reached"], listed["retry_today"]) == (4, 1, 1)
    assert listed["progress"] == "1 of 4 reached, 1 to try again today, 2 not tried yet."
    words = run("cohort", "list", "--db", where)
    assert words.stdout.strip() == "Shielding & ŵ <north>: 1 of 4 reached, 1 to try again today, 2 not tried yet."


def test_an_unknown_list_is_a_sentence(db: Database) -> None:
    out = run("cohort", "calls", "Nobody's list", "--db", _closed(db))
    assert out.returncode == 1 and out.stderr.strip() == "linkwell: There is no outreach list called \"Nobody's list\"."


def test_letters_for_a_list_by_command(db: Database, tmp_path: Path) -> None:
    from app.core import Linkwell
    from tests.app.services.test_outreach_letters import service

    service(Linkwell(db), "Chatty Café & Tea", "befriending", "CF10 2AB")
    path = search_export(tmp_path / "list.csv", cohort_rows(3, nhs_numbers(47)))
    where = _closed(db)
    assert run("cohort", "import", str(path), "--name", "Carers", "--db", where).returncode == 0
    out = tmp_path / "letters.pdf"
    done = run("cohort", "letters", "Carers", "--out", str(out), "--kind", "befriending", "--large-print",
               "--db", where, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["letters"] == 3
    from tests.app.services.test_outreach_letters import pdftotext

    text = pdftotext(out)
    assert text.count("Chatty Café & Tea") >= 3 and "Dear Siân" in text


def test_split_a_list_and_call_your_share(db: Database, tmp_path: Path) -> None:
    path = search_export(tmp_path / "list.csv", cohort_rows(5, nhs_numbers(59)))
    where = _closed(db)
    assert run("cohort", "import", str(path), "--name", "Bereaved", "--db", where).returncode == 0
    out = run("cohort", "split", "Bereaved", "--to", "Ann Shaw", "--to", "Łucja Bąk", "--db", where)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Ann Shaw: 3 to call; Łucja Bąk: 2 to call."
    mine = json.loads(run("cohort", "calls", "Bereaved", "--for", "Łucja Bąk", "--db", where, "--json").stdout)
    assert len(mine) == 2 and {c["assigned_to"] for c in mine} == {"Łucja Bąk"}


def test_build_from_the_caseload_and_take_someone_off(db: Database, tmp_path: Path) -> None:
    from datetime import date

    from app.services.caseload.facade import Caseload

    for given, reason in (("Siân", "bereavement"), ("Łukasz", "debt"), ("Żaneta", "bereavement")):
        Caseload(db).refer_new_person({"given_name": given, "family_name": "O'Brien & Co"},
                                      {"referral_date": date(2026, 11, 2), "referral_source": "gp",
                                       "reasons": [reason]})
    where = _closed(db)
    out = run("cohort", "build", "--name", "Bereaved <winter>", "--need", "bereavement", "--db", where)
    assert out.returncode == 0 and out.stdout.strip() == "Bereaved <winter>: 2 people from the caseload."
    calls = json.loads(run("cohort", "calls", "Bereaved <winter>", "--db", where, "--json").stdout)
    assert sorted(c["name"] for c in calls) == ["Siân O'Brien & Co", "Żaneta O'Brien & Co"]
    assert all(c["on_caseload"] for c in calls)
    assert run("cohort", "record", calls[0]["id"], "declined", "--db", where).returncode == 0
    gone = run("cohort", "remove", calls[0]["id"], "--db", where)
    assert gone.returncode == 0 and "Taken off the list" in gone.stdout
    left = json.loads(run("cohort", "calls", "Bereaved <winter>", "--db", where, "--json").stdout)
    assert [c["id"] for c in left] == [calls[1]["id"]]
    people = json.loads(run("person", "list", "--db", where, "--json").stdout)
    assert len(people) == 3  # the caseload is untouched
