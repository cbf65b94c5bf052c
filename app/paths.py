"""Where Linkwell finds its shipped files and keeps the user's own.

Shipped reference data (``resources/``) and seed data (``data/``) are packages, read through
``importlib.resources`` so the same code works from a checkout and from an installed wheel.
"""

from __future__ import annotations

import json
import os
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

APP_NAME = "linkwell"


def resource(*parts: str) -> Traversable:
    """A file under ``resources/``."""
    return files("resources").joinpath(*parts)


def seed(*parts: str) -> Traversable:
    """A file under ``data/`` (demo seed inputs)."""
    return files("data").joinpath(*parts)


@cache
def load_json_resource(*parts: str) -> Any:
    return json.loads(resource(*parts).read_text(encoding="utf-8"))


def user_data_dir() -> Path:
    from platformdirs import user_data_dir as _dir

    return Path(_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    from platformdirs import user_config_dir as _dir

    return Path(_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """``--db`` when none is given: ``$LINKWELL_DB`` or the platform's user data folder."""
    env = os.environ.get("LINKWELL_DB")
    return Path(env) if env else user_data_dir() / "linkwell.db"


DEMO_PASSPHRASE = "demo-only-not-real-people"  # the demo holds fictional people only; make run prints it


def demo_db_path() -> Path:
    return user_data_dir() / "demo" / "linkwell-demo.db"
