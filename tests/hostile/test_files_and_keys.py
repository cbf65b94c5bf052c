"""Nothing lost, nothing leaked: set-aside databases, key files, file modes, CSV cells, passphrases, and
exports that fail (a folder for a file, a read-only folder, a full disk) with a sentence and no half file.

Failures are real: a read-only folder is one the process may not write (as root, with the capability to
override file modes dropped through ``setpriv``); a full disk is a file-size limit the kernel enforces
on the process (``RLIMIT_FSIZE``), so a write stops part way as it does when the disk fills.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import os
import resource
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app import clock
from app.core import Linkwell
from app.errors import LinkwellError
from app.services import audit
from app.services.audit import Audit
from app.services.caseload.facade import Caseload
from app.storage import backup, key_care, keys
from app.storage.database import Database, open_database
from tests.conftest import PASSPHRASE
from tests.ui.conftest import inline_runner, shown_errors  # noqa: F401 - fixtures for the window tests

NEW = "a new passphrase, also fictional"
EVIL = '=HYPERLINK("http://evil.example","click")'
# Without this capability root may write anywhere; dropped, a folder's mode binds root as it binds anyone.
AS_PLAIN_USER = ("setpriv", "--inh-caps=-dac_override,-dac_read_search",
                 "--bounding-set=-dac_override,-dac_read_search") if os.geteuid() == 0 else ()


def linkwell(*args: str, passphrase: str | None = PASSPHRASE, env: dict[str, str] | None = None,
             prefix: tuple[str, ...] = (), umask: int | None = None, file_limit: int | None = None,
             timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The real command in a process of its own, optionally as a plain user, with a umask or a file-size limit."""
    full_env = {k: v for k, v in os.environ.items() if k != "LINKWELL_PASSPHRASE"}
    if passphrase is not None:
        full_env["LINKWELL_PASSPHRASE"] = passphrase
    full_env.update(env or {})

    def limits() -> None:
        if umask is not None:
            os.umask(umask)
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.run([*prefix, sys.executable, "-m", "app.cli", *args], env=full_env, capture_output=True,
                          text=True, timeout=timeout, preexec_fn=limits, check=False)


