"""Recording measures on a referral, reading them back scored, and the change from baseline."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from app.domain.instruments import load_instruments
from app.errors import InvalidInput, NotFound
from app.services.audit import Audit
from app.services.caseload.facade import Caseload
from app.services.measures import Measures, add_demo_measures
from app.storage.database import Database

ONS4 = {"satisfied": 4, "worthwhile": 5, "happy": 3, "anxious": 8}


def _when(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 11, tzinfo=UTC)


@pytest.fixture
def episode(db: Database) -> tuple[str, str]:
    caseload = Caseload(db, actor="test")
    pid = caseload.add_person(given_name="Zoë", family_name="Łukasz").created_id
    eid = caseload.refer(pid, referral_date=date(2026, 7, 1), referral_source="gp", reasons=["loneliness"]).created_id
    return pid, eid


@pytest.fixture
def measures(db: Database) -> Measures:
    return Measures(db, actor="Wren", instruments=load_instruments([]))


def test_recorded_measure_comes_back_scored_and_banded(measures: Measures, episode: tuple[str, str]) -> None:
    pid, eid = episode
    measures.record(eid, "ons4", "baseline", ONS4, taken_at=_when(7, 13))
    measures.record(eid, "ucla3", "baseline", {"companionship": 3, "left_out": 3, "isolated": 2, "lonely": 5},
                    taken_at=_when(7, 13))
    found = measures.for_person(pid)
    assert [(m.instrument, m.timepoint) for m in found] == [("ons4", "baseline"), ("ucla3", "baseline")]
    ons4 = {s.id: (s.value, s.band) for s in found[0].scores}
    assert ons4 == {"satisfied": (4, "Low"), "worthwhile": (5, "Medium"), "happy": (3, "Low"), "anxious": (8, "High")}
    ucla = {s.id: (s.value, s.band) for s in found[1].scores}
    assert ucla == {"total": (8, None), "lonely": (5, "Often/always")}
    assert found[0].taken_at == _when(7, 13) and found[0].to_json()["scores"][3]["better"] == "lower"
    assert measures.for_episode(eid) == found


def test_change_runs_from_baseline_to_the_latest_follow_up(measures: Measures, episode: tuple[str, str]) -> None:
    _, eid = episode
    measures.record(eid, "ons4", "baseline", ONS4, taken_at=_when(7, 13))
    assert measures.changes(eid) == []  # no follow-up yet
    measures.record(eid, "ons4", "review", {"satisfied": 5, "worthwhile": 5, "happy": 3, "anxious": 9},
                    taken_at=_when(8, 20))
    measures.record(eid, "ons4", "closure", {"satisfied": 7, "worthwhile": 5, "happy": 2, "anxious": 4},
                    taken_at=_when(9, 10))
    changes = {c.score: c for c in measures.changes(eid)}
    assert (changes["satisfied"].change, changes["satisfied"].improved) == (3, True)
    assert (changes["worthwhile"].change, changes["worthwhile"].improved) == (0, False)
    assert (changes["happy"].change, changes["happy"].improved) == (-1, False)
    assert (changes["anxious"].change, changes["anxious"].improved) == (-4, True)  # anxiety reads the other way
    assert changes["anxious"].follow_up_timepoint == "closure" and changes["anxious"].follow_up_at == _when(9, 10)


def test_recording_is_audited_and_a_correction_keeps_the_old_answers(
        db: Database, measures: Measures, episode: tuple[str, str]) -> None:
    pid, eid = episode
    rid = measures.record(eid, "ons4", "baseline", ONS4, taken_at=_when(7, 13)).created_id
    assert rid is not None
    measures.correct(rid, ONS4 | {"happy": 6})
    assert measures.for_episode(eid)[0].answers["happy"] == 6
    events = Audit(db).events(person_id=pid)
    assert [e.action for e in events][-2:] == ["create", "edit"] and events[-2].actor == "Wren"
    assert events[-2].detail == "recorded ONS4 (baseline)"
    assert json.dumps(ONS4, sort_keys=True) in events[-1].detail


@pytest.mark.parametrize(("instrument", "timepoint", "answers", "when", "error", "message"), [
    ("ons4", "intake", ONS4, _when(7, 13), InvalidInput, "'intake' is not a timepoint"),
    ("wemwbs", "baseline", ONS4, _when(7, 13), NotFound, "There is no instrument 'wemwbs'"),
    ("ons4", "baseline", ONS4 | {"happy": 12}, _when(7, 13), InvalidInput, "'12' is not an answer"),
    ("ons4", "baseline", ONS4, _when(6, 30), InvalidInput, "before the referral"),
    ("ons4", "baseline", ONS4, datetime(2099, 1, 1, tzinfo=UTC), InvalidInput, "in the future"),
])
def test_bad_measures_are_refused(measures: Measures, episode: tuple[str, str], instrument: str, timepoint: str,
                                  answers: dict[str, int], when: datetime, error: type[Exception],
                                  message: str) -> None:
    with pytest.raises(error, match=message):
        measures.record(episode[1], instrument, timepoint, answers, taken_at=when)
    assert measures.for_episode(episode[1]) == []


def test_one_baseline_and_follow_ups_after_it(measures: Measures, episode: tuple[str, str]) -> None:
    _, eid = episode
    measures.record(eid, "ons4", "review", ONS4, taken_at=_when(7, 10))
    with pytest.raises(InvalidInput, match="A baseline must come before the follow-ups"):
        measures.record(eid, "ons4", "baseline", ONS4, taken_at=_when(7, 13))
    measures.record(eid, "ons4", "baseline", ONS4, taken_at=_when(7, 5))
    with pytest.raises(InvalidInput, match="already has its ONS4 baseline"):
        measures.record(eid, "ons4", "baseline", ONS4, taken_at=_when(7, 6))
    with pytest.raises(InvalidInput, match="must come after the baseline"):
        measures.record(eid, "ons4", "closure", ONS4, taken_at=_when(7, 4))
    measures.record(eid, "ucla3", "baseline", {"companionship": 1, "left_out": 1, "isolated": 1},
                    taken_at=_when(7, 13))  # another instrument has its own baseline
    assert len(measures.for_episode(eid)) == 3


def test_unknown_ids_are_refused(measures: Measures) -> None:
    with pytest.raises(NotFound, match="There is no referral"):
        measures.record("0" * 32, "ons4", "baseline", ONS4)
    with pytest.raises(NotFound, match="not a person id"):
        measures.for_person("nobody")


def test_demo_measures_are_plausible_and_added_once(demo_db: Database) -> None:
    added = add_demo_measures(demo_db, seed=7)
    assert added > 20
    assert add_demo_measures(demo_db, seed=7) == 0
    instruments = load_instruments([])
    con = demo_db.connect()
    try:
        rows = con.execute(
            """SELECT m.episode_id, m.instrument, m.timepoint, m.taken_at, m.answers,
                      (SELECT min(changed_at) FROM episodestatuschange h
                       WHERE h.episode_id = m.episode_id AND h.to_status = 'what_matters')
               FROM measureresponse m""").fetchall()
    finally:
        con.close()
    assert len(rows) == added
    baselines = {(e, i): t for e, i, tp, t, _, _ in rows if tp == "baseline"}
    for episode, instrument, timepoint, taken, answers, talked in rows:
        assert talked is not None and taken > talked  # only referrals that reached what matters
        instruments.get(instrument).check_answers(json.loads(answers))  # every answer is allowed
        if timepoint != "baseline":
            assert taken > baselines[(episode, instrument)]
    assert any(r[2] == "closure" for r in rows) and any(r[2] == "review" for r in rows)
