"""Search filters for the directory, as SQL over the ``service`` row aliased ``s``.

Every filter is optional and they combine with AND; an unknown value raises ``InvalidInput`` naming
the values allowed, so a typo in a script is never silently "no results".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

from app.domain.directory import SERVICE_STATUSES
from app.errors import InvalidInput
from app.io.openreferral.clean import district, weekday
from app.io.openreferral.common import ACCESS, ATTEND
from app.i18n import translate

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Filters:
    category: str | None = None  # a category or need: its code or its name, any vocabulary
    day: str | None = None  # MO..SU, or a day's name
    time: str | None = None  # HH:MM: open at that time (on ``day`` if given)
    free: bool | None = None  # True: free only; False: paid only
    age: int | None = None  # open to someone of this age
    area: str | None = None  # the service's area, or a postcode district of one of its places
    attend: str | Iterable[str] | None = None  # in person, phone, online, home visit (all of those given)
    access: str | Iterable[str] | None = None  # drop-in, self-refer, referral needed (any of those given)
    status: str | Iterable[str] | None = None  # any of the statuses given

    def any(self) -> bool:
        return any(getattr(self, f.name) is not None for f in fields(self))

    def sql(self) -> tuple[str, list[Any]]:
        """(``AND ...`` clauses, parameters); empty when no filter is set."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.category is not None:
            clauses.append("""EXISTS (SELECT 1 FROM servicetaxonomy st JOIN taxonomyterm t ON t.id = st.term_id
                              WHERE st.service_id = s.id AND (t.code = ? OR t.name = ? COLLATE NOCASE))""")
            params += [self.category.strip(), self.category.strip()]
        if self.day is not None or self.time is not None:
            clause, more = self._schedule()
            clauses.append(clause)
            params += more
        if self.free is not None:
            clauses.append("s.is_free = ?")
            params.append(1 if self.free else 0)
        if self.age is not None:
            if isinstance(self.age, bool) or not isinstance(self.age, int) or not 0 <= self.age <= 130:
                raise InvalidInput(translate("directory", "{age} is not an age in years.").format(age=repr(self.age)))
            clauses.append("(s.minimum_age IS NULL OR s.minimum_age <= ?) "
                           "AND (s.maximum_age IS NULL OR s.maximum_age >= ?)")
            params += [self.age, self.age]
        if self.area is not None:
            area = self.area.strip()
            clauses.append("""(s.area = ? COLLATE NOCASE OR EXISTS (SELECT 1 FROM servicelocation sl
                              JOIN location l ON l.id = sl.location_id WHERE sl.service_id = s.id
                              AND (l.postcode = ? COLLATE NOCASE OR l.postcode LIKE ? || ' %')))""")
            params += [area, area, district(area) or area.upper()]
        for mode in _choices(self.attend, tuple(ATTEND), "way of attending"):
            clauses.append(f"s.{ATTEND[mode]} = 1")
        for column, value, allowed, what in (("access", self.access, ACCESS, "way in"),
                                             ("status", self.status, SERVICE_STATUSES, "service status")):
            chosen = _choices(value, allowed, what)
            if chosen:
                clauses.append(f"s.{column} IN ({', '.join('?' * len(chosen))})")
                params += chosen
        return "".join(f" AND {c}" for c in clauses), params

    def _schedule(self) -> tuple[str, list[Any]]:
        conditions, params = ["sc.service_id = s.id"], []
        if self.day is not None:
            code = weekday(self.day)
            if code is None:
                raise InvalidInput(translate("directory", "{day} is not a day of the week.").format(day=repr(self.day)))
            conditions.append("(',' || sc.byday || ',') LIKE ?")
            params.append(f"%,{code},%")
        if self.time is not None:
            found = _TIME.match(self.time.strip())
            if not found:
                raise InvalidInput(translate("directory", "{time} is not a time of day (HH:MM).").format(time=repr(self.time)))
            at = f"{int(found[1]):02d}:{found[2]}"
            conditions.append("sc.opens_at <= ? AND sc.closes_at > ?")
            params += [at, at]
        return f"EXISTS (SELECT 1 FROM schedule sc WHERE {' AND '.join(conditions)})", params


def _choices(value: str | Iterable[str] | None, allowed: tuple[str, ...], what: str) -> list[str]:
    if value is None:
        return []
    chosen = [value] if isinstance(value, str) else list(value)
    wrong = [v for v in chosen if v not in allowed]
    if wrong:
        raise InvalidInput(translate("directory", "{wrong} is not a {what}; use one of: {join}.").format(wrong=repr(wrong[0]), what=what, join=', '.join(allowed)))
    return chosen
