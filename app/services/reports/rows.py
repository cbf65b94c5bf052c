"""One row per referral in a report's scope, aligned to the national minimum dataset's four groups
(demographics, needs, support offered, outcomes). The columns are listed in ``COLUMNS`` and
documented in docs/report-csv.md.

Pseudonymised: the file is meant to leave the practice, so it carries Linkwell's record ids, never
names, NHS numbers, dates of birth or addresses. Everything is as it stood at the end of the period.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from datetime import date
from typing import Any

from app.domain.instruments import FOLLOW_UPS, InstrumentSet
from app.services.reports.scope import (
    COHORT,
    LATEST,
    Referral,
    Scope,
    age_band,
    TOUCHED,
    contacts_sql,
    ethnic_group,
    keep_touched,
    connections_made,
    service_categories,
    sex_group,
    snapshot,
)
from app.storage.database import Database

# The built-in measures carried in the file: (instrument, score) in order.
MEASURE_SCORES = (("ons4", "satisfied"), ("ons4", "worthwhile"), ("ons4", "happy"), ("ons4", "anxious"),
                  ("ucla3", "total"), ("ucla3", "lonely"))

COLUMNS = (
    # demographics
    "episode_ref", "person_ref", "practice_ods", "practice_name", "age_band", "sex", "ethnic_category",
    "ethnic_group",
    # needs
    "referral_date", "referral_source", "referral_reasons", "urgency", "consent_to_contact", "unmet_needs",
    # support offered
    "first_contact_date", "days_to_first_contact", "offer_outcome", "what_matters_date", "days_to_what_matters",
    "plan_agreed_date", "contacts", "contact_minutes", "connections", "connections_completed", "connections_open",
    "connections_failed", "service_categories",
    # outcomes
    "status_at_period_end", "closure_reason", "closed_date",
    "ons4_baseline_date", "ons4_follow_up_date",
    *(f"ons4_{s}_{when}" for i, s in MEASURE_SCORES if i == "ons4" for when in ("baseline", "follow_up")),
    "ucla3_baseline_date", "ucla3_follow_up_date",
    *(f"ucla3_{s}_{when}" for i, s in MEASURE_SCORES if i == "ucla3" for when in ("baseline", "follow_up")),
)

_OPEN = ("draft", "requested", "accepted", "in-progress", "on-hold")


def episode_rows(db: Database, scope: Scope, instruments: InstrumentSet) -> list[dict[str, Any]]:
    return list(iter_episode_rows(db, scope, instruments))


def iter_episode_rows(db: Database, scope: Scope, instruments: InstrumentSet) -> Iterator[dict[str, Any]]:
    """The rows one by one, oldest referral first: the CSV is written as they come, never held whole."""
    con = db.connect()
    try:
        con.execute("PRAGMA temp_store = MEMORY")
        snap = snapshot(con, scope)  # keeps the referrals in COHORT, on this connection
        cohort = {r.id for r in snap.referrals}
        end = scope.end_ts
        practices = {i: (ods, name) for i, ods, name in con.execute("SELECT id, ods_code, name FROM practice")}
        status_at_end = {eid: status for eid, status, _ in con.execute(
            f"""SELECT k.id, e.to_status, {LATEST.replace("changed_at", "e.changed_at").replace("rowid", "e.rowid")}
                FROM {COHORT} k
                CROSS JOIN episodestatuschange e INDEXED BY ix_episodestatuschange_steps ON e.episode_id = k.id
                WHERE e.changed_at < ? GROUP BY k.id""", (end,))}
        contacts = _contacts(con, end)
        connections = _connections(con, end, cohort)
        needs = _unmet_needs(con, scope, {r.person_id for r in snap.referrals})
        measures = _measures(con, end, instruments, cohort)
    finally:
        con.close()
    for r in snap.referrals:
        yield _row(r, practices, status_at_end, contacts, connections, needs, measures)


def _contacts(con: Any, end: str) -> dict[str, tuple[int, int]]:
    """Referral -> (contacts, minutes) before ``end``: each contact once by its original row, its length
    the latest version's (``contacts_sql``). Through the narrow index of live rows: the minutes of every
    row, less those of rows a later one corrects; referrals touched by a deletion by the whole rule."""
    touched = keep_touched(con)
    found = {eid: [n, minutes] for eid, n, minutes in con.execute(
        f"""SELECT k.id, sum(c.supersedes_id IS NULL), sum(c.duration_minutes) FROM {COHORT} k
            CROSS JOIN contact c INDEXED BY ix_contact_episode_live ON c.episode_id = k.id
            WHERE c.deleted_at IS NULL AND c.contact_at < ? GROUP BY k.id""", (end,))}
    for eid, minutes in con.execute(
            """SELECT episode_id, sum(duration_minutes) FROM contact
               WHERE id IN (SELECT supersedes_id FROM contact INDEXED BY ix_contact_supersedes_id
                            WHERE supersedes_id IS NOT NULL)
                 AND deleted_at IS NULL AND contact_at < ? GROUP BY episode_id""", (end,)):
        if eid in found:
            found[eid][1] -= minutes
    if touched:
        for (eid,) in con.execute(f"SELECT id FROM {TOUCHED}"):
            found.pop(eid, None)
        found.update({eid: [n, minutes] for eid, n, minutes in con.execute(
            f"""SELECT episode_id, sum(original), sum(CASE WHEN replaced THEN 0 ELSE duration_minutes END)
                FROM ({contacts_sql(f"contact_at < ? AND episode_id IN (SELECT id FROM {TOUCHED})")})
                WHERE episode_id IN (SELECT id FROM {COHORT}) GROUP BY episode_id""", (end,))})
    return {eid: (n, minutes) for eid, (n, minutes) in found.items()}


def _connections(con: Any, end: str, cohort: set[str]) -> dict[str, dict[str, Any]]:
    categories = service_categories(con)
    out: dict[str, dict[str, Any]] = defaultdict(lambda: {"n": 0, "completed": 0, "open": 0, "failed": 0,
                                                          "categories": []})
    for _, eid, sid, status, _ in connections_made(con, end, "", cohort_only=True):
        if eid not in cohort or status == "entered-in-error":
            continue
        found = out[eid]
        found["n"] += 1
        found["completed"] += status == "completed"
        found["open"] += status in _OPEN
        found["failed"] += status in ("failed", "rejected")
        for name in categories.get(sid, []):
            if name not in found["categories"]:
                found["categories"].append(name)
    return out


def _unmet_needs(con: Any, scope: Scope, people: set[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for person, category in con.execute(
            "SELECT person_id, category FROM unmetneed WHERE person_id IS NOT NULL AND recorded_on <= ? "
            "ORDER BY recorded_on", [scope.end.isoformat()]):
        if person in people and category not in out[person]:
            out[person].append(category)
    return out


def _measures(con: Any, end: str, instruments: InstrumentSet,
              cohort: set[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """(episode, instrument) -> baseline and latest follow-up: their dates and scores."""
    grouped: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for eid, instrument, timepoint, taken, answers in con.execute(
            f"""SELECT episode_id, instrument, timepoint, taken_at, answers FROM measureresponse NOT INDEXED
                WHERE taken_at < ? AND instrument IN ('ons4', 'ucla3') AND episode_id IN (SELECT id FROM {COHORT})
                ORDER BY taken_at""", (end,)):
        if eid in cohort:
            grouped[(eid, instrument)].append((timepoint, taken, answers))
    out: dict[tuple[str, str], dict[str, Any]] = {}
    scored = instruments.scorer()
    for (eid, instrument), responses in grouped.items():
        if instrument not in instruments:
            continue
        baseline = next((r for r in responses if r[0] == "baseline"), None)
        follow = [r for r in responses if r[0] in FOLLOW_UPS and (baseline is None or r[1] > baseline[1])]
        found: dict[str, Any] = {}
        for when, chosen in (("baseline", baseline), ("follow_up", follow[-1] if follow else None)):
            if chosen is not None:
                found[f"{when}_date"] = chosen[1][:10]
                found[when] = scored(instrument, chosen[2])
        out[(eid, instrument)] = found
    return out


def _score(value: float | None) -> Any:
    if value is None:
        return ""
    return int(value) if float(value).is_integer() else value


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


_sex_label = cache(lambda sex: sex_group(sex)[1])  # a few distinct values, looked up once each
_ethnic_label = cache(lambda code: ethnic_group(code)[1])
_reasons = cache(lambda reasons: ";".join(json.loads(reasons or "[]")))
_MEASURE_KEYS = tuple((instrument, f"{instrument}_baseline_date", f"{instrument}_follow_up_date",
                       tuple((score, when, f"{instrument}_{score}_{when}") for i, score in MEASURE_SCORES
                             if i == instrument for when in ("baseline", "follow_up")))
                      for instrument in ("ons4", "ucla3"))


def _row(r: Referral, practices: dict[str, tuple[str, str]], status_at_end: dict[str, str],
         contacts: dict[str, tuple[int, int]], connections: dict[str, dict[str, Any]], needs: dict[str, list[str]],
         measures: dict[tuple[str, str], dict[str, Any]]) -> dict[str, Any]:
    ods, practice = practices.get(r.practice_id or "", ("", ""))
    n_contacts, minutes = contacts.get(r.id, (0, 0))
    conn = connections.get(r.id, {"n": 0, "completed": 0, "open": 0, "failed": 0, "categories": []})
    row: dict[str, Any] = {
        "episode_ref": r.id, "person_ref": r.person_id, "practice_ods": ods, "practice_name": practice,
        "age_band": age_band(r.born, r.referral_date)[1], "sex": _sex_label(r.sex),
        "ethnic_category": (r.ethnicity or "").upper(), "ethnic_group": _ethnic_label(r.ethnicity),
        "referral_date": r.referral_date.isoformat(), "referral_source": r.source,
        "referral_reasons": _reasons(r.reasons), "urgency": r.urgency,
        "consent_to_contact": "yes" if r.consent else "no", "unmet_needs": ";".join(needs.get(r.person_id, [])),
        "first_contact_date": _iso(r.contacted),
        "days_to_first_contact": (r.contacted - r.referral_date).days if r.contacted else "",
        "offer_outcome": r.offer,
        "what_matters_date": _iso(r.what_matters),
        "days_to_what_matters": (r.what_matters - r.referral_date).days if r.what_matters else "",
        "plan_agreed_date": _iso(r.planned),
        "contacts": n_contacts or 0, "contact_minutes": minutes or 0,
        "connections": conn["n"], "connections_completed": conn["completed"], "connections_open": conn["open"],
        "connections_failed": conn["failed"], "service_categories": ";".join(conn["categories"]),
        "status_at_period_end": status_at_end.get(r.id) or "referred",
        "closure_reason": (r.closure_reason or "") if r.closed else "",
        "closed_date": _iso(r.closed),
    }
    for instrument, baseline_key, follow_up_key, scores in _MEASURE_KEYS:
        found = measures.get((r.id, instrument), {})
        row[baseline_key] = found.get("baseline_date", "")
        row[follow_up_key] = found.get("follow_up_date", "")
        for score, when, key in scores:
            row[key] = _score(found.get(when, {}).get(score))
    assert tuple(row) == COLUMNS, "the CSV row and its column list must agree"
    return row
