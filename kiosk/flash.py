"""What the A4 info flash says (``kiosk flash``), as plain data: no Qt here.

The flash is one sheet to pin up or hand out, in one language or in French beside one other:
the announcements valid this month for the site, the procedures the assistant marked
``featured`` (each with its checklist's QR code, the same text as the take-away screen's, and
two lines of its summary), the Maison de quartier's help hours for the coming week, and the
next workshops. ``ui/flash.py`` lays it out and writes the PDF.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from kiosk import workshops
from kiosk.catalogue import (announcements, featured_procedures, helpers, languages, load_procedure, partners,
                             site_name, site_slugs)
from kiosk.database import Database
from kiosk.hours import hours_on, local_time, reading
from kiosk.takeaway import ELLIPSIS, checklist_text
from kiosk.text import plain_line

#: The next workshops shown, at most.
MOST_WORKSHOPS = 5
#: How far ahead the flash looks for workshops: as far as the sync works repeats out.
FLASH_DAYS = workshops.HORIZON_DAYS
#: Days of help hours shown, from today.
HOURS_DAYS = 7
#: A workshop's title or place from the calendar file is cut to this many characters.
WORKSHOP_TEXT_CAP = 90
#: French is on the left of a two-language flash; the other language on the right.
FIRST_LANGUAGE = "fr"

_SENTENCE_END = re.compile(r"(?<=[.!?\u061f])\s+(?=\S)")


class Workshop(Protocol):
    """A digital workshop, as ``kiosk.workshops`` gives it (read from the calendar at sync)."""

    title: str
    start: dt.datetime
    location: str


@dataclass(frozen=True)
class FeaturedProcedure:
    slug: str
    title: str
    summary: str
    #: The checklist as the take-away screen's QR code holds it (nothing ticked).
    qr_text: str


@dataclass(frozen=True)
class HelpHours:
    """Where a person can help, and its hours for each of the coming days."""

    name: str
    address: str
    telephone: str
    #: Each day from today and its hours ("09:00–12:00, 14:00–17:00"; "" when closed). Empty
    #: when the hours are not in opening_hours syntax: then ``text`` is what was published.
    days: tuple[tuple[dt.date, str], ...]
    text: str


@dataclass(frozen=True)
class WorkshopLine:
    title: str
    start: dt.datetime  # local time
    location: str


@dataclass(frozen=True)
class FlashColumn:
    """Everything the flash says in one language."""

    lang: str
    rtl: bool
    site: str
    month: dt.date  # the first day of the month the flash is for
    announcements: tuple[str, ...]
    procedures: tuple[FeaturedProcedure, ...]
    help: HelpHours | None
    workshops: tuple[WorkshopLine, ...]


def flash_languages(text: str | None, offered: Sequence[str]) -> list[str]:
    """The languages asked for with ``--lang`` ("fr,ar"), French first; ``["fr"]`` by default.

    Raises:
        ValueError: more than two languages, two without French, the same twice, or one the
            catalogue does not offer; the message is one plain sentence.
    """
    wanted = [code.strip() for code in (text or FIRST_LANGUAGE).split(",") if code.strip()]
    if not wanted:
        raise ValueError("Give one language, or French and one other: --lang fr,ar.")
    unknown = [code for code in wanted if code not in offered]
    if unknown:
        raise ValueError(f"The catalogue has no language {unknown[0]!r}; it offers {', '.join(offered)}.")
    if len(wanted) > 2 or len(set(wanted)) != len(wanted) or (len(wanted) == 2 and FIRST_LANGUAGE not in wanted):
        raise ValueError("The flash holds one language, or French and one other side by side: --lang fr,ar.")
    return sorted(wanted, key=lambda code: code != FIRST_LANGUAGE)


def check_site(db: Database, site: str) -> None:
    """Raises ValueError (one sentence) when the catalogue serves no site ``site``."""
    sites = site_slugs(db)
    if site not in sites:
        raise ValueError(f"The catalogue has no site {site!r}; it serves {', '.join(sites) or 'none'}.")


def flash_column(db: Database, lang: str, site: str, now: dt.datetime,
                 workshops: Iterable[Workshop] = ()) -> FlashColumn:
    """What the flash says in ``lang`` for ``site`` at ``now`` (naive UTC, the context clock)."""
    offered = languages(db)
    today = local_time(now).date()
    month_end = today.replace(day=calendar.monthrange(today.year, today.month)[1])
    procedures = []
    for slug in featured_procedures(db):
        view = load_procedure(db, slug, lang)
        if view is not None:
            procedures.append(FeaturedProcedure(slug, view.title.text, view.summary.text,
                                                checklist_text(view, frozenset())))
    rtl = next((info.direction == "rtl" for info in offered if info.code == lang), False)
    return FlashColumn(
        lang=lang, rtl=rtl, site=site_name(db, site, lang).text or site, month=today.replace(day=1),
        announcements=tuple(a.text.text for a in announcements(db, site, today, lang, until=month_end)),
        procedures=tuple(procedures),
        help=_help_hours(db, site, lang, today),
        workshops=next_workshops(workshops, now),
    )


def stored_workshops(context) -> list:
    """The next workshops the last sync stored (``kiosk.workshops``), over the coming two months."""
    return workshops.upcoming(context, context.clock(), days=FLASH_DAYS, limit=MOST_WORKSHOPS)


def next_workshops(workshops: Iterable[Workshop], now: dt.datetime) -> tuple[WorkshopLine, ...]:
    """The ``MOST_WORKSHOPS`` next workshops from ``now``, soonest first, their texts made safe.

    A start without a time zone is taken as local time (what calendar files mean by it).
    """
    here = local_time(now)
    lines = []
    for workshop in workshops:
        start = workshop.start
        start = start.replace(tzinfo=here.tzinfo) if start.tzinfo is None else start.astimezone(here.tzinfo)
        if start >= here:
            lines.append(WorkshopLine(plain_line(str(workshop.title or ""), WORKSHOP_TEXT_CAP), start,
                                      plain_line(str(workshop.location or ""), WORKSHOP_TEXT_CAP)))
    lines.sort(key=lambda line: line.start)
    return tuple(lines[:MOST_WORKSHOPS])


def opening_week(days: Sequence[tuple[dt.date, str]]) -> tuple[tuple[dt.date, dt.date, str], ...]:
    """Seven days' hours read as a week, Monday first: following days with the same hours make
    one run (first day, last day, hours); closed days are left out."""
    runs: list[tuple[dt.date, dt.date, str]] = []
    for day, hours in sorted(days, key=lambda item: item[0].weekday()):
        if runs and runs[-1][2] == hours and runs[-1][1].weekday() + 1 == day.weekday():
            runs[-1] = (runs[-1][0], day, hours)
        else:
            runs.append((day, day, hours))
    return tuple(run for run in runs if run[2])


def summary_lines(text: str, fits: Callable[[str], bool]) -> str:
    """As many whole first sentences of ``text`` as ``fits`` accepts (two printed lines, say).

    When even the first sentence does not fit, it is cut after the last whole word that fits,
    ending with an ellipsis: never inside a word. "" when not even one word fits.
    """
    sentences = _SENTENCE_END.split(" ".join(text.split()))
    best = ""
    for sentence in sentences:
        candidate = f"{best} {sentence}".strip()
        if not fits(candidate):
            break
        best = candidate
    if best or not sentences[0]:
        return best
    words = sentences[0].split(" ")
    low, high = 0, len(words)  # words[:low] + ellipsis fits (or low is 0); words[:high] does not
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if fits(_cut(words, middle)) else (low, middle)
    return _cut(words, low) if low else ""


# --- internals -------------------------------------------------------------------------------


def _cut(words: list[str], count: int) -> str:
    return " ".join(words[:count]).rstrip(" ,;:.-\u060c\u061b") + ELLIPSIS


def _help_hours(db: Database, site: str, lang: str, today: dt.date) -> HelpHours | None:
    shown = helpers(partners(db, site, lang))
    if not shown:
        return None
    place = shown[0]
    days = []
    for offset in range(HOURS_DAYS):
        day = today + dt.timedelta(days=offset)
        periods = hours_on(place.opening_hours, day)
        if periods is None:
            days = []
            break
        days.append((day, reading(periods)))
    text = "" if days else (place.opening_hours_text or place.opening_hours)
    return HelpHours(place.name, place.address, place.telephone, tuple(days), text)


__all__ = ["FeaturedProcedure", "FlashColumn", "HelpHours", "MOST_WORKSHOPS", "Workshop", "WorkshopLine",
           "check_site", "flash_column", "stored_workshops", "flash_languages", "next_workshops", "opening_week",
           "summary_lines"]
