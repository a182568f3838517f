"""Opening hours: is a partner open now, when does that change, what are its hours on a day.

Partners' hours are written in OpenStreetMap's ``opening_hours`` syntax
(https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification) and read with the
``opening-hours-py`` library. Hours are the local time of the kiosk (``LOCAL_TIMEZONE``); the
context clock gives naive UTC, converted here. ``PH`` (public holidays) follows the French
national holidays the library ships for ``COUNTRY``; ``SH`` (school holidays) is not known to
the library and never matches. An expression that is empty or does not parse gives ``None``,
and the screen shows the partner's published text instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from opening_hours import OpeningHours, ParserError, State

#: The kiosk's local time: hours are read and shown in it.
LOCAL_TIMEZONE = "Europe/Paris"
#: Whose public holidays ``PH`` means.
COUNTRY = "FR"
#: A change further away than this is taken as "no change" (keeps every evaluation cheap).
HORIZON_DAYS = 366

_UTC = ZoneInfo("UTC")
_STATES = {State.OPEN: True, State.CLOSED: False, State.UNKNOWN: None}


@dataclass(frozen=True)
class Change:
    """The next time a partner opens or closes.

    Attributes:
        at: local time of the change (aware, in ``LOCAL_TIMEZONE``).
        is_open: the state from then on (None: unknown).
        days_ahead: local calendar days from now: 0 today, 1 tomorrow, ...
    """

    at: dt.datetime
    is_open: bool | None
    days_ahead: int


@dataclass(frozen=True)
class OpeningState:
    """Whether a partner is open at one instant, and what comes next.

    Attributes:
        is_open: True open, False closed, None when the hours say it is not known.
        next_change: None when nothing changes within ``HORIZON_DAYS`` (24/7, closed for good).
        comment: the expression's comment for now (e.g. "sur rendez-vous"), as written, or "".
    """

    is_open: bool | None
    next_change: Change | None
    comment: str = ""


@dataclass(frozen=True)
class OpenPeriod:
    """One span of a day when a partner is open, in local time."""

    start: dt.datetime
    end: dt.datetime

    def label(self) -> str:
        """``09:00–12:00``; a period running to midnight ends at ``24:00``."""
        end = "24:00" if self.end.time() == dt.time(0) and self.end.date() > self.start.date() else f"{self.end:%H:%M}"
        return f"{self.start:%H:%M}\u2013{end}"


def parse_hours(expression: str, *, timezone: str = LOCAL_TIMEZONE,
                country: str = COUNTRY) -> OpeningHours | None:
    """The parsed expression, or None when it is empty or not valid ``opening_hours``."""
    if not expression or not expression.strip():
        return None
    try:
        return OpeningHours(expression.strip(), timezone=ZoneInfo(timezone), country=country,
                            max_interval_days=HORIZON_DAYS)
    except (ParserError, ValueError):
        return None


def local_time(now: dt.datetime, timezone: str = LOCAL_TIMEZONE) -> dt.datetime:
    """``now`` (naive UTC, as the context clock gives it, or aware) as aware local time."""
    if now.tzinfo is None:
        now = now.replace(tzinfo=_UTC)
    return now.astimezone(ZoneInfo(timezone))


def opening_state(expression: str, now: dt.datetime, *, timezone: str = LOCAL_TIMEZONE,
                  country: str = COUNTRY) -> OpeningState | None:
    """Whether the place with these hours is open at ``now``, and its next change.

    Args:
        expression: hours in ``opening_hours`` syntax.
        now: naive UTC (the context clock) or an aware datetime.

    Returns:
        None when ``expression`` is empty or does not parse: show the published text instead.
    """
    hours = parse_hours(expression, timezone=timezone, country=country)
    if hours is None:
        return None
    here = local_time(now, timezone)
    state, comment = hours.state(here)
    at = hours.next_change(here)
    change = None
    if at is not None:
        at = at.astimezone(ZoneInfo(timezone))
        change = Change(at=at, is_open=_STATES[hours.state(at)[0]], days_ahead=(at.date() - here.date()).days)
    return OpeningState(is_open=_STATES[state], next_change=change, comment=comment)


def hours_on(expression: str, day: dt.date, *, timezone: str = LOCAL_TIMEZONE,
             country: str = COUNTRY) -> tuple[OpenPeriod, ...] | None:
    """The periods the place is open on ``day`` (local), in order; () when closed all day.

    Returns:
        None when ``expression`` is empty or does not parse.
    """
    hours = parse_hours(expression, timezone=timezone, country=country)
    if hours is None:
        return None
    zone = ZoneInfo(timezone)
    start = dt.datetime.combine(day, dt.time(0), tzinfo=zone)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
    periods = []
    for begin, finish, state, _comment in hours.intervals(start, end):
        if state == State.OPEN:
            begin = max(begin.astimezone(zone), start)
            finish = end if finish is None else min(finish.astimezone(zone), end)
            periods.append(OpenPeriod(begin, finish))
    return tuple(periods)


def reading(periods: tuple[OpenPeriod, ...]) -> str:
    """A day's periods as people write them: ``09:00–12:00, 14:00–17:00`` ("" when none)."""
    return ", ".join(period.label() for period in periods)
