"""The reports façade: the commissioner report for a period and some practices (``build``), and its
PDF and CSV written out with the export audited (``export``).

Figures stay exact in the ``Report``; ``app.domain.figures.show`` applies the small-numbers rule when
a figure is shown, so the PDF, the window's dashboard and the tests read the same report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from app import clock
from app.domain.instruments import InstrumentSet, load_instruments
from app.memory import release_freed_memory
from app.services.reports.early import EarlyReads
from app.services.reports.figures import build_tables, early_reads
from app.domain.report import SECTIONS, Report, Row, Section, Table
from app.services.reports.scope import make_scope, snapshot
from app.storage.database import Database

__all__ = ["Report", "Reports", "Row", "Section", "Table"]


class Reports:
    def __init__(self, db: Database, *, actor: str | None = None, instruments: InstrumentSet | None = None) -> None:
        self.db = db
        self.actor = actor
        self.instruments = instruments if instruments is not None else load_instruments()

    def build(self, start: date, end: date, practices: Sequence[str] = (), *, keep_people: bool = False) -> Report:
        """The report's figures. ``keep_people``: each count also holds the ids of the people behind it
        (``Count.who``), so the dashboard can list them; the PDF and CSV never need it."""
        con = self.db.connect()
        try:
            con.execute("PRAGMA temp_store = MEMORY")  # sorts for GROUP BY stay in memory, never on disk
            scope = make_scope(con, start, end, practices)
            with EarlyReads(self.db.connect, early_reads(scope)) as early:  # on the other core meanwhile
                tables = build_tables(con, snapshot(con, scope, lambda: early.rows("steps")), self.instruments,
                                      keep_people=keep_people, early=early)
            from app.services.outreach.figures import SECTION as OUTREACH, outreach_tables

            outreach = outreach_tables(con, scope)  # only when someone on an outreach list is in the report
            tables.update(outreach)
        finally:
            con.close()
        release_freed_memory()  # the rows read for the figures, freed by now: the process need not stay at its peak
        return Report(scope=scope, made_at=clock.now(), tables=tables,
                      sections=SECTIONS + ((OUTREACH,) if outreach else ()), problems=self.instruments.problems)

    def export(
        self,
        start: date,
        end: date,
        practices: Sequence[str] = (),
        *,
        pdf: Path | None = None,
        csv: Path | None = None,
        exact: bool = False,
        progress: Callable[[int, int, str], bool] | None = None,
    ) -> Report | None:
        """Write the PDF and/or the CSV, and record the export in the audit trail.

        ``progress(done, total, label)`` is told each step; when it returns True the export stops
        before the next file is written and returns None (nothing is audited, as nothing left)."""
        from app.io.report_csv import write_csv_counted
        from app.io.report_pdf import write_pdf
        from app.services import audit
        from app.services.caseload.facade import default_actor
        from app.services.reports.rows import COLUMNS, iter_episode_rows

        def stop(done: int, label: str) -> bool:
            return progress is not None and bool(progress(done, 3, label))

        if stop(0, "Counting…"):
            return None
        report = self.build(start, end, practices)
        if pdf is not None:
            if stop(1, "Writing the PDF…"):
                return None
            write_pdf(report, pdf, exact=exact)
        rows = None
        if csv is not None:
            if stop(2, "Writing the CSV…"):
                return None
            rows = write_csv_counted(iter_episode_rows(self.db, report.scope, self.instruments), COLUMNS, csv)
        what = " and ".join(w for w in ("PDF" if pdf else "", f"CSV of {rows} referrals" if rows is not None
                                         else "") if w)
        with self.db.session() as session:
            audit.record(session, actor=self.actor or default_actor(self.db), action="export",
                         detail=f"commissioner report {report.period_label}, {report.scope.practice_label}: "
                                f"{what or 'nothing written'}" + (" with exact small numbers" if exact else ""))
        return report

    def export_counted(self, start: date, end: date, practices: Sequence[str] = (), *, pdf: Path | None = None,
                       csv: Path | None = None, exact: bool = False,
                       progress: Callable[[int, int, str], bool] | None = None) -> tuple[Report, int | None] | None:
        """``export``, and how many referrals (CSV rows, less the header) went into the CSV; None when
        ``progress`` stopped it."""
        from csv import reader

        report = self.export(start, end, practices, pdf=pdf, csv=csv, exact=exact, progress=progress)
        if report is None:
            return None
        rows = None
        if csv is not None:
            with csv.open(encoding="utf-8-sig", newline="") as f:
                rows = sum(1 for _ in reader(f)) - 1
        return report, rows

    def dashboard(self, start: date, end: date, practices: Sequence[str] = (), *,
                  progress: Callable[[int, int, str], bool] | None = None
                  ) -> tuple[Report, dict[tuple[str, bool], str]] | None:
        """The dashboard: the figures with the people behind each count, and every chart as SVG, both
        with small numbers suppressed and exact (keyed by (chart, exact)). None when ``progress`` stopped it."""
        from app.io.report_charts import CHART_KEYS, chart_svg, same_when_exact

        if progress is not None and progress(0, 2, "Counting…"):
            return None
        report = self.build(start, end, practices, keep_people=True)
        if progress is not None and progress(1, 2, "Drawing the charts…"):
            return None
        charts = {}
        for key in CHART_KEYS:  # a chart with nothing suppressed is the same drawing both ways: drawn once
            charts[(key, False)] = chart_svg(report, key)
            charts[(key, True)] = charts[(key, False)] if same_when_exact(report, key) else chart_svg(
                report, key, exact=True)
        return report, charts

    def practice_choices(self) -> list[tuple[str, str]]:
        """(ODS code, "name (ODS code)") of every practice a report can be limited to, by name."""
        from app.services.reports.people import practice_choices

        return practice_choices(self.db)

    def people_behind(self, person_ids: Iterable[str]) -> list[dict[str, Any]]:
        """Name, NHS number, birth date and practice of the people behind a figure (a plain read)."""
        from app.services.reports.people import people_behind

        return people_behind(self.db, person_ids)
