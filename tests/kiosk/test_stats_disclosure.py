"""No masked count comes back by subtraction (issue 13, item 3): statistical disclosure control.

An attacker reads `kiosk stats --json` (or the admin screen) and knows how the figures add up:
a procedure event summed over procedures equals the same event summed over languages; category
pages over categories equal them over languages; the searches that found nothing in all equal the
sum of their weeks; a period minus a later one is the weeks between. Every shown figure is known
only as an interval ("<5": 0 to 4; 5: 5 to 7; n: n-2 to n+2). For each masked count the attacker
subtracts, and the test fails when the result pins it to one value.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
from collections import defaultdict

import pytest

from kiosk import stats
from kiosk.commands.stats import cmd_stats
from kiosk.stats import PROCEDURE_EVENTS, Event, mask
from tests.conftest import NOW
from kiosk.database import database_path

TODAY = NOW.date()  # Wednesday 2026-11-25, ISO week 48
PROCEDURES = ["p-one", "p-two", "p-three"]
LANGUAGES = ["fr", "en", "ar", "tr", "uk"]
CATEGORIES = ["health", "papers"]


def insert_raw(context, day: str, event: str, procedure: str, category: str, language: str, count: int) -> None:
    """Add ``count`` to a counter, as that many ``kiosk.stats.record`` calls would."""
    connection = sqlite3.connect(database_path(context.home))
    try:
        with connection:
            connection.execute("INSERT INTO stat_counters VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
                               "DO UPDATE SET count = count + excluded.count",
                               (day, event, procedure, category, language, count))
    finally:
        connection.close()


def interval(shown) -> tuple[int, int]:
    if shown == "<5":
        return 0, 4
    return (5, 7) if shown == 5 else (shown - 2, shown + 2)


def pinned(side: list, other: list) -> list[int]:
    """The values of masked figures of ``side`` that subtraction from ``sum(other)`` pins down.

    Zero is not counted: "nobody" singles no one out (a language nobody used is simply not listed).
    """
    found = []
    for index, figure in enumerate(side):
        if figure != "<5":
            continue
        rest = side[:index] + side[index + 1:]
        low = sum(interval(f)[0] for f in other) - sum(interval(f)[1] for f in rest)
        high = sum(interval(f)[1] for f in other) - sum(interval(f)[0] for f in rest)
        low, high = max(low, 0), min(high, 4)
        assert low <= high, "the figures contradict each other: a rounding bug"
        if low == high and low > 0:
            found.append(low)
    return found


def relations(data: dict) -> list[tuple[str, list, list]]:
    """Every (name, side, other side) whose sums are equal, in a `kiosk stats --json` output."""
    found = []
    for event in PROCEDURE_EVENTS:
        found.append((event.value, [p[event.value] for p in data["procedures"]],
                      [s[event.value] for s in data["languages"]]))
    found.append(("category pages", [c["viewed"] for c in data["categories"]],
                  [s["category_viewed"] for s in data["languages"]]))
    found.append(("searches", [data["searches_empty"]["total"]],
                  [p["count"] for p in data["searches_empty"]["periods"]]))
    return found + [(name + " (other way)", b, a) for name, a, b in found]


def stats_json(context, capsys, since: dt.date | None = None) -> dict:
    args = argparse.Namespace(since=(since, "week") if since else None, csv=False, json=True)
    assert cmd_stats(context, args) == 0
    return json.loads(capsys.readouterr().out)


def fill(context, rng: random.Random, weeks: int) -> dict:
    """Random counters over the last ``weeks`` weeks, mostly small; returns the exact week counts."""
    exact: dict = defaultdict(int)
    for day_number in range(weeks * 7):
        day = TODAY - dt.timedelta(days=day_number)
        week = stats.period_start(day, "week")
        for _ in range(rng.randrange(4)):
            language, count = rng.choice(LANGUAGES), rng.choice([1, 1, 1, 2, 3, 4, 6, 9])
            if rng.random() < 0.2:
                insert_raw(context, day.isoformat(), "search_empty", "", "", "", count)
                exact[(week, "search_empty")] += count
            elif rng.random() < 0.3:
                category = rng.choice(CATEGORIES)
                insert_raw(context, day.isoformat(), "category_viewed", "", category, language, count)
                exact[(week, "category", category)] += count
                exact[(week, "language", language, "category_viewed")] += count
            else:
                event, procedure = rng.choice(PROCEDURE_EVENTS).value, rng.choice(PROCEDURES)
                insert_raw(context, day.isoformat(), event, procedure, "", language, count)
                exact[(week, "procedure", procedure, event)] += count
                exact[(week, "language", language, event)] += count
    return exact


def test_a_total_minus_the_other_languages_gives_nothing_back(context, capsys):
    """The issue's own case: viewed 7 times, 5 in French; "<5" in Arabic was 7 - 5 = 2."""
    insert_raw(context, TODAY.isoformat(), "viewed", "p-one", "", "fr", 5)
    insert_raw(context, TODAY.isoformat(), "viewed", "p-one", "", "ar", 2)
    data = stats_json(context, capsys)
    assert data["procedures"] == [{"slug": "p-one", "viewed": 5, **{e.value: "<5" for e in PROCEDURE_EVENTS[1:]}}]
    assert {s["code"]: s["viewed"] for s in data["languages"]} == {"fr": 5, "ar": "<5"}
    for name, side, other in relations(data):
        assert pinned(side, other) == [], name


