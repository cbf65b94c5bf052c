"""The Today worklist: what a link worker should look at first thing.

Four lists, each a query over the caseload in plain SQL (like ``caseload_list``, it is on the path
to the first screen, so it does not wait for the ORM):

- new referrals with no first contact yet, with days waiting (amber from 7 days, red from 14);
- follow-ups due today or overdue (open referrals past the referred stage);
- people waiting for a service that has a waiting list (or is full);
- people connected to a service that has since closed, paused or filled up, until someone has dealt
  with it (see ``directory_attention``);
- recent activity from the audit trail (changes, not views).

With a team hub, a fifth list comes first: people handed to this laptop's worker by a colleague, until
the worker opens the record here or acknowledges it (``app/services/caseload/handover.py``).

Deleted contacts and connections (``deleted_at`` set) are left out everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from app import clock
from app.i18n import translate
from app.services.caseload.listing import from_hex
from app.services.directory.attention import needing_attention
from app.storage.database import Database

AMBER_DAYS = 7  # a referral uncontacted this long is flagged amber
RED_DAYS = 14  # ... and this long red: the domain's "must not rot" line
ACTIVITY_LIMIT = 20
LIST_LIMIT = 100  # the most urgent of each list; the heading says how many there are in all
OPEN_CONNECTIONS = ("draft", "requested", "accepted", "on-hold")
FULL_CAPACITIES = ("waiting list", "full")


@dataclass(frozen=True)
class TodayItem:
    person_id: str
    name: str
    detail: str  # a sentence that stands without the colour
    days: int | None = None  # waiting, overdue or since
    level: str = ""  # "", "amber", "red": how urgent (always said in ``detail`` too)


@dataclass(frozen=True)
class TodayLists:
    new_referrals: list[TodayItem] = field(default_factory=list)
    follow_ups: list[TodayItem] = field(default_factory=list)
    waiting: list[TodayItem] = field(default_factory=list)
    affected: list[TodayItem] = field(default_factory=list)  # by a service that closed, paused or filled up
    activity: list[TodayItem] = field(default_factory=list)
    handed_to_you: list[TodayItem] = field(default_factory=list)  # by a colleague, through the team hub
    totals: dict[str, int] = field(default_factory=dict)  # list name -> how many in all, when more than shown

    @property
    def empty(self) -> bool:
        return not (self.new_referrals or self.follow_ups or self.waiting or self.affected or self.activity
                    or self.handed_to_you)


def waiting_level(days: int) -> str:
    return "red" if days >= RED_DAYS else "amber" if days >= AMBER_DAYS else ""


def _days(n: int) -> str:
    return translate("today", "1 day") if n == 1 else translate("today", "{count} days").format(count=n)


def _waiting_detail(days: int) -> str:
    """Short enough for one line beside the name; the section's heading says what is awaited."""
    if days >= RED_DAYS:
        return translate("today", "Waiting {days}: urgent").format(days=_days(days))
    if days >= AMBER_DAYS:
        return translate("today", "Waiting {days}: over a week").format(days=_days(days))
    return translate("today", "Waiting {days}").format(days=_days(days))


# What became of a service someone is connected to, by the reason ``needing_attention`` gives.
_AFFECTED = {
    "temporarily closed": lambda: translate(
        "today", "{service} is closed for now ({ago}): move the connection on or connect them elsewhere"),
    "inactive": lambda: translate(
        "today", "{service} has stopped running ({ago}): move the connection on or connect them elsewhere"),
    "defunct": lambda: translate(
        "today", "{service} has closed for good ({ago}): move the connection on or connect them elsewhere"),
    "full": lambda: translate(
        "today", "{service} is full ({ago}): move the connection on or connect them elsewhere"),
}


def _other_change() -> str:
    return translate("today", "{service} is {reason} ({ago}): move the connection on or connect them elsewhere")


def _name(given: str, family: str) -> str:
    return f"{family}, {given}"


