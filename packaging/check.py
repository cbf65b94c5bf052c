"""make package-check: run the built bundle the way a practice laptop would, and say how big and quick it is.

    .venv/bin/python packaging/check.py [dist/linkwell]

The bundle is copied to an empty temporary folder and every run of it gets a clean environment: no
PYTHONPATH, no virtualenv, HOME a fresh folder, and PATH a folder holding only the dozen commands
install.sh and uninstall.sh use (sh, cp, mv ...), so there is no Python on it. Run as root (as here and
in CI) it runs as the unprivileged user ``nobody`` (``runuser``, as tests/hub/pg_cluster.py starts PostgreSQL),
so nothing under /root (the Python it was built with) can be reached. In turn it: creates a demo database
with the bundle's command line, reads it back, prints a referral letter to PDF and reads that with
pdftotext, queues a GP record message (built and checked with fhir.resources), opens the window offscreen until the caseload paints (``--smoke``), installs for the user with
install.sh (twice: the second is an upgrade), removes the copied bundle, runs the installed launcher, opens
the window again under Xvfb (a real X server), joins a team hub on loopback and syncs the demo to it (a real
PostgreSQL and ``linkwell hub serve`` from the development install, as the hub tests start them), and
uninstalls, checking the database is kept.

The bundle's side needs only the standard library here; the hub's side uses the development install.
Exits non-zero with the failing step's output.
"""

from __future__ import annotations

import glob
import json
import os
import pwd
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

PASSPHRASE = "package check: ŵ ŷ ł ż & <fictional>"
PEOPLE = 30
ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 180  # seconds for any one run: a hang fails the check instead of stalling it
TOOLS = ("sh", "env", "cp", "mv", "rm", "rmdir", "mkdir", "cat", "chmod", "grep", "dirname", "id")


class CheckFailed(Exception):
    pass


class Stranger:
    """Runs the bundle as someone else, in a clean environment, with HOME in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.home = folder / "Siân Ŵyn & Łucja"  # a home folder as a practice laptop might name it
        self.runtime = folder / "runtime"  # XDG_RUNTIME_DIR: Qt wants one of its own, 0700
        self.tools = folder / "tools"  # PATH: only what install.sh and uninstall.sh call, so no Python
        self.home.mkdir()
        self.runtime.mkdir(mode=0o700)
        self.tools.mkdir()
        for tool in TOOLS:
            found = shutil.which(tool)
            expect(found is not None, f"{tool} is not installed")
            (self.tools / tool).symlink_to(str(found))
        self.user = pwd.getpwuid(os.getuid()).pw_name
        self.prefix: list[str] = []
        if os.geteuid() == 0 and shutil.which("runuser"):
            self.user = "nobody"
            self.prefix = ["runuser", "-u", self.user, "--"]

    def own(self, path: Path) -> None:
        """Hand ``path`` (and all below it) to the user the bundle runs as."""
        if self.user != pwd.getpwuid(os.getuid()).pw_name:
            entry = pwd.getpwnam(self.user)
            for root, dirs, files in os.walk(path):
                for name in [root, *(os.path.join(root, n) for n in dirs + files)]:
                    os.lchown(name, entry.pw_uid, entry.pw_gid)

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            "HOME": str(self.home),
            "PATH": str(self.tools),
            "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(self.runtime),
            "LINKWELL_PASSPHRASE": PASSPHRASE,
        }
        env.update(extra)
        return env

    def run(self, step: str, argv: Sequence[str | Path], **extra: str) -> tuple[str, float]:
        """Run ``argv``; its standard output and the seconds it took. A non-zero exit fails ``step``."""
        env = self.env(**extra)
        # runuser sets HOME and SHELL itself: `env -i` after it makes the environment exactly ours.
        command = [*self.prefix, "env", "-i", *(f"{k}={v}" for k, v in env.items()), *map(str, argv)]
        started = time.monotonic()
        # A session of its own, so a run that hangs is ended whole (runuser and the program under it).
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   cwd=self.home, start_new_session=True)
        try:
            out, err = process.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            out, err = process.communicate()
            raise CheckFailed(f"{step}: still running after {TIMEOUT} s\n{out}{err}") from None
        took = time.monotonic() - started
        if process.returncode != 0:
            raise CheckFailed(f"{step}: exit {process.returncode}\n{out}{err}")
        return out, took


def say(text: str) -> None:
    print(f"package-check: {text}", flush=True)


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def size_of(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


class Xvfb:
    """A virtual X screen of our own (Xvfb picks a free display number and writes it when ready)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> str:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        expect(number.isdigit(), "Xvfb did not start")
        return f":{number}"

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)


