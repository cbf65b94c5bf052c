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


def _app_modules() -> dict[str, Path]:
    def name(path: Path) -> str:
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    return {name(p): p for p in (ROOT / "app").rglob("*.py") if "versions" not in p.parts}


def _app_imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The app modules ``path`` imports, at the top or inside functions; type-checking imports do not
    count (they never run). ``from package import submodule`` imports the submodule alone."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                   and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            submodules = {f"{node.module}.{alias.name}" for alias in node.names} & modules.keys()
            found |= submodules
            if len(submodules) < len(node.names):
                found.add(node.module)
    return found & modules.keys()


def test_io_never_imports_services() -> None:
    modules = _app_modules()
    offenders = {name: sorted(m for m in _app_imports(path, modules) if m.startswith("app.services"))
                 for name, path in modules.items() if name.startswith("app.io")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_app_has_no_import_cycle() -> None:
    modules = _app_modules()
    graph = {name: _app_imports(path, modules) - {name} for name, path in modules.items()}
    done: set[str] = set()

    def cycle_from(start: str, path: list[str]) -> list[str] | None:
        for nxt in sorted(graph[start]):
            if nxt in path:
                return [*path[path.index(nxt):], nxt]
            if nxt not in done:
                found = cycle_from(nxt, [*path, nxt])
                if found:
                    return found
        done.add(start)
        return None

    cycles = [c for name in sorted(graph) if name not in done and (c := cycle_from(name, [name]))]
    assert cycles == []
