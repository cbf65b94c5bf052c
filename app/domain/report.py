"""The commissioner report as data: what it covers (``Scope``) and its tables of exact figures in
sections, read alike by the PDF, the window's dashboard and the tests. Suppression happens only when a
figure is shown (``app.domain.figures.show``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.domain.figures import Figure


@dataclass(frozen=True)
class Practice:
    hex_id: str
    ods_code: str
    name: str


@dataclass(frozen=True)
class Scope:
    start: date
    end: date  # inclusive
    practices: tuple[Practice, ...]  # empty: every practice (and people with none)

    @property
    def start_ts(self) -> str:
        return self.start.isoformat()

    @property
    def end_ts(self) -> str:
        """The first moment after the period, as comparable text."""
        return (self.end + timedelta(days=1)).isoformat()

    @property
    def cohort_params(self) -> tuple[str, str]:
        return self.start.isoformat(), self.end.isoformat()

    @property
    def practice_label(self) -> str:
        return ", ".join(p.name for p in self.practices) if self.practices else "All practices"


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    cells: tuple[Figure, ...]


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[str, ...]  # headers of the cells, after the label column
    rows: tuple[Row, ...]
    total: Row | None = None
    label_header: str = ""
    note: str = ""

    def row(self, key: str) -> Row:
        for row in (*self.rows, *((self.total,) if self.total else ())):
            if row.key == key:
                return row
        raise KeyError(f"{self.key} has no row {key!r}; rows: {[r.key for r in self.rows]}")

    def cell(self, row_key: str, column: str) -> Figure:
        return self.row(row_key).cells[self.columns.index(column)]


@dataclass(frozen=True)
class Section:
    title: str
    intro: str
    parts: tuple[str, ...]  # "table:<key>" or "chart:<key>", in reading order


@dataclass(frozen=True)
class Report:
    scope: Scope
    made_at: datetime
    tables: dict[str, Table]
    sections: tuple[Section, ...]
    problems: tuple[str, ...] = ()  # instrument definitions that were refused

    def table(self, key: str) -> Table:
        return self.tables[key]

    @property
    def period_label(self) -> str:
        return f"{_long(self.scope.start)} to {_long(self.scope.end)}"


def _long(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


SECTIONS = (
    Section("At a glance", "", ("table:headline",)),
    Section("Referrals", "Referrals dated in the period, for people registered with the practices in this report.",
            ("chart:referrals_by_source", "table:referrals_by_source", "chart:referrals_by_reason",
             "table:referrals_by_reason", "table:referrals_by_practice")),
    Section("Equity of access: who is offered support and who takes it up",
            "The same referrals, by the person's age at referral, sex and ethnic group, as they stood at the end "
            "of the period.",
            ("chart:access_by_age", "table:access_by_age", "table:access_by_sex", "chart:access_by_ethnicity",
             "table:access_by_ethnicity")),
    Section("Waiting times", "Days from the referral date to the first contact (when support is offered) and to "
            "the what matters conversation, for the referrals that had reached each step by the end of the period.",
            ("chart:waiting", "table:waiting", "table:late")),
    Section("Contacts", "Contacts dated in the period with people of these practices (a corrected contact counts "
            "once).", ("table:contacts", "chart:contacts_per_person", "table:contacts_per_person",
                       "table:contacts_by_kind")),
    Section("Connections to services", "Signposts and referrals to community services made in the period, with "
            "their outcome as it stood at the end of the period.",
            ("chart:connections_by_outcome", "table:connections_by_outcome", "table:connections_by_category",
             "table:failed_by_reason")),
    Section("Services that closed or filled", "Services that are closed, paused or full now, or that turned "
            "people away in the period because they had closed or had no capacity.",
            ("table:services_unavailable",)),
    Section("Unmet needs", "Needs recorded in the period for which no suitable service could be found.",
            ("chart:unmet_needs_by_category", "table:unmet_needs_by_category", "table:unmet_needs")),
    Section("Caseload", "Referrals per link worker.", ("chart:caseload_by_worker", "table:caseload_by_worker")),
    Section("Wellbeing and loneliness",
            "ONS4 personal wellbeing (each question on its own, 0 to 10) and the UCLA 3-item loneliness scale "
            "(3 to 9, higher is lonelier), for people with a baseline at the what matters conversation and a "
            "follow-up at review or closure.",
            ("chart:wellbeing_ons4", "table:wellbeing", "table:measures_recorded")),
)
