"""``kiosk stats``: the anonymous statistics, as tables, CSV or JSON.

Every figure goes through ``kiosk.stats.mask`` ("<5" below 5, else rounded to base 5) and periods
are whole ISO weeks or months, up to today's: see ``kiosk.stats`` for why.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys

from kiosk.context import Context
from kiosk.stats import (MASK_BELOW, MASKED, PROCEDURE_EVENTS, EventCounts, StatsSummary, disclosed,
                         local_day, mask, period_start, periods_back, retention_cutoff, summary)

#: The period shown when --since is not given.
DEFAULT_WEEKS = 12

_HEADINGS = {
    "viewed": "viewed", "guide_started": "guide started", "guide_finished": "guide finished",
    "taken_away": "taken away", "printed": "printed", "helpful_yes": "helpful: yes",
    "helpful_no": "helpful: no", "desk": "at a desk",
}
_CSV_HEADER = ("table", "item", "event", "count")


def _since(text: str) -> tuple[dt.date, str]:
    """argparse type for --since: the first day of a whole ISO week or month, and which.

    ``YYYY-Www`` is that ISO week; ``YYYY-MM`` that month; ``YYYY-MM-DD`` the ISO week holding that
    day (statistics are never given from any day). Anything else is a usage error (exit 2).
    """
    try:
        if re.fullmatch(r"[0-9]{4}-W[0-9]{2}", text):
            return dt.date.fromisocalendar(int(text[:4]), int(text[6:]), 1), "week"
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}", text):
            return dt.date(int(text[:4]), int(text[5:]), 1), "month"
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            return period_start(dt.date.fromisoformat(text), "week"), "week"
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(
        f"give a week written YYYY-Www (2026-W36), a month YYYY-MM (2026-09) or a day YYYY-MM-DD "
        f"(its week is taken), not {text!r}")


def _number(count: int) -> int | str:
    """A count for JSON: rounded to base 5 from 5 up, the string "<5" below."""
    shown = disclosed(count)
    return MASKED if shown is None else shown


def _event_counts(counts: EventCounts) -> dict[str, int]:
    return {event.value: getattr(counts, event.value) for event in PROCEDURE_EVENTS}


def _table(headers: list[str], lines: list[list[str]]) -> list[str]:
    """Lines of a text table: the first column left-aligned, the counts right-aligned."""
    widths = [max(len(row[i]) for row in [headers, *lines]) for i in range(len(headers))]
    return ["  ".join(cell.ljust(width) if i == 0 else cell.rjust(width)
                      for i, (cell, width) in enumerate(zip(row, widths))).rstrip()
            for row in [headers, *lines]]


def _print_text(found: StatsSummary) -> None:
    first, last = found.searches_empty[0].label, found.searches_empty[-1].label
    print(f"Statistics of the {found.unit}s {first} to {last} ({found.since} to {found.until}); counts below "
          f"{MASK_BELOW} are shown as {MASKED}, the others rounded to the nearest multiple of 5")
    if not (found.procedures or found.languages or found.categories or found.searches_empty_total
            or _total(found.probably_for_me) or _total(found.probably_not_for_me)):
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
    print("\n".join(_table([found.unit, "searches"], [[d.label, mask(d.count)] for d in found.searches_empty])))
    print()
    print(f"Is this for me? Probably for them: {mask(_total(found.probably_for_me))}, "
          f"probably not: {mask(_total(found.probably_not_for_me))}")
    print("\n".join(_table([found.unit, "probably for them", "probably not"], [
        [yes.label, mask(yes.count), mask(no.count)]
        for yes, no in zip(found.probably_for_me, found.probably_not_for_me)])))


def _total(periods) -> int:
    return sum(d.count for d in periods)


def _csv_lines(found: StatsSummary) -> list[tuple[str, str, str, str]]:
    """The same tables as the text, one figure a line: table, item, event, count."""
    lines = [("procedure", p.slug, event, mask(n)) for p in found.procedures
             for event, n in _event_counts(p).items()]
    lines += [("language", s.code, event, mask(n)) for s in found.languages
              for event, n in {"category_viewed": s.category_viewed, **_event_counts(s)}.items()]
    lines += [("category", c.slug, "category_viewed", mask(c.viewed)) for c in found.categories]
    lines += [("searches_empty", d.label, "search_empty", mask(d.count)) for d in found.searches_empty]
    lines.append(("searches_empty", "total", "search_empty", mask(found.searches_empty_total)))
    for event, periods in (("probably_for_me", found.probably_for_me),
                           ("probably_not_for_me", found.probably_not_for_me)):
        lines += [("eligibility", d.label, event, mask(d.count)) for d in periods]
        lines.append(("eligibility", "total", event, mask(_total(periods))))
    return lines


def _next_period_start(day: dt.date, unit: str) -> dt.date:
    """The first day of the first whole week (month) on or after ``day``."""
    start = period_start(day, unit)
    return start if start == day else periods_back(start, 0, unit)


def cmd_stats(context: Context, args: argparse.Namespace) -> int:
    today = local_day(context.clock())
    since, unit = args.since or (periods_back(today, DEFAULT_WEEKS, "week"), "week")
    # Nothing older than 25 months is kept: a period starting earlier starts with the oldest kept.
    since = max(since, _next_period_start(retention_cutoff(today), unit))
    found = summary(context.db, since, max(today, since), unit)
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(_CSV_HEADER)
        writer.writerows(_csv_lines(found))
        return 0
    if not args.json:
        _print_text(found)
        return 0
    print(json.dumps({
        "since": found.since.isoformat(),
        "until": found.until.isoformat(),
        "period": unit,
        "masked_below": MASK_BELOW,
        "rounded_to": 5,
        "procedures": [{"slug": p.slug, **{e: _number(n) for e, n in _event_counts(p).items()}}
                       for p in found.procedures],
        "languages": [{"code": s.code, "category_viewed": _number(s.category_viewed),
                       **{e: _number(n) for e, n in _event_counts(s).items()}}
                      for s in found.languages],
        "categories": [{"slug": c.slug, "viewed": _number(c.viewed)} for c in found.categories],
        "searches_empty": {"total": _number(found.searches_empty_total),
                           "periods": [{"period": d.label, "count": _number(d.count)}
                                       for d in found.searches_empty]},
        "eligibility": {event: {"total": _number(_total(periods)),
                                "periods": [{"period": d.label, "count": _number(d.count)} for d in periods]}
                        for event, periods in (("probably_for_me", found.probably_for_me),
                                               ("probably_not_for_me", found.probably_not_for_me))},
    }, ensure_ascii=False))
    return 0


def register(commands) -> None:
    stats = commands.add_parser(
        "stats", help="the anonymous statistics (counts below 5 shown as <5, the others rounded to 5)",
        description="The anonymous statistics, per procedure, language and category, and searches "
                    "that found nothing, over whole ISO weeks or months up to today's. Every count "
                    "below 5 is shown as <5 and every other rounded to the nearest multiple of 5, so "
                    "that no small count can be worked out from the others.")
    stats.add_argument("--since", type=_since, metavar="YYYY-Www|YYYY-MM|YYYY-MM-DD",
                       help=f"the first week (or month) counted; a day stands for its week "
                            f"(default: the last {DEFAULT_WEEKS} weeks, this one included)")
    output = stats.add_mutually_exclusive_group()
    output.add_argument("--csv", action="store_true",
                        help="every counter, one CSV line each, after a header line")
    output.add_argument("--json", action="store_true", help="one JSON object on stdout")
    stats.set_defaults(handler=cmd_stats)
