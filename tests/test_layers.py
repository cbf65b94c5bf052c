"""The rules that keep the code easy to change: app/ is headless, reference data lives in resources/."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_app_never_imports_qt_or_ui() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imports(path) & {"PySide6", "ui", "shiboken6"})
        for path in (ROOT / "app").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_caseload_list_path_stays_free_of_the_orm() -> None:
    """The first paint reads through caseload_list; it must not pull in SQLAlchemy or SQLModel."""
    import subprocess
    import sys

    code = (
        "import sys, app.services.caseload_list, app.storage.keys, app.cli;"
        "print(sorted(m for m in ('sqlalchemy','sqlmodel','alembic') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_makefile_prints_the_demo_passphrase_the_app_uses() -> None:
    from app.paths import DEMO_PASSPHRASE

    assert f"DEMO_PASSPHRASE := {DEMO_PASSPHRASE}" in (ROOT / "Makefile").read_text()
