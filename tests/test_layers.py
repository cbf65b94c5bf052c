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
        "import sys, app.services.caseload.listing, app.storage.keys, app.cli;"
        "print(sorted(m for m in ('sqlalchemy','sqlmodel','alembic') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


# What ui/ may import from app/: the core object and the types it hands out, the domain, the errors,
# the clock and the words (``app.i18n``, so the window and the core speak one language). Everything else (services, storage, io, paths, settings) is reached through ``app.core``, so
# moving a service changes app/core.py alone.
UI_MAY_IMPORT = ("app.core", "app.domain", "app.errors", "app.clock", "app.i18n")
# The one exception: the console script wires the command line to the window (app.cli never imports ui/,
# so that wiring has to live on this side).
UI_EXCEPTIONS = {
    "ui/launch.py": {"app.cli"},
}


def _app_modules_imported(path: Path) -> set[str]:
    """Every ``app`` module ``path`` imports, at the top, inside functions or for type checking only;
    ``from app import clock`` counts as ``app.clock``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.split(".")[0] == "app"}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "app":
                found |= {f"app.{alias.name}" for alias in node.names}
            elif node.module.startswith("app."):
                found.add(node.module)
    return found


def _allowed_in_ui(module: str) -> bool:
    return any(module == allowed or module.startswith(allowed + ".") for allowed in UI_MAY_IMPORT)


def test_ui_imports_only_the_core_and_domain_types_from_app() -> None:
    offenders = {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        name = str(path.relative_to(ROOT))
        bad = {m for m in _app_modules_imported(path) if not _allowed_in_ui(m)} - UI_EXCEPTIONS.get(name, set())
        if bad:
            offenders[name] = sorted(bad)
    assert offenders == {}


def test_the_ui_rule_catches_imports_inside_functions_and_from_app(tmp_path: Path) -> None:
    """The rule itself: an import tucked into a function, or ``from app import services``, is seen."""
    import textwrap

    probe = tmp_path / "probe.py"
    probe.write_text(textwrap.dedent("""
        from app import clock, services
        from app.core import Linkwell
        def later():
            from app.storage.database import Database
            import app.io.files
    """), encoding="utf-8")
    found = _app_modules_imported(probe)
    assert sorted(m for m in found if not _allowed_in_ui(m)) == ["app.io.files", "app.services",
                                                                   "app.storage.database"]


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


def test_only_the_clock_reads_the_time_of_day() -> None:
    """app/clock.py is the one clock tests pin: no other module of app/ or ui/ asks the system for now."""
    import re

    root = Path(__file__).resolve().parent.parent
    asking = re.compile(r"\b(datetime\.now|datetime\.utcnow|date\.today|QDate\.currentDate|QDateTime\.currentDateTime"
                        r"|QTime\.currentTime)\(")
    found = sorted(f"{path.relative_to(root)}:{n}" for folder in ("app", "ui") for path in (root / folder).rglob("*.py")
                   if path.name != "clock.py" and "migrations" not in path.parts
                   for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if asking.search(line))
    assert found == []
