"""The physical limit beside the report: the same aggregates over the same rows, computed by DuckDB (a
columnar engine, unencrypted, in memory, on every core). Benchmark-only: ``pip install -e '.[bench]'``.

``load`` copies the rows the report reads out of the encrypted database once (kept beside the cached
database); ``figures`` computes, for one period, the referral, access, waiting, contact, connection,
caseload and wellbeing aggregates the report shows, and with ``people`` the list of people behind each
group as the dashboard keeps them.
"""

from __future__ import annotations

import csv
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

TABLES = {
    "person": "id, date_of_birth, sex, ethnicity, practice_id",
    "episode": "id, person_id, referral_date, referral_source, reasons, worker_id, closed_at",
    "episodestatuschange": "episode_id, to_status, changed_at",
    "contact": "id, episode_id, kind, contact_at, duration_minutes, supersedes_id, deleted_at",
    "connection": "id, episode_id, service_id, status, outcome_reason, status_changed_at, created_at, deleted_at",
    "connectionstatuschange": "connection_id, to_status, outcome_reason, changed_at",
    "service": "id, status, capacity",
    "servicetaxonomy": "service_id, term_id",
    "taxonomyterm": "id, name",
    "measureresponse": "episode_id, instrument, timepoint, taken_at, answers",
}


