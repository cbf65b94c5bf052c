"""Another process holding a database's lock, as a second Linkwell window or command would."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager

from app.storage.database import Database

_HOLD = textwrap.dedent("""\
    import sys
    from sqlcipher3 import dbapi2
    path, key, begin = sys.argv[1:4]
    con = dbapi2.connect(path, isolation_level=None)
    con.execute(f"PRAGMA key = \\"x'{key}'\\"")
    if begin == "EXCLUSIVE":
        con.execute("PRAGMA locking_mode = EXCLUSIVE")  # readers are shut out too
    con.execute(f"BEGIN {begin}")
    con.execute("UPDATE setting SET value = value")
    print("held", flush=True)
    sys.stdin.read()  # until we close its stdin
""")


@contextmanager
def lock_held(db: Database, begin: str = "EXCLUSIVE") -> Iterator[None]:
    """Inside the block another process holds ``db`` with ``BEGIN <begin>`` (EXCLUSIVE: nobody may read)."""
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(db.path), db.key.hex(), begin],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
