"""Alembic migrations. ``HEAD_REVISION`` lets an up-to-date database open without importing Alembic;
a test checks that it names Alembic's real head."""

HEAD_REVISION = "0018"