def assert_sentence(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("linkwell: "), done.stderr
    for word in words:
        assert word in lines[0], lines[0]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The loosest umask there is: files come out as the code asks, not as the umask allows."""
    before = os.umask(0)
    yield
    os.umask(before)


def someone(db: Database) -> str:
    """A person on the demo caseload with a referral."""
    return next(p["id"] for p in Caseload(db).summaries() if p["status"])


# --- 4. restore never overwrites a set-aside database ---------------------------------------------------------


def test_two_restores_in_one_second_keep_both_set_aside_databases(db: Database) -> None:
    caseload = Caseload(db)
    caseload.add_person(given_name="Before", family_name="Backup")
    taken = backup.create_backup(db)
    replaced: list[str] = []
    with clock.pinned("2026-03-02T10:00:00+00:00"):
        for name in ("Nia", "Rhys"):
            Caseload(db).add_person(given_name=name, family_name="After")
            db.close()
            replaced.append(digest(db.path))
            _, set_aside = backup.restore_backup(db.path, taken.path, db.key)
            assert set_aside is not None and digest(set_aside) == replaced[-1]
    kept = sorted(p for p in db.path.parent.iterdir() if ".before-restore-" in p.name)
    assert len(kept) == 2
    assert sorted(digest(p) for p in kept) == sorted(replaced)


# --- 11. a key file with odd settings is a sentence, at once ----------------------------------------------------


def _key_json(path: Path) -> dict[str, Any]:
    return json.loads(keys.key_file_path(path).read_text())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


ODD_KEY_FILES: dict[str, Callable[[dict[str, Any]], Any]] = {
    "memory 2^31 KiB": lambda k: k["kdf"].update(memory_kib=2**31) or k,
    "lanes 0": lambda k: k["kdf"].update(lanes=0) or k,
    "memory lots": lambda k: k["kdf"].update(memory_kib="lots") or k,
    "iterations 10^9": lambda k: k["kdf"].update(iterations=10**9) or k,
    "iterations true": lambda k: k["kdf"].update(iterations=True) or k,
    "salt not base64": lambda k: k["kdf"].update(salt="not base64!") or k,
    "kdf a string": lambda k: k.update(kdf="argon2id") or k,
    "a list at the top": lambda k: [k],
    "a 3-byte nonce": lambda k: k.update(nonce=_b64(b"abc")) or k,
    "a short wrapped key": lambda k: k.update(wrapped_key=_b64(b"short")) or k,
}


@pytest.mark.parametrize("damage", ODD_KEY_FILES.values(), ids=ODD_KEY_FILES.keys())
def test_a_key_file_with_odd_settings_is_a_sentence(db: Database, damage: Callable[[dict[str, Any]], Any]) -> None:
    db.close()
    keys.key_file_path(db.path).write_text(json.dumps(damage(_key_json(db.path))))
    done = linkwell("person", "list", "--db", str(db.path), timeout=60)
    assert_sentence(done, "damaged or not a Linkwell key file", "recovery key")


def test_a_key_file_nested_beyond_reason_is_a_sentence(db: Database) -> None:
    db.close()
    keys.key_file_path(db.path).write_text("[" * 100_000)
    assert_sentence(linkwell("person", "list", "--db", str(db.path)), "damaged or not a Linkwell key file")


def test_the_recovery_key_gets_past_a_damaged_key_file_as_the_sentence_says(db: Database) -> None:
    code = key_care.recovery_code(db.key)
    db.close()
    keys.key_file_path(db.path).write_text(json.dumps(ODD_KEY_FILES["lanes 0"](_key_json(db.path))))
    recovered = linkwell("key", "recover", "--db", str(db.path), passphrase=None,
                         env={"LINKWELL_RECOVERY_CODE": code, "LINKWELL_NEW_PASSPHRASE": NEW})
    assert recovered.returncode == 0, recovered.stderr
    assert linkwell("person", "list", "--db", str(db.path), passphrase=NEW).returncode == 0


def test_open_database_still_opens_after_these_checks(db: Database) -> None:
    """The key file Linkwell writes passes its own checks."""
    db.close()
    open_database(db.path, passphrase=PASSPHRASE).close()


# --- 12. personal data is written owner-only, whatever the umask -----------------------------------------------


def test_backups_and_a_restored_database_are_owner_only(db: Database, open_umask: None) -> None:
    taken = backup.create_backup(db)
    assert mode(taken.path) == 0o600 and mode(keys.key_file_path(taken.path)) == 0o600
    assert mode(taken.path.parent) == 0o700
    db.close()
    _, set_aside = backup.restore_backup(db.path, taken.path, db.key)
    assert set_aside is not None
    assert mode(db.path) == 0o600 and mode(set_aside) == 0o600


def test_exports_letters_and_reports_are_owner_only(demo_db: Database, tmp_path: Path) -> None:
    person = someone(demo_db)
    path = str(demo_db.path)
    demo_db.close()
    out = tmp_path / "out"
    runs = [
        ("person", "export", person, "--out", str(out / "sar")),
        ("audit", "export", "--out", str(out / "audit" / "trail.csv")),
        ("report", "--from", "2000-01-01", "--to", "2100-01-01", "--out", str(out / "report" / "r.pdf"),
         "--csv", str(out / "report" / "r.csv")),
        ("letter", "gp", "--person", person, "--out", str(out / "letters" / "gp.pdf")),
    ]
    for args in runs:
        done = linkwell(*args, "--db", path, umask=0)
        assert done.returncode == 0, done.stderr
    files = [p for p in out.rglob("*") if p.is_file()]
    folders = [p for p in out.rglob("*") if p.is_dir()]
    assert len(files) == 6 and len(folders) == 4
    assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
    assert {p.name: mode(p) for p in folders} == {p.name: 0o700 for p in folders}


# --- 13. no formula reaches a spreadsheet from any CSV ----------------------------------------------------------


def test_the_audit_csv_disarms_a_formula_in_the_actor(demo_db: Database, tmp_path: Path) -> None:
    person = someone(demo_db)
    path = str(demo_db.path)
    demo_db.close()
    as_evil = {"LOGNAME": EVIL, "USER": EVIL}
    assert linkwell("person", "export", person, "--out", str(tmp_path / "sar"), "--db", path,
                    env=as_evil).returncode == 0
    out = tmp_path / "trail.csv"
    assert linkwell("audit", "export", "--out", str(out), "--db", path).returncode == 0
    on_stdout = linkwell("audit", "export", "--db", path)
    for text in (out.read_text(encoding="utf-8"), on_stdout.stdout):
        rows = list(csv.DictReader(io.StringIO(text)))
        actors = {row["actor"] for row in rows}
        assert "'" + EVIL in actors
        assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())


# --- 16. a passphrase of spaces is refused everywhere -----------------------------------------------------------


@pytest.mark.parametrize("blank", [" " * 8, "\t \t \t \t", " " * 40])
def test_init_refuses_a_passphrase_of_spaces(tmp_path: Path, blank: str) -> None:
    target = tmp_path / "new.db"
    assert_sentence(linkwell("init", "--db", str(target), passphrase=blank), "spaces")
    assert list(tmp_path.iterdir()) == []


def test_changing_to_a_passphrase_of_spaces_is_refused(db: Database) -> None:
    db.close()
    before = keys.key_file_path(db.path).read_bytes()
    done = linkwell("key", "passphrase", "--db", str(db.path), env={"LINKWELL_NEW_PASSPHRASE": " " * 12})
    assert_sentence(done, "spaces")
    code = key_care.recovery_code(db.key)
    done = linkwell("key", "recover", "--db", str(db.path), passphrase=None,
                    env={"LINKWELL_RECOVERY_CODE": code, "LINKWELL_NEW_PASSPHRASE": " " * 12})
    assert_sentence(done, "spaces")
    assert keys.key_file_path(db.path).read_bytes() == before


def test_the_window_refuses_a_new_passphrase_of_spaces(qtbot: Any, db: Database, core: Linkwell, inline_runner: Any,  # noqa: F811
                                                       shown_errors: Any) -> None:  # noqa: F811
    from ui.dialogs.key_care import ChangePassphraseDialog

    before = keys.key_file_path(db.path).read_bytes()
    dialog = ChangePassphraseDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.old.setText(PASSPHRASE)
    dialog.new.setText(" " * 8)
    dialog.repeat.setText(" " * 8)
    dialog.change_button.click()
    assert "spaces" in dialog.message.text() and dialog.isVisible()
    assert shown_errors.texts == []
    assert keys.key_file_path(db.path).read_bytes() == before


# --- 17. a damaged workbook is a sentence ---------------------------------------------------------------------


def _workbook(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Given name", "Family name", "NHS number"])
    sheet.append(["Siân", "Evans", "9434765919"])
    book.save(path)
    return path


def _with_sheet(path: Path, damage: Callable[[bytes], bytes], *, stored: bool = False) -> Path:
    """The workbook again, with its first sheet's bytes damaged (left uncompressed when ``stored``)."""
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    damaged = path.with_name("damaged.xlsx")
    with zipfile.ZipFile(damaged, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as target:
        for name, data in members:
            target.writestr(name, damage(data) if name == "xl/worksheets/sheet1.xml" else data)
    return damaged


def _flip_inside_the_sheet(path: Path) -> Path:
    """A bit flipped in the stored sheet: the zip's checksum no longer matches."""
    raw = bytearray(path.read_bytes())
    at = raw.index(b"<sheetData>") + 20
    raw[at] ^= 0x01
    path.write_bytes(bytes(raw))
    return path


@pytest.mark.parametrize("damage", ["cut short", "bad checksum"])
def test_a_damaged_workbook_is_a_sentence(db: Database, tmp_path: Path, damage: str) -> None:
    good = _workbook(tmp_path / "people.xlsx")
    if damage == "cut short":
        bad = _with_sheet(good, lambda data: data[: len(data) // 2])
    else:
        bad = _flip_inside_the_sheet(_with_sheet(good, lambda data: data, stored=True))
    db.close()
    assert_sentence(linkwell("person", "import", str(bad), "--db", str(db.path)), "damaged.xlsx", "Excel")


# --- 17. exports that cannot be written are sentences, and leave nothing half-written -------------------------


def _exports(person: str, out: Path) -> dict[str, tuple[str, ...]]:
    """Each way a file is written from the command line, into ``out``."""
    return {
        "person export": ("person", "export", person, "--out", str(out)),
        "audit export": ("audit", "export", "--out", str(out / "trail.csv")),
        "report": ("report", "--from", "2000-01-01", "--to", "2100-01-01", "--out", str(out / "r.pdf"),
                   "--csv", str(out / "r.csv")),
        "letter": ("letter", "gp", "--person", person, "--out", str(out / "gp.pdf")),
        "directory export": ("directory", "export", "--out", str(out / "directory.json")),
    }


@pytest.mark.parametrize("what", ["audit export", "report", "letter", "directory export"])
def test_out_naming_a_folder_is_a_sentence(demo_db: Database, tmp_path: Path, what: str) -> None:
    person = someone(demo_db)
    path = str(demo_db.path)
    demo_db.close()
    args = list(_exports(person, tmp_path / "unused")[what])
    folder = tmp_path / "a folder"
    folder.mkdir()
    args[args.index("--out") + 1] = str(folder)
    assert_sentence(linkwell(*args, "--db", path), "is a folder")
    assert list(folder.iterdir()) == []


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    probe = subprocess.run([*AS_PLAIN_USER, sys.executable, "-c", f"open({str(folder / 'probe')!r}, 'w')"],
                           capture_output=True, text=True, check=False)
    assert "PermissionError" in probe.stderr  # the folder truly refuses the process its files
    yield folder
    folder.chmod(0o755)


@pytest.mark.parametrize("what", ["person export", "audit export", "report", "letter", "directory export"])
def test_a_read_only_folder_is_a_sentence(demo_db: Database, read_only: Path, what: str) -> None:
    person = someone(demo_db)
    path = str(demo_db.path)
    demo_db.close()
    done = linkwell(*_exports(person, read_only)[what], "--db", path, prefix=AS_PLAIN_USER)
    assert_sentence(done, "may not save", str(read_only))
    assert list(read_only.iterdir()) == []


FULL_AT = 256 * 1024  # bytes: above anything the database writes in these runs, below each export


def _busy_trail(db: Database) -> None:
    """Enough audit events, with long details, that the CSV and the person export outgrow ``FULL_AT``."""
    person = someone(db)
    with db.session() as session:
        for n in range(1500):
            audit.record(session, actor="tester", action="view", person_id=person,
                         detail=f"looked again ({n}) " + "x" * 200)
    assert len(Audit(db).export_csv().encode()) > FULL_AT


@pytest.mark.parametrize("what", ["person export", "audit export"])
def test_a_full_disk_leaves_no_half_file(demo_db: Database, tmp_path: Path, what: str) -> None:
    _busy_trail(demo_db)
    person = someone(demo_db)
    path = str(demo_db.path)
    demo_db.close()
    out = tmp_path / "out"
    out.mkdir()
    old = out / "trail.csv"
    old.write_text("the trail exported yesterday\n")
    done = linkwell(*_exports(person, out)[what], "--db", path, file_limit=FULL_AT)
    assert_sentence(done, "not enough space")
    assert list(out.iterdir()) == [old] and old.read_text() == "the trail exported yesterday\n"


def test_a_person_export_that_fits_is_whole(demo_db: Database, tmp_path: Path) -> None:
    """The same export with room to spare: the limit above is what stopped it."""
    _busy_trail(demo_db)
    person = someone(demo_db)
    path = str(demo_db.path)
    demo_db.close()
    done = linkwell(*_exports(person, tmp_path / "out")["person export"], "--db", path)
    assert done.returncode == 0, done.stderr
    written = sorted((tmp_path / "out").iterdir())
    assert [p.suffix for p in written] == [".json", ".pdf"]
    assert written[0].stat().st_size > FULL_AT
    assert written[1].read_bytes().rstrip().endswith(b"%%EOF")


def test_the_window_says_a_sentence_when_the_audit_export_cannot_be_written(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: Any, shown_errors: Any, tmp_path: Path) -> None:  # noqa: F811
    from ui.dialogs.audit_log import AuditLogDialog

    dialog = AuditLogDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.export_to(tmp_path)
    assert "is a folder" in dialog.message.text() and shown_errors.texts == []


def test_a_write_that_fails_raises_a_linkwell_error_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    from app.io.files import write_atomically

    with pytest.raises(LinkwellError, match="is a folder"):
        write_atomically(tmp_path, b"data")
    with pytest.raises(LinkwellError, match="not an ordinary file"):
        write_atomically(Path("/dev/null"), b"data")
    assert Path("/dev/null").is_char_device()
    assert list(tmp_path.iterdir()) == []


def test_the_window_says_a_sentence_when_a_backup_cannot_be_written(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: Any, shown_errors: Any) -> None:  # noqa: F811
    from ui.dialogs.backups import BackupsDialog

    backup.backup_dir(db.path).write_text("a file where the backups folder goes")
    dialog = BackupsDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.back_up()
    assert "is a file, not a folder" in dialog.message.text() and shown_errors.texts == []
