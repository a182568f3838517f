"""Anonymous statistics: aggregate counters per day, and what the admin screen and exports read.

DESIGN.md section 6, and the CNIL's rules for audience measurement without consent: a counter is
a day (never a time of day), an event, and at most a procedure or category slug and a language
code taken from the catalogue in use. Nothing a resident typed is ever stored: ``record`` refuses
anything that is not an ``Event``, a slug of the current catalogue or one of its language codes,
and the table's CHECK constraints refuse free text from any other writer. A search that found
nothing is counted per day only, never its text.

Counters are kept 25 months: a counter of day D is deleted from the day after D plus 25 calendar
months (see ``retention_cutoff``). ``purge`` runs when the kiosk opens its context, and again
whenever ``record`` starts a new counter, so a kiosk that runs for months forgets on time too.

Statistical disclosure control (``disclosed``, ``mask``): small counts single people out, so
every figure shown anywhere (``kiosk stats``, the admin screen's charts) is either ``"<5"`` (below
5, zero included) or rounded to the nearest multiple of 5, as statistics offices do; totals are
rounded from the exact counts, never added up from rounded ones. A masked count then cannot be
recovered by subtraction (a total minus the other languages, one period minus another): the other
figures are each known only within a few units. Periods are whole ISO weeks or whole months
(``period_start``), never any day, and searches that found nothing are listed per week or month
of the period, empty ones included (a listed "<5" must not mean "at least one"). Exports show these
tables only, never the per-day counters themselves (``rows``, for tests and maintenance).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from typing import TYPE_CHECKING

from kiosk.database import Database
from kiosk.errors import KioskError
from kiosk.hours import local_time

if TYPE_CHECKING:
    from sqlalchemy import Connection

#: How long counters are kept, in calendar months.
RETENTION_MONTHS = 25
#: Counts below this are shown as "<5" in every export.
MASK_BELOW = 5
MASKED = f"<{MASK_BELOW}"


class Event(StrEnum):
    """What a counter counts; the value is what is stored (``models.STAT_EVENTS``)."""

    VIEWED = "viewed"
    GUIDE_STARTED = "guide_started"
    GUIDE_FINISHED = "guide_finished"
    TAKEN_AWAY = "taken_away"  # by QR code
    PRINTED = "printed"
    HELPFUL_YES = "helpful_yes"
    HELPFUL_NO = "helpful_no"
    CATEGORY_VIEWED = "category_viewed"
    SEARCH_EMPTY = "search_empty"
    DESK = "desk"  # a procedure viewed at a partner's front desk (``kiosk desk``)
    # The end of the "is this for me?" questions: counted per day only, never with the procedure or
    # the language. Answers say something of a resident's situation (age, income, residence);
    # "not for me" on RSA in Tigrinya, on a quiet day, could point at one person.
    PROBABLY_FOR_ME = "probably_for_me"
    PROBABLY_NOT_FOR_ME = "probably_not_for_me"


#: The events about one procedure, in the order exports show them.
PROCEDURE_EVENTS = (Event.VIEWED, Event.GUIDE_STARTED, Event.GUIDE_FINISHED, Event.TAKEN_AWAY,
                    Event.PRINTED, Event.HELPFUL_YES, Event.HELPFUL_NO, Event.DESK)


def at_desk(event: Event) -> Event | None:
    """What a front desk (``kiosk desk``) counts for ``event``: a procedure viewed is ``DESK``, so
    statistics tell a desk's use from a terminal's; every other event (guides, take-aways,
    categories, searches) is the resident's own use of a terminal, and a desk counts none."""
    return Event.DESK if event in (Event.VIEWED, Event.DESK) else None

#: The events counted per day only, with nothing else: summed per week or month.
DAY_EVENTS = (Event.SEARCH_EMPTY, Event.PROBABLY_FOR_ME, Event.PROBABLY_NOT_FOR_ME)

#: Which fields each event is counted with: exactly these, no more, no fewer.
_FIELDS: dict[Event, frozenset[str]] = {
    **{event: frozenset({"procedure", "language"}) for event in PROCEDURE_EVENTS},
    Event.CATEGORY_VIEWED: frozenset({"category", "language"}),
    Event.SEARCH_EMPTY: frozenset(),
    Event.PROBABLY_FOR_ME: frozenset(),
    Event.PROBABLY_NOT_FOR_ME: frozenset(),
}

