"""The per-user Windows installer definition (packaging/windows/linkwell.wxs), built with Debian's
wixl from a stand-in bundle and read back with msiinfo: it installs for one user with no
administrator rights, under the user's own folders, and a newer one replaces an older one."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _table(msi: Path, name: str) -> list[list[str]]:
    out = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True).stdout
    return [line.split("\t") for line in out.splitlines()[3:]]  # after the names, types and key rows


@pytest.fixture(scope="module")
def msi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    bundle = tmp_path_factory.mktemp("bundle")
    (bundle / "_internal" / "resources" / "i18n" / "cy").mkdir(parents=True)
    (bundle / "linkwell.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "python311.dll").write_bytes(b"stand-in")
    (bundle / "_internal" / "resources" / "i18n" / "cy" / "window.qm").write_bytes(b"stand-in")
    out = tmp_path_factory.mktemp("out") / "linkwell.msi"
    subprocess.run([str(ROOT / "scripts" / "build-msi.sh"), str(bundle), str(out)], check=True,
                   capture_output=True)
    return out


def test_it_installs_per_user_without_elevation(msi: Path) -> None:
    properties = dict((row[0], row[1]) for row in _table(msi, "Property"))
    assert properties["ALLUSERS"] == "2" and properties["MSIINSTALLPERUSER"] == "1"
    summary = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True, check=True).stdout
    assert "Linkwell" in summary


def test_files_go_to_the_users_own_programs_folder_with_a_start_menu_entry(msi: Path) -> None:
    parents = {row[0]: (row[1], row[2]) for row in _table(msi, "Directory")}
    assert parents["INSTALLDIR"] == ("UserPrograms", "Linkwell")
    assert parents["UserPrograms"] == ("LocalAppDataFolder", "Programs")
    files = {row[2] for row in _table(msi, "File")}
    assert {"linkwell.exe", "python311.dll", "window.qm"} <= files
    shortcuts = _table(msi, "Shortcut")
    assert [(row[1], row[2], row[4]) for row in shortcuts] == [
        ("ProgramMenuFolder", "Linkwell", "[INSTALLDIR]linkwell.exe")]
    registry = _table(msi, "Registry")
    assert registry and all(row[1] == "1" for row in registry)  # 1: HKEY_CURRENT_USER, never the machine's


def test_a_newer_build_replaces_an_older_one(msi: Path) -> None:
    upgrades = _table(msi, "Upgrade")
    assert upgrades and all(row[0] == "{6B1E6F37-2C55-4C35-9D0B-6F5A1B7E2C11}" for row in upgrades)
