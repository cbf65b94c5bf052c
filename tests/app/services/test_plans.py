from __future__ import annotations

from datetime import date

import pytest

from app.errors import InvalidInput
from app.services.caseload.facade import Caseload
from app.services.caseload.plans import Plans
from app.storage.database import Database


def _episode(db: Database) -> str:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="Ann", family_name="Lee").created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="self", reasons=["loneliness"]).created_id
    assert eid
    return eid


def test_goals_and_actions_make_up_the_plan(db: Database) -> None:
    eid = _episode(db)
    plans = Plans(db)
    plans.record_what_matters(eid, what_matters=" Seeing my grandchildren ", strengths="Good cook")
    goal = plans.add_goal(eid, text="Get out of the house twice a week", target_date=date(2027, 1, 31)).created_id
    action = plans.add_action(goal, text="Try the Tuesday walking group", owner="Ann").created_id
    plans.mark_action_done(action)
    plans.set_goal_status(goal, "achieved")
    plan = plans.plan(eid)
    assert plan["what_matters"] == "Seeing my grandchildren"
    assert plan["strengths"] == "Good cook"
    assert plan["goals"][0]["text"] == "Get out of the house twice a week"
    assert plan["goals"][0]["status"] == "achieved"
    assert plan["goals"][0]["actions"][0] == {
        "id": action, "text": "Try the Tuesday walking group", "owner": "Ann", "due_date": None, "done": True}


def test_a_goal_needs_words_and_a_known_status(db: Database) -> None:
    eid = _episode(db)
    plans = Plans(db)
    with pytest.raises(InvalidInput, match="own words"):
        plans.add_goal(eid, text="  ")
    goal = plans.add_goal(eid, text="Sleep better").created_id
    with pytest.raises(InvalidInput, match="goal status"):
        plans.set_goal_status(goal, "maybe")
