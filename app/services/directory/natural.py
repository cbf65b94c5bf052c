"""Natural directory queries: "lonely older man gardening" as a link worker types it.

Each word that carries meaning becomes a group of alternatives: itself (prefix-matched as it is typed)
or, for a need word such as "lonely", the words of the categories it stands for ("befriending",
"friendship"…), from ``resources/reference.json``. Stop words ("a", "the", "for", "who") are left out.
A search first asks for services matching every group; when none does, it takes those matching any,
ranked by how many groups they match. Either way, services open with room come before those that are
full, paused or closed (``by_availability``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from app.paths import load_json_resource

_WORD = re.compile(r"\w+", re.UNICODE)
_UNAVAILABLE = ("temporarily closed", "inactive", "defunct")


@cache
def _vocabulary() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    reference = load_json_resource("reference.json")
    needs = {k: tuple(v) for k, v in reference["search_need_words"].items() if not k.startswith("_")}
    return frozenset(reference["search_stop_words"]), needs


def _quoted(word: str) -> str:
    return '"' + word.replace('"', "") + '"'


def query_groups(text: str) -> list[tuple[str, ...]]:
    """The groups of FTS5 alternatives a query stands for, in the order typed; stop words and single
    letters (the "s" of "men's") left out. All stop words: the words themselves, so nothing is lost."""
    stop, needs = _vocabulary()
    words = [w.casefold() for w in _WORD.findall(text)]
    meant = [w for w in words if w not in stop and len(w) > 1] or [w for w in words if len(w) > 1] or words
    groups: list[tuple[str, ...]] = []
    for word in dict.fromkeys(meant):
        if word in needs:
            groups.append(tuple(dict.fromkeys((_quoted(word), *(_quoted(a) for a in needs[word])))))
        else:
            groups.append((_quoted(word) + "*",))
    return groups


def group_match(group: tuple[str, ...]) -> str:
    return group[0] if len(group) == 1 else "(" + " OR ".join(group) + ")"


def every(groups: Sequence[tuple[str, ...]]) -> str | None:
    """Services matching every group."""
    return " AND ".join(group_match(g) for g in groups) if groups else None


def any_of(groups: Sequence[tuple[str, ...]]) -> str | None:
    """Services matching at least one group."""
    return " OR ".join(group_match(g) for g in groups) if groups else None


def half_typed(groups: Sequence[tuple[str, ...]]) -> list[str]:
    """The index holds word stems ("walking" as "walk"), so a half-typed last word ("walki") finds nothing:
    the same query with its last letters dropped, one to three of them, never below three letters."""
    if not groups or len(groups[-1]) != 1 or not groups[-1][0].endswith('"*'):
        return []
    *done, last = groups
    word = last[0][1:-2]
    return [q for cut in (1, 2, 3) if len(word) - cut >= 3
            for q in [every([*done, (_quoted(word[:-cut]) + "*",)])] if q]


# The same order in SQL, for a list by filters alone: one can join (0) or not (1), then the tier.
AVAILABILITY_SQL = """(s.status != 'active' OR s.capacity = 'full'),
    CASE WHEN s.status != 'active' THEN 3 WHEN s.capacity = 'full' THEN 2 WHEN s.capacity = 'waiting list' THEN 1
    ELSE 0 END"""


def availability(status: str, capacity: str) -> int:
    """0 open with room, 1 open with a waiting list, 2 full, 3 paused or closed."""
    if status in _UNAVAILABLE or status != "active":
        return 3
    return {"has capacity": 0, "waiting list": 1, "full": 2}.get(capacity, 0)


def by_availability(rows: Sequence[tuple[Any, ...]], coverage: dict[Any, int] | None = None) -> list[tuple[Any, ...]]:
    """Hit rows (id, name, organisation, status, capacity, …) in relevance order, re-ordered so that
    services one can join (open, not full) come first; within each, those matching more of the query
    (``coverage``, by id) first, then open-with-room before waiting lists, then the order given."""
    def key(item: tuple[int, tuple[Any, ...]]) -> tuple[int, int, int, int]:
        n, row = item
        tier = availability(row[3], row[4])
        return (tier >= 2, -(coverage or {}).get(row[0], 0), tier, n)
    return [row for _, row in sorted(enumerate(rows), key=key)]


__all__ = ["AVAILABILITY_SQL", "any_of", "availability", "by_availability", "every", "group_match", "half_typed", "query_groups"]
