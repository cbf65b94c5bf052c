"""Letters benchmark: one referral letter against a bare reportlab page, and 500 letters in one batch.

    .venv/bin/python benchmarks/letters.py [--runs 30] [--batch 500]

(a) A bare reportlab one-paragraph A4 page, in Helvetica and in the embedded DejaVu Sans that letters
use; (b) one referral letter rendered from its template (template to PDF bytes, warm). Interleaved
runs, median. Goal: b/a at most 2. Then a batch of letters into one PDF on an encrypted demo
database, through the letters service (gathering from the database, consent, rendering, audit),
and the same letters rendered alone. Not a test: it prints figures.
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


def timed(fn, *args) -> float:  # noqa: ANN001
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def single(runs: int) -> None:
    from app.io.letters import fonts

    font = fonts.register()
    for fn, args in ((bare_page, ("Helvetica",)), (bare_page, (font,)), (referral_letter, ())):
        fn(*args)  # warm: imports, font parsing, template parse
    samples: dict[str, list[float]] = {"helvetica": [], "dejavu": [], "letter": []}
    for _ in range(runs):
        samples["helvetica"].append(timed(bare_page, "Helvetica"))
        samples["dejavu"].append(timed(bare_page, font))
        samples["letter"].append(timed(referral_letter))
    med = {k: statistics.median(v) * 1000 for k, v in samples.items()}
    print(f"bare reportlab page, Helvetica:     {med['helvetica']:6.2f} ms (median of {runs})")
    print(f"bare reportlab page, DejaVu Sans:   {med['dejavu']:6.2f} ms")
    print(f"referral letter (template to PDF):  {med['letter']:6.2f} ms, {len(referral_letter())} bytes")
    print(f"ratio letter / bare DejaVu page:    {med['letter'] / med['dejavu']:.2f}  (goal <= 2)")
    print(f"ratio letter / bare Helvetica page: {med['letter'] / med['helvetica']:.2f}")


def batch(count: int) -> None:
    from app.services.caseload import Caseload
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
