"""packaging/install.sh and uninstall.sh, on a stand-in bundle (a shell script called ``linkwell``): the
per-user install puts the program, a launcher and a menu entry under HOME, an upgrade replaces only the
program, and neither upgrade nor uninstall touches the database, its key or backups. The real bundle goes
through the same scripts in ``make package-check``."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def make_bundle(folder: Path, version: str) -> Path:
    bundle = folder / f"linkwell-{version}"
    (bundle / "_internal").mkdir(parents=True)
    program = bundle / "linkwell"
    program.write_text(f'#!/bin/sh\necho "linkwell {version}: $*"\n', encoding="utf-8")
    program.chmod(0o755)
    for name in ("install.sh", "uninstall.sh", "linkwell.svg"):
        shutil.copy2(PACKAGING / name, bundle / name)
    return bundle


class Home:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.mkdir()
        self.data = path / ".local/share/linkwell"
        self.program = self.data / "program"
        self.launcher = path / ".local/bin/linkwell"
        self.menu = path / ".local/share/applications/linkwell.desktop"

    def run(self, *argv: str | Path) -> subprocess.CompletedProcess[str]:
        env = {"HOME": str(self.path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        return subprocess.run([*map(str, argv)], capture_output=True, text=True, env=env, timeout=60,
                              check=False, cwd=self.path)


@pytest.fixture
def home(tmp_path: Path) -> Home:
    return Home(tmp_path / "Siân Ŵyn & Łucja")  # a home folder with spaces and Welsh and Polish letters


def keep_data(home: Home) -> dict[Path, bytes]:
    """A database, its key and a backup where Linkwell keeps them (beside program/)."""
    files = {
        home.data / "linkwell.db": b"encrypted pages",
        home.data / "linkwell.db.key": b'{"wrapped": "key"}',
        home.data / "linkwell-backups/linkwell-20261204-manual.db": b"a backup",
    }
    for path, content in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return files


def test_install_gives_a_launcher_and_a_menu_entry_for_this_user(home: Home, tmp_path: Path) -> None:
    done = home.run("sh", make_bundle(tmp_path, "1") / "install.sh")
    assert done.returncode == 0, done.stderr
    assert "Linkwell is installed for" in done.stdout and str(home.program) in done.stdout
    assert home.run(home.launcher, "person", "list").stdout == "linkwell 1: person list\n"
    entry = home.menu.read_text(encoding="utf-8")
    assert f'Exec="{home.program}/linkwell"\n' in entry
    assert f"Icon={home.program}/linkwell.svg\n" in entry
    assert "StartupWMClass=Linkwell\n" in entry  # the window's WM_CLASS, so the menu's icon stays on it
    assert "replaced the earlier version" not in done.stdout
    if shutil.which("desktop-file-validate"):
        validated = subprocess.run(["desktop-file-validate", str(home.menu)], capture_output=True, text=True)
        assert validated.returncode == 0, validated.stdout


def test_an_upgrade_replaces_the_program_and_keeps_the_data(home: Home, tmp_path: Path) -> None:
    assert home.run("sh", make_bundle(tmp_path, "1") / "install.sh").returncode == 0
    data = keep_data(home)
    done = home.run("sh", make_bundle(tmp_path, "2") / "install.sh")
    assert done.returncode == 0, done.stderr
    assert home.run(home.launcher).stdout == "linkwell 2: \n"
    assert "This replaced the earlier version; if Linkwell is open, close it and open it again." in done.stdout
    assert {path: path.read_bytes() for path in data} == data
    assert sorted(p.name for p in home.data.iterdir()) == [
        "linkwell-backups", "linkwell.db", "linkwell.db.key", "program"]  # no program.new or .old left


def test_someone_elses_launcher_is_not_overwritten(home: Home, tmp_path: Path) -> None:
    home.launcher.parent.mkdir(parents=True)
    home.launcher.write_text("#!/bin/sh\necho pip's linkwell\n", encoding="utf-8")
    done = home.run("sh", make_bundle(tmp_path, "1") / "install.sh")
    assert done.returncode == 1
    assert done.stderr == (f"install.sh: {home.launcher} exists and is not Linkwell's launcher; "
                           "move it away and try again.\n")
    assert home.launcher.read_text(encoding="utf-8") == "#!/bin/sh\necho pip's linkwell\n"
    assert not home.program.exists()


def test_uninstall_removes_the_program_and_keeps_the_data(home: Home, tmp_path: Path) -> None:
    assert home.run("sh", make_bundle(tmp_path, "1") / "install.sh").returncode == 0
    data = keep_data(home)
    done = home.run("sh", home.program / "uninstall.sh")
    assert done.returncode == 0, done.stderr
    assert not home.program.exists() and not home.launcher.exists() and not home.menu.exists()
    assert {path: path.read_bytes() for path in data} == data
    assert f"Your data is kept in {home.data}" in done.stdout


def test_uninstall_with_no_data_leaves_nothing_behind(home: Home, tmp_path: Path) -> None:
    assert home.run("sh", make_bundle(tmp_path, "1") / "install.sh").returncode == 0
    assert home.run("sh", home.program / "uninstall.sh").returncode == 0
    assert not home.data.exists()
    assert home.run("sh", make_bundle(tmp_path, "2") / "uninstall.sh").stdout.startswith(
        "Linkwell is not installed for")


def test_install_refuses_a_folder_that_is_not_a_bundle(home: Home, tmp_path: Path) -> None:
    stray = tmp_path / "stray"
    stray.mkdir()
    shutil.copy2(PACKAGING / "install.sh", stray)
    done = home.run("sh", stray / "install.sh")
    assert done.returncode == 1 and "run me from the Linkwell folder" in done.stderr
    assert not home.data.exists() and not home.launcher.exists()
