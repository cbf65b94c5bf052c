"""The encrypted database: SQLCipher under SQLAlchemy, opened with a raw 256-bit key.

``Database.connect()`` gives a plain DB-API connection for fast read models (the caseload list paints
before SQLAlchemy is even imported); ``Database.engine`` is the SQLAlchemy engine for everything else.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2 as sqlcipher

from app.errors import StorageError, StorageUnavailable
from app.io.files import private_folder
from app.storage import audit_anchor, keys
from app.storage.backup_files import list_backups
from app.storage.errors import storage_error
from app.storage.migrations import HEAD_REVISION
from app.i18n import QT_TRANSLATE_NOOP, translate

_DAMAGED = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB (as the wrong key reads too)

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

# Pragmas for every connection. synchronous=FULL: a write reported as saved survives a crash.
_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
)
BUSY_TIMEOUT = "PRAGMA busy_timeout = 10000"  # set before the first read, so opening waits out a brief lock too


def _translated(path: Path, call: Any, *args: Any) -> Any:
    try:
        return call(*args)
    except sqlcipher.DatabaseError as exc:
        translated = storage_error(exc, path)
        if translated is None:
            raise
        raise translated from exc


class _Cursor:
    """A cursor whose fetches translate storage errors too (SQLite reads rows as they are fetched)."""

    def __init__(self, raw: Any, path: Path) -> None:
        self._raw, self._path = raw, path

    def fetchone(self) -> Any:
        return _translated(self._path, self._raw.fetchone)

    def fetchall(self) -> list[Any]:
        return _translated(self._path, self._raw.fetchall)  # type: ignore[no-any-return]

    def fetchmany(self, size: int = 1) -> list[Any]:
        return _translated(self._path, self._raw.fetchmany, size)  # type: ignore[no-any-return]

    def __iter__(self) -> Any:
        return iter(self.fetchall())

    def __getattr__(self, name: str) -> Any:  # description, rowcount, lastrowid, close
        return getattr(self._raw, name)


class Connection:
    """Every raw read and write goes through one of these (after qutebrowser's ``misc/sql.py``): a
    locked, full or read-only database becomes a ``StorageError`` with a sentence, wherever it happens."""

    def __init__(self, raw: Any, path: Path) -> None:
        self._raw, self._path = raw, path

    def execute(self, sql: str, params: Any = ()) -> _Cursor:
        return _Cursor(_translated(self._path, self._raw.execute, sql, params), self._path)

    def executemany(self, sql: str, rows: Any) -> _Cursor:
        return _Cursor(_translated(self._path, self._raw.executemany, sql, rows), self._path)

    def executescript(self, script: str) -> _Cursor:
        return _Cursor(_translated(self._path, self._raw.executescript, script), self._path)

    def commit(self) -> None:
        _translated(self._path, self._raw.commit)

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, kind: Any, error: Any, trace: Any) -> None:
        """As the driver's ``with con:``: commit on success, roll back on an error."""
        if kind is None:
            self.commit()
        else:
            self._raw.rollback()

    def __getattr__(self, name: str) -> Any:  # close, rollback, backup, in_transaction …
        return getattr(self._raw, name)

    def __setattr__(self, name: str, value: Any) -> None:  # isolation_level, row_factory …
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            setattr(self._raw, name, value)


class _Lent(Connection):
    """The connection ``Database.one_connection`` lends to each reader in turn: the lender closes it."""

    def close(self) -> None:
        pass


class Database:
    """An open, unlocked Linkwell database. Create with ``open_database`` or ``create_database``.

    ``demo`` marks the built-in demo database (fictional people), which the window labels DEMO.
    """

    def __init__(self, path: Path, key: bytes, *, demo: bool = False) -> None:
        self.path = path
        self.key = key  # the raw 256-bit key: for backups made under the same key
        self._key_pragma = f"PRAGMA key = \"x'{key.hex()}'\""
        self.demo = demo
        self._lent: tuple[int, Any] | None = None  # (thread, connection) while one_connection lends one

    def connect(self) -> Connection:
        """A new DB-API connection with the key and pragmas applied: the one way Linkwell runs raw SQL,
        whose storage errors arrive as sentences. Inside ``one_connection``, on its thread, the one it lends."""
        lent = self._lent
        if lent is not None and lent[0] == threading.get_ident():
            return _Lent(lent[1], self.path)
        return Connection(self._raw_connect(), self.path)

    @contextmanager
    def one_connection(self) -> Iterator[None]:
        """Within the block, ``connect`` on this thread lends one connection, closed as the block ends: for a
        run of short reads (opening for the window) that would each parse the whole schema again (about 5 ms,
        with the sync triggers)."""
        raw = self._raw_connect()
        self._lent = (threading.get_ident(), raw)
        try:
            yield
        finally:
            self._lent = None
            raw.close()

    def _raw_connect(self) -> Any:
        """The driver's own connection, for SQLAlchemy (which translates through ``session``)."""
        con = None
        try:
            con = sqlcipher.connect(str(self.path), check_same_thread=False)
            con.execute("PRAGMA cipher_log_level = NONE")
            con.execute(self._key_pragma)
            con.execute(BUSY_TIMEOUT)
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in _PRAGMAS:
                con.execute(pragma)
        except sqlcipher.DatabaseError as exc:  # OperationalError (locked, read-only, disk) included
            if con is not None:
                con.close()
            raise self._cannot_open(exc) from None
        return con

    def _cannot_open(self, exc: sqlcipher.DatabaseError) -> StorageError:
        """Damage (or another database's key) only when SQLite says so; else what is really wrong."""
        translated = storage_error(exc, self.path)
        if isinstance(translated, StorageUnavailable):
            return translated
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in _DAMAGED:
            return StorageError(f"{self.path.name} cannot be read: it is damaged, or its key file belongs to "
                                "another database. Restore it from a backup.")
        return translated or StorageError(f"{self.path} cannot be opened ({exc}).")

    @cached_property
    def engine(self) -> Engine:
        from sqlalchemy import create_engine
        from sqlalchemy.pool import QueuePool

        return create_engine(
            "sqlite://", creator=self._raw_connect, poolclass=QueuePool, pool_size=2, max_overflow=4
        )

    @contextmanager
    def session(self, *, immediate: bool = False) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        ``immediate`` takes the write lock before the first read (BEGIN IMMEDIATE), so what the unit
        reads cannot change before it writes: another writer waits (busy_timeout) instead of
        interleaving, as a check-then-insert needs."""
        import app.domain.models  # noqa: F401 - registers every table for relationships
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            session.info["database"] = self  # for the audit trail's anchor, moved on after commit
            try:
                if immediate:
                    session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                yield session
                session.commit()
            except BaseException as exc:
                session.rollback()
                translated = storage_error(exc, self.path)
                if translated is not None:
                    raise translated from exc
                raise

    def check_integrity(self) -> None:
        con = self.connect()
        try:
            rows = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
        except StorageUnavailable:
            raise  # a full disk or a busy file: not damage
        except StorageError:
            rows = ["its pages cannot be read"]
        finally:
            con.close()
        if rows != ["ok"]:
            raise StorageError(
                translate("storage", "{name} failed its integrity check ({rows}). Nothing more will be written to it; restore it from a backup.").format(name=self.path.name, rows=rows[0][:200])
            )

    def schema_revision(self) -> str | None:
        con = self.connect()
        try:
            row = con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if row is None:
                return None
            found = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return found[0] if found else None
        finally:
            con.close()

    def migrate(self) -> None:
        """Bring the schema to the newest revision (Alembic), if it is not there already."""
        if self.schema_revision() == HEAD_REVISION:
            return
        from app.storage.migrations.runner import upgrade

        upgrade(self.engine)

    def read_setting(self, key: str) -> str | None:
        con = self.connect()
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
            return row[0] if row else None
        finally:
            con.close()

    def write_setting(self, key: str, value: str) -> None:
        con = self.connect()
        try:
            with con:
                con.execute("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", (key, value))
        finally:
            con.close()

    def close(self) -> None:
        if "engine" in self.__dict__:
            self.engine.dispose()
            del self.__dict__["engine"]


def open_database(
    path: Path, *, passphrase: str | None = None, check: bool = True, key: bytes | None = None
) -> Database:
    """Unlock and open an existing database; check its integrity and migrate it. ``key``: one that
    ``keys.unlock_for_opening`` gave already (the window derives it while Qt starts).

    A wrong passphrase fails before the database file is touched.
    """
    path = Path(path)
    if not path.exists():
        raise StorageError(translate("storage", "There is no Linkwell database at {path}. Create one with 'linkwell init'.").format(path=path))
    if key is None or keys.pending_key_path(path).exists():
        _finish_interrupted_rotation(path, passphrase)
        key = keys.unlock(path, passphrase)
    if path.stat().st_size == 0:  # SQLite would take an empty file for a new database and write to it
        raise StorageError(translate("storage", _EMPTIED).format(name=path.name) + _newest_backup_hint(path))
    db = Database(path, key)
    try:
        if check:
            db.check_integrity()
        with db.one_connection():  # these reads parse the schema once, not once each
            revision = db.schema_revision()
            if revision is None:  # create_database always migrates: this file was emptied or cut short
                raise StorageError(translate("storage", _EMPTIED).format(name=path.name))
            if revision != HEAD_REVISION:
                db.migrate()
            demo = db.read_setting("demo")
    except StorageUnavailable:
        raise  # a full disk or a read-only folder: a backup would not help
    except StorageError as exc:
        raise StorageError(translate("storage", "{exc}{newest_backup_hint}").format(exc=exc, newest_backup_hint=_newest_backup_hint(path))) from None
    db.demo = demo == "true"
    audit_anchor.anchor_if_missing(db)
    return db


_EMPTIED = QT_TRANSLATE_NOOP("storage", "{name} holds no Linkwell data: it may have been emptied or cut short. Nothing was written to it; restore it from a backup.")


def _newest_backup_hint(path: Path) -> str:
    backups = list_backups(path)
    if not backups:
        return ""
    return " " + translate("storage", "The newest backup is from {label}: restore it with 'linkwell backup restore --latest --db {path}'.").format(label=backups[0].label, path=path)


def create_database(path: Path, passphrase: str, *, demo: bool = False) -> Database:
    """A new, empty encrypted database and its key file. Refuses to overwrite anything."""
    path = Path(path)
    key_path = keys.key_file_path(path)
    for existing in (path, key_path):
        if existing.exists():
            raise StorageError(translate("storage", "{existing} already exists; Linkwell will not overwrite it.").format(existing=existing))
    keys.check_new_passphrase(passphrase)
    private_folder(path.parent)
    key = keys.new_key()
    key_file = keys.wrap(key, passphrase)
    try:
        keys.write_key_file(key_path, key_file)
        db = Database(path, key, demo=demo)
        db.migrate()
        if demo:
            db.write_setting("demo", "true")
        os.chmod(path, 0o600)
    except BaseException:
        for leftover in (path, key_path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    keys.keyring_store(key_file.key_id, key)
    return db


def _finish_interrupted_rotation(db_path: Path, passphrase: str | None) -> None:
    """After a crash during rotation: keep whichever key opens the file, and tidy up."""
    pending = keys.pending_key_path(db_path)
    if not pending.exists():
        return
    if passphrase is None:
        raise StorageError(translate("storage", "A key change was interrupted: unlock once with your passphrase to finish it."))
    new_key = keys.unwrap(keys.KeyFile.read(pending), passphrase)
    try:
        Database(db_path, new_key).connect().close()
    except StorageError:
        pending.unlink()  # the file was never re-encrypted: the old key stands
        return
    os.replace(pending, keys.key_file_path(db_path))
    keys.keyring_store(keys.KeyFile.read(keys.key_file_path(db_path)).key_id, new_key)
