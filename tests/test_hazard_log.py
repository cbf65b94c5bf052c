"""The clinical safety hazard log names, for each control, the test that shows it works: every one named
must exist, or the log claims a proof that is not there."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOG = ROOT / "docs" / "clinical-safety" / "hazard-log.md"
NAMED = re.compile(r"`(tests/[\w/]+\.py)::(test_\w+)`")


def _tests_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")}


def test_every_test_the_hazard_log_names_exists() -> None:
    named = NAMED.findall(LOG.read_text(encoding="utf-8"))
    assert len(named) >= 20
    missing = [f"{path}::{name}" for path, name in named
               if not (ROOT / path).exists() or name not in _tests_in(ROOT / path)]
    assert missing == []


def test_every_hazard_has_a_control_with_a_named_test() -> None:
    rows = [line for line in LOG.read_text(encoding="utf-8").splitlines() if re.match(r"\| H\d+ \|", line)]
    assert len(rows) >= 8
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert len(cells) == 7, row[:40]
        assert NAMED.search(cells[5]), f"{cells[0]} names no test for its controls"
