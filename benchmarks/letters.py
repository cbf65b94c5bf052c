"""Letters benchmark: one referral letter against a bare reportlab page, and 500 letters in one batch.

    .venv/bin/python benchmarks/letters.py [--runs 30] [--batch 500]

What is timed, warm, interleaved, best and median of N: (a) the sample referral letter laid out by hand
in reportlab: the same paragraphs and sizes in the same embedded DejaVu Sans, written directly as
escaped Paragraph markup, a Table for the details and the footer drawn on the canvas, with no
template pipeline; (b) the same letter through Linkwell's pipeline, from its template to PDF bytes
(template filled from the in-memory sample context, laid out, fonts subset and embedded; no
database). Goal: b/a at most 1.3; the two PDFs' words are compared with pdftotext when it is there.
For scale, a bare one-paragraph page in Helvetica and in DejaVu Sans, and that one paragraph through
the letters' pipeline. Then, on an encrypted demo database: gathering one letter's context (database
reads and consent, no layout), and batches of letters into one PDF through the letters service
(gathering, consent, rendering, audit; goal for 500: under 8 s), and the same letters rendered alone.
Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
LETTER_GOAL = 1.3  # the pipeline against the same letter laid out by hand
BATCH_GOAL = 8.0  # seconds for 500 letters into one PDF


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


def hand_referral(ctx) -> bytes:
    """The sample referral letter laid out directly in reportlab, as a developer would write it by hand:
    the same paragraphs, sizes and embedded DejaVu Sans, with escaped markup Paragraphs, a two-column
    Table for the details and the footer drawn on the canvas; no template, no Linkwell layout code."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (CondPageBreak, HRFlowable, KeepTogether, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    from app.io.letters import fonts
    from app.io.letters.clean import long_date

    regular, bold, s, grey = fonts.register(), fonts.BOLD, 11.0, colors.HexColor("#444444")
    body = ParagraphStyle("b", fontName=regular, fontSize=s, leading=s * 1.3, spaceAfter=s * 0.4)
    title = ParagraphStyle("t", body, fontName=bold, fontSize=s * 1.3, leading=s * 1.6, spaceBefore=s * 0.4,
                           spaceAfter=s * 0.6)
    heading = ParagraphStyle("h", body, fontName=bold, fontSize=s * 1.1, leading=s * 1.4, spaceBefore=s * 0.5,
                             spaceAfter=s * 0.2)
    right = ParagraphStyle("r", body, alignment=TA_RIGHT)
    head = ParagraphStyle("hd", body, alignment=TA_RIGHT, fontSize=s * 0.8, leading=s * 0.8 * 1.3, spaceAfter=0)
    headname = ParagraphStyle("hn", body, fontName=bold, alignment=TA_RIGHT, fontSize=s * 1.25,
                              leading=s * 1.5, spaceAfter=2)
    label = ParagraphStyle("l", body, fontName=bold, spaceAfter=0)
    cell = ParagraphStyle("c", body, spaceAfter=0)

    def e(text: str) -> str:
        return escape(text).replace("\n", "<br/>")

    p, sv, w, ep, lh = ctx.person, ctx.service, ctx.worker, ctx.episode, ctx.letterhead
    rows = [("Name", p.name), ("Date of birth", long_date(p.date_of_birth)), ("NHS number", p.nhs_number),
            ("Phone", p.phone), ("Email", p.email), ("Address", p.address),
            ("Communication needs", p.communication_needs), ("Reasons for referral", ", ".join(ep.reasons))]
    details = Table([[Paragraph(e(k), label), Paragraph(e(v), cell)] for k, v in rows if v],
                    colWidths=[45 * mm, None], hAlign="LEFT")
    details.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (0, -1), s * 0.5), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), s * 0.1),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), s * 0.25)]))
    story = [
        Paragraph(e(lh.name), headname),
        Paragraph(e(", ".join(lh.address.split("\n"))) + "<br/>" + e(f"Phone {lh.phone}   {lh.email}"), head),
        HRFlowable(width="100%", thickness=0.6, color=grey, spaceBefore=2 * mm, spaceAfter=4 * mm),
        Paragraph("<br/>".join(e(x) for x in (sv.contact_name, sv.name, sv.organisation, sv.address) if x), body),
        Paragraph(e(long_date(ctx.today)), right),
        Paragraph(e(f"Referral: {p.name}"), title),
        Paragraph(e(f"Dear {sv.contact_name or 'colleague'},"), body),
        Paragraph(f"I would like to refer <b>{e(p.name)}</b> to <b>{e(sv.name)}</b>. {e(p.preferred_name)} has "
                  "agreed to this referral and to our sharing the details below with you.", body),
        CondPageBreak(s * 5), Paragraph(e(f"About {p.preferred_name}"), heading),
        details, Spacer(1, s * 0.5),
        CondPageBreak(s * 5), Paragraph(e(f"What matters to {p.preferred_name}, in their own words"), heading),
        Paragraph(e(ep.what_matters), body),
        CondPageBreak(s * 5), Paragraph("What we are asking you to do", heading),
        Paragraph(e(ctx.note), body),
        CondPageBreak(s * 5), Paragraph("How to reply", heading),
        Paragraph(e(f"Please let me know whether you can take this referral, and when {p.preferred_name} "
                    "first comes along."), body),
        Paragraph(e(f"You can call me on {w.phone}, email {w.email}, or write to the address at the top of "
                    "this letter."), body),
        Paragraph("Yours sincerely,", body),
        KeepTogether([Paragraph(f"<b>{e(w.name)}</b>", body), Paragraph(e(f"{w.role}, {lh.name}"), body)]),
    ]
    footer = f"Confidential: shared with {p.preferred_name}'s agreement. Please keep it safe."

    def furniture(canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, s * 0.8)
        canvas.setFillColor(grey)
        canvas.drawString(20 * mm + 6, 11 * mm, footer)
        canvas.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                      bottomMargin=20 * mm, initialFontName=regular, initialFontSize=s,
                      title=f"Referral: {p.name}").build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


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
    from app.io.letters import fonts, sample

    font = fonts.register()
    context = sample.referral()
    kinds = {"helvetica": (bare_page, ("Helvetica",)), "dejavu": (bare_page, (font,)),
             "hand": (hand_referral, (context,)), "letter": (referral_letter, ()), "one": (one_paragraph_letter, ())}
    for fn, args in kinds.values():
        fn(*args)  # warm: imports, font parsing, template parse
    samples: dict[str, list[float]] = {k: [] for k in kinds}
    for _ in range(runs):
        for name, (fn, args) in kinds.items():
            samples[name].append(timed(fn, *args))
    med = {k: statistics.median(v) * 1000 for k, v in samples.items()}
    best = {k: min(v) * 1000 for k, v in samples.items()}
    print(f"Letters, median (best) of {runs} interleaved runs:")
    print(f"  bare reportlab page, Helvetica:        {med['helvetica']:6.2f} ms ({best['helvetica']:.2f})")
    print(f"  bare reportlab page, DejaVu Sans:      {med['dejavu']:6.2f} ms ({best['dejavu']:.2f})")
    print(f"  one paragraph through the letters:     {med['one']:6.2f} ms ({best['one']:.2f})")
    print(f"  (a) referral letter by hand, reportlab: {med['hand']:6.2f} ms ({best['hand']:.2f}), "
          f"{len(hand_referral(context))} bytes")
    print(f"  (b) referral letter, Linkwell pipeline: {med['letter']:6.2f} ms ({best['letter']:.2f}), "
          f"{len(referral_letter())} bytes")
    ratio = med["letter"] / med["hand"]
    print(f"  b/a {ratio:.2f} median, {best['letter'] / best['hand']:.2f} best; goal <= {LETTER_GOAL}: "
          f"{'met' if ratio <= LETTER_GOAL else 'NOT met'}")
    print(f"  same words in both PDFs (pdftotext): {_same_words(hand_referral(context), referral_letter())}")


def _same_words(a: bytes, b: bytes) -> str:
    if not shutil.which("pdftotext"):
        return "not checked (no pdftotext)"
    said = [sorted(subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.split())
            for pdf in (a, b)]  # sorted: the hand-made page draws its footer first
    return "yes" if said[0] == said[1] else "NO"


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
            goal = f"; goal under {BATCH_GOAL:.0f} s: {'met' if seconds < BATCH_GOAL else 'NOT met'}" \
                if result.letters == 500 else ""
            print(f"{result.letters} {kind} letters into one PDF via the service: {seconds:.1f} s "
                  f"({seconds / result.letters * 1000:.1f} ms a letter, {out.stat().st_size // 1024} KB){goal}")
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
