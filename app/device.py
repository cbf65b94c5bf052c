"""This machine's id, stamped on every row it writes so that sync can tell devices apart."""

from __future__ import annotations

import uuid
from functools import cache

from app.paths import user_config_dir


@cache
def device_id() -> str:
    path = user_config_dir() / "device-id"
    try:
        return str(uuid.UUID(path.read_text().strip()))
    except (OSError, ValueError):
        new = str(uuid.uuid4())
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(new + "\n")
        except OSError:
            pass  # a read-only home still gets a stable id for this run
        return new
