"""The GP letter carries the PRSB Social Prescribing Information Standard's "message back to GP and
referrer" sections, as headings in the standard's order (docs/gp-connect.md has the table)."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from app import clock
from app.services.caseload.facade import Caseload
from app.services.letters import Letters
from app.services.measures import Measures
from app.storage.database import Database

# Each heading, in the order the letter gives them; the PRSB element each one carries is in docs/gp-connect.md.
PRSB_HEADINGS = (
    "About the person",  # demographics: name, date of birth, NHS number, address
    "GP practice",
    "Referral",  # date, who referred, reasons
    "Social prescribing service",  # the link worker: name, role, organisation, contact
    "Status of social prescribing",  # accepted or declined, now, ended and why
    "What matters to",
    "Personalised care and support plan",  # goals and agreed actions
    "Outcome measures",  # instrument, timepoint, date, scores
    "Services and activities connected to",  # service, status, from when
    "Next steps",
    "Codes for the record (SNOMED CT)",
    "Consent to share",
)
CODES_ONLY_HEADINGS = ("About the person", "GP practice", "Referral", "Social prescribing service",
                       "Status of social prescribing", "Codes for the record (SNOMED CT)", "Consent to share")


def _lines(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "gp.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [line.strip() for line in out.splitlines()]


def _in_order(lines: list[str], headings: tuple[str, ...]) -> list[int]:
    """The line each heading stands on, searching on from the previous one (so out of order fails)."""
    found, start = [], 0
    for heading in headings:
        at = next(i for i in range(start, len(lines)) if lines[i].startswith(heading))
        found.append(at)
        start = at + 1
    return found


def test_gp_letter_has_every_prsb_heading_in_order(demo_db: Database, tmp_path: Path) -> None:
    letters = Letters(demo_db)
    people = [p for p in Caseload(demo_db).summaries() if p["status"] is not None]
    # A demo person who agreed to share, with a plan and connections; the demo's referrals hold no measures,
    # so ONS4 before and after is recorded on theirs, as a link worker would.
    rich = next(p for p in people if (c := letters.gp_context(p["id"])).shares_detail and c.goals
                and c.connections and c.episode.what_matters and c.codes)
    episode = max(Caseload(demo_db).person_detail(rich["id"])["episodes"], key=lambda e: str(e["referral_date"]))
    # Dated from the project's clock (any day the suite runs): the baseline on the referral's day or a day
    # ago, whichever is later, and the review now.
    now = clock.now()
    referred = datetime.combine(date.fromisoformat(str(episode["referral_date"])[:10]), time(0), UTC)
    for timepoint, when, score in (("baseline", max(referred, now - timedelta(days=1)), 3), ("review", now, 6)):
        Measures(demo_db).record(episode["id"], "ons4", timepoint,
                                 {"satisfied": score, "worthwhile": score, "happy": score, "anxious": 9 - score},
                                 taken_at=when)
    context = letters.gp_context(rich["id"])
    lines = _lines(letters.gp_letter(rich["id"]), tmp_path)
    assert len(_in_order(lines, PRSB_HEADINGS)) == len(PRSB_HEADINGS)
    text = " ".join(" ".join(lines).split())
    for value in (context.person.nhs_number, context.practice.name, context.worker.name,
                  context.connections[0].service.name, context.measures[0].instrument, context.codes[0].id):
        assert value in text, value
    assert ("Safeguarding" in lines) == bool(context.person.safeguarding_flag)  # only when a concern is open


def test_codes_only_gp_letter_keeps_to_identifiers_dates_and_codes(demo_db: Database, tmp_path: Path) -> None:
    letters = Letters(demo_db)
    people = [p for p in Caseload(demo_db).summaries() if p["status"] is not None]
    refused = next(p for p in people if not (c := letters.gp_context(p["id"])).shares_detail and c.codes)
    lines = _lines(letters.gp_letter(refused["id"]), tmp_path)
    _in_order(lines, CODES_ONLY_HEADINGS)
    for detail in ("What matters to", "Personalised care and support plan", "Outcome measures",
                   "Services and activities connected to", "Next steps", "Safeguarding", "Reasons", "Address"):
        assert not any(line.startswith(detail) for line in lines), detail
    assert any("holds identifiers, dates and codes only" in line for line in lines)
