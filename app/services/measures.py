"""The measures façade: record wellbeing and loneliness measures on a referral, read them back scored,
and see the change from the baseline to the latest follow-up.

A baseline is taken at the what-matters conversation; follow-ups at reviews and at closure. Each
referral has at most one baseline per instrument (a mistake in it is put right with ``correct``);
a follow-up cannot be dated before the baseline.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from app.domain.base import utcnow
from app.domain.instruments import TIMEPOINTS, InstrumentSet, load_instruments, pick_pair
from app.domain.models import Episode, MeasureResponse
from app.errors import InvalidInput, NotFound
from app.services import audit
from app.services.changes import Changes
from app.services.lookup import get_record
from app.storage.database import Database
from app.i18n import short_date, translate


@dataclass(frozen=True)
class ScoreView:
    id: str
    label: str
    value: float | None
    band: str | None
    better: str  # higher or lower


@dataclass(frozen=True)
class MeasureView:
    id: str
    episode_id: str
    instrument: str
    instrument_name: str
    timepoint: str
    taken_at: datetime
    answers: dict[str, int]
    scores: tuple[ScoreView, ...]

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["taken_at"] = self.taken_at.isoformat()
        out["scores"] = [asdict(s) for s in self.scores]
        return out


@dataclass(frozen=True)
class ScoreChange:
    """One score's change on one referral: follow-up minus baseline, and whether that is better."""

    instrument: str
    score: str
    label: str
    better: str
    baseline: float
    follow_up: float
    change: float
    improved: bool
    baseline_at: datetime
    follow_up_at: datetime
    follow_up_timepoint: str