#: The counters' table (kiosk/models.py StatCounter) and its key, for the plain SQL below.
_KEY = "day, event, procedure_slug, category_slug, language"


# --- plain data for the admin screen and the command line --------------------------------------


@dataclass(frozen=True, kw_only=True)
class EventCounts:
    """How many times each procedure event happened; field names are the ``Event`` values."""

    viewed: int = 0
    guide_started: int = 0
    guide_finished: int = 0
    taken_away: int = 0
    printed: int = 0
    helpful_yes: int = 0
    helpful_no: int = 0
    desk: int = 0  # viewed at a front desk


@dataclass(frozen=True, kw_only=True)
class ProcedureStats(EventCounts):
    slug: str


@dataclass(frozen=True, kw_only=True)
class LanguageStats(EventCounts):
    """The events that happened in one language, and how many category pages were opened in it."""

    code: str
    category_viewed: int = 0


@dataclass(frozen=True)
class CategoryStats:
    slug: str
    viewed: int


@dataclass(frozen=True)
class PeriodCount:
    """A count over one week (``label`` "2026-W48") or one month ("2026-11") starting on ``start``."""

    start: dt.date
    label: str
    count: int


@dataclass(frozen=True)
class StatsSummary:
    """The counters from ``since`` to ``until`` (both included), whole weeks or months (``unit``).

    Procedures and languages come most viewed first, categories most opened first, searches that
    found nothing by week or month (every one of the period, empty ones included). Counts are
    exact: show them through ``mask`` or ``disclosed``.
    """

    since: dt.date
    until: dt.date
    unit: str
    procedures: tuple[ProcedureStats, ...]
    languages: tuple[LanguageStats, ...]
    categories: tuple[CategoryStats, ...]
    searches_empty: tuple[PeriodCount, ...]
    #: The "is this for me?" results by week or month, every one of the period (as searches).
    probably_for_me: tuple[PeriodCount, ...] = ()
    probably_not_for_me: tuple[PeriodCount, ...] = ()

    @property
    def searches_empty_total(self) -> int:
        return sum(d.count for d in self.searches_empty)


@dataclass(frozen=True)
class CounterRow:
    """One stored counter, for exports. Empty strings: not about a procedure / category / language."""

    day: dt.date
    event: Event
    procedure: str
    category: str
    language: str
    count: int


# --- writing -----------------------------------------------------------------------------------


def local_day(now: dt.datetime) -> dt.date:
    """The kiosk's local calendar day at ``now`` (naive UTC, as the context clock gives it)."""
    return local_time(now).date()


def record(db: Database, event: Event, *, day: dt.date, procedure: str | None = None,
           category: str | None = None, language: str | None = None) -> bool:
    """Count one ``event`` on ``day``: one UPSERT, safe from any thread.

    Procedure events (``PROCEDURE_EVENTS``) take ``procedure`` and ``language``;
    ``CATEGORY_VIEWED`` takes ``category`` and ``language``; ``SEARCH_EMPTY`` takes nothing else.
    Pass ``day=local_day(context.clock())``. Starting a new counter also purges the counters too
    old on ``day`` (``purge``), so never pass a day from the future.

    Returns:
        True when counted; False, storing and logging nothing, when the procedure, category or
        language is not in the catalogue in use (it may have been replaced by a sync meanwhile).

    Raises:
        TypeError, ValueError: a programming error (not an ``Event``, a day with a time of day,
            fields the event does not take). The message never repeats the value refused.
        KioskError: the database could not be written (busy past its timeout, damaged); the
            message holds none of the values.
    """
    if not isinstance(event, Event):
        raise TypeError("record() takes a kiosk.stats.Event as event")
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise TypeError("record() takes a datetime.date as day, without a time of day")
    given = {name for name, value in
             (("procedure", procedure), ("category", category), ("language", language))
             if value is not None}
    if given != _FIELDS[event]:
        raise ValueError(f"the event {event.value} is counted with exactly these fields: "
                         f"{', '.join(sorted(_FIELDS[event])) or 'none'}")
    for value in (procedure, category, language):
        if value is not None and not isinstance(value, str):
            raise TypeError("record() takes slugs and language codes as str")

    from sqlalchemy.exc import DBAPIError  # loaded with the engine, by the first write

    key = (day.isoformat(), event.value, procedure or "", category or "", language or "")
    # Only slugs and a language code of the catalogue in use are counted.
    in_catalogue = [(sql, value) for sql, value in (
        ("EXISTS (SELECT 1 FROM procedures WHERE slug = ?)", procedure),
        ("EXISTS (SELECT 1 FROM categories WHERE slug = ?)", category),
        ("EXISTS (SELECT 1 FROM languages WHERE code = ?)", language)) if value is not None]
    # One statement that checks the catalogue and counts: as the transaction's first statement it
    # takes the write lock before reading (waiting out the busy timeout if need be), so two
    # threads, or a catalogue swap, never see each other half-way. (SQLite needs a WHERE before
    # ON CONFLICT in an INSERT ... SELECT.)
    upsert = (f"INSERT INTO stat_counters ({_KEY}, count) SELECT ?, ?, ?, ?, ?, 1 "
              f"WHERE {' AND '.join([sql for sql, _ in in_catalogue] or ['1'])} "
              f"ON CONFLICT ({_KEY}) DO UPDATE SET count = count + 1 RETURNING count")
    try:
        with db.engine.begin() as connection:
            count = connection.exec_driver_sql(
                upsert, (*key, *(value for _, value in in_catalogue))).scalar_one_or_none()
            if count is None:
                return False
            if count == 1:  # a new counter, the first of its kind on this day: purge, cheaply
                _delete_older(connection, retention_cutoff(day))
    except DBAPIError:
        # SQLAlchemy's message holds the statement's parameters: not one of them may reach a log.
        raise KioskError("The statistics could not be recorded: the database is busy or damaged.") from None
    return True


