"""Run Alembic against an open engine (no alembic.ini: the configuration is built here)."""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("app.storage.migrations")))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def head() -> str:
    from alembic.script import ScriptDirectory

    return str(ScriptDirectory.from_config(config()).get_current_head())
