"""A real MESH server for the tests: NHS England's mesh-sandbox (PyPI), on a loopback port, with a file
store in a temporary folder holding a register of mailboxes made here: a sender (the link workers'
mailbox), a practice registered for GP Connect Send Document (``GPFED_CONSULT_REPORT`` in, its ``_ACK``
out), and a practice that has a mailbox for nothing this workflow needs.

The sandbox reads its mailbox and workflow register from inside its own package (``store/data``); the
launcher below (``python -m tests.mesh.sandbox FOLDER PORT``) points that at the register in FOLDER before
uvicorn starts the app, and changes nothing else. ``stop`` always stops it.

By hand (see docs/gp-connect.md): ``python -m tests.mesh.sandbox /tmp/mesh 8700`` writes the register if
the folder has none and serves MESH on http://127.0.0.1:8700 until stopped.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED_KEY = "linkwell-sandbox-shared-key"
SENDER = "LWSP0001"  # the link workers' mailbox (a PCN's social prescribing service)
SENDER_ODS = "U12345"
SENDER_PASSWORD = "sender password, sandbox only"
PRACTICE = "LWGP0001"  # the registered practice's GP system
PRACTICE_ODS = "X99101"  # the demo's Riverside Medical Practice, so any of its people can be tried by hand
PRACTICE_PASSWORD = "practice password, sandbox only"
NO_WORKFLOW_ODS = "Y09999"  # a practice with a MESH mailbox, not registered for Send Document
WORKFLOW = "GPFED_CONSULT_REPORT"
WORKFLOW_ACK = "GPFED_CONSULT_REPORT_ACK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_register(folder: Path) -> None:
    """mailboxes.jsonl and workflows.jsonl, in the shape of the sandbox's own canned data."""
    folder.mkdir(parents=True, exist_ok=True)
    mailboxes = [
        {"mailbox_id": SENDER, "mailbox_name": "Social prescribing service", "billing_entity": "England",
         "ods_code": SENDER_ODS, "org_code": SENDER_ODS, "password": SENDER_PASSWORD},
        {"mailbox_id": PRACTICE, "mailbox_name": "Riverside Medical Practice GP system", "billing_entity": "England",
         "ods_code": PRACTICE_ODS, "org_code": PRACTICE_ODS, "password": PRACTICE_PASSWORD},
        {"mailbox_id": "LWGP0009", "mailbox_name": "Hilltop Practice", "billing_entity": "England",
         "ods_code": NO_WORKFLOW_ODS, "org_code": NO_WORKFLOW_ODS, "password": "unused"},
    ]
    workflows = [
        {"workflow_id": WORKFLOW, "senders": [SENDER], "receivers": [PRACTICE]},
        {"workflow_id": WORKFLOW_ACK, "senders": [PRACTICE], "receivers": [SENDER]},
        {"workflow_id": "PATHOLOGY_RESULTS", "senders": [SENDER], "receivers": ["LWGP0009"]},
    ]
    (folder / "mailboxes.jsonl").write_text("".join(json.dumps(m) + "\n" for m in mailboxes))
    (folder / "workflows.jsonl").write_text("".join(json.dumps(w) + "\n" for w in workflows))
    (folder / "store").mkdir(exist_ok=True)


class Sandbox:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="linkwell-mesh-"))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        write_register(self.folder)

    def start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.mesh.sandbox", str(self.folder), str(self.port)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode(errors="replace") if self.process.stderr else ""
                raise RuntimeError(f"mesh-sandbox stopped at start:\n{err[-3000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("mesh-sandbox did not answer within a minute")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=20)
        if self.process is not None and self.process.stderr:
            self.process.stderr.close()
        self.process = None
        shutil.rmtree(self.folder, ignore_errors=True)

    def admin(self, path: str, body: dict | None = None, method: str = "POST") -> bytes:
        """The sandbox's testing-only admin API (a non-delivery report, a reset)."""
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"{self.url}{path}", data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return bytes(response.read())


def _serve(folder: Path, port: int) -> None:
    if not (folder / "mailboxes.jsonl").exists():
        write_register(folder)
    os.environ.update({"STORE_MODE": "file", "MAILBOXES_DATA_DIR": str(folder / "store"),
                       "SHARED_KEY": SHARED_KEY, "AUTH_MODE": "full"})
    from mesh_sandbox.store.canned_store import CannedStore

    original = CannedStore.initialise

    def initialise(self: CannedStore) -> None:
        self._canned_data_dir = str(folder)  # the register made above, not the package's own
        original(self)

    CannedStore.initialise = initialise  # type: ignore[method-assign]
    import uvicorn

    uvicorn.run("mesh_sandbox.api:app", host="127.0.0.1", port=port, workers=1, log_level="warning")


if __name__ == "__main__":
    _serve(Path(sys.argv[1]), int(sys.argv[2]))