@pytest.mark.parametrize("seed", range(15))
def test_no_subtraction_within_a_table_pins_a_masked_count(context, capsys, seed):
    fill(context, random.Random(seed), weeks=3)
    data = stats_json(context, capsys)
    for name, side, other in relations(data):
        assert pinned(side, other) == [], (name, side, other)


@pytest.mark.parametrize("seed", range(10))
def test_one_period_minus_the_next_pins_no_masked_week(context, capsys, seed):
    exact = fill(context, random.Random(seed), weeks=3)
    weeks = [stats.period_start(TODAY, "week") - dt.timedelta(weeks=n) for n in (2, 1)]
    longer, shorter = (stats_json(context, capsys, since) for since in weeks)

    def figures(data: dict) -> dict:
        found = {("search_empty",): data["searches_empty"]["total"]}
        for p in data["procedures"]:
            found.update({("procedure", p["slug"], e): v for e, v in p.items() if e != "slug"})
        for s in data["languages"]:
            found.update({("language", s["code"], e): v for e, v in s.items() if e != "code"})
        found.update({("category", c["slug"]): c["viewed"] for c in data["categories"]})
        return found

    first, second = figures(longer), figures(shorter)
    for key, figure in first.items():
        true_in_first_week = exact.get((weeks[0], *key), 0)
        if true_in_first_week >= 5:
            continue
        # That week alone is shown nowhere: the attacker knows it only as this difference.
        later = second.get(key, 0)
        low = interval(figure)[0] - (interval(later)[1] if later else 0)
        high = interval(figure)[1] - (interval(later)[0] if later else 0)
        assert high <= 0 or max(low, 0) < high, (key, figure, later, true_in_first_week)


def test_any_day_stands_for_its_whole_week(context, capsys):
    """`--since D` minus `--since D+1` was one day's counts; now both are the same week."""
    for day_number in range(10):
        insert_raw(context, (TODAY - dt.timedelta(days=day_number)).isoformat(), "search_empty", "", "", "",
                   day_number + 1)
    monday = stats.period_start(TODAY, "week")
    outputs = [stats_json(context, capsys, stats.period_start(monday + dt.timedelta(days=n), "week"))
               for n in range(3)]
    assert outputs[0] == outputs[1] == outputs[2]


def shown(count: int):
    return stats.disclosed(count) or "<5"


def test_totals_shown_elsewhere_are_rounded_from_exact_counts():
    """The admin screen's totals (guides started in all) are disclosed like any figure."""
    assert [mask(3), mask(3), mask(3 + 3)] == ["<5", "<5", "5"]
    assert pinned([shown(3), shown(3)], [shown(6)]) == []
    # Exact figures gave it away (7 in all, 5 of them in French, so 2 in Arabic); disclosed, not.
    assert pinned([shown(2), shown(5)], [shown(7)]) == []
