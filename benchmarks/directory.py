"""Directory benchmark: Open Referral import time and search latency per keystroke at scale.

    .venv/bin/python benchmarks/directory.py [--services 20000] [--rounds 5] [--seed 1]

1. Writes a generated HSDS 3.0 page of N services (organisations, places, schedules, categories) and
   times ``linkwell directory import`` of it into a new encrypted database, then a re-import (all
   unchanged).
2. Types words letter by letter and times each keystroke three ways in the same run, interleaved:
   ``Directory.search`` (what the window calls: a pooled connection, FTS5 bm25 + prefix, builds the hits
   with their badges), the raw FTS5 query alone on an open connection, and a ``LIKE '%term%'`` scan
   (name, description, organisation, area; sorted by name) on an open connection.
Goals: the import of 20,000 services under 5 s (beside it, reading the same file with ``json.loads`` alone,
the floor no import can go under); ``Directory.search`` median under 20 ms. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.services.directory.facade import _WEIGHTS, Directory, fts_query  # noqa: E402
from app.services.directory.feed_import import import_directory  # noqa: E402
from app.storage.database import create_database  # noqa: E402

PASSPHRASE = "benchmark passphrase"
GOAL_MS = 20.0
IMPORT_GOAL_S = 5.0  # for 20,000 services (issue 15)
WORDS = ["walking", "befriending", "counselling", "allotment", "knitting", "debt advice", "men's shed", "choir"]
_CATEGORIES = ["Walking and exercise", "Befriending", "Arts and crafts", "Music and singing", "Gardening",
               "Money and debt", "Housing", "Mental health", "Carers", "Bereavement", "Cooking", "Digital skills",
               "Employment", "Volunteering", "Faith groups", "Men's groups", "Women's groups", "Young people",
               "Older people", "Sport", "Swimming", "Dance", "Reading", "Language", "Peer support", "Weight",
               "Smoking", "Alcohol", "Parents", "Nature"]
_THINGS = ["Walking Group", "Tea and Chat", "Knit and Natter", "Allotment Club", "Choir", "Men's Shed",
           "Debt Advice Drop-in", "Counselling Service", "Coffee Morning", "Book Club", "Dance Class",
           "Cookery Course", "Carers' Café", "Bereavement Group", "Digital Help", "Swim Session", "Art Studio",
           "Gardening Club", "Peer Support Group", "Befriending Scheme"]
_PLACES = ["Armley", "Bramley", "Headingley", "Chapeltown", "Harehills", "Beeston", "Holbeck", "Hunslet",
           "Kirkstall", "Meanwood", "Moortown", "Roundhay", "Seacroft", "Wetherby", "Otley", "Morley", "Pudsey",
           "Horsforth", "Garforth", "Rothwell"]
_DISTRICTS = ["LS1", "LS2", "LS4", "LS6", "LS7", "LS8", "LS9", "LS11", "LS12", "LS13", "LS14", "LS15", "LS16",
              "LS17", "LS18", "LS19", "LS21", "LS22", "LS25", "LS26"]
_WORDS = ("friendly welcoming relaxed weekly volunteer led small group gentle supportive local community free "
          "session people meet share learn together tea biscuits all abilities beginners experienced advice help "
          "listening confidential trained staff ring book place turn up bring family friend").split()


def generate(n: int, seed: int) -> dict[str, Any]:
    r = random.Random(seed)
    ids = lambda: str(uuid.UUID(int=r.getrandbits(128), version=4))  # noqa: E731
    orgs = [{"id": ids(), "name": f"{r.choice(_PLACES)} {r.choice(['Trust', 'Association', 'Together', 'Network', 'CIC'])} {i}",
             "description": "A local charity."} for i in range(max(1, n // 5))]
    places = []
    for i in range(max(1, n // 6)):
        district = r.choice(_DISTRICTS)
        places.append({"id": ids(), "location_type": "physical", "name": f"{r.choice(_PLACES)} Hall {i}",
                       "latitude": round(53.8 + r.uniform(-0.1, 0.1), 5), "longitude": round(-1.55 + r.uniform(-0.1, 0.1), 5),
                       "addresses": [{"address_1": f"{r.randint(1, 200)} High Street", "city": "Leeds",
                                      "postal_code": f"{district} {r.randint(1, 9)}AB", "country": "GB"}]})
    terms = [{"id": ids(), "code": c.lower().replace(" ", "-"), "name": c, "taxonomy": "linkwell"} for c in _CATEGORIES]
    services = []
    for i in range(n):
        area = r.choice(_PLACES)
        services.append({
            "id": ids(), "name": f"{area} {r.choice(_THINGS)} {i}", "status": r.choice(["active"] * 9 + ["temporarily closed"]),
            "description": " ".join(r.choice(_WORDS) for _ in range(r.randint(12, 40))).capitalize() + ".",
            "minimum_age": r.choice([None, 16, 18, 50]), "assured_date": f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}",
            "organization": r.choice(orgs),
            "service_areas": [{"name": area}],
            "service_at_locations": [{"location": r.choice(places)}],
            "schedules": [{"freq": "WEEKLY", "byday": r.choice(["MO", "TU", "WE", "TH", "FR", "MO,WE", "TU,TH"]),
                           "opens_at": f"{r.randint(9, 18):02d}:00:00", "closes_at": f"{r.randint(19, 21):02d}:00:00"}],
            "attributes": [{"taxonomy_term": t} for t in r.sample(terms, r.randint(1, 3))],
        })
    return {"total_items": n, "total_pages": 1, "page_number": 1, "size": n, "contents": services}


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="linkwell-bench-") as folder:
        feed = Path(folder) / "directory.json"
        started = time.perf_counter()
        feed.write_text(json.dumps(generate(args.services, args.seed)), encoding="utf-8")
        print(f"Generated {args.services} HSDS 3 services ({feed.stat().st_size / 1e6:.1f} MB) "
              f"in {time.perf_counter() - started:.1f} s")
        db = create_database(Path(folder) / "bench.db", PASSPHRASE)

        started = time.perf_counter()
        report = import_directory(db, feed)
        first = time.perf_counter() - started
        started = time.perf_counter()
        again = import_directory(db, feed)
        second = time.perf_counter() - started
        started = time.perf_counter()
        json.loads(feed.read_text(encoding="utf-8"))
        parse = time.perf_counter() - started
        goal = (f"; goal under {IMPORT_GOAL_S:.0f} s: {'met' if first < IMPORT_GOAL_S else 'NOT met'}"
                if args.services == 20_000 else "")
        print(f"Import:    {report.added} added in {first:.2f} s ({report.added / first:,.0f} services/s){goal}")
        print(f"Re-import: {again.unchanged} unchanged in {second:.2f} s")
        print(f"The file read by json.loads alone: {parse:.2f} s; import / that = {first / parse:.1f}x")

        directory = Directory(db)
        con = db.connect()
        fts_sql = (f"SELECT rowid FROM service_fts WHERE service_fts MATCH ? "
                   f"ORDER BY bm25(service_fts, {_WEIGHTS}) LIMIT 20")
        like_sql = ("SELECT s.id FROM service s LEFT JOIN organisation o ON o.id = s.organisation_id "
                    "WHERE s.name LIKE ?1 OR s.description LIKE ?1 OR o.name LIKE ?1 OR s.area LIKE ?1 "
                    "ORDER BY s.name LIMIT 20")
        keystrokes = [word[:i] for word in WORDS for i in range(1, len(word) + 1)]
        times: dict[str, list[float]] = {"search": [], "fts": [], "like": []}
        for word in keystrokes[:3]:  # warm the page cache once, unmeasured
            directory.search(word)
        for _ in range(args.rounds):
            for typed in keystrokes:
                t0 = time.perf_counter()
                directory.search(typed)
                t1 = time.perf_counter()
                query = fts_query(typed)
                if query:
                    con.execute(fts_sql, (query,)).fetchall()
                t2 = time.perf_counter()
                con.execute(like_sql, (f"%{typed}%",)).fetchall()
                t3 = time.perf_counter()
                times["search"].append((t1 - t0) * 1000)
                times["fts"].append((t2 - t1) * 1000)
                times["like"].append((t3 - t2) * 1000)
        con.close()
        db.close()

    print(f"\nSearch per keystroke at {args.services:,} services ({len(keystrokes)} keystrokes x {args.rounds} rounds):")
    figures = {name: _ms(samples) for name, samples in times.items()}
    labels = {"search": "Directory.search (the app)", "fts": "raw FTS5 query", "like": "LIKE '%term%' scan"}
    for name, (median, p95) in figures.items():
        print(f"  {labels[name]:<28} median {median:7.2f} ms   p95 {p95:7.2f} ms")
    s, f, like = figures["search"][0], figures["fts"][0], figures["like"][0]
    print(f"  ratios (median): Directory.search / raw FTS5 = {s / f:.1f}x;  LIKE scan / Directory.search = {like / s:.1f}x")
    print(f"  goal: Directory.search median under {GOAL_MS:.0f} ms: {'met' if s < GOAL_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