def _parse_dt(text: str) -> datetime:
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class Today:
    def __init__(self, db: Database) -> None:
        self.db = db

    def lists(self, *, today: date | None = None, activity_limit: int = ACTIVITY_LIMIT) -> TodayLists:
        today = today or clock.today()
        con = self.db.connect()
        con.execute("PRAGMA cache_size = -65536")  # see CaseloadList._con
        try:
            lists = TodayLists(
                new_referrals=self._new_referrals(con, today),
                follow_ups=self._follow_ups(con, today),
                waiting=self._waiting(con, today),
                affected=self._affected(con, today),
                activity=self._activity(con, activity_limit),
                handed_to_you=self._handed_to_you(con),
            )
            for name, (sql, params) in self._counts(today).items():
                if len(getattr(lists, name)) == LIST_LIMIT:
                    lists.totals[name] = int(con.execute(sql, params).fetchone()[0])
            return lists
        finally:
            con.close()

    @staticmethod
    def _counts(today: date) -> dict[str, tuple[str, tuple[object, ...]]]:
        marks = ",".join("?" * len(OPEN_CONNECTIONS))
        caps = ",".join("?" * len(FULL_CAPACITIES))
        return {
            "new_referrals": ("SELECT count(*) FROM episode e WHERE e.status = 'referred'", ()),
            "follow_ups": (("SELECT count(*) FROM episode e WHERE e.status NOT IN ('referred', 'closed') "
                           "AND e.next_contact_due IS NOT NULL AND e.next_contact_due <= ?"), (today.isoformat(),)),
            "waiting": ((f"SELECT count(*) FROM connection c JOIN service s ON s.id = c.service_id "
                        f"JOIN episode e ON e.id = c.episode_id WHERE e.status != 'closed' "
                        f"AND c.status IN ({marks}) AND c.deleted_at IS NULL AND s.capacity IN ({caps})"),
                        (*OPEN_CONNECTIONS, *FULL_CAPACITIES)),
        }

    @staticmethod
    def _handed_to_you(con: object) -> list[TodayItem]:
        from app.services.caseload.handover import waiting

        return [TodayItem(h.person_id, h.name, h.said) for h in waiting(con)]

    @staticmethod
    def _new_referrals(con: object, today: date) -> list[TodayItem]:
        rows = con.execute(  # type: ignore[attr-defined]
            """SELECT p.id, p.given_name, p.family_name, e.referral_date,
                      EXISTS (SELECT 1 FROM contact c WHERE c.episode_id = e.id AND c.deleted_at IS NULL)
               FROM episode e JOIN person p ON p.id = e.person_id
               WHERE e.status = 'referred'
               ORDER BY e.referral_date, p.family_name COLLATE NOCASE, p.id LIMIT ?""",
            (LIST_LIMIT,),
        ).fetchall()
        items = []
        for pid, given, family, referred, tried in rows:  # the status decides, as the record shows it
            days = max((today - date.fromisoformat(referred)).days, 0)
            detail = _waiting_detail(days) + (". A contact is recorded: move the referral on if you spoke"
                                              if tried else "")
            items.append(TodayItem(from_hex(pid), _name(given, family), detail, days, waiting_level(days)))
        return items

    @staticmethod
    def _follow_ups(con: object, today: date) -> list[TodayItem]:
        rows = con.execute(  # type: ignore[attr-defined]
            """SELECT p.id, p.given_name, p.family_name, e.next_contact_due
               FROM episode e JOIN person p ON p.id = e.person_id
               WHERE e.status NOT IN ('referred', 'closed')
                 AND e.next_contact_due IS NOT NULL AND e.next_contact_due <= ?
               ORDER BY e.next_contact_due, p.family_name COLLATE NOCASE, p.id LIMIT ?""",
            (today.isoformat(), LIST_LIMIT),
        ).fetchall()
        items = []
        for pid, given, family, due in rows:
            late = (today - date.fromisoformat(due)).days
            if late == 0:
                items.append(TodayItem(from_hex(pid), _name(given, family), translate("today", "Follow-up due today"), 0))
            else:
                items.append(TodayItem(from_hex(pid), _name(given, family),
                                       translate("today", "Follow-up overdue by {days}").format(days=_days(late)), late,
                                       "red" if late >= RED_DAYS else "amber"))
        return items

    @staticmethod
    def _waiting(con: object, today: date) -> list[TodayItem]:
        marks = ",".join("?" * len(OPEN_CONNECTIONS))
        caps = ",".join("?" * len(FULL_CAPACITIES))
        rows = con.execute(  # type: ignore[attr-defined]
            f"""SELECT p.id, p.given_name, p.family_name, s.name, s.capacity, c.status_changed_at
                FROM connection c
                JOIN service s ON s.id = c.service_id
                JOIN episode e ON e.id = c.episode_id
                JOIN person p ON p.id = e.person_id
                WHERE e.status != 'closed' AND c.status IN ({marks}) AND c.deleted_at IS NULL AND s.capacity IN ({caps})
                ORDER BY c.status_changed_at, p.family_name COLLATE NOCASE, p.id LIMIT ?""",
            (*OPEN_CONNECTIONS, *FULL_CAPACITIES, LIST_LIMIT),
        ).fetchall()
        items = []
        for pid, given, family, service, capacity, since in rows:
            days = max((today - _parse_dt(since).date()).days, 0)
            said = (translate("today", "{service} has a waiting list; waiting {days}") if capacity == "waiting list"
                    else translate("today", "{service} is full; waiting {days}"))
            items.append(TodayItem(from_hex(pid), _name(given, family),
                                   said.format(service=service, days=_days(days)), days))
        return items

    @staticmethod
    def _affected(con: object, today: date) -> list[TodayItem]:
        items = []
        for hit in needing_attention(con, LIST_LIMIT):
            said = _AFFECTED.get(hit.reason, _other_change)()
            days = max((today - hit.since.astimezone().date()).days, 0)
            ago = (translate("today", "changed today") if days == 0 else
                   translate("today", "changed 1 day ago") if days == 1 else
                   translate("today", "changed {count} days ago").format(count=days))
            items.append(TodayItem(hit.person_id, _name(hit.given_name, hit.family_name),
                                   said.format(service=hit.service_name, reason=hit.reason, ago=ago), days))
        return items

    @staticmethod
    def _activity(con: object, limit: int) -> list[TodayItem]:
        """The latest changes (not views), each a sentence with names, not ids."""
        from app.services.audit_words import Names, sentence

        rows = con.execute(  # type: ignore[attr-defined]
            """SELECT a.person_id, p.given_name, p.family_name, a.at, a.actor, a.detail, a.action
               FROM auditevent a JOIN person p ON p.id = a.person_id
               WHERE a.action != 'view'
               ORDER BY a.seq DESC LIMIT ?""",
            (limit,),
        ).fetchall()
        names = Names(con, [(from_hex(r[0]), r[5]) for r in rows])
        items = []
        for pid, given, family, at, actor, detail, action in rows:
            when = _parse_dt(at).astimezone()
            said = sentence(actor, detail, action, f"{given} {family}", names)
            items.append(TodayItem(from_hex(pid), _name(given, family), f"{when:%d-%b %H:%M} {said}"))
        return items
