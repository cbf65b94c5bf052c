"""Safeguarding records (issue 16 item 3): category, whom raised with and when, status; every view audited;
letters to services leave them out unless ticked in; the GP summary carries a flag; old notes migrated."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from app.core import Linkwell
from app.domain.models import Service
from app.errors import InvalidInput
from app.storage.database import Database


def _person(core: Linkwell, db: Database) -> tuple[str, str]:
    pid = core.caseload.add_person(given_name="Gwên <&>", family_name="Łazarz 🙂", consent_share_with_gp=True,
                                   date_of_birth=date(1960, 2, 2)).created_id
    assert pid
    eid = core.caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp",
                              reasons=["loneliness"]).created_id
    assert eid
    with db.session() as session:
        service = Service(name="Tea & Chat")
        session.add(service)
    cid = core.caseload.connect(eid, str(service.id)).created_id
    assert cid
    return pid, cid


def _pdftotext(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(data)
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_a_concern_is_recorded_shown_in_words_and_every_view_audited(core: Linkwell, db: Database) -> None:
    pid, _ = _person(core, db)
    assert core.safeguarding.banner(pid) == ""
    core.safeguarding.add(pid, category="financial", raised_with="local_authority_adults",
                          raised_on=date(2026, 11, 20), note="Son takes pension <&> 💷")
    assert core.safeguarding.banner(pid) == "Open safeguarding concern: Financial or material abuse."
    before = len([e for e in core.audit.events(person_id=pid) if e.detail.startswith("viewed the safeguarding")])
    (concern,) = core.safeguarding.concerns(pid)
    core.safeguarding.concerns(pid, viewed_from="the command line")
    views = [e.detail for e in core.audit.events(person_id=pid) if e.detail.startswith("viewed the safeguarding")]
    assert len(views) == before + 2 and views[-1] == "viewed the safeguarding records in the command line"
    assert concern.line == ("Financial or material abuse: raised with the local authority (adult social care) on "
                            "20-Nov-2026. Open.")
    core.safeguarding.update(concern.id, status="closed")
    assert core.safeguarding.banner(pid) == ""
    (closed,) = core.safeguarding.concerns(pid)
    assert closed.status_label == "Closed" and closed.closed_on is not None
    assert core.audit.verify().ok


def test_wrong_codes_and_future_dates_are_refused_in_words(core: Linkwell, db: Database) -> None:
    pid, _ = _person(core, db)
    with pytest.raises(InvalidInput, match="not a safeguarding category"):
        core.safeguarding.add(pid, category="gossip")
    with pytest.raises(InvalidInput, match="still to come"):
        core.safeguarding.add(pid, category="neglect", raised_on=date(2999, 1, 1))


def test_letters_leave_it_out_unless_ticked_and_the_gp_summary_flags_it(core: Linkwell, db: Database,
                                                                       tmp_path: Path) -> None:
    pid, cid = _person(core, db)
    core.safeguarding.add(pid, category="domestic", raised_with="practice_lead", note="Partner controls money")
    plain = _pdftotext(core.letters.referral_letter(cid), tmp_path)
    assert "Domestic abuse" not in plain and "Partner controls" not in plain
    ticked = _pdftotext(core.letters.referral_letter(cid, share=["phone", "safeguarding"]), tmp_path)
    assert "Domestic abuse: raised with the practice's safeguarding lead. Open. Partner controls money" in ticked
    core.letters.set_referral_share(["phone", "safeguarding"])  # never remembered as a default
    assert "safeguarding" not in core.letters.referral_share()
    summary = core.letters.gp_summary(pid)
    assert "Safeguarding concern recorded by the link worker" in summary and "Partner controls" not in summary
    assert "Safeguarding" not in _pdftotext(core.letters.plan_letter(pid), tmp_path)


def test_the_old_risk_note_becomes_an_open_concern(db: Database) -> None:
    """Migration 0016 on a database with a note written before it."""
    from alembic import command

    from app.storage.migrations.runner import config, upgrade

    core = Linkwell(db)
    pid = core.caseload.add_person(given_name="Ann", family_name="Ŵ").created_id
    assert pid
    cfg = config()
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0015")
    with db.connect() as con:
        con.execute("UPDATE person SET risk_note = ? WHERE id = ?", ("Lives with a violent son <&>", pid.replace("-", "")))
        con.commit()
    upgrade(db.engine)
    (concern,) = core.safeguarding.concerns(pid)
    assert (concern.category, concern.status, concern.note) == ("other", "open", "Lives with a violent son <&>")
    assert core.caseload.person_detail(pid)["risk_note"] == ""


def test_person_show_says_a_concern_is_open_without_its_detail(core: Linkwell, db: Database,
                                                               capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import main

    pid, _ = _person(core, db)
    core.safeguarding.add(pid, category="financial", note="Son takes pension")
    monkeypatch.setattr("app.cli._open", lambda _path: db)
    assert main(["person", "show", pid, "--db", str(db.path)]) == 0
    out = capsys.readouterr().out
    assert "OPEN SAFEGUARDING CONCERN: Financial or material abuse" in out and "pension" not in out
    assert main(["person", "show", pid, "--db", str(db.path), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["safeguarding_open"] == ["Financial or material abuse"] and shown["young_person"] is False
