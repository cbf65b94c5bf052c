"""Letters benchmark: one referral letter against a bare reportlab page, and 500 letters in one batch.

    .venv/bin/python benchmarks/letters.py [--runs 30] [--batch 500]

What is timed: (a) a bare reportlab one-paragraph A4 page, in Helvetica and in the embedded DejaVu
Sans that letters use; (b) one referral letter from its template to PDF bytes (template filled from an
in-memory sample context, laid out, fonts subset and embedded; no database), warm; (c) the letters'
own pipeline with the same one paragraph, which shows the per-document overhead against (a).
Interleaved runs, median. Goal: b/a at most 2. Then, on an encrypted demo database: gathering one
letter's context (database reads and consent, no layout), and a batch of letters into one PDF through
the letters service (gathering, consent, rendering, audit), and the same letters rendered alone.
Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def bare_page(font: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["Normal"].clone("bare", fontName=font)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph(
        "Dear colleague, I would like to refer Siân Łukasiewicz-O'Brien to your group.", style)])
    return out.getvalue()


def referral_letter() -> bytes:
    from app.io.letters import load_template, sample
    from app.io.letters.pdf import pdf_value, render_pdf

    return render_pdf([load_template("referral").render(sample.referral(), pdf_value)])


def one_paragraph_letter() -> bytes:
    from app.io.letters import Document
    from app.io.letters.pdf import render_pdf
    from app.io.letters.template import Block, Span

    text = "Dear colleague, I would like to refer Siân Łukasiewicz-O'Brien to your group."
    return render_pdf([Document("referral", (Block("para", (Span(text, False),)),))])


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def single(runs: int) -> None:
    from app.io.letters import fonts

    font = fonts.register()
    for fn, args in ((bare_page, ("Helvetica",)), (bare_page, (font,)), (referral_letter, ()),
                     (one_paragraph_letter, ())):
        fn(*args)  # warm: imports, font parsing, template parse
    samples: dict[str, list[float]] = {"helvetica": [], "dejavu": [], "letter": [], "one": []}
    for _ in range(runs):
        samples["helvetica"].append(timed(bare_page, "Helvetica"))
        samples["dejavu"].append(timed(bare_page, font))
        samples["letter"].append(timed(referral_letter))
        samples["one"].append(timed(one_paragraph_letter))
    med = {k: statistics.median(v) * 1000 for k, v in samples.items()}
    print(f"bare reportlab page, Helvetica:     {med['helvetica']:6.2f} ms (median of {runs})")
    print(f"bare reportlab page, DejaVu Sans:   {med['dejavu']:6.2f} ms")
    print(f"referral letter (template to PDF):  {med['letter']:6.2f} ms, {len(referral_letter())} bytes")
    print(f"one paragraph through the letters:  {med['one']:6.2f} ms (per-document overhead)")
    print(f"ratio letter / bare DejaVu page:    {med['letter'] / med['dejavu']:.2f}  (goal <= 2)")
    print(f"ratio one paragraph / bare DejaVu:  {med['one'] / med['dejavu']:.2f}")
    print(f"ratio letter / bare Helvetica page: {med['letter'] / med['helvetica']:.2f}")


def batch(count: int) -> None:
    from app.services.caseload.facade import Caseload
    from app.services.demo import create_demo
    from app.services.letters import Letters
    from app.storage.database import create_database

    with tempfile.TemporaryDirectory() as folder:
        db = create_database(Path(folder) / "bench.db", "benchmark passphrase")
        start = time.perf_counter()
        create_demo(db, people=count, services=200, seed=3)
        print(f"\ndemo database of {count} people made in {time.perf_counter() - start:.1f} s")
        people = [p["id"] for p in Caseload(db).summaries() if p["status"]]
        targets = (people * (count // max(len(people), 1) + 1))[:count]
        letters = Letters(db, actor="benchmark")
        connections = _connections(db, 50)
        letters.referral_context(connections[0])
        gather = [timed(letters.referral_context, c) for c in connections]
        print(f"gathering one referral letter's context from the database: "
              f"{statistics.median(gather) * 1000:.2f} ms (median of {len(gather)}; no layout)")
        for kind in ("gp", "plan"):
            out = Path(folder) / f"{kind}.pdf"
            start = time.perf_counter()
            result = letters.batch(kind, targets, out)
            seconds = time.perf_counter() - start
            print(f"{result.letters} {kind} letters into one PDF via the service: {seconds:.1f} s "
                  f"({seconds / result.letters * 1000:.1f} ms a letter, {out.stat().st_size // 1024} KB)")
        from app.io.letters import load_template
        from app.io.letters.pdf import pdf_value, render_pdf

        contexts = [letters.gp_context(t) for t in targets]
        start = time.perf_counter()
        template = load_template("gp-letter")
        render_pdf([template.render(c, pdf_value) for c in contexts])
        print(f"the same {count} GP letters rendered alone (no database): {time.perf_counter() - start:.1f} s")
        db.close()


def _connections(db, count: int) -> list[str]:
    from sqlmodel import select

    from app.domain.models import Connection

    with db.session() as session:
        return [str(c) for c in session.exec(select(Connection.id).limit(count)).all()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    single(args.runs)
    if args.batch:
        batch(args.batch)


if __name__ == "__main__":
    main()