def load(db: Any, path: Path) -> Any:
    """A DuckDB database at ``path`` holding the report's columns of each table (made once)."""
    import duckdb

    if path.exists():
        return duckdb.connect(str(path), read_only=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    duck = duckdb.connect(str(partial))
    con = db.connect()
    try:
        with tempfile.TemporaryDirectory() as folder:
            for table, columns in TABLES.items():
                text = Path(folder) / f"{table}.csv"
                with text.open("w", newline="") as out:
                    writer = csv.writer(out)
                    writer.writerow([c.strip() for c in columns.split(",")])
                    cursor = con.execute(f"SELECT {columns} FROM {table}")
                    while rows := cursor.fetchmany(50_000):
                        writer.writerows(rows)
                duck.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv('{text}', header = true, "
                             f"all_varchar = true)")
        duck.execute("ALTER TABLE contact ALTER duration_minutes TYPE INTEGER")
    finally:
        con.close()
        duck.close()
    partial.rename(path)
    return duckdb.connect(str(path), read_only=True)


def figures(duck: Any, start: date, end: date, *, people: bool = False) -> dict[str, Any]:
    s, e, st, et = start.isoformat(), end.isoformat(), start.isoformat(), (end + timedelta(days=1)).isoformat()
    who = ", list(DISTINCT person_id)" if people else ""
    out: dict[str, Any] = {}
    q = duck.execute
    q("""CREATE OR REPLACE TEMP TABLE ep AS SELECT e.*, p.date_of_birth AS dob, p.sex, p.ethnicity, p.practice_id
         FROM episode e JOIN person p ON p.id = e.person_id WHERE e.referral_date <= ?""", [e])
    q("""CREATE OR REPLACE TEMP TABLE f AS SELECT ep.*, st.contacted, coalesce(st.accepted, false) AS accepted,
                coalesce(st.declined, false) AS declined, st.talked, st.closed
         FROM ep LEFT JOIN (
             SELECT episode_id, min(CASE WHEN to_status = 'contacted' THEN changed_at END) AS contacted,
                    bool_or(to_status = 'accepted') AS accepted, bool_or(to_status = 'declined') AS declined,
                    min(CASE WHEN to_status = 'what_matters' THEN changed_at END) AS talked,
                    min(CASE WHEN to_status = 'closed' THEN changed_at END) AS closed
             FROM episodestatuschange WHERE changed_at < ? GROUP BY episode_id) st ON st.episode_id = ep.id
         WHERE ep.referral_date >= ?""", [et, s])
    out["by_source"] = q(f"SELECT referral_source, count(*){who} FROM f GROUP BY 1").fetchall()
    out["by_reason"] = q(f"""SELECT r, count(*){who} FROM (SELECT person_id,
                                 unnest(from_json(reasons, '["VARCHAR"]')) AS r FROM f) GROUP BY 1""").fetchall()
    out["by_practice"] = q("SELECT practice_id, count(*), list(DISTINCT person_id) FROM f GROUP BY 1").fetchall()
    age = """CASE WHEN dob IS NULL OR dob = '' THEN 'not_known' ELSE CAST(
                 date_sub('year', CAST(dob AS DATE), CAST(referral_date AS DATE)) AS VARCHAR) END"""
    for name, group in (("age", age), ("sex", "sex"), ("ethnicity", "ethnicity")):
        out[f"access_{name}"] = q(
            f"""SELECT {group}, count(*), count(contacted), count(*) FILTER (accepted),
                       count(*) FILTER (declined AND NOT accepted){who}
                FROM f GROUP BY 1""").fetchall()
    for key, column in (("first_contact", "contacted"), ("what_matters", "talked")):
        out[key] = q(f"""SELECT count(*), quantile_cont(d, [0.5, 0.9]){who} FROM (SELECT person_id,
                            date_diff('day', CAST(referral_date AS DATE), CAST(left({column}, 10) AS DATE)) AS d
                            FROM f WHERE {column} IS NOT NULL)""").fetchall()
    out["late"] = q(f"""SELECT count(*){who} FROM f WHERE (contacted IS NOT NULL AND date_diff('day',
                           CAST(referral_date AS DATE), CAST(left(contacted, 10) AS DATE)) > 14)
                       OR (contacted IS NULL AND date_diff('day', CAST(referral_date AS DATE),
                           least(CAST(? AS DATE), CAST(coalesce(left(closed, 10), ?) AS DATE))) > 14)""",
                    [e, e]).fetchall()
    q("""CREATE OR REPLACE TEMP TABLE c AS
         WITH RECURSIVE gone(id, up) AS (
             SELECT id, supersedes_id FROM contact WHERE deleted_at IS NOT NULL
             UNION SELECT c.id, c.supersedes_id FROM contact c JOIN gone g ON c.id = g.up)
         SELECT ep.person_id, c.kind, count(*) AS n FROM contact c JOIN ep ON ep.id = c.episode_id
         WHERE c.supersedes_id IS NULL AND c.deleted_at IS NULL AND c.contact_at >= ? AND c.contact_at < ?
           AND c.id NOT IN (SELECT id FROM gone)
         GROUP BY ALL""", [st, et])
    out["contacts"] = q("""SELECT sum(n), count(*), avg(n), median(n) FROM
                           (SELECT person_id, sum(n) AS n FROM c GROUP BY 1)""").fetchall()
    out["contacts_by_kind"] = q(f"SELECT kind, sum(n){who} FROM c GROUP BY 1").fetchall()
    q("""CREATE OR REPLACE TEMP TABLE k AS SELECT c.service_id, ep.person_id, last.status, last.reason
         FROM connection c JOIN ep ON ep.id = c.episode_id
         LEFT JOIN (SELECT connection_id, arg_max(to_status, changed_at) AS status,
                           arg_max(outcome_reason, changed_at) AS reason
                    FROM connectionstatuschange WHERE changed_at < ? GROUP BY 1) last ON last.connection_id = c.id
         WHERE c.deleted_at IS NULL AND c.created_at >= ? AND c.created_at < ?""", [et, st, et])
    out["connections_by_outcome"] = q(f"SELECT status, count(*){who} FROM k GROUP BY 1").fetchall()
    out["connections_by_category"] = q(f"""SELECT t.name, k.status, count(*){who} FROM k
                                           JOIN servicetaxonomy x ON x.service_id = k.service_id
                                           JOIN taxonomyterm t ON t.id = x.term_id GROUP BY 1, 2""").fetchall()
    out["caseload"] = q(f"""SELECT worker_id, count(*) FILTER (closed_at IS NULL OR closed_at >= ?),
                                   count(*) FILTER (referral_date >= ?),
                                   count(*) FILTER (closed_at >= ? AND closed_at < ?){who}
                            FROM ep GROUP BY 1""", [et, s, st, et]).fetchall()
    out["wellbeing"] = q("""
        WITH m AS (SELECT * FROM measureresponse WHERE taken_at < ?),
             base AS (SELECT episode_id, instrument, arg_min(answers, taken_at) AS answers, min(taken_at) AS at
                      FROM m WHERE timepoint = 'baseline' GROUP BY ALL),
             follow AS (SELECT m.episode_id, m.instrument, arg_max(m.answers, m.taken_at) AS answers,
                               max(m.taken_at) AS at
                        FROM m JOIN base b USING (episode_id, instrument)
                        WHERE m.timepoint IN ('review', 'closure') AND m.taken_at > b.at GROUP BY ALL)
        SELECT b.instrument, count(*),
               avg(CAST(json_extract(f.answers, '$.happy') AS INT) - CAST(json_extract(b.answers, '$.happy') AS INT))
        FROM base b JOIN follow f USING (episode_id, instrument) WHERE f.at >= ? GROUP BY 1""",
                         [et, st]).fetchall()
    return out
