"""Opening the kiosk database: checks, SQLite settings and migrations at start.

DESIGN.md section 3: an empty file is brought to head by the migrations themselves; a database at
head opens without importing alembic; one behind is upgraded; a file that is not ours is refused,
untouched, with a clear message.

Two ways in, each for one kind of work:
- ``Database.read()``: a plain ``sqlite3`` connection for what the screens read
  (``kiosk.catalogue``, ``kiosk.search``, ``kiosk.settings.get_setting``). The kiosk paints its
  first screen through it alone, without loading SQLAlchemy (about 200 ms of imports;
  benchmarks/ui_bench.py measures the start).
- ``Database.engine`` / ``Database.session()``: SQLAlchemy, for everything that writes (sync,
  statistics, settings, PINs, the editor) and for the migrations. Created on first use.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.errors import KioskError

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker
from kiosk.paths import resource

DATABASE_FILENAME = "kiosk.sqlite3"
#: Written into the SQLite header by the first migration: "KIOS". Marks a file as ours.
APPLICATION_ID = 0x4B494F53
#: The newest migration. tests/kiosk/test_migrations.py checks it against alembic's head.
HEAD_REVISION = "0012"
#: The FTS5 search index and its shadow tables (not mapped, not compared by autogenerate).
INDEX_TABLE = "search_index"

SQLITE_MAGIC = b"SQLite format 3\x00"


def is_index_table(name: str) -> bool:
    return name == INDEX_TABLE or name.startswith(INDEX_TABLE + "_")


def database_path(home: Path) -> Path:
    return home / DATABASE_FILENAME


@dataclass(eq=False)
class Database:
    """The open database file: plain reads, and SQLAlchemy for writes (created when first needed)."""

    path: Path
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _engine: Engine | None = field(default=None, repr=False)
    _sessions: sessionmaker[Session] | None = field(default=None, repr=False)

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection of its own (open it in the thread that uses it), closed on leaving.

        Rows are ``sqlite3.Row``: columns by name. JSON columns come back as text.
        """
        connection = sqlite3.connect(self.path)
        try:
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA query_only=ON")
            connection.execute("PRAGMA busy_timeout=5000")
            yield connection
        finally:
            connection.close()

    @property
    def engine(self) -> Engine:
        self._start_sqlalchemy()
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        self._start_sqlalchemy()
        return self._sessions

    def session(self) -> Session:
        return self.sessions()

    def close(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()

    def _start_sqlalchemy(self) -> None:
        with self._lock:  # the UI and the statistics thread may both be first
            if self._engine is None:
                from sqlalchemy.orm import sessionmaker

                self._engine = make_engine(self.path)
                self._sessions = sessionmaker(self._engine, expire_on_commit=False)


def json_value(column: str | float | None) -> Any:
    """A JSON column's value as ``Database.read`` returns it (SQL NULL and JSON null: None).

    A JSON column has SQLite's NUMERIC affinity: a value that is a number comes back as one.
    """
    if column is None or isinstance(column, (int, float)):
        return column
    return json.loads(column)


def open_database(home: Path) -> Database:
    """Open (creating or upgrading if needed) the database in ``home``.

    Raises:
        KioskError: the folder cannot be written, or the file is damaged or not ours.
    """
    _prepare_home(home)
    path = database_path(home)
    revision = _revision_of(path)
    if revision != HEAD_REVISION:
        _upgrade(path, revision)
    return Database(path)


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine with the kiosk's SQLite settings and real (transactional) BEGIN/COMMIT.

    pysqlite's own transaction handling does not cover DDL and is bypassed (SQLAlchemy's
    documented recipe), so that migrations and the catalogue swap are all-or-nothing.
    """
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # ``engine.execution_options(immediate=True)``: take the write lock at BEGIN (waiting up to
        # the busy timeout), for a read-then-write that must not lose to a concurrent writer.
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _prepare_home(home: Path) -> None:
    try:
        home.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=home):
            pass
    except OSError as error:
        raise KioskError(
            f"The kiosk cannot write to its folder {home} ({error.strerror or error}). "
            "Set KIOSK_HOME to a folder you can write to."
        ) from error


def _revision_of(path: Path) -> str | None:
    """The migration revision of the file at ``path``; None for a missing or empty database."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    move_away = "Move it away or set KIOSK_HOME to another folder; the file was left untouched."
    with path.open("rb") as file:
        header = file.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise KioskError(f"{path} is not a kiosk database (it is not an SQLite file). {move_away}")
    try:
        connection = sqlite3.connect(path)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if application_id != APPLICATION_ID:
                if not tables:
                    return None
                raise KioskError(f"{path} belongs to another application, not to kiosk. {move_away}")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise KioskError(f"{path} is damaged and cannot be read ({error}). {move_away}") from error
    if row is None:
        raise KioskError(f"{path} is damaged: it has no schema version. {move_away}")
    return row[0]


def _upgrade(path: Path, revision: str | None) -> None:
    """Bring the database to head with alembic (imported only here, never at head)."""
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(resource("migrations")))
    if revision is not None:
        try:
            ScriptDirectory.from_config(config).get_revision(revision)
        except Exception as error:
            raise KioskError(
                f"{path} was made by a newer version of kiosk (schema {revision}); "
                "update the kiosk software. The file was left untouched."
            ) from error
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()
