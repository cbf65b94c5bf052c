"""The personalised care and support plan of one referral, and its "what matters" conversation.

Goals are in the person's own words; each has actions with an owner and a date. Every public call
is one unit of work, is audited, and returns ``Changes``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from app.domain.base import utcnow
from app.domain.models import Episode, PlanAction, PlanGoal, Practice
from app.errors import InvalidInput
from app.services import audit
from app.services.actor import default_actor
from app.services.changes import Changes
from app.services.lookup import get_record
from app.storage.database import Database
from app.i18n import translate

GOAL_STATUSES = ("open", "achieved", "dropped")


class Plans:
    def __init__(self, db: Database, *, actor: str | None = None) -> None:
        self.db = db
        self.actor = actor or default_actor(db)

    def _audit(self, session: Session, person_id: object, detail: str) -> None:
        audit.record(session, actor=self.actor, action="edit", person_id=str(person_id), detail=detail)

    def record_what_matters(self, episode_id: str, *, what_matters: str, strengths: str = "") -> Changes:
        """What matters to the person, and their strengths, in their own words."""
        with self.db.session() as session:
            episode = get_record(session, Episode, episode_id, "referral")
            episode.what_matters, episode.strengths = what_matters.strip(), strengths.strip()
            session.add(episode)
            self._audit(session, episode.person_id, "recorded what matters")
        return Changes(person_ids=frozenset({str(episode.person_id)}))

    def add_goal(self, episode_id: str, *, text: str, target_date: date | None = None) -> Changes:
        text = text.strip()
        if not text:
            raise InvalidInput(translate("caseload", "A goal needs some words: what the person wants, in their own words."))
        with self.db.session() as session:
            episode = get_record(session, Episode, episode_id, "referral")
            goal = PlanGoal(episode_id=episode.id, text=text, target_date=target_date)
            session.add(goal)
            self._audit(session, episode.person_id, "added a plan goal")
        return Changes(person_ids=frozenset({str(episode.person_id)}), created_id=str(goal.id))

    def set_goal_status(self, goal_id: str, status: str) -> Changes:
        if status not in GOAL_STATUSES:
            raise InvalidInput(translate("caseload", "{status} is not a goal status; use one of: {join}.").format(status=repr(status), join=', '.join(GOAL_STATUSES)))
        with self.db.session() as session:
            goal = get_record(session, PlanGoal, goal_id, "goal")
            goal.status = status
            session.add(goal)
            person_id = get_record(session, Episode, goal.episode_id, "referral").person_id
            self._audit(session, person_id, f"goal marked {status}")
        return Changes(person_ids=frozenset({str(person_id)}))

    def add_action(self, goal_id: str, *, text: str, owner: str = "", due_date: date | None = None) -> Changes:
        text = text.strip()
        if not text:
            raise InvalidInput(translate("caseload", "An action needs some words: what will be done."))
        with self.db.session() as session:
            goal = get_record(session, PlanGoal, goal_id, "goal")
            action = PlanAction(goal_id=goal.id, text=text, owner=owner.strip(), due_date=due_date)
            session.add(action)
            person_id = get_record(session, Episode, goal.episode_id, "referral").person_id
            self._audit(session, person_id, "added a plan action")
        return Changes(person_ids=frozenset({str(person_id)}), created_id=str(action.id))

    def mark_action_done(self, action_id: str, done: bool = True) -> Changes:
        with self.db.session() as session:
            action = get_record(session, PlanAction, action_id, "action")
            action.done_at = utcnow() if done else None
            session.add(action)
            goal = get_record(session, PlanGoal, action.goal_id, "goal")
            person_id = get_record(session, Episode, goal.episode_id, "referral").person_id
            self._audit(session, person_id, "plan action done" if done else "plan action reopened")
        return Changes(person_ids=frozenset({str(person_id)}))

    def plan(self, episode_id: str) -> dict[str, Any]:
        """What matters, strengths, and the goals with their actions, oldest first."""
        with self.db.session() as session:
            episode = get_record(session, Episode, episode_id, "referral")
            goals = session.exec(select(PlanGoal).where(PlanGoal.episode_id == episode.id)
                                 .order_by(col(PlanGoal.created_at))).all()
            out = []
            for goal in goals:
                actions = session.exec(select(PlanAction).where(PlanAction.goal_id == goal.id)
                                       .order_by(col(PlanAction.created_at))).all()
                out.append({
                    "id": str(goal.id), "text": goal.text, "status": goal.status,
                    "target_date": goal.target_date.isoformat() if goal.target_date else None,
                    "actions": [
                        {"id": str(a.id), "text": a.text, "owner": a.owner,
                         "due_date": a.due_date.isoformat() if a.due_date else None,
                         "done": a.done_at is not None}
                        for a in actions
                    ],
                })
            return {"what_matters": episode.what_matters, "strengths": episode.strengths, "goals": out}


# --- small look-ups the person screens need ----------------------------------------------------


def practice_choices(db: Database) -> list[tuple[str, str]]:
    """(id, name) of every practice, by name, for a picker."""
    with db.session() as session:
        rows = session.exec(select(Practice).order_by(col(Practice.name))).all()
        return [(str(p.id), p.name) for p in rows]


__all__ = ["GOAL_STATUSES", "Plans", "practice_choices"]
