"""How each figure grows with a PCN's size: 1,000, 10,000 and 100,000 people (figures, not tests; issue 15).

    .venv/bin/python benchmarks/scale.py [--sizes 1000,10000,100000] [--quick] [--out FILE.md] [--png FILE.png]
    .venv/bin/python benchmarks/scale.py --replot benchmarks/scale.json   (the table and plot again, no measuring)

At each size there are 1.25 referrals and 10 contacts a person (8 a referral), as benchmarks/memory.py's
default: 100,000 people are 125,000 referrals and 1,000,000 contacts. Every figure comes from the benchmark
that measures it, run in a process of its own with ``--json`` (so one size's memory and caches do not
reach the next):

- report.py: the quarter's dashboard, the year's figures, CSV and PDF, DuckDB over the same rows, and
  (without ``--quick``) three years' figures against plain SQL; its database is generated once per size
  and cached under /tmp/linkwell-bench-cache (100,000 people take minutes the first time);
- memory.py: the window's peak memory on that same database, in a process of its own;
- caseload.py: first paint and scroll to the end against 100 people, the filters and quick find, on
  people it writes itself;
- demo_create.py: ``demo create`` with that many people and 5,000 services.

It prints a markdown table of every figure at every size with its goal and the figure's ratio to it,
writes it to ``--out`` for the README (the figures beside it as .json) and plots the figures against
people on log-log axes to ``--png`` (matplotlib, from the ``bench`` extra). At the default sizes these are
benchmarks/scale.md (and .json) and docs/screenshots/scale.png; other sizes or ``--quick`` write to the
temp folder unless told where. Each run's wall clock, CPU time and load average are printed: the machine
may be shared.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SIZES = (1_000, 10_000, 100_000)
SERVICES = 5_000  # demo create's directory: the area's services, not the PCN's size


def referrals(people: int) -> int:
    return people * 5 // 4


def contacts(people: int) -> int:
    return people * 10


# --- the figures ----------------------------------------------------------------------------

Result = dict[str, Any]  # one size: {"report": ..., "memory": ..., "caseload": ..., "demo": ...}, each a --json


@dataclass(frozen=True)
class Figure:
    label: str  # in the table
    short: str  # in the plot's legend
    unit: str  # "s", "ms", "MB" or "×"
    value: Callable[[Result], float]  # in ``unit``; KeyError or TypeError when not measured
    goal: float | None = None  # in ``unit`` (for a caseload time, the ratio to 100 people)
    goal_text: str = ""
    goal_at: int | None = None  # the only size the goal is set for (None: every size)
    cpu: Callable[[Result], float] | None = None  # seconds
    note: Callable[[Result], str] | None = None
    baseline: Callable[[Result], float] | None = None  # the same at 100 people: the goal is a ratio to it
    panel: int | None = None  # 0 the report and demo create, 1 the window, 2 memory; None: table only


def _report(key: str, field: str = "wall") -> Callable[[Result], float]:
    return lambda r: r["report"][key][field]


def _slowest_filter(r: Result) -> tuple[str, float]:
    return max(((name, t["people"]) for name, t in r["caseload"]["filters"].items()), key=lambda f: f[1])


FIGURES = [
    Figure("the quarter's dashboard, the people behind each figure and the charts", "quarter's dashboard", "s",
           _report("dashboard"), 2, "2 s", cpu=_report("dashboard", "cpu"), panel=0),
    Figure("the year's commissioner figures", "year's figures", "s", _report("year"), 3, "3 s",
           cpu=_report("year", "cpu"), panel=0),
    Figure("the year's per-referral CSV, streamed", "year's CSV", "s", _report("csv"), 5, "5 s",
           cpu=_report("csv", "cpu"), note=lambda r: f"{r['report']['csv']['rows']:,} rows", panel=0),
    Figure("DuckDB over the same rows, the year's aggregates (columnar, unencrypted, every core)",
           "DuckDB, year's aggregates", "s", _report("year", "duckdb"),
           note=lambda r: f"year's figures ÷ DuckDB {r['report']['year']['wall'] / r['report']['year']['duckdb']:.1f}",
           panel=0),
    Figure("the year's report as a PDF", "year's PDF", "s", _report("pdf"), cpu=_report("pdf", "cpu"), panel=0),
    Figure("three years' figures ÷ the same aggregates as plain SQL over the encrypted file", "", "×",
           lambda r: r["report"]["three_years"]["wall"] / r["report"]["three_years"]["sql_wall"], 2, "2×",
           note=lambda r: (f"{r['report']['three_years']['wall']:.2f} s vs {r['report']['three_years']['sql_wall']:.2f} s"
                           + ("" if r["report"]["three_years"]["agree"] else ", figures DISAGREE"))),
    Figure("`demo create`, with 5,000 services", "demo create", "s", lambda r: r["demo"]["seconds"], 10,
           "under 10 s at 10,000 people", goal_at=10_000, cpu=lambda r: r["demo"]["cpu"], panel=0),
    Figure("caseload first paint, against 100 people", "caseload first paint", "ms",
           lambda r: r["caseload"]["first_paint"]["people"] * 1000, 2, "at most 2× 100 people",
           baseline=lambda r: r["caseload"]["first_paint"]["100"] * 1000, panel=1),
    Figure("caseload scroll to the end, against 100 people", "caseload scroll to end", "ms",
           lambda r: r["caseload"]["scroll"]["people"] * 1000, 2, "at most 2× 100 people",
           baseline=lambda r: r["caseload"]["scroll"]["100"] * 1000, panel=1),
    Figure("the slowest caseload filter (status, practice, worker, overdue, reason)", "slowest filter", "ms",
           lambda r: _slowest_filter(r)[1] * 1000, 500, "well under 500 ms",
           note=lambda r: _slowest_filter(r)[0], panel=1),
    Figure("quick find, per keystroke: median", "quick find, median", "ms",
           lambda r: r["caseload"]["quick_find"]["median"] * 1000, 50, "under 50 ms", panel=1),
    Figure("quick find, per keystroke: 95th percentile", "quick find, 95th percentile", "ms",
           lambda r: r["caseload"]["quick_find"]["p95"] * 1000, 50, "under 50 ms", panel=1),
    Figure("quick find's index, built once", "quick find's index (once)", "ms",
           lambda r: r["caseload"]["quick_find"]["build"] * 1000, panel=1),
    Figure("peak memory of the window: caseload scrolled to the end, the quarter's dashboard, a record open",
           "the window", "MB", lambda r: r["memory"]["peak_mb"], 300, "under 300 MB", panel=2),
    Figure("peak memory of a bare PySide6 window, for comparison", "a bare PySide6 window", "MB",
           lambda r: r["memory"]["bare_mb"], panel=2),
    Figure("peak memory of `demo create`", "demo create", "MB", lambda r: r["demo"]["peak_mib"], panel=2),
]
PANELS = ("The report and demo create", "The window as it is used", "Peak memory (resident)")


def measured(figure: Figure, result: Result, fn: Callable[[Result], Any] | None = None) -> Any:
    try:
        return (fn or figure.value)(result)
    except (KeyError, TypeError, ZeroDivisionError):  # that run failed, or --quick left it out
        return None


def _amount(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "MB":
        return f"{value:.0f} MB"
    digits = 2 if value < 10 else 1 if value < 100 else 0
    return f"{value:,.{digits}f} {unit}"


def _times(ratio: float) -> str:
    return f"{ratio:.2f}×" if ratio >= 0.01 else f"{ratio:.1g}×"


def _minutes(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.0f} min"


def cell(figure: Figure, result: Result, people: int) -> str:
    value = measured(figure, result)
    if value is None:
        return "not measured"
    text = _amount(value, figure.unit)
    extra = []
    cpu = measured(figure, result, figure.cpu) if figure.cpu else None
    if cpu is not None:
        extra.append(f"CPU {_amount(cpu, 's')}")
    note = measured(figure, result, figure.note) if figure.note else None
    if note:
        extra.append(str(note))
    if figure.goal is not None and figure.goal_at in (None, people):
        base = measured(figure, result, figure.baseline) if figure.baseline else None
        if figure.baseline is not None and base:
            ratio = value / base
            said = f"{_times(ratio)} 100 people"
            met = ratio <= figure.goal
        else:
            ratio = value / figure.goal
            said = f"{_times(ratio)} the goal"
            met = value <= figure.goal
        extra.append(said if met else f"**{said}: not met**")
    return text + (f" ({'; '.join(extra)})" if extra else "")


def growth(figure: Figure, results: dict[int, Result]) -> str:
    sizes = sorted(results)
    first, last = (measured(figure, results[n]) for n in (sizes[0], sizes[-1]))
    if len(sizes) < 2 or not first or last is None or figure.unit == "×":
        return ""
    return f"×{last / first:.1f}"


def table(results: dict[int, Result]) -> str:
    sizes = sorted(results)
    head = ["what", "goal", *(f"{n:,} people" for n in sizes)]
    if len(sizes) > 1:
        head.append(f"{sizes[0]:,} → {sizes[-1]:,}")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for figure in FIGURES:
        row = [figure.label, figure.goal_text, *(cell(figure, results[n], n) for n in sizes)]
        if len(sizes) > 1:
            row.append(growth(figure, results))
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


# --- the plot -------------------------------------------------------------------------------


def plot(results: dict[int, Result], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

    sizes = sorted(results)
    fig, axes = plt.subplots(1, 3, figsize=(18, 7.5), layout="constrained")
    colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for panel, ax in enumerate(axes):
        shown = [f for f in FIGURES if f.panel == panel]
        for k, figure in enumerate(shown):
            colour = colours[k % len(colours)]
            points = [(n, v) for n in sizes if (v := measured(figure, results[n])) is not None]
            if not points:
                continue
            ax.plot(*zip(*points, strict=True), marker="o", color=colour, label=figure.short)
            if figure.goal is None:
                continue
            if figure.baseline is not None:  # 2× what 100 people take, at each size
                goals = [(n, figure.goal * b) for n in sizes if (b := measured(figure, results[n], figure.baseline))]
                if goals:
                    ax.plot(*zip(*goals, strict=True), linestyle="--", linewidth=1, color=colour)
            elif figure.goal_at is not None:
                ax.plot([figure.goal_at], [figure.goal], marker="*", markersize=14, linestyle="none",
                        color=colour)
            else:
                ax.axhline(figure.goal, linestyle="--", linewidth=1, color=colour)
        ax.set_xscale("log")
        ax.set_yscale("linear" if panel == 2 else "log")
        if panel == 2:
            ax.set_ylim(0, max(ax.get_ylim()[1], 330))
        else:
            ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: f"{y:g}"))
        ax.xaxis.set_major_locator(FixedLocator(sizes))
        ax.xaxis.set_minor_locator(NullLocator())
        ax.set_xticklabels([f"{n:,}" for n in sizes])
        ax.set_xlabel("people on the caseload")
        ax.set_ylabel({0: "seconds", 1: "milliseconds", 2: "MB"}[panel])
        ax.set_title(PANELS[panel])
        ax.grid(True, which="both", alpha=0.3)
        handles, labels = ax.get_legend_handles_labels()
        handles.append(Line2D([], [], color="grey", linestyle="--", linewidth=1))
        labels.append("the goal, in the line's colour" if panel != 1 else "goal (caseload: 2× 100 people's)")
        if panel == 0:
            handles.append(Line2D([], [], color="grey", marker="*", markersize=12, linestyle="none"))
            labels.append("demo create's goal, at 10,000")
        ax.legend(handles, labels, fontsize=9, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2,
                  frameon=False)
    fig.suptitle(title)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)


# --- running them ---------------------------------------------------------------------------


def _load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(script: str, args: list[str], folder: Path, env: dict[str, str], log: list[str]) -> Result | None:
    """One benchmark in a process of its own; its --json, or None when it failed."""
    out = folder / f"{script}-{len(log)}.json"
    command = [sys.executable, str(HERE / f"{script}.py"), *args, "--json", str(out)]
    print(f"\n== benchmarks/{script}.py {' '.join(args)} (load average {_load()})", flush=True)
    started, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run(command, env=env, cwd=ROOT)
    wall, cpu = time.perf_counter() - started, _children_cpu() - cpu
    ok = done.returncode == 0 and out.exists()
    line = (f"{script}.py {' '.join(args)}: {wall:.1f} s wall, {cpu:.1f} s CPU, load average after {_load()}"
            + ("" if ok else f", FAILED (exit status {done.returncode})"))
    print(f"== {line}", flush=True)
    log.append(line)
    return json.loads(out.read_text()) if ok else None


def measure(people: int, quick: bool, folder: Path, env: dict[str, str], log: list[str]) -> Result:
    size = ["--episodes", str(referrals(people)), "--contacts", str(contacts(people))]
    quickly = ["--quick"] if quick else []
    return {"report": run("report", [*size, *quickly], folder, env, log),
            "memory": run("memory", size, folder, env, log),
            "caseload": run("caseload", ["--people", str(people), *quickly], folder, env, log),
            "demo": run("demo_create", ["--people", str(people), "--services", str(SERVICES)], folder, env, log)}


def _tree() -> str:
    """The commit measured, and whether the working tree had changes beside it (it is shared)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        changed = subprocess.run(["git", "status", "--porcelain", "--", "app", "ui"], cwd=ROOT,
                                 capture_output=True, text=True, check=True).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    paths = sorted({"/".join(line[3:].split("/")[:3]) for line in changed if line})
    return head + (f", with uncommitted changes under {', '.join(paths)}" if paths else "")


