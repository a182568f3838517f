"""Anonymous statistics (DESIGN.md section 6): counters, no free text, masked exports, the purge."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.util
import io
import json
import logging
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import CheckConstraint, inspect

from kiosk import models as m
from kiosk import stats
from kiosk.apply import apply_bundle
from kiosk.bundle import parse_bundle
from kiosk.commands.stats import cmd_stats
from kiosk.context import open_context
from kiosk.database import HEAD_REVISION, database_path, make_engine
from kiosk.errors import KioskError
from kiosk.paths import resource
from kiosk.stats import Event, mask, purge, record, retention_cutoff, rows, summary
from tests.conftest import NOW, catalogue_bytes, mini_catalogue

TODAY = NOW.date()  # 2026-11-25; 10:00 UTC is the same day in Angers
CSS = "complementaire-sante-solidaire"
CNI = "carte-identite"


def stored(context) -> list[tuple]:
    with sqlite3.connect(database_path(context.home)) as connection:
        return connection.execute(
            "SELECT day, event, procedure_slug, category_slug, language, count FROM stat_counters "
            "ORDER BY day, event, procedure_slug, category_slug, language").fetchall()


def insert_raw(context, *row) -> None:
    connection = sqlite3.connect(database_path(context.home))
    try:
        with connection:
            connection.execute("INSERT INTO stat_counters VALUES (?, ?, ?, ?, ?, ?)", row)
    finally:
        connection.close()


def resident(db, day, lang, slug, category, *, guide=False, finish=False, take=False,
             printed=False, helpful=None) -> None:
    """What the screens record for one resident's visit."""
    assert record(db, Event.CATEGORY_VIEWED, day=day, category=category, language=lang)
    assert record(db, Event.VIEWED, day=day, procedure=slug, language=lang)
    for done, event in ((guide, Event.GUIDE_STARTED), (finish, Event.GUIDE_FINISHED),
                        (take, Event.TAKEN_AWAY), (printed, Event.PRINTED)):
        if done:
            assert record(db, event, day=day, procedure=slug, language=lang)
    if helpful is not None:
        event = Event.HELPFUL_YES if helpful else Event.HELPFUL_NO
        assert record(db, event, day=day, procedure=slug, language=lang)


# --- counting ----------------------------------------------------------------------------------


def test_events_are_the_schemas_short_fixed_strings():
    assert [e.value for e in Event] == list(m.STAT_EVENTS)
    assert all(len(e.value) <= m.StatCounter.__table__.c.event.type.length for e in Event)


def test_simulated_sessions_are_counted(context):
    db, day1, day2 = context.db, TODAY - dt.timedelta(days=1), TODAY
    resident(db, day1, "fr", CSS, "health", guide=True, finish=True, take=True, helpful=True)
    resident(db, day1, "ar", CSS, "health", guide=True, helpful=False)
    resident(db, day1, "ar", CSS, "health", guide=True, finish=True, printed=True, helpful=True)
    resident(db, day1, "en", CNI, "papers", printed=True, helpful=True)
    record(db, Event.SEARCH_EMPTY, day=day1)
    record(db, Event.SEARCH_EMPTY, day=day1)
    resident(db, day2, "ar", CNI, "papers", take=True)
    record(db, Event.SEARCH_EMPTY, day=day2)

    found = summary(db, since=stats.period_start(day1, "week"), until=TODAY)
    by_slug = {p.slug: p for p in found.procedures}
    assert by_slug[CSS] == stats.ProcedureStats(slug=CSS, viewed=3, guide_started=3, guide_finished=2,
                                                taken_away=1, printed=1, helpful_yes=2, helpful_no=1)
    assert by_slug[CNI] == stats.ProcedureStats(slug=CNI, viewed=2, taken_away=1, printed=1, helpful_yes=1)
    assert [p.slug for p in found.procedures] == [CSS, CNI]  # most viewed first
    languages = {s.code: s for s in found.languages}
    assert [s.code for s in found.languages] == ["ar", "en", "fr"]
    assert languages["ar"] == stats.LanguageStats(
        code="ar", category_viewed=3, viewed=3, guide_started=2, guide_finished=1, taken_away=1,
        printed=1, helpful_yes=1, helpful_no=1)
    assert languages["fr"].viewed == 1 and languages["fr"].helpful_yes == 1
    assert found.categories == (stats.CategoryStats("health", 3), stats.CategoryStats("papers", 2))
    assert found.searches_empty == (stats.PeriodCount(dt.date(2026, 11, 23), "2026-W48", 3),)
    assert found.searches_empty_total == 3

    # One counter per day, event, procedure, category and language: never one row per visit.
    assert stored(context)[:3] == [
        ("2026-11-24", "category_viewed", "", "health", "ar", 2),
        ("2026-11-24", "category_viewed", "", "health", "fr", 1),
        ("2026-11-24", "category_viewed", "", "papers", "en", 1),
    ]
    assert ("2026-11-24", "search_empty", "", "", "", 2) in stored(context)
    assert sum(row[-1] for row in stored(context)) == sum(r.count for r in rows(db, day1)) == 26
    assert len(rows(db, day1)) == len(stored(context))