def _as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _parse_uuid(value: str, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise NotFound(translate("measures", "{value} is not a {what} id.").format(value=repr(value), what=what)) from None


def _say(moment: datetime) -> str:
    return short_date(moment)


class Measures:
    def __init__(self, db: Database, *, actor: str | None = None, instruments: InstrumentSet | None = None) -> None:
        from app.services.caseload.facade import default_actor

        self.db = db
        self.actor = actor or default_actor(db)
        self.instruments = instruments if instruments is not None else load_instruments()

    def using(self, instruments: InstrumentSet) -> Measures:
        """The same façade reading and scoring with ``instruments`` (the set a window read once)."""
        return Measures(self.db, actor=self.actor, instruments=instruments)

    # --- recording ---------------------------------------------------------------------------

    def record(
        self,
        episode_id: str,
        instrument: str,
        timepoint: str,
        answers: dict[str, Any],
        *,
        taken_at: datetime | None = None,
    ) -> Changes:
        """Record one completed questionnaire on a referral. Refused with a sentence if the answers,
        the timepoint or the date do not fit."""
        definition = self.instruments.get(instrument)
        if timepoint not in TIMEPOINTS:
            raise InvalidInput(translate("measures", "{timepoint} is not a timepoint; use one of: {join}.").format(timepoint=repr(timepoint), join=', '.join(TIMEPOINTS)))
        checked = definition.check_answers(answers)
        when = _as_utc(taken_at) if taken_at else utcnow()
        if when > utcnow() + timedelta(minutes=5):
            raise InvalidInput(translate("measures", "A measure cannot be dated in the future ({say}).").format(say=_say(when)))
        with self.db.session() as session:
            episode = self._episode(session, episode_id)
            if when.date() < episode.referral_date:
                raise InvalidInput(translate("measures", "A measure cannot be dated {say}, before the referral ({referral_date}).").format(say=_say(when), referral_date=short_date(episode.referral_date)))
            earlier = session.exec(select(MeasureResponse).where(
                MeasureResponse.episode_id == episode.id, MeasureResponse.instrument == instrument)).all()
            baseline = next((r for r in earlier if r.timepoint == "baseline"), None)
            if timepoint == "baseline" and baseline is not None:
                raise InvalidInput(translate("measures", "This referral already has its {short_name} baseline (taken {say}); correct that one instead.").format(short_name=definition.short_name, say=_say(baseline.taken_at)))
            if timepoint == "baseline":
                follow = [r for r in earlier if _as_utc(r.taken_at) <= when]
                if follow:
                    raise InvalidInput(translate("measures", "A baseline must come before the follow-ups; there is a {short_name} {timepoint} from {say}.").format(short_name=definition.short_name, timepoint=follow[0].timepoint, say=_say(follow[0].taken_at)))
            elif baseline is not None and when <= _as_utc(baseline.taken_at):
                raise InvalidInput(translate("measures", "A follow-up must come after the baseline, taken {say}.").format(say=_say(baseline.taken_at)))
            response = MeasureResponse(episode_id=episode.id, instrument=instrument, timepoint=timepoint,
                                       taken_at=when, answers=checked)
            session.add(response)
            person_id = str(episode.person_id)
            audit.record(session, actor=self.actor, action="create", person_id=person_id,
                         detail=f"recorded {definition.short_name} ({timepoint})")
        return Changes(person_ids=frozenset({person_id}), created_id=str(response.id))

    def correct(self, response_id: str, answers: dict[str, Any]) -> Changes:
        """Put right the answers of a response recorded by mistake (the change is audited)."""
        with self.db.session() as session:
            response = session.get(MeasureResponse, _parse_uuid(response_id, "measure"))
            if response is None:
                raise NotFound(translate("measures", "There is no measure with id {response_id}.").format(response_id=response_id))
            definition = self.instruments.get(response.instrument)
            before = dict(response.answers)
            response.answers = definition.check_answers(answers)
            session.add(response)
            person_id = str(get_record(session, Episode, response.episode_id, "referral").person_id)
            audit.record(session, actor=self.actor, action="edit", person_id=person_id,
                         detail=f"corrected {definition.short_name} ({response.timepoint}) "
                                f"from {json.dumps(before, sort_keys=True)}")
        return Changes(person_ids=frozenset({person_id}))

    # --- reading (within the record view, which audits the viewing) ------------------------------

    def for_episode(self, episode_id: str) -> list[MeasureView]:
        with self.db.session() as session:
            episode = self._episode(session, episode_id)
            rows = session.exec(select(MeasureResponse).where(MeasureResponse.episode_id == episode.id)
                                .order_by(col(MeasureResponse.taken_at))).all()
        return [self._view(r) for r in rows]

    def for_person(self, person_id: str) -> list[MeasureView]:
        """Every measure on every referral of the person, oldest first."""
        pid = _parse_uuid(person_id, "person")
        with self.db.session() as session:
            rows = session.exec(select(MeasureResponse).join(Episode, col(Episode.id) == MeasureResponse.episode_id)
                                .where(Episode.person_id == pid).order_by(col(MeasureResponse.taken_at))).all()
        return [self._view(r) for r in rows]

    def changes(self, episode_id: str) -> list[ScoreChange]:
        """For each instrument with a baseline and a follow-up: every score's change."""
        views = self.for_episode(episode_id)
        out: list[ScoreChange] = []
        for instrument in dict.fromkeys(v.instrument for v in views):
            pair = pick_pair([(v.timepoint, v.taken_at, v) for v in views if v.instrument == instrument])
            if pair is None or instrument not in self.instruments:
                continue
            before, after = pair
            definition = self.instruments.get(instrument)
            for score in definition.scores:
                b = next(s.value for s in before.scores if s.id == score.id)
                a = next(s.value for s in after.scores if s.id == score.id)
                if a is None or b is None:
                    continue
                change = round(a - b, score.decimals)
                out.append(ScoreChange(instrument=instrument, score=score.id, label=score.label, better=score.better,
                                       baseline=b, follow_up=a, change=change, improved=score.improved(change),
                                       baseline_at=before.taken_at, follow_up_at=after.taken_at,
                                       follow_up_timepoint=after.timepoint))
        return out

    def _view(self, row: MeasureResponse) -> MeasureView:
        scores: tuple[ScoreView, ...] = ()
        name = row.instrument
        if row.instrument in self.instruments:  # a definition since removed still shows its answers
            definition = self.instruments.get(row.instrument)
            name = definition.name
            values = definition.scores_for(row.answers)
            scores = tuple(ScoreView(s.id, s.label, values[s.id], s.band(values[s.id]), s.better)
                           for s in definition.scores)
        return MeasureView(id=str(row.id), episode_id=str(row.episode_id), instrument=row.instrument,
                           instrument_name=name, timepoint=row.timepoint, taken_at=_as_utc(row.taken_at),
                           answers=dict(row.answers), scores=scores)

    @staticmethod
    def _episode(session: Session, episode_id: str) -> Episode:
        episode = session.get(Episode, _parse_uuid(episode_id, "referral"))
        if episode is None:
            raise NotFound(translate("measures", "There is no referral with id {episode_id}.").format(episode_id=episode_id))
        return episode


# --- demo data ------------------------------------------------------------------------------


def add_demo_measures(db: Database, seed: int) -> int:
    """Plausible ONS4 and UCLA-3 answers for a demo caseload: a baseline at each what-matters
    conversation, follow-ups at the first review and at closure after it. About one referral in
    eight has no follow-up recorded. Referrals that already have measures are left alone.
    Returns the number of responses added."""
    rng = random.Random(seed)
    con = db.connect()
    try:
        rows = con.execute(
            """SELECT e.id, e.device_id, e.reasons,
                      min(CASE WHEN h.to_status = 'what_matters' THEN h.changed_at END),
                      min(CASE WHEN h.to_status = 'review' THEN h.changed_at END),
                      min(CASE WHEN h.to_status = 'closed' THEN h.changed_at END)
               FROM episode e JOIN episodestatuschange h ON h.episode_id = e.id
               WHERE NOT EXISTS (SELECT 1 FROM measureresponse m WHERE m.episode_id = e.id)
               GROUP BY e.id HAVING min(CASE WHEN h.to_status = 'what_matters' THEN 1 END) = 1
               ORDER BY e.referral_date, e.id""").fetchall()
        out: list[tuple[Any, ...]] = []
        for eid, device, reasons, talked, reviewed, closed in rows:
            baseline_at = datetime.fromisoformat(talked)
            follow = [(tp, datetime.fromisoformat(at)) for tp, at in (("review", reviewed), ("closure", closed))
                      if at and datetime.fromisoformat(at) > baseline_at]
            if rng.random() < 0.125:
                follow = []  # a follow-up that was never recorded
            lonely = "loneliness" in json.loads(reasons) or rng.random() < 0.6
            for instrument, answers in _demo_answers(rng, len(follow), lonely):
                for (timepoint, at), given in zip([("baseline", baseline_at), *follow], answers, strict=True):
                    at += timedelta(minutes=20)
                    stamp = at.isoformat(sep=" ")
                    out.append((uuid.uuid4().hex, stamp, stamp, device, eid, instrument, timepoint, stamp,
                                json.dumps(given)))
        with con:
            con.executemany(
                """INSERT INTO measureresponse (id, created_at, updated_at, device_id, episode_id, instrument,
                                                timepoint, taken_at, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                out)
        return len(out)
    finally:
        con.close()


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _demo_answers(rng: random.Random, follow_ups: int, lonely: bool) -> list[tuple[str, list[dict[str, int]]]]:
    """Baseline answers typical of people referred to link work, then gains that are usually modest."""
    start = {"satisfied": rng.gauss(4.4, 2.0), "worthwhile": rng.gauss(5.0, 2.0),
             "happy": rng.gauss(4.6, 2.2), "anxious": rng.gauss(6.0, 2.4)}
    ons4, gain = [], 0.0
    for _ in range(1 + follow_ups):
        ons4.append({k: _clamp(v + (-gain if k == "anxious" else gain) + rng.gauss(0, 0.8), 0, 10)
                     for k, v in start.items()})
        gain += rng.gauss(1.1, 1.3)
    out = [("ons4", ons4)]
    if lonely:
        items = {"companionship": rng.choice((2, 2, 3, 3, 3)), "left_out": rng.choice((1, 2, 2, 3)),
                 "isolated": rng.choice((2, 2, 3, 3))}
        direct = rng.choice((3, 4, 4, 5))
        ucla = []
        for k in range(1 + follow_ups):
            given = {i: _clamp(v - (k and rng.random() < 0.35 * k) + (rng.random() < 0.08), 1, 3)
                     for i, v in items.items()}
            given["lonely"] = _clamp(direct - (k and rng.random() < 0.4 * k), 1, 5)
            ucla.append(given)
        out.append(("ucla3", ucla))
    return out
