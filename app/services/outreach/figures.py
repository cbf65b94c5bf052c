"""Outreach in the commissioner report and the dashboard: for each outreach list, and by practice, the people on
it and, from the calls made in the period, how many were reached, told of a need, offered support, or had a
referral opened. Counts under 5 are suppressed when shown, as every figure of the report is
(``app.domain.figures.show``).

A person's practice is their caseload record's when they are on it, else the practice the list gave (its name
or ODS code); with practices chosen, only people of those practices count.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from app.domain.figures import Count
from app.domain.outreach import REACHED
from app.domain.report import Row, Scope, Section, Table

COLUMNS = ("People on the list", "Reached", "Needs found", "Support offered", "Referrals opened")
SECTION = Section(
    "Proactive outreach",
    "People on outreach lists (lists a practice asked the team to contact, who were not referred) and what came "
    "of the calls made to them in the period. A referral opened here is also counted under Referrals.",
    ("table:outreach_by_list", "table:outreach_by_practice"))
NO_PRACTICE = "No practice recorded"


def outreach_tables(con: Any, scope: Scope) -> dict[str, Table]:
    """The two outreach tables, or none when no one on a list falls within the report."""
    practices = {p.hex_id: p for p in con.execute("SELECT id, ods_code, name FROM practice").fetchall()
                 for p in [_P(*p)]}
    by_words = {w.casefold(): p.name for p in practices.values() for w in (p.name, p.ods_code)}
    chosen = {p.name for p in scope.practices}
    members = con.execute(
        "SELECT m.id, c.name, m.practice, p.practice_id FROM cohortmember m JOIN cohort c ON c.id = m.cohort_id "
        "LEFT JOIN person p ON p.id = m.person_id ORDER BY c.created_at, c.name").fetchall()
    calls = con.execute(
        "SELECT member_id, outcome, needs FROM cohortcall WHERE called_at >= ? AND called_at < ?",
        (scope.start_ts, scope.end_ts)).fetchall()
    done: dict[str, set[str]] = defaultdict(set)  # member -> what came of their calls in the period
    for member, outcome, needs in calls:
        if outcome in REACHED:
            done[member].add("reached")
        if needs and json.loads(needs):
            done[member].add("needs")
        if outcome in ("support_offered", "referral_opened"):
            done[member].add(outcome)
    lists: dict[str, list[str]] = defaultdict(list)
    places: dict[str, list[str]] = defaultdict(list)
    for member, cohort, practice_words, practice_id in members:
        practice = (practices[practice_id].name if practice_id in practices
                    else by_words.get((practice_words or "").strip().casefold(), ""))
        if chosen and practice not in chosen:
            continue
        lists[cohort].append(member)
        places[practice or NO_PRACTICE].append(member)
    if not lists:
        return {}

    def row(key: str, label: str, people: list[str]) -> Row:
        return Row(key, label, (Count(len(people)),) + tuple(
            Count(sum(1 for m in people if what in done[m]))
            for what in ("reached", "needs", "support_offered", "referral_opened")))

    everyone = [m for group in lists.values() for m in group]
    total = row("total", "All lists", everyone)
    return {
        "outreach_by_list": Table("outreach_by_list", "Outreach lists", COLUMNS,
                                  tuple(row(name, name, people) for name, people in lists.items()), total,
                                  label_header="List"),
        "outreach_by_practice": Table("outreach_by_practice", "Outreach by practice", COLUMNS,
                                      tuple(row(name, name, people) for name, people in sorted(
                                          places.items(), key=lambda kv: (kv[0] == NO_PRACTICE, kv[0].casefold()))),
                                      row("total", "All practices", everyone), label_header="Practice"),
    }


class _P:
    __slots__ = ("hex_id", "name", "ods_code")

    def __init__(self, hex_id: str, ods_code: str, name: str) -> None:
        self.hex_id, self.ods_code, self.name = hex_id, ods_code, name
