"""Alembic environment: always given a live connection by ``runner.upgrade``."""

from alembic import context
from sqlmodel import SQLModel

import app.domain.models  # noqa: F401 - registers the tables for autogenerate
from app.storage.migrations.fts import not_search_index

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    include_object=not_search_index,
)
with context.begin_transaction():
    context.run_migrations()
