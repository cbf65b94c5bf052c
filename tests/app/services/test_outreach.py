"""Proactive outreach: cohorts imported from a GP search export or built from the caseload, matched to the
caseload, called through in order, and kept out of the caseload and its referral figures."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from app import clock
from app.core import Linkwell
from app.domain import nhs_number as nhs
from app.errors import InvalidInput
from app.storage.database import Database

TODAY = date(2026, 12, 4)
# Hostile names: markup, ampersands, emoji, Welsh and Polish letters, apostrophes.
GIVEN = ["Siân", "Łukasz", "Żaneta", "Dŵr", "Ŷvonne", "<b>Bo</b>", "Ann & Co", "Zoë 🌻", "Seán", "Ōtis"]
FAMILY = ["O'Brien", "Wiśniewski", "ap Llŷr", "Bąk", "<script>", "Smith & Sons", "Ng", "Évora", "Łoś", "Ŵyn"]


def nhs_numbers(seed: int = 3) -> list[str]:
    """Valid NHS numbers, made from a seed (never taken from demo data)."""
    rng, found = random.Random(seed), []
    while len(found) < 600:
        first = f"{rng.randrange(400_000_000, 499_999_999):09d}"
        total = sum(int(d) * w for d, w in zip(first, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        if check == 10:
            continue
        number = first + str(0 if check == 11 else check)
        if nhs.is_valid(number) and number not in found:
            found.append(number)
    return found


def search_export(path: Path, rows: list[tuple[str, str, str, str, str, str, str]]) -> Path:
    """A GP system search export as practices send it: its own headings, DD/MM/YYYY dates."""
    lines = ["NHS Number,Forename,Surname,Date of Birth,Telephone Number,Address Line 1,Town,Postcode,"
             "Registered Practice"]
    for number, given, family, born, phone, street, practice in rows:
        lines.append(f'{number},"{given}","{family}",{born},{phone},"{street}",Caerdydd,CF10 1AA,"{practice}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cohort_rows(n: int, numbers: list[str]) -> list[tuple[str, str, str, str, str, str, str]]:
    return [(numbers[i], GIVEN[i % 10], f"{FAMILY[(i // 10) % 10]} {i}", f"{1 + i % 28:02d}/0{1 + i % 9}/19{40 + i % 50}",
             f"07700 9{i:05d}", f"{i} Heol y Frenhines", "Riverside & Co Surgery") for i in range(n)]


@pytest.fixture
def pinned():  # noqa: ANN201
    with clock.pinned("2026-12-04T09:30:00+00:00"):
        yield


def test_import_adds_matches_and_rejects_by_line_and_field(core: Linkwell, tmp_path: Path, pinned: None) -> None:
    numbers = nhs_numbers()
    known = core.caseload.add_person(given_name="Siân", family_name="O'Brien 0", nhs_number=numbers[0],
                                     date_of_birth=date(1940, 1, 1)).created_id
    rows = cohort_rows(5, numbers)
    path = search_export(tmp_path / "shielding.csv", rows)
    with path.open("a", encoding="utf-8") as f:
        f.write("123 456 7890,Bad,Number,01/01/1950,,,,,\n")  # an NHS number that fails its check digit
        f.write(f"{numbers[9]},,Nameless,01/01/1950,,,,,\n")  # no given name
        f.write(f"{numbers[8]},Fut,Ure,01/01/2099,,,,,\n")  # born in the future
    report = core.outreach.import_people(path, name="Shielding <north> & ŵ", reason="Told to shield")
    out = report.as_json()
    assert (out["added"], out["matched"]) == (4, 1)
    assert sorted((r["line"], r["field"]) for r in out["rejected"]) == [
        (7, "nhs_number"), (8, "given_name"), (9, "date_of_birth")]
    (summary,) = core.outreach.cohorts()
    assert summary.name == "Shielding <north> & ŵ" and summary.reason == "Told to shield"
    assert summary.progress.total == 5 and summary.source == "imported from shielding.csv"
    lines = core.outreach.call_rows(core.outreach.call_ids(summary.id))
    on_caseload = [r for r in lines if r.on_caseload]
    assert [r.name for r in on_caseload] == ["Siân O'Brien 0"]
    assert {r.phone for r in lines} >= {"07700 900001"}
    # the matched person is linked, not duplicated; nobody else joined the caseload
    assert list(core.caseload_list.person_ids()) == [known]
    again = core.outreach.import_people(path, name="shielding <NORTH> & ŵ")  # the same list, sent twice
    assert (again.added, again.matched, again.already_listed) == (0, 0, 5)


def test_cohort_people_are_not_referrals_and_not_on_the_caseload(core: Linkwell, tmp_path: Path,
                                                                 pinned: None) -> None:
    numbers = nhs_numbers(5)
    assert "Proactive outreach" not in [s.title for s in core.reports.build(TODAY, TODAY).sections]
    core.outreach.import_people(search_export(tmp_path / "c.csv", cohort_rows(30, numbers)), name="Over 75s")
    start, end = TODAY - timedelta(days=60), TODAY
    assert len(core.caseload_list.person_ids()) == 0
    report = core.reports.build(start, end)
    assert report.table("referrals_by_source").cell("total", "Referrals").n == 0  # type: ignore[union-attr]
    # one call opens a referral: that one (and only that one) is on the caseload and in the figures
    cohort = core.outreach.find("over 75S")
    first = core.outreach.call_ids(cohort)[0]
    changes = core.outreach.record(first, "referral_opened", needs=["loneliness", "food_insecurity"])
    assert changes.caseload and changes.outreach and len(changes.person_ids) == 1
    assert len(core.caseload_list.person_ids()) == 1
    report = core.reports.build(start, end)
    assert report.table("referrals_by_source").cell("outreach", "Referrals").n == 1  # type: ignore[union-attr]
    assert report.table("referrals_by_source").cell("total", "Referrals").n == 1  # type: ignore[union-attr]
    (person_id,) = changes.person_ids
    detail = core.caseload.person_detail(person_id)
    assert detail["episodes"][0]["referral_source"] == "outreach"
    assert detail["episodes"][0]["reasons"] == ["loneliness", "food_insecurity"]


def test_the_worklist_orders_itself_and_counts_in_words(core: Linkwell, tmp_path: Path) -> None:
    numbers = nhs_numbers(7)
    with clock.pinned("2026-12-01T09:00:00+00:00"):
        report = core.outreach.import_people(search_export(tmp_path / "c.csv", cohort_rows(6, numbers)),
                                             name="Carers")
        cohort = report.cohort_id
        ids = core.outreach.call_ids(cohort)
        names = {r.id: r.name for r in core.outreach.call_rows(ids)}
        assert [names[i].split()[-1] for i in ids] == list("012345")  # never tried: by family name
        a, b, c, d, e, _ = ids
        core.outreach.record(a, "no_answer", retry_in_days=3)  # due on the 4th
        core.outreach.record(b, "no_answer")  # the default: two days, due on the 3rd
        core.outreach.record(c, "no_answer", retry_in_days=10)  # not due until the 11th
        core.outreach.record(d, "spoke", needs=["carer_support"])
        core.outreach.record(e, "wrong_number")
    with clock.pinned("2026-12-04T09:00:00+00:00"):
        core.outreach.record(a, "no_answer", retry_in_days=0)  # a second try, still no answer: due again today
        order = core.outreach.call_ids(cohort)
        assert order[:2] == [b, a]  # due retries first, the longest waiting first
        assert order[2] == ids[5]  # then never tried
        assert order[3] == c  # then retries due later
        assert set(order[4:]) == {d, e}  # reached or no more calls last
        progress = core.outreach.progress(cohort)
        assert progress.sentence() == "1 of 6 reached, 2 to try again today, 1 not tried yet."
        assert (progress.retry_later, progress.closed, progress.needs_found) == (1, 1, 1)
        rows = {r.id: r for r in core.outreach.call_rows([a, c])}
        assert rows[a].attempts == 2 and rows[a].next_step(clock.today()) == "Try again today (2 tries so far)"
        assert rows[c].next_step(clock.today()) == "Try again on 11-Dec-2026 (1 try so far)"
        assert rows[a].last_attempt.startswith("No answer, 4-Dec-2026 at ")


def test_support_offered_names_a_service_or_a_letter_and_bad_outcomes_are_sentences(
        core: Linkwell, tmp_path: Path, pinned: None) -> None:
    from app.domain.models import Service

    with core.db.session() as session:
        service = Service(name="Lunch club & friends", area="Riverside")
        session.add(service)
    service_id = str(service.id)
    report = core.outreach.import_people(search_export(tmp_path / "c.csv", cohort_rows(2, nhs_numbers(9))),
                                         name="Bereaved")
    first, second = core.outreach.call_ids(report.cohort_id)
    with pytest.raises(InvalidInput, match="what support was offered"):
        core.outreach.record(first, "support_offered")
    with pytest.raises(InvalidInput, match="not an outcome"):
        core.outreach.record(first, "hung_up")
    with pytest.raises(InvalidInput, match="not one of the needs"):
        core.outreach.record(first, "spoke", needs=["<b>cake</b>"])
    core.outreach.record(first, "support_offered", needs=["bereavement"], service_id=service_id, letter=True)
    core.outreach.record(second, "declined")
    (call,) = core.outreach.calls(first)
    assert call["service_id"] == service_id and call["letter"] and call["needs"] == ["bereavement"]
    progress = core.outreach.progress(report.cohort_id)
    assert (progress.reached, progress.support_offered, progress.referrals) == (2, 1, 0)
    assert len(core.caseload_list.person_ids()) == 0


def test_a_referral_opened_for_someone_already_on_the_caseload_adds_no_second_person(
        core: Linkwell, tmp_path: Path, pinned: None) -> None:
    numbers = nhs_numbers(11)
    report = core.outreach.import_people(search_export(tmp_path / "c.csv", cohort_rows(1, numbers)),
                                         name="Frequent attenders")
    # they come onto the caseload by another route after the list came in
    person = core.caseload.add_person(given_name="Siân", family_name="O'Brien 0", nhs_number=numbers[0],
                                      date_of_birth=date(1940, 1, 1)).created_id
    (member,) = core.outreach.call_ids(report.cohort_id)
    changes = core.outreach.record(member, "referral_opened", needs=["low_mood"], referral_source="self")
    assert changes.person_ids == frozenset({person})
    assert list(core.caseload_list.person_ids()) == [person]
    assert core.caseload.person_detail(person)["episodes"][0]["referral_source"] == "self"


def test_a_cohort_from_the_caseload_by_filters(core: Linkwell, pinned: None) -> None:
    for given, reason in (("Żaneta", "loneliness"), ("Dŵr", "debt"), ("Ŷvonne", "loneliness")):
        core.caseload.refer_new_person({"given_name": given, "family_name": "Bąk", "phone": "01632 960000"},
                                       {"referral_date": TODAY, "referral_source": "gp", "reasons": [reason]})
    changes = core.outreach.build_from_caseload("Lonely & alone", "Winter check-in", reason_code="loneliness")
    assert changes.outreach and changes.created_id
    rows = core.outreach.call_rows(core.outreach.call_ids(changes.created_id))
    assert sorted(r.name for r in rows) == ["Ŷvonne Bąk", "Żaneta Bąk"]
    assert all(r.on_caseload and r.phone == "01632 960000" for r in rows)
    with pytest.raises(InvalidInput, match="already a list called"):
        core.outreach.build_from_caseload("LONELY & alone")


def test_an_xlsx_export_reads_the_same(core: Linkwell, tmp_path: Path, pinned: None) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["NHS Number", "Forename", "Surname", "Date of Birth", "Mobile Number", "Address"])
    numbers = nhs_numbers(13)
    sheet.append([int(numbers[0]), "Łucja", "Ŵyn", date(1931, 2, 3), "07700 900999", "1 Stryd Fawr, Bangor"])
    sheet.append([numbers[1], "", "Nameless", date(1931, 2, 3), "", ""])
    path = tmp_path / "search.xlsx"
    book.save(path)
    report = core.outreach.import_people(path, name="Over 90s")
    assert report.added == 1 and [(r.line, r.field) for r in report.rejected] == [(3, "given_name")]
    (row,) = core.outreach.call_rows(core.outreach.call_ids(report.cohort_id))
    assert (row.name, row.phone, row.date_of_birth) == ("Łucja Ŵyn", "07700 900999", date(1931, 2, 3))


def test_five_hundred_people_with_a_sample_of_outcomes(core: Linkwell, tmp_path: Path) -> None:
    numbers = nhs_numbers(17)
    with clock.pinned("2026-12-01T09:00:00+00:00"):
        report = core.outreach.import_people(search_export(tmp_path / "c.csv", cohort_rows(500, numbers)),
                                             name="Shielding")
        assert report.added == 500
        ids = core.outreach.call_ids(report.cohort_id)
        for member in ids[:40]:
            core.outreach.record(member, "no_answer", retry_in_days=1)
        for member in ids[40:50]:
            core.outreach.record(member, "spoke", needs=["food_insecurity"])
        core.outreach.record(ids[50], "referral_opened", needs=["loneliness"])
    with clock.pinned("2026-12-02T09:00:00+00:00"):
        for member in ids[:2]:  # two retries, answered this time
            core.outreach.record(member, "spoke", needs=["digital_skills"])
        progress = core.outreach.progress(report.cohort_id)
        assert progress.sentence() == "13 of 500 reached, 38 to try again today, 449 not tried yet."
        assert progress.referrals == 1 and progress.needs_found == 13
        assert core.outreach.call_ids(report.cohort_id)[:38] == ids[2:40]
        (summary,) = core.outreach.cohorts()
        assert summary.as_json()["progress"] == progress.sentence()
        # the commissioner report's outreach section, as the dashboard and the PDF read it
        report = core.reports.build(date(2026, 11, 1), date(2026, 12, 31))
        shielding = report.table("outreach_by_list").row("Shielding")
        assert [c.n for c in shielding.cells] == [500, 13, 13, 0, 1]  # type: ignore[attr-defined]
        (practice,) = report.table("outreach_by_practice").rows
        assert practice.label == "No practice recorded"  # the list's practice is not one Linkwell knows
        assert report.table("referrals_by_source").cell("total", "Referrals").n == 1  # type: ignore[union-attr]
        assert report.sections[-1].title == "Proactive outreach"
        before = core.reports.build(date(2026, 11, 1), date(2026, 11, 30))  # before any call was made
        assert [c.n for c in before.table("outreach_by_list").row("Shielding").cells] == [500, 0, 0, 0, 0]  # type: ignore[attr-defined]
        pdf = tmp_path / "report.pdf"
        core.reports.export(date(2026, 11, 1), date(2026, 12, 31), pdf=pdf)
        import subprocess

        text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert "Proactive outreach" in text and "Shielding 500 13 13 0 <5" in text  # fewer than 5 suppressed


def test_an_erased_person_leaves_the_cohort_too(core: Linkwell, tmp_path: Path, pinned: None) -> None:
    numbers = nhs_numbers(19)
    person = core.caseload.add_person(given_name="Siân", family_name="O'Brien 0", nhs_number=numbers[0],
                                      date_of_birth=date(1940, 1, 1)).created_id
    report = core.outreach.import_people(search_export(tmp_path / "c.csv", cohort_rows(2, numbers)), name="X")
    assert report.matched == 1
    core.privacy.erase(person)
    names = [r.name for r in core.outreach.call_rows(core.outreach.call_ids(report.cohort_id))]
    assert names == ["Łukasz O'Brien 1"]


def test_a_dry_run_changes_nothing(db: Database, tmp_path: Path, pinned: None) -> None:
    core = Linkwell(db)
    report = core.outreach.import_people(search_export(tmp_path / "c.csv", cohort_rows(3, nhs_numbers(23))),
                                         name="Trial", dry_run=True)
    assert report.added == 3 and report.dry_run
    assert core.outreach.cohorts() == []
