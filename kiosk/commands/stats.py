"""``kiosk stats``: the anonymous statistics, as a table, CSV or JSON; counts below 5 as "<5"."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys

from kiosk.context import Context
from kiosk.stats import (MASK_BELOW, MASKED, PROCEDURE_EVENTS, EventCounts, StatsSummary, local_day,
                         mask, rows, summary)

#: The period shown when --since is not given.
DEFAULT_WEEKS = 12

_HEADINGS = {
    "viewed": "viewed", "guide_started": "guide started", "guide_finished": "guide finished",
    "taken_away": "taken away", "printed": "printed", "helpful_yes": "helpful: yes",
    "helpful_no": "helpful: no",
}
_CSV_HEADER = ("day", "event", "procedure", "category", "language", "count")


def _date(text: str) -> dt.date:
    """argparse type for --since: a calendar date written YYYY-MM-DD (else a usage error, exit 2)."""
    try:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            return dt.date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"give a date written YYYY-MM-DD, such as 2026-09-01, not {text!r}")


def _number(count: int) -> int | str:
    """A count for JSON: the number from 5 up, the string "<5" below."""
    return count if count >= MASK_BELOW else MASKED


def _event_counts(counts: EventCounts) -> dict[str, int]:
    return {event.value: getattr(counts, event.value) for event in PROCEDURE_EVENTS}


def _table(headers: list[str], lines: list[list[str]]) -> list[str]:
    """Lines of a text table: the first column left-aligned, the counts right-aligned."""
    widths = [max(len(row[i]) for row in [headers, *lines]) for i in range(len(headers))]
    return ["  ".join(cell.ljust(width) if i == 0 else cell.rjust(width)
                      for i, (cell, width) in enumerate(zip(row, widths))).rstrip()
            for row in [headers, *lines]]


def _print_text(found: StatsSummary) -> None:
    print(f"Statistics from {found.since.isoformat()} (counts below {MASK_BELOW} are shown as {MASKED})")
    if not (found.procedures or found.languages or found.categories or found.searches_empty):
        print("Nothing was counted in this period.")
        return
    events = list(_HEADINGS)
    if found.procedures:
        print()
        print("\n".join(_table(["procedure", *_HEADINGS.values()], [
            [p.slug, *(mask(getattr(p, e)) for e in events)] for p in found.procedures])))
    if found.languages:
        print()
        print("\n".join(_table(["language", "categories viewed", *_HEADINGS.values()], [
            [s.code, mask(s.category_viewed), *(mask(getattr(s, e)) for e in events)]
            for s in found.languages])))
    if found.categories:
        print()
        print("\n".join(_table(["category", "viewed"], [[c.slug, mask(c.viewed)] for c in found.categories])))
    print()
    print(f"Searches that found nothing: {mask(found.searches_empty_total)}")
    if found.searches_empty:
        print("\n".join(_table(["day", "searches"], [
            [d.day.isoformat(), mask(d.count)] for d in found.searches_empty])))


def cmd_stats(context: Context, args: argparse.Namespace) -> int:
    since = args.since or local_day(context.clock()) - dt.timedelta(weeks=DEFAULT_WEEKS)
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(_CSV_HEADER)
        for row in rows(context.db, since):
            writer.writerow([row.day.isoformat(), row.event.value, row.procedure, row.category,
                             row.language, mask(row.count)])
        return 0
    found = summary(context.db, since)
    if not args.json:
        _print_text(found)
        return 0
    print(json.dumps({
        "since": since.isoformat(),
        "masked_below": MASK_BELOW,
        "procedures": [{"slug": p.slug, **{e: _number(n) for e, n in _event_counts(p).items()}}
                       for p in found.procedures],
        "languages": [{"code": s.code, "category_viewed": _number(s.category_viewed),
                       **{e: _number(n) for e, n in _event_counts(s).items()}}
                      for s in found.languages],
        "categories": [{"slug": c.slug, "viewed": _number(c.viewed)} for c in found.categories],
        "searches_empty": {"total": _number(found.searches_empty_total),
                           "days": [{"day": d.day.isoformat(), "count": _number(d.count)}
                                    for d in found.searches_empty]},
        "rows": [{"day": r.day.isoformat(), "event": r.event.value, "procedure": r.procedure,
                  "category": r.category, "language": r.language, "count": _number(r.count)}
                 for r in rows(context.db, since)],
    }, ensure_ascii=False))
    return 0


def register(commands) -> None:
    stats = commands.add_parser(
        "stats", help="the anonymous statistics (counts below 5 shown as <5)",
        description="The anonymous statistics counters: per procedure, language and category, and "
                    "searches that found nothing. Every count below 5 is shown as <5.")
    stats.add_argument("--since", type=_date, metavar="YYYY-MM-DD",
                       help=f"first day counted (default: {DEFAULT_WEEKS} weeks ago)")
    output = stats.add_mutually_exclusive_group()
    output.add_argument("--csv", action="store_true",
                        help="every counter, one CSV line each, after a header line")
    output.add_argument("--json", action="store_true", help="one JSON object on stdout")
    stats.set_defaults(handler=cmd_stats)