def test_residents_on_several_threads_are_all_counted(context):
    """The check and the count are one statement: concurrent writers wait, never fail."""
    errors = []

    def visits(lang: str) -> None:
        try:
            for _ in range(50):
                record(context.db, Event.VIEWED, day=TODAY, procedure=CNI, language=lang)
        except Exception as error:  # reported below, from the main thread
            errors.append(error)

    threads = [threading.Thread(target=visits, args=(lang,)) for lang in ("fr", "en", "ar", "fr")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert [(row[4], row[5]) for row in stored(context)] == [("ar", 50), ("en", 50), ("fr", 100)]


def test_a_database_error_repeats_none_of_the_values(context, monkeypatch):
    from sqlalchemy.exc import OperationalError

    def locked(*args, **kwargs):
        raise OperationalError("INSERT ...", ("2026-11-25", "viewed", "Mme Dupont"), Exception("locked"))

    monkeypatch.setattr(context.db.engine, "begin", locked)
    with pytest.raises(KioskError) as raised:
        record(context.db, Event.VIEWED, day=TODAY, procedure="Mme Dupont", language="fr")
    assert "Dupont" not in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_summary_and_rows_keep_to_the_period(context):
    for days_ago in (0, 10, 20):  # Wednesday 25 (week 48), Sunday 15 (week 46), Thursday 5 (week 45)
        day = TODAY - dt.timedelta(days=days_ago)
        record(context.db, Event.VIEWED, day=day, procedure=CSS, language="fr")
    week46, sunday = dt.date(2026, 11, 9), dt.date(2026, 11, 15)
    assert [p.viewed for p in summary(context.db, week46, TODAY).procedures] == [2]
    assert [p.viewed for p in summary(context.db, week46, sunday).procedures] == [1]
    # A period ends with the whole week (month) of its last day.
    assert summary(context.db, week46, week46).until == sunday
    assert [p.viewed for p in summary(context.db, dt.date(2026, 11, 1), TODAY, "month").procedures] == [3]
    assert [r.day for r in rows(context.db, week46, sunday)] == [TODAY - dt.timedelta(days=10)]
    next_week = dt.date(2026, 11, 30)
    empty = (stats.PeriodCount(next_week, "2026-W49", 0),)
    assert summary(context.db, next_week, next_week) == stats.StatsSummary(
        next_week, dt.date(2026, 12, 6), "week", (), (), (), empty, empty, empty)


@pytest.mark.parametrize("since, unit", [(dt.date(2026, 11, 24), "week"), (dt.date(2026, 11, 2), "month"),
                                          (dt.date(2026, 11, 30), "week")])
def test_summary_is_of_whole_weeks_or_months_only(context, since, unit):
    until = TODAY if since <= TODAY else since - dt.timedelta(days=1)
    with pytest.raises(ValueError, match="whole"):
        summary(context.db, since, until, unit)


def test_the_day_is_the_kiosks_local_day():
    # 23:30 UTC on 31 December is already New Year's Day in Angers.
    assert stats.local_day(dt.datetime(2026, 12, 31, 23, 30)) == dt.date(2027, 1, 1)
    assert stats.local_day(dt.datetime(2026, 7, 1, 21, 59)) == dt.date(2026, 7, 1)


# --- no free text, ever ------------------------------------------------------------------------


@pytest.mark.parametrize("fields", [
    {"procedure": "je cherche un logement rue des Lilas", "language": "fr"},
    {"procedure": "rsa", "language": "fr"},                       # a slug shape, not in the catalogue
    {"procedure": CSS, "language": "tr"},                         # not offered by this catalogue
    {"procedure": CSS, "language": "Bonjour, je m'appelle Amina"},
    {"procedure": CSS.upper(), "language": "fr"},
])
def test_record_refuses_what_the_catalogue_does_not_have(context, caplog, fields):
    caplog.set_level(logging.DEBUG)
    assert record(context.db, Event.VIEWED, day=TODAY, **fields) is False
    assert record(context.db, Event.CATEGORY_VIEWED, day=TODAY, category=fields["procedure"],
                  language=fields["language"]) is False
    assert stored(context) == []
    assert caplog.records == []


@pytest.mark.parametrize("call, error", [
    (dict(event="viewed", procedure=CSS, language="fr"), TypeError),
    (dict(event="Mme Dupont, 06 12 34 56 78", procedure=CSS, language="fr"), TypeError),
    (dict(event=Event.VIEWED, procedure=CSS, language="fr", day=NOW), TypeError),
    (dict(event=Event.VIEWED, procedure=CSS, language="fr", day="2026-11-25"), TypeError),
    (dict(event=Event.VIEWED, procedure=["Mme Dupont"], language="fr"), TypeError),
    (dict(event=Event.VIEWED, procedure=CSS), ValueError),
    (dict(event=Event.VIEWED, procedure=CSS, category="health", language="fr"), ValueError),
    (dict(event=Event.SEARCH_EMPTY, language="fr"), ValueError),
    (dict(event=Event.SEARCH_EMPTY, category="logement pas cher"), ValueError),
    (dict(event=Event.CATEGORY_VIEWED, procedure=CSS, language="fr"), ValueError),
])
def test_record_refuses_a_programming_error_without_repeating_the_value(context, call, error):
    call = {"day": TODAY, **call}
    with pytest.raises(error) as raised:
        record(context.db, call.pop("event"), **call)
    for value in call.values():
        if isinstance(value, str) and value not in ("fr", CSS, "health"):
            assert value not in str(raised.value)
    assert "Dupont" not in str(raised.value)
    assert stored(context) == []


GOOD = ("2026-11-25", "viewed", CSS, "", "fr", 1)
FREE_TEXT = [
    (0, "2026-11-25 10:31:07"), (0, "hier soir"), (0, "20261125"), (0, 20261125),
    (1, "Mme Dupont"), (1, "VIEWED"), (1, "viewed "),
    (2, "12 rue des Lilas"), (2, "Dupont"), (2, "a" * 81), (2, "café"), (2, b"rsa"),
    (3, "logement pas cher"), (3, "health\n"),
    (4, "FR"), (4, "fran"), (4, "f1"), (4, "fr "), (4, "é"),
    (5, "12 rue des Lilas"), (5, -1), (5, 1.5), (5, b"\x01"),
]


@pytest.mark.parametrize("column, value", FREE_TEXT)
def test_the_table_refuses_free_text_from_any_writer(context, column, value):
    """A direct INSERT, bypassing record(), is refused by the CHECK constraints."""
    insert_raw(context, *GOOD)
    row = list(GOOD)
    row[column] = value
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        insert_raw(context, *row)
    assert stored(context) == [GOOD]


def test_every_statistics_column_is_guarded_by_a_check():
    """A column added later must come with its CHECK constraint."""
    table = m.StatCounter.__table__
    checks = [str(c.sqltext) for c in table.constraints if isinstance(c, CheckConstraint)]
    for column in table.columns:
        assert any(column.name in check for check in checks), column.name


def _migration(name: str):
    path = resource("migrations") / "versions" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"migration_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _migration_0003():
    return _migration("0003_stat_checks")


def test_model_and_migration_checks_agree(context):
    """alembic's compare_metadata does not look at CHECK constraints: compare them here. 0003 made
    them; 0009 changed the events' one to count desk views, 0012 the "is this for me?" results."""
    model = {c.name: str(c.sqltext) for c in m.StatCounter.__table__.constraints
             if isinstance(c, CheckConstraint)}
    reflected = {c["name"]: c["sqltext"]
                 for c in inspect(context.db.engine).get_check_constraints("stat_counters")}
    desk = _migration("0009_desk_event")
    questions = _migration("0012_eligibility")
    expected = {**_migration_0003().CHECKS, desk.NAME: questions._events(questions.EVENTS)}
    assert model == reflected == expected
    assert questions.EVENTS == m.STAT_EVENTS
    assert questions.EVENTS_BEFORE == desk.EVENTS
    assert desk.EVENTS_BEFORE == _migration_0003().EVENTS


# --- migrations and catalogue swaps --------------------------------------------------------------


def _migrate(path: Path, target: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(resource("migrations")))
    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    engine.dispose()


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_counters_survive_the_upgrade_to_the_checks(home, mini_starter, revision):
    home.mkdir(parents=True)
    path = database_path(home)
    _migrate(path, revision)
    kept = [("2025-06-30", "search_empty", "", "", "", 3),
            ("2026-11-01", "category_viewed", "", "health", "ar", 12),
            ("2026-11-01", "viewed", "rsa", "", "ar", 7)]
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany("INSERT INTO stat_counters VALUES (?, ?, ?, ?, ?, ?)", kept + [
            ("2026-11-01", "viewed", "Mme Dupont", "", "fr", 1),  # could only be free text: dropped
        ])
    connection.close()

    context = open_context(home, clock=lambda: NOW, starter=mini_starter)
    try:
        assert stored(context) == kept
        assert record(context.db, Event.VIEWED, day=TODAY, procedure=CSS, language="ar")
    finally:
        context.close()
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    connection.close()


def test_counters_survive_a_catalogue_swap(context):
    resident(context.db, TODAY, "ar", CNI, "papers", take=True, helpful=True)
    before = stored(context)
    data = mini_catalogue(version=2)
    data["procedures"] = data["procedures"][:1]  # carte-identite is gone
    data["languages"] = data["languages"][:2]    # and Arabic
    apply_bundle(context.db, parse_bundle(catalogue_bytes(data)), source="test", now=NOW)

    assert stored(context) == before
    assert summary(context.db, stats.period_start(TODAY, "week"), TODAY).procedures[0].slug == CNI
    # What the new catalogue no longer has cannot be counted any more.
    assert not record(context.db, Event.VIEWED, day=TODAY, procedure=CNI, language="fr")
    assert not record(context.db, Event.VIEWED, day=TODAY, procedure=CSS, language="ar")
    assert stored(context) == before


# --- the purge ---------------------------------------------------------------------------------


@pytest.mark.parametrize("today, cutoff", [
    ("2026-11-25", "2024-10-25"),
    ("2026-01-15", "2023-12-15"),   # across a new year
    ("2026-12-31", "2024-11-30"),   # November has 30 days
    ("2026-03-31", "2024-02-29"),   # a leap February
    ("2027-03-31", "2025-02-28"),
    ("2027-03-01", "2025-02-01"),
])
def test_retention_cutoff_is_today_less_25_calendar_months(today, cutoff):
    assert retention_cutoff(dt.date.fromisoformat(today)) == dt.date.fromisoformat(cutoff)


def test_a_counter_is_kept_25_months_and_deleted_the_day_after():
    day = dt.date(2024, 1, 1)
    previous = retention_cutoff(day)
    while day < dt.date(2028, 1, 1):
        cutoff = retention_cutoff(day)
        # Never goes back; moves a day a day, and by up to 4 days where a month is shorter.
        assert previous <= cutoff <= previous + dt.timedelta(days=4)
        previous, day = cutoff, day + dt.timedelta(days=1)
    # 2025-01-31 plus 25 months is 2027-02-28: kept that day, gone the next.
    assert retention_cutoff(dt.date(2027, 2, 28)) <= dt.date(2025, 1, 31) < retention_cutoff(dt.date(2027, 3, 1))


def test_purge_removes_old_counters_and_only_those(context):
    cutoff = retention_cutoff(TODAY)
    old = [(str(cutoff - dt.timedelta(days=400)), "viewed", CSS, "", "fr", 9),
           (str(cutoff - dt.timedelta(days=1)), "viewed", CSS, "", "fr", 9),
           (str(cutoff - dt.timedelta(days=1)), "search_empty", "", "", "", 2)]
    kept = [(str(cutoff), "viewed", CSS, "", "fr", 8),
            (str(cutoff + dt.timedelta(days=1)), "search_empty", "", "", "", 1),
            (str(TODAY), "viewed", CSS, "", "ar", 5)]
    for row in old + kept:
        insert_raw(context, *row)

    assert purge(context.db, TODAY) == 3
    assert stored(context) == sorted(kept)
    assert purge(context.db, TODAY) == 0
    assert stored(context) == sorted(kept)


def test_opening_the_kiosk_purges(context, mini_starter):
    insert_raw(context, "2024-10-24", "viewed", CSS, "", "fr", 9)
    insert_raw(context, "2024-10-25", "viewed", CSS, "", "fr", 8)
    context.close()
    reopened = open_context(context.home, clock=lambda: NOW, starter=mini_starter)
    try:
        assert stored(reopened) == [("2024-10-25", "viewed", CSS, "", "fr", 8)]
    finally:
        reopened.close()


def test_a_kiosk_that_never_restarts_purges_on_its_first_counter_of_a_day(context):
    insert_raw(context, "2024-10-24", "viewed", CSS, "", "fr", 9)
    insert_raw(context, "2024-10-25", "viewed", CSS, "", "fr", 8)
    record(context.db, Event.SEARCH_EMPTY, day=TODAY)
    assert [row[0] for row in stored(context)] == ["2024-10-25", "2026-11-25"]
    # The next day's first counter forgets the counters of 2024-10-25.
    record(context.db, Event.SEARCH_EMPTY, day=TODAY + dt.timedelta(days=1))
    assert [row[0] for row in stored(context)] == ["2026-11-25", "2026-11-26"]


# --- exports -----------------------------------------------------------------------------------


@pytest.mark.parametrize("count, shown", [(0, "<5"), (1, "<5"), (4, "<5"), (5, "5"), (7, "5"), (8, "10"),
                                          (12, "10"), (13, "15"), (1234, "1235")])
def test_mask(count, shown):
    assert mask(count) == shown


def kiosk(*args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
        env={"KIOSK_HOME": str(home), "PATH": "/usr/bin:/bin"}, timeout=120,
    )


@pytest.fixture(scope="module")
def counted_home(tmp_path_factory) -> Path:
    """A kiosk on the starter catalogue whose counters are 1, 2, 3, 4 (small), 5 and 7."""
    home = tmp_path_factory.mktemp("stats") / "home"
    context = open_context(home)
    day = stats.local_day(context.clock())
    counts = {("complementaire-sante-solidaire", "fr"): 7, ("complementaire-sante-solidaire", "ar"): 1,
              ("carte-identite", "tr"): 2, ("declaration-deces", "uk"): 5}
    for (slug, lang), times in counts.items():
        for _ in range(times):
            assert record(context.db, Event.VIEWED, day=day, procedure=slug, language=lang)
    for _ in range(3):
        record(context.db, Event.HELPFUL_YES, day=day, procedure="carte-identite", language="tr")
    for _ in range(4):
        record(context.db, Event.SEARCH_EMPTY, day=day)
    record(context.db, Event.CATEGORY_VIEWED, day=day, category="health", language="fr")
    context.close()
    return home


def this_week() -> str:
    year, week, _ = dt.date.today().isocalendar()  # the counters of counted_home are today's
    return f"{year}-W{week:02d}"


def test_text_export_masks_small_counts_and_rounds_the_others(counted_home):
    out = kiosk("stats", "--since", this_week(), home=counted_home)
    assert out.returncode == 0, out.stderr
    assert "shown as <5, the others rounded to the nearest multiple of 5" in out.stdout
    cells = [cell for line in out.stdout.splitlines()[1:] for cell in line.split()]
    numbers = [int(cell) for cell in cells if cell.isdigit()]
    # complementaire-sante-solidaire 8 -> 10; declaration-deces, uk 5; fr 7 -> 5
    assert sorted(numbers) == [5, 5, 5, 10]
    assert cells.count("<5") > 20
    lines = out.stdout.splitlines()
    assert any(line.split()[:3] == ["complementaire-sante-solidaire", "10", "<5"] for line in lines if line)
    assert "Searches that found nothing: <5" in out.stdout


def test_csv_export_is_the_tables_masked_and_rounded(counted_home):
    out = kiosk("stats", "--since", this_week(), "--csv", home=counted_home)
    assert out.returncode == 0, out.stderr
    table = list(csv.reader(io.StringIO(out.stdout)))
    assert table[0] == ["table", "item", "event", "count"]
    counts = {(r[0], r[1], r[2]): r[3] for r in table[1:]}
    assert {key: count for key, count in counts.items() if count != "<5"} == {
        ("procedure", "complementaire-sante-solidaire", "viewed"): "10",
        ("procedure", "declaration-deces", "viewed"): "5",
        ("language", "fr", "viewed"): "5",
        ("language", "uk", "viewed"): "5",
    }
    assert counts[("language", "ar", "viewed")] == counts[("category", "health", "category_viewed")] == "<5"
    assert counts[("searches_empty", this_week(), "search_empty")] == "<5"
    assert counts[("searches_empty", "total", "search_empty")] == "<5"


def _counts_in(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in ("since", "until", "period", "masked_below", "rounded_to"):
                yield from _counts_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _counts_in(item)
    elif not isinstance(value, str) or value == "<5":
        yield value


def test_json_export_masks_small_counts_and_rounds_the_others(counted_home):
    out = kiosk("stats", "--since", this_week(), "--json", home=counted_home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    monday = dt.date.fromisocalendar(*dt.date.today().isocalendar()[:2], 1)
    assert data["since"] == monday.isoformat() and data["period"] == "week"
    assert data["masked_below"] == 5 and data["rounded_to"] == 5
    counts = list(_counts_in(data))
    assert counts and all(c == "<5" or (type(c) is int and c >= 5 and c % 5 == 0) for c in counts)
    assert data["procedures"][0] == {
        "slug": "complementaire-sante-solidaire", "viewed": 10, "guide_started": "<5",
        "guide_finished": "<5", "taken_away": "<5", "printed": "<5", "helpful_yes": "<5",
        "helpful_no": "<5", "desk": "<5"}
    assert "rows" not in data  # the per-day counters are never exported
    assert data["searches_empty"] == {"total": "<5", "periods": [{"period": this_week(), "count": "<5"}]}
    assert [c["slug"] for c in data["categories"]] == ["health"]


@pytest.mark.parametrize("since", ["2026-13-01", "25/11/2026", "yesterday", "2026-11-25T10:00", "", "2026-W54",
                                   "2026-13", "2026-W00"])
def test_malformed_since_is_a_usage_error(counted_home, since):
    out = kiosk("stats", "--since", since, home=counted_home)
    assert out.returncode == 2
    assert "YYYY-MM-DD" in out.stderr and "Traceback" not in out.stderr


def test_csv_and_json_together_is_a_usage_error(counted_home):
    assert kiosk("stats", "--csv", "--json", home=counted_home).returncode == 2


def test_default_period_is_the_last_12_weeks(context, capsys):
    """Twelve whole ISO weeks, this one included: from Monday 2026-09-07 (TODAY is a Wednesday)."""
    for days_ago in (0, 79, 80):
        insert_raw(context, str(TODAY - dt.timedelta(days=days_ago)), "search_empty", "", "", "", 5)
    args = argparse.Namespace(since=None, csv=False, json=True)
    assert cmd_stats(context, args) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["since"], data["until"]) == ("2026-09-07", "2026-11-29")
    assert data["searches_empty"]["total"] == 10
    assert len(data["searches_empty"]["periods"]) == 12


def test_a_period_older_than_what_is_kept_starts_with_what_is_kept(context, capsys):
    args = argparse.Namespace(since=(dt.date(2000, 1, 3), "week"), csv=False, json=True)
    assert cmd_stats(context, args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["since"] == "2024-10-28"  # the first Monday on or after 2024-10-25, 25 months back


def test_text_export_with_nothing_counted(context, capsys):
    args = argparse.Namespace(since=None, csv=False, json=False)
    assert cmd_stats(context, args) == 0
    assert "Nothing was counted" in capsys.readouterr().out