def check(bundle: Path) -> None:
    expect((bundle / "linkwell").is_file(), f"no bundle at {bundle}: run make package first")
    size, count = size_of(bundle)
    folder = Path(tempfile.mkdtemp(prefix="linkwell-package-check-"))
    try:
        stranger = Stranger(folder)
        copy = folder / "bundle"
        shutil.copytree(bundle, copy, symlinks=True)
        stranger.own(folder)
        say(f"running a copy in {folder} as {stranger.user}, HOME={stranger.home}, PATH={stranger.tools} "
            f"({' '.join(TOOLS)}: no Python)")
        exe = copy / "linkwell"
        timings: dict[str, float] = {}

        out, timings["linkwell --help"] = stranger.run("help", [exe, "--help"])
        expect("social prescribing" in out, f"--help said:\n{out}")

        # The database goes where a link worker's would: the user data folder (~/.local/share/linkwell).
        data_dir = stranger.home / ".local/share/linkwell"
        db = data_dir / "linkwell.db"
        out, timings["demo create"] = stranger.run(
            "demo create", [exe, "demo", "create", "--people", str(PEOPLE), "--services", "80"]
        )
        expect(db.is_file() and Path(f"{db}.key").is_file(), f"demo create made no {db} and key file:\n{out}")

        out, timings["person list"] = stranger.run("person list", [exe, "person", "list", "--json"])
        people = json.loads(out)
        expect(len(people) == PEOPLE, f"person list gave {len(people)} people, not {PEOPLE}")

        letter = stranger.home / "referral letter.pdf"
        person, connection = _someone_connected(stranger, exe, people)
        stranger.run("referral letter", [exe, "letter", "referral", "--connection", connection, "--out", letter])
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(letter), "-"], capture_output=True, text=True,
                              check=True).stdout
        name = f"{person['given_name']} {person['family_name']}"
        expect(name in text, f"the referral letter does not name {name}:\n{text[:1500]}")
        fonts = subprocess.run(["pdffonts", str(letter)], capture_output=True, text=True, check=True).stdout
        embedded = [line.split()[0] for line in fonts.splitlines()[2:] if "DejaVuSans" in line and " yes " in line]
        expect(bool(embedded), f"the letter does not embed the bundled DejaVu fonts:\n{fonts}")
        say(f"referral letter for {name}: {letter.stat().st_size} bytes, {len(text.split())} words, "
            f"fonts {', '.join(embedded)}")

        # Welsh: the translations and Welsh templates travel with the bundle (resources/i18n, *.cy.txt).
        welsh = stranger.home / "llythyr dwyieithog.pdf"
        stranger.run("bilingual letter", [exe, "letter", "referral", "--connection", connection, "--out", welsh,
                                          "--lang", "bilingual"])
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(welsh), "-"], capture_output=True, text=True,
                              check=True).stdout
        expect("Atgyfeiriad" in text and "Referral" in text and name in text,
               f"the bilingual letter is not in Welsh and English:\n{text[:1500]}")
        said = subprocess.run([*stranger.prefix, "env", "-i", *(f"{k}={v}" for k, v in stranger.env().items()),
                               str(exe), "--lang", "cy", "person", "show", "nobody"], capture_output=True,
                              text=True, cwd=stranger.home, timeout=TIMEOUT).stderr  # refused: exit 1, in Welsh
        expect("Nid yw" in said, f"'--lang cy' did not answer in Welsh: {said!r}")
        say(f"bilingual referral letter: {welsh.stat().st_size} bytes; --lang cy answers: {said.strip()}")

        # The GP record message is built and checked with fhir.resources, imported only when one is made:
        # what a freezing tool most easily leaves out. Queued only (MESH is never reached here).
        mesh_secrets = {"LINKWELL_MESH_PASSWORD": "package-check", "LINKWELL_MESH_SHARED_KEY": "package-check"}
        stranger.run("mesh configure", [exe, "mesh", "configure", "--url", "https://127.0.0.1:9",
                                        "--mailbox", "X26ABC1", "--ods", "X26"], **mesh_secrets)
        out, _ = stranger.run("gp send", [exe, "gp", "send", "--person", person["id"]])
        expect(out.startswith("Queued for "), f"gp send said: {out!r}")
        out, _ = stranger.run("outbox list", [exe, "outbox", "list", "--json"])
        queued = json.loads(out)
        expect(len(queued) == 1, f"outbox list gave {queued!r}")
        say(f"GP record message built and queued: {len(queued)} in the outbox")

        painted = f"Linkwell painted the caseload: {PEOPLE} people."
        for run in ("first", "second"):
            out, timings[f"window to caseload, offscreen ({run} run)"] = stranger.run(
                "window offscreen", [exe, "--smoke"], QT_QPA_PLATFORM="offscreen"
            )
            expect(painted in out, f"the window said: {out!r}")

        launcher = stranger.home / ".local/bin/linkwell"
        program = data_dir / "program"
        menu = stranger.home / ".local/share/applications/linkwell.desktop"
        for run in ("install", "install again (an upgrade)"):
            out, _ = stranger.run(run, ["sh", copy / "install.sh"])
            expect((program / "linkwell").is_file() and launcher.is_file() and menu.is_file(),
                   f"{run} left no program, launcher or menu entry:\n{out}")
        expect(f'Exec="{program}/linkwell"' in menu.read_text(), f"the menu entry:\n{menu.read_text()}")
        if shutil.which("desktop-file-validate"):
            subprocess.run(["desktop-file-validate", str(menu)], check=True)
        expect(db.is_file(), "installing removed the database")
        shutil.rmtree(copy)  # from here on only the installed program is there

        out, _ = stranger.run("installed launcher", [launcher, "person", "list", "--json"])
        expect(len(json.loads(out)) == PEOPLE, "the installed program read a different caseload")
        if shutil.which("Xvfb"):
            with Xvfb(folder) as display:
                out, timings["window to caseload, Xvfb (installed)"] = stranger.run(
                    "window under Xvfb", [launcher, "--smoke"], DISPLAY=display, QT_QPA_PLATFORM="xcb"
                )
            expect(painted in out, f"the window under Xvfb said: {out!r}")
        else:
            say("Xvfb is not installed: the real-X window run is skipped (scripts/system-deps.sh run adds it)")

        if glob.glob("/usr/lib/postgresql/*/bin/initdb"):
            with team_hub() as (url, code):
                out, _ = stranger.run("sync join", [launcher, "sync", "join", url, "--user", "rae", "--code", code])
                out, timings["sync now (first push of the demo)"] = stranger.run("sync now", [launcher, "sync", "now"])
                sent = re.match(r"Sent (\d+) changes", out)
                expect(sent is not None and int(sent.group(1)) > 0, f"sync now said: {out!r}")
                out, _ = stranger.run("sync status", [launcher, "sync", "status"])
                expect(": 0 changes waiting" in out, f"sync status said: {out!r}")
                say(f"synced with a team hub on loopback: {out.strip()}")
        else:
            say("PostgreSQL is not installed: the team hub step is skipped (scripts/system-deps.sh test adds it)")

        out, _ = stranger.run("uninstall", ["sh", program / "uninstall.sh"])
        expect(not program.exists() and not launcher.exists() and not menu.exists(),
               f"uninstall left the program, launcher or menu entry:\n{out}")
        expect(db.is_file() and Path(f"{db}.key").is_file(), "uninstalling removed the database or its key")

        say(f"bundle: {size / 2**20:.0f} MB in {count} files ({bundle})")
        for what, seconds in timings.items():
            say(f"{what}: {seconds:.2f} s")
        say("passed")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def team_hub() -> Iterator[tuple[str, str]]:
    """A real hub on loopback, served from the development install as tests/hub does (PostgreSQL as a
    non-root user in a temporary folder), with one PCN and one user: its URL and that user's join code."""
    sys.path.insert(0, str(ROOT))
    import psycopg

    from app.hub import admin, schema
    from tests.hub.pg_cluster import Cluster, free_port

    cluster = Cluster()
    server: subprocess.Popen[bytes] | None = None
    try:
        cluster.start()
        with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE package_check_hub")
        dsn = cluster.dsn("package_check_hub")
        schema.init(dsn)
        admin.add_pcn(dsn, "Riverside PCN")
        code = admin.add_user(dsn, "Riverside PCN", "rae").code
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("LINKWELL_")}
        server = subprocess.Popen([sys.executable, "-m", "app.cli", "hub", "serve", "--dsn", dsn, "--port", str(port)],
                                  cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        _wait_for(url, server)
        yield url, code
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        cluster.stop()


def _wait_for(url: str, server: subprocess.Popen[bytes]) -> None:
    from app.sync.client import HubClient, HubNotReachable

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        expect(server.poll() is None, "linkwell hub serve stopped")
        try:
            HubClient(url, timeout=2).version()
            return
        except HubNotReachable:
            time.sleep(0.2)
    raise CheckFailed("the team hub did not answer within 60 seconds")


def _someone_connected(stranger: Stranger, exe: Path, people: list[dict]) -> tuple[dict, str]:
    """A person with a live connection to a service, and that connection's id."""
    for person in people:
        out, _ = stranger.run("person show", [exe, "person", "show", person["id"], "--json"])
        for episode in json.loads(out)["episodes"]:
            for connection in episode["connections"]:
                if connection["deleted_at"] is None:
                    return person, connection["id"]
    raise CheckFailed("no one in the demo caseload has a connection to a service")


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/linkwell").resolve()
    try:
        check(bundle)
    except CheckFailed as failed:
        print(f"package-check FAILED at {failed}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