def render(run_: dict[str, Any], out: Path, png: Path) -> None:
    """The table (printed and written to ``out``) and the plot, from a run's record."""
    results = {int(n): r for n, r in run_["results"].items()}
    sizes = sorted(results)
    sized = "; ".join(f"{n:,} people: {referrals(n):,} referrals, {contacts(n):,} contacts" for n in sizes)
    markdown = "\n".join([
        f"Measured {run_['when']} with `benchmarks/scale.py{' --quick' if run_['quick'] else ''}` "
        f"on {run_['cores']} cores (tree {run_['tree']}); {sized}; load average {run_['load_start']} at the start, "
        f"{run_['load_end']} at the end; {_minutes(run_['wall'])} wall clock, {_minutes(run_['cpu'])} CPU in all. "
        f"Each time is {'from one run' if run_['quick'] else 'the best of three runs'}; the ratio is the figure's "
        "to its goal, or to the same window's with 100 people.",
        "",
        table(results),
        "",
        "Runs: " + "; ".join(run_["log"]) + ".",
    ])
    print("\n" + markdown)
    out.write_text(markdown + "\n")
    out.with_suffix(".json").write_text(json.dumps(run_, indent=1) + "\n")
    print(f"\nTable written to {out}, the figures to {out.with_suffix('.json')}")
    try:
        plot(results, png, f"Linkwell as a PCN grows: each figure at {', '.join(f'{n:,}' for n in sizes)} people "
                           f"({run_['cores']} cores, load average {run_['load_start']} at the start)")
        print(f"Plot written to {png}")
    except ImportError:
        print("(matplotlib is not installed: make bench installs it, or pip install -e '.[bench]')")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="people, comma-separated (default 1000,10000,100000)")
    parser.add_argument("--quick", action="store_true", help="one run of each figure, and no three-year comparison")
    parser.add_argument("--out", type=Path, help="the markdown table (default benchmarks/scale.md), and its figures "
                                                 "beside it as .json")
    parser.add_argument("--png", type=Path, help="the plot (default docs/screenshots/scale.png)")
    parser.add_argument("--replot", type=Path, help="no measuring: the table and plot again from a run's .json")
    args = parser.parse_args(argv)
    if args.replot:
        run_ = json.loads(args.replot.read_text())
        sizes, quick = sorted(int(n) for n in run_["results"]), run_["quick"]
    else:
        sizes, quick = sorted({int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()}), args.quick
    usual = tuple(sizes) == SIZES and not quick  # only a full run replaces the README's table and plot
    scratch = Path(tempfile.gettempdir())
    out = args.out or (HERE / "scale.md" if usual else scratch / "linkwell-scale.md")
    png = args.png or (ROOT / "docs" / "screenshots" / "scale.png" if usual else scratch / "linkwell-scale.png")
    if args.replot:
        render(run_, out, png)
        return 0

    started, cpu = time.perf_counter(), _children_cpu()
    run_ = {"when": f"{datetime.now(UTC):%Y-%m-%d}", "quick": quick, "cores": os.cpu_count(), "tree": _tree(),
            "load_start": _load()}
    print(f"Scale: {', '.join(f'{n:,}' for n in sizes)} people ({'quick' if quick else 'best of 3'}), "
          f"on {os.cpu_count()} cores, load average {run_['load_start']}; tree {run_['tree']}")
    log: list[str] = []
    results: dict[int, Result] = {}
    with tempfile.TemporaryDirectory(prefix="linkwell-bench-") as folder:
        env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "QT_QPA_PLATFORM": "offscreen",
                            "XDG_DATA_HOME": folder, "XDG_CONFIG_HOME": folder}
        for people in sizes:
            results[people] = measure(people, quick, Path(folder), env, log)
    run_ |= {"load_end": _load(), "wall": time.perf_counter() - started, "cpu": _children_cpu() - cpu, "log": log,
             "results": results}
    render(run_, out, png)
    return 1 if any("FAILED" in line for line in log) else 0


if __name__ == "__main__":
    sys.exit(main())
