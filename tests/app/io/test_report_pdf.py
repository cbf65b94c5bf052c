"""The commissioner report as PDF (read back with pdftotext) and its charts as SVG, and the CLI."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import pytest

from app import clock
from app.io.report_charts import CHART_KEYS, chart_svg, same_when_exact
from app.io.report_pdf import pdf_bytes
from app.services.reports.facade import Report, Reports
from app.storage.database import Database
from tests.app.services.report_fixture import END, START, Q3
from tests.conftest import PASSPHRASE

SVG = "{http://www.w3.org/2000/svg}"



@pytest.fixture
def report(q3: Q3) -> Report:
    return Reports(q3.db).build(START, END)


def pdftotext(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def test_shared_pdf_has_every_section_and_suppresses_small_numbers(report: Report, tmp_path: Path) -> None:
    text = flat(pdftotext(pdf_bytes(report), tmp_path))
    assert "Social prescribing report" in text and "1 July 2026 to 30 September 2026 · All practices" in text
    for section in report.sections:
        assert section.title in text
    assert "Referrals received 9" in text and "People referred 8" in text
    assert "Waited more than 14 days for first contact <5" in text  # exactly 2
    assert "GP 5 56%" in text and "Self-referral <5 [c]" in text
    assert "Female 6 5 83% 5 100% 0 0%" in text
    assert "UCLA-3: Loneliness score (3 to 9) lower 5 7.4 6.2 -1.2 -3.0 to +0.6 [c]" in text
    assert "Lunch Club full <5 <5 <5" in text
    assert "paired Student t interval" in text and "INTERNAL" not in text


def test_exact_pdf_shows_small_numbers_and_says_it_is_internal(report: Report, tmp_path: Path) -> None:
    text = flat(pdftotext(pdf_bytes(report, exact=True), tmp_path))
    assert "EXACT FIGURES, FOR INTERNAL USE ONLY" in text
    assert "INTERNAL: exact small numbers. Do not share outside the practice." in text  # every page's foot
    assert "Waited more than 14 days for first contact 2" in text
    assert "Self-referral 2 22%" in text
    assert "ONS4: Life satisfaction higher 3 3.7 5.3 +1.7 -2.1 to +5.5 67%" in text
    assert "<5" not in text and "[c]" not in text


def test_typed_names_are_escaped_and_print_in_any_alphabet(q3: Q3, tmp_path: Path) -> None:
    con = q3.db.connect()
    with con:
        con.execute("UPDATE practice SET name = 'Alder & <b>Oak</b> Łódź' WHERE ods_code = 'A81001'")
        con.execute("UPDATE worker SET name = 'Zoë Čapek' WHERE name = 'Wren Link'")
    con.close()
    text = flat(pdftotext(pdf_bytes(Reports(q3.db).build(START, END, ["A81001"]), exact=True), tmp_path))
    assert "Alder & <b>Oak</b> Łódź" in text and "Zoë Čapek 4 6 2" in text


def test_pages_are_numbered(report: Report, tmp_path: Path) -> None:
    pages = pdftotext(pdf_bytes(report), tmp_path).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 3
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, 1))


def _bars(svg: str) -> int:
    """Drawn bars: filled rectangles in a series colour with some width."""
    root = ET.fromstring(svg)
    return sum(1 for r in root.iter(f"{SVG}rect") if "fill: rgb(0%,44%,69%)" in (r.get("style") or "")
               and float(r.get("width", "0")) > 0.01)  # #0072B2, the first series' colour


def _texts(svg: str) -> list[str]:
    return [t.text or "" for t in ET.fromstring(svg).iter(f"{SVG}text")]


def test_charts_as_svg_never_show_more_than_the_tables(report: Report) -> None:
    for key in CHART_KEYS:
        svg = chart_svg(report, key)
        assert ET.fromstring(svg).tag == f"{SVG}svg"
    shared, internal = chart_svg(report, "referrals_by_source"), chart_svg(report, "referrals_by_source", exact=True)
    assert "Referrals by who referred" in _texts(shared) and "Number of referrals" in _texts(shared)
    assert _bars(shared) == 1 and _texts(shared).count("<5") == 3  # GP 5; self 2, nurse 1, pharmacist 1 hidden
    assert _bars(internal) == 4 and "<5" not in _texts(internal)
    assert "DejaVu Sans" in shared  # a font the window can find, not the PDF's internal name
    assert "clipPath" not in shared  # QtSvg would paint it as a black box
    wellbeing = chart_svg(report, "wellbeing_ons4", exact=True)
    assert "Anxiety (lower is better)" in _texts(wellbeing) and "3.7" in _texts(wellbeing)


def test_an_empty_period_still_makes_a_report(db: Database, tmp_path: Path) -> None:
    report = Reports(db).build(START, END)
    text = flat(pdftotext(pdf_bytes(report), tmp_path))
    assert "Referrals received 0" in text and "Nothing to show for this period." in text


def test_cli_makes_the_pdf_and_csv_from_the_demo(demo_db: Database, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import main
    from app.services.measures import add_demo_measures

    add_demo_measures(demo_db, seed=7)
    path = demo_db.path
    demo_db.close()
    monkeypatch.setenv("LINKWELL_PASSPHRASE", PASSPHRASE)
    end = clock.today()
    start = end - timedelta(days=364)
    out, episodes = tmp_path / "report.pdf", tmp_path / "episodes.csv"
    assert main(["report", "--db", str(path), "--from", start.isoformat(), "--to", end.isoformat(),
                 "--out", str(out), "--csv", str(episodes)]) == 0
    text = flat(subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                               check=True).stdout)
    assert "Wellbeing and loneliness" in text and "ONS4: Anxiety lower" in text
    con = Database(path, demo_db.key).connect()
    try:
        expected = con.execute("SELECT count(*) FROM episode WHERE referral_date BETWEEN ? AND ?",
                               (start.isoformat(), end.isoformat())).fetchone()[0]
    finally:
        con.close()
    assert expected > 10 and len(episodes.read_text(encoding="utf-8-sig").splitlines()) == expected + 1
    assert main(["report", "--db", str(path), "--from", "2026-09-30", "--to", "2026-07-01", "--out", str(out)]) == 1


def test_cli_exact_switch(demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    path = demo_db.path
    demo_db.close()
    monkeypatch.setenv("LINKWELL_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "exact.pdf"
    assert main(["report", "--db", str(path), "--from", "2020-01-01", "--to", clock.today().isoformat(),
                 "--practice", "X99101", "--out", str(out), "--exact"]) == 0
    assert "keep them inside the practice" in capsys.readouterr().err
    text = flat(subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                               check=True).stdout)
    assert "EXACT FIGURES" in text and "Riverside Medical Practice" in text


def test_the_dashboard_draws_a_chart_once_when_exact_figures_change_nothing(q3: Q3) -> None:
    found = Reports(q3.db).dashboard(START, END)
    assert found is not None
    report, charts = found
    for key in CHART_KEYS:  # the same pictures as drawing each chart both ways
        assert charts[(key, False)] == chart_svg(report, key)
        assert charts[(key, True)] == chart_svg(report, key, exact=True)
    assert not same_when_exact(report, "referrals_by_source")  # self 2, nurse 1, pharmacist 1: hidden, then shown
    assert charts[("referrals_by_source", True)] != charts[("referrals_by_source", False)]
    found = Reports(q3.db).dashboard(date(2001, 1, 1), date(2001, 3, 31))  # before any referral: nothing to hide
    assert found is not None
    report, charts = found
    assert [key for key in CHART_KEYS if not (same_when_exact(report, key) and charts[(key, True)] is charts[(key, False)])] == []
