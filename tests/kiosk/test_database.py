"""Opening the database: fresh, at head, refused files (DESIGN.md section 3)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from kiosk.database import APPLICATION_ID, HEAD_REVISION, database_path, open_database
from kiosk.errors import KioskError


def test_empty_folder_is_brought_to_head(home: Path):
    db = open_database(home)
    db.close()
    connection = sqlite3.connect(database_path(home))
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


def test_sqlite_settings_on_every_connection(home: Path):
    db = open_database(home)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    db.close()


def test_database_at_head_opens_without_alembic(home: Path, tmp_path: Path):
    open_database(home).close()
    # A fresh interpreter, so that no earlier test has imported alembic already.
    import subprocess

    code = (
        "import sys; from pathlib import Path; from kiosk.database import open_database; "
        f"open_database(Path({str(home)!r})).close(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_empty_file_is_treated_as_new(home: Path):
    home.mkdir(parents=True)
    database_path(home).write_bytes(b"")
    open_database(home).close()
    assert database_path(home).stat().st_size > 0


def _refused(home: Path) -> str:
    with pytest.raises(KioskError) as caught:
        open_database(home)
    return str(caught.value)


def test_file_that_is_not_sqlite_is_refused_untouched(home: Path):
    home.mkdir(parents=True)
    content = b"these are somebody's notes, not a database\n" * 10
    database_path(home).write_bytes(content)
    message = _refused(home)
    assert "not an SQLite file" in message and "untouched" in message
    assert database_path(home).read_bytes() == content


def test_database_of_another_application_is_refused_untouched(home: Path):
    home.mkdir(parents=True)
    connection = sqlite3.connect(database_path(home))
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.execute("INSERT INTO contacts VALUES ('someone')")
    connection.commit()
    connection.close()
    before = database_path(home).read_bytes()
    assert "another application" in _refused(home)
    assert database_path(home).read_bytes() == before


def test_corrupt_database_is_refused_untouched(home: Path):
    open_database(home).close()
    path = database_path(home)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, after the header
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    assert "damaged" in _refused(home)
    assert path.read_bytes() == before


def test_database_from_a_newer_kiosk_is_refused(home: Path):
    open_database(home).close()
    connection = sqlite3.connect(database_path(home))
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    assert "newer version of kiosk" in _refused(home)


def test_unwritable_home_is_refused(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(KioskError, match="cannot write to its folder"):
        open_database(blocker / "home")  # works as root too: a file is not a folder
