"""The migration chain: head, stairway, models and migrations agree, data kept on upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from kiosk.database import HEAD_REVISION, database_path, is_index_table, make_engine, open_database
from kiosk.models import Base
from kiosk.paths import resource


def _config(path: Path) -> tuple[Config, object]:
    config = Config()
    config.set_main_option("script_location", str(resource("migrations")))
    engine = make_engine(path, foreign_keys=False)
    return config, engine


def _run(path: Path, action, target: str) -> None:
    config, engine = _config(path)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        action(config, target)
    engine.dispose()


def _revisions() -> list[str]:
    script = ScriptDirectory(str(resource("migrations")))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_single_head_matches_the_code():
    script = ScriptDirectory(str(resource("migrations")))
    assert script.get_heads() == [HEAD_REVISION]


def test_revision_chain_is_linear():
    script = ScriptDirectory(str(resource("migrations")))
    for revision in script.walk_revisions():
        assert not revision.is_merge_point
        assert revision.down_revision is None or isinstance(revision.down_revision, str)


@pytest.mark.parametrize("revision", _revisions())
def test_stairway_upgrade_downgrade_upgrade(tmp_path: Path, revision: str):
    path = tmp_path / "db.sqlite3"
    script = ScriptDirectory(str(resource("migrations")))
    down = script.get_revision(revision).down_revision or "base"
    _run(path, command.upgrade, revision)
    _run(path, command.downgrade, down)
    _run(path, command.upgrade, revision)


def test_models_and_migrations_agree(tmp_path: Path):
    path = tmp_path / "db.sqlite3"
    _run(path, command.upgrade, "head")
    _, engine = _config(path)

    def include(obj, name, type_, reflected, compare_to):
        return not (type_ == "table" and is_index_table(name))

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include, "render_as_batch": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_full_downgrade_leaves_nothing(tmp_path: Path):
    path = tmp_path / "db.sqlite3"
    _run(path, command.upgrade, "head")
    _run(path, command.downgrade, "base")
    connection = sqlite3.connect(path)
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables <= {"alembic_version"}
    assert connection.execute("PRAGMA application_id").fetchone()[0] == 0
    connection.close()


def test_database_at_first_revision_is_upgraded_with_its_data(home: Path):
    """A kiosk made by the first release, with local data in it, opens on today's code."""
    home.mkdir(parents=True)
    path = database_path(home)
    _run(path, command.upgrade, _revisions()[0])
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO settings (key, value) VALUES ('site', '\"roseraie\"')")
    connection.execute(
        "INSERT INTO stat_counters (day, event, procedure_slug, category_slug, language, count) "
        "VALUES ('2026-11-01', 'viewed', 'rsa', '', 'ar', 7)")
    connection.execute(
        "INSERT INTO sync_history (at, source, outcome, reason) "
        "VALUES ('2026-11-01 10:00:00', 'https://example.org/catalogue.json', 'applied', '')")
    connection.commit()
    connection.close()

    open_database(home).close()

    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    assert connection.execute("SELECT value FROM settings").fetchall() == [('"roseraie"',)]
    assert connection.execute("SELECT count FROM stat_counters").fetchall() == [(7,)]
    assert connection.execute("SELECT outcome FROM sync_history").fetchall() == [("applied",)]
    connection.close()