def retention_cutoff(today: dt.date) -> dt.date:
    """The oldest day still kept on ``today``: ``today`` less 25 calendar months.

    The day of the month is kept, or taken back to the month's last day where the month is shorter
    (on 2027-03-31 the cutoff is 2025-02-28). A counter of day D is kept while D >= cutoff, so
    through D plus 25 months, and deleted on the day after.
    """
    months = today.year * 12 + (today.month - 1) - RETENTION_MONTHS
    year, month = divmod(months, 12)
    month += 1
    next_month = dt.date(year + month // 12, month % 12 + 1, 1)
    last_day = (next_month - dt.timedelta(days=1)).day
    return dt.date(year, month, min(today.day, last_day))


def purge(db: Database, today: dt.date) -> int:
    """Delete the counters older than 25 months on ``today`` (``retention_cutoff``).

    Cheap when there is nothing to delete: one look at the primary key's first column, no write.

    Returns:
        How many counters were deleted.
    """
    cutoff = retention_cutoff(today)
    with db.read() as connection:
        oldest = connection.execute("SELECT min(day) FROM stat_counters").fetchone()[0]
    if oldest is None or oldest >= cutoff.isoformat():  # ISO dates sort as text
        return 0
    # A new transaction that writes first (see ``record``).
    with db.engine.begin() as connection:
        return _delete_older(connection, cutoff)


def _delete_older(connection: Connection, cutoff: dt.date) -> int:
    return connection.exec_driver_sql("DELETE FROM stat_counters WHERE day < ?", (cutoff.isoformat(),)).rowcount


# --- reading -----------------------------------------------------------------------------------


def disclosed(count: int) -> int | None:
    """A count as it may be shown: None (shown "<5") below 5, else rounded to the nearest multiple
    of 5 (7 -> 5, 8 -> 10). Round totals from exact counts, never add up disclosed figures."""
    if count < MASK_BELOW:
        return None
    return (count + 2) // 5 * 5


def mask(count: int) -> str:
    """A count as exports and the admin screen show it: "<5" below 5 (0 included), else rounded
    to base 5 (``disclosed``)."""
    shown = disclosed(count)
    return MASKED if shown is None else str(shown)


UNITS = ("week", "month")


def period_start(day: dt.date, unit: str) -> dt.date:
    """The first day of the ISO week (Monday) or the month holding ``day``."""
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    raise ValueError(f"a statistics period is counted in {' or '.join(UNITS)}s")


def periods_back(today: dt.date, count: int, unit: str) -> dt.date:
    """The first day of the period ``count`` whole weeks or months long that ends with ``today``'s."""
    start = period_start(today, unit)
    if unit == "week":
        return start - dt.timedelta(weeks=count - 1)
    months = start.year * 12 + start.month - 1 - (count - 1)
    return dt.date(months // 12, months % 12 + 1, 1)


def period_label(start: dt.date, unit: str) -> str:
    if unit == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{start:%Y-%m}"


def _next_period(start: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return start + dt.timedelta(weeks=1)
    return (start + dt.timedelta(days=32)).replace(day=1)


def _period(since: dt.date, until: dt.date | None) -> tuple[str, tuple[str, ...]]:
    """A WHERE condition on the day, and its parameters."""
    if until is None:
        return "day >= ?", (since.isoformat(),)
    return "day >= ? AND day <= ?", (since.isoformat(), until.isoformat())


def summary(db: Database, since: dt.date, until: dt.date, unit: str = "week") -> StatsSummary:
    """The counters of the whole weeks (or months) from ``since``'s to ``until``'s, added up per
    procedure, language, category and (for searches that found nothing) per week or month.

    Raises:
        ValueError: ``since`` is not the first day of a week (a month), or ``until`` is before it.
    """
    if period_start(since, unit) != since or until < since:
        raise ValueError(f"statistics are given for whole {unit}s only")
    last = _next_period(period_start(until, unit), unit) - dt.timedelta(days=1)
    where, period = _period(since, last)
    with db.read() as connection:
        day_events = ", ".join("?" for _ in DAY_EVENTS)
        groups = connection.execute(
            "SELECT event, procedure_slug, category_slug, language, sum(count) FROM stat_counters "
            f"WHERE {where} AND event NOT IN ({day_events}) "
            "GROUP BY event, procedure_slug, category_slug, language",
            (*period, *(e.value for e in DAY_EVENTS))).fetchall()
        by_day = connection.execute(
            f"SELECT event, day, count FROM stat_counters WHERE {where} AND event IN ({day_events})",
            (*period, *(e.value for e in DAY_EVENTS))).fetchall()

    procedures: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    languages: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    categories: dict[str, int] = defaultdict(int)
    for event, procedure, category, language, count in groups:
        if procedure:
            procedures[procedure][event] += count
        if category and event == Event.CATEGORY_VIEWED:
            categories[category] += count
        if language:
            languages[language][event] += count
    starts = []
    start = since
    while start <= last:
        starts.append(start)
        start = _next_period(start, unit)
    per_period: dict[str, dict[dt.date, int]] = {e.value: dict.fromkeys(starts, 0) for e in DAY_EVENTS}
    for event, day, count in by_day:
        per_period[event][period_start(dt.date.fromisoformat(day), unit)] += count

    def periods(event: Event) -> tuple[PeriodCount, ...]:
        return tuple(PeriodCount(start, period_label(start, unit), count)
                     for start, count in per_period[event.value].items())
    return StatsSummary(
        since=since,
        until=last,
        unit=unit,
        procedures=tuple(sorted(
            (ProcedureStats(slug=slug, **counts) for slug, counts in procedures.items()),
            key=lambda p: (-(p.viewed + p.desk), p.slug))),
        languages=tuple(sorted(
            (LanguageStats(code=code, **counts) for code, counts in languages.items()),
            key=lambda s: (-(s.viewed + s.desk + s.category_viewed), s.code))),
        categories=tuple(sorted(
            (CategoryStats(slug, count) for slug, count in categories.items()),
            key=lambda c: (-c.viewed, c.slug))),
        searches_empty=periods(Event.SEARCH_EMPTY),
        probably_for_me=periods(Event.PROBABLY_FOR_ME),
        probably_not_for_me=periods(Event.PROBABLY_NOT_FOR_ME),
    )


def rows(db: Database, since: dt.date, until: dt.date | None = None) -> list[CounterRow]:
    """Every counter from ``since`` (to ``until``), by day, event, procedure, category, language.

    Exact and per day: for tests and maintenance only, never shown nor exported (see the module's
    docstring)."""
    where, period = _period(since, until)
    with db.read() as connection:
        found = connection.execute(
            f"SELECT {_KEY}, count FROM stat_counters WHERE {where} ORDER BY {_KEY}", period).fetchall()
    return [CounterRow(dt.date.fromisoformat(day), Event(event), procedure, category, language, count)
            for day, event, procedure, category, language, count in found]
