"""Desk views (``kiosk desk``) are counted as the event ``desk``, apart from the terminals' use."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy.exc import IntegrityError

from kiosk import stats
from kiosk.commands.stats import cmd_stats
from kiosk.context import open_context
from kiosk.database import database_path, make_engine
from kiosk.paths import resource
from kiosk.stats import Event, at_desk, record, summary
from tests.conftest import NOW

TODAY = NOW.date()
CSS = "complementaire-sante-solidaire"


def test_a_desk_counts_its_views_as_desk_and_nothing_else():
    assert at_desk(Event.VIEWED) is Event.DESK
    assert at_desk(Event.DESK) is Event.DESK
    for event in set(Event) - {Event.VIEWED, Event.DESK}:
        assert at_desk(event) is None, event


def test_desk_views_are_told_from_terminal_views(context, capsys):
    db = context.db
    for _ in range(7):
        assert record(db, Event.DESK, day=TODAY, procedure=CSS, language="ar")
    for _ in range(12):
        assert record(db, Event.VIEWED, day=TODAY, procedure=CSS, language="fr")
    found = summary(db, stats.period_start(TODAY, "week"), TODAY)
    (procedure,) = found.procedures
    assert (procedure.viewed, procedure.desk) == (12, 7)
    assert {s.code: (s.viewed, s.desk) for s in found.languages} == {"fr": (12, 0), "ar": (0, 7)}

    assert cmd_stats(context, argparse.Namespace(since=None, csv=False, json=True)) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["procedures"][0]["viewed"] == 10 and data["procedures"][0]["desk"] == 5
    assert cmd_stats(context, argparse.Namespace(since=None, csv=True, json=False)) == 0
    assert f"procedure,{CSS},desk,5" in capsys.readouterr().out.splitlines()
    assert cmd_stats(context, argparse.Namespace(since=None, csv=False, json=False)) == 0
    assert "at a desk" in capsys.readouterr().out


def test_the_desk_event_takes_a_procedure_and_a_language(context):
    with pytest.raises(ValueError):
        record(context.db, Event.DESK, day=TODAY)
    with pytest.raises(ValueError):
        record(context.db, Event.DESK, day=TODAY, category="health", language="fr")


def _run(path, action, target: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(resource("migrations")))
    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        action(config, target)
    engine.dispose()


def test_0009_keeps_the_counters_and_lets_desk_in(home, mini_starter):
    home.mkdir(parents=True)
    path = database_path(home)
    _run(path, command.upgrade, "0008")
    kept = [("2026-11-01", "viewed", "rsa", "", "ar", 7)]
    with sqlite3.connect(path) as connection:
        connection.executemany("INSERT INTO stat_counters VALUES (?, ?, ?, ?, ?, ?)", kept)
        with pytest.raises(sqlite3.IntegrityError):  # before 0009 the table refuses "desk"
            connection.execute("INSERT INTO stat_counters VALUES ('2026-11-01', 'desk', 'rsa', '', 'ar', 1)")
    connection.close()

    context = open_context(home, clock=lambda: NOW, starter=mini_starter)
    try:
        assert record(context.db, Event.DESK, day=TODAY, procedure=CSS, language="ar")
        assert [r.event for r in stats.rows(context.db, dt.date(2000, 1, 1))] == [Event.VIEWED, Event.DESK]
        with pytest.raises(IntegrityError), context.db.engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO stat_counters VALUES "
                                       "('2026-11-01', 'desks', 'rsa', '', 'ar', 1)")
    finally:
        context.close()

    _run(path, command.downgrade, "0008")  # an older kiosk: the desk counters go, the others stay
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT day, event, procedure_slug, category_slug, language, count "
                                  "FROM stat_counters").fetchall() == kept
    connection.close()

