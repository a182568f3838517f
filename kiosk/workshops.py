"""The digital workshops' calendar: an iCalendar (.ics) file or address, read during the sync.

The ``workshops_calendar`` setting names it (a path, ``file://``, ``http://`` or ``https://``: what
the Maison de quartier's calendar application exports). ``refresh`` runs in the sync process
(``kiosk sync``, which the kiosk's background sync starts), never on the screen's thread: it
fetches the file with the catalogue's rules (``kiosk.fetch``: regular files only on a share,
streamed, capped at ``ICS_SIZE_CAP``, timeouts), reads it with ``icalendar`` and expands repeating
workshops with ``recurring-ical-events`` over the next ``HORIZON_DAYS`` days only. What it found
is kept in ``$KIOSK_HOME``: ``workshops.ics`` (the last calendar read well) and ``workshops.json``
(its workshops, already expanded, and the last attempt). Screens and the info flash read only
``workshops.json`` through ``upcoming``: fast, offline, and no calendar rule is ever expanded
on their thread. A calendar that cannot be read, or looks hostile, is refused with one sentence
and the last good one is kept (and expanded again from the stored copy, so that an offline kiosk
keeps a window starting today).

This is local data, not catalogue content: a sync of the catalogue never touches it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.hours import LOCAL_TIMEZONE, local_time
from kiosk.text import plain_line

log = logging.getLogger(__name__)

MIB = 1024 * 1024
#: The largest calendar read (a year of weekly workshops exported with descriptions is ~100 KB).
ICS_SIZE_CAP = 2 * MIB
#: Components (BEGIN: lines) in one calendar, and how deep they may nest (VCALENDAR > VEVENT >
#: VALARM is 3; VCALENDAR > VTIMEZONE > STANDARD is 3).
MAX_COMPONENTS = 5000
MAX_DEPTH = 4
#: Workshops are expanded this many days ahead, and kept (the screen shows SCREEN_DAYS of them,
#: the info flash the next few).
HORIZON_DAYS = 62
SCREEN_DAYS = 14
#: Occurrences within the horizon: more is not a neighbourhood's calendar.
MAX_OCCURRENCES = 1000
#: Seconds the expansion of the whole calendar may take (checked between series).
EXPANSION_BUDGET = 20.0
#: Workshops repeat at most daily: a rule repeating by the hour, minute or second is refused.
ALLOWED_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
TITLE_CAP = 200
LOCATION_CAP = 300
CALENDAR_FILE = "workshops.ics"
STATE_FILE = "workshops.json"
FORMAT = 1

_ZONE = ZoneInfo(LOCAL_TIMEZONE)
_BEGIN = re.compile(r"^BEGIN:", re.IGNORECASE)
_END = re.compile(r"^END:", re.IGNORECASE)
_FREQ = re.compile(r"(?:^|;)FREQ=([A-Z]+)", re.IGNORECASE)


class CalendarRefused(Exception):
    """A calendar that cannot be read, or is refused as hostile; ``str()`` is one sentence."""


@dataclass(frozen=True)
class Workshop:
    """One occurrence of a workshop.

    Attributes:
        title: its summary, one plain line.
        start, end: aware, in Europe/Paris (an all-day event starts at midnight).
        location: where it is, as the calendar says ("" when it says nothing).
        ics: the occurrence alone as iCalendar text (a VCALENDAR with one VEVENT), for a phone.
        all_day: an event without a time of day.
    """

    title: str
    start: dt.datetime
    end: dt.datetime
    location: str
    ics: str
    all_day: bool = False


@dataclass(frozen=True)
class CalendarStatus:
    """What the kiosk knows of its calendar, for the admin screen and ``kiosk status``.

    Attributes:
        read_at: when the calendar in use was last read well (naive UTC), None if never.
        source: where it was read from (no password), "" if never.
        count: workshops kept (within HORIZON_DAYS of the last reading).
        attempt_at, outcome, reason: the last attempt ("read", "refused" or "failed").
    """

    read_at: dt.datetime | None
    source: str
    count: int
    attempt_at: dt.datetime | None
    outcome: str
    reason: str


# --- reading ------------------------------------------------------------------------------------

def read_calendar(data: bytes, now: dt.datetime, *, days: int = HORIZON_DAYS) -> list[Workshop]:
    """The workshops of an .ics file from ``now`` (naive UTC or aware) for ``days`` days, in order.

    Raises:
        CalendarRefused: not UTF-8, not an iCalendar, too many or too deeply nested components,
            a rule repeating more than daily, too many workshops in the window, or too slow to expand.
    """
    import icalendar  # loaded in the sync process only
    import recurring_ical_events

    if len(data) > ICS_SIZE_CAP:
        raise CalendarRefused(f"The workshops calendar is larger than {ICS_SIZE_CAP // MIB} MB, so it was refused.")
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise CalendarRefused("The workshops calendar is not UTF-8 text, so it was refused; export it again "
                              "as an .ics file.") from None
    _check_shape(text)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as error:  # icalendar raises ValueError and others for broken content
        raise CalendarRefused(f"The workshops calendar cannot be read ({plain_line(str(error), 120)}).") from None
    if calendar.name != "VCALENDAR":
        raise CalendarRefused("The workshops calendar is not an iCalendar (it does not start with "
                              "BEGIN:VCALENDAR).")
    for event in calendar.walk("VEVENT"):
        for rule in _as_list(event.get("RRULE")):
            frequency = _FREQ.search(rule.to_ical().decode("ascii", "replace"))
            if frequency is None or frequency.group(1).upper() not in ALLOWED_FREQUENCIES:
                raise CalendarRefused("A workshop in the calendar repeats more often than once a day, so "
                                      "the calendar was refused.")
    here = local_time(now)
    until = here + dt.timedelta(days=days)
    found: list[Workshop] = []
    stop_at = time.monotonic() + EXPANSION_BUDGET
    try:
        for series in _series(calendar):
            for occurrence in recurring_ical_events.of(series).after(here):
                workshop = _workshop(occurrence)
                if workshop.start >= until:
                    break
                found.append(workshop)
                if len(found) > MAX_OCCURRENCES:
                    raise CalendarRefused(f"The workshops calendar has more than {MAX_OCCURRENCES} workshops in "
                                          f"the next {days} days, so it was refused.")
            if time.monotonic() > stop_at:
                raise CalendarRefused("The workshops calendar's repeating events take too long to work "
                                      "out, so it was refused.")
    except CalendarRefused:
        raise
    except Exception as error:  # a rule or date the library cannot use
        raise CalendarRefused("The workshops calendar has a date or a repeat rule that cannot be read "
                              f"({plain_line(str(error), 120)}).") from None
    return sorted(found, key=lambda w: (w.start, w.title))


def _check_shape(text: str) -> None:
    """Count and nesting of components, on the text itself, before any parsing."""
    if not re.match(r"\s*BEGIN:VCALENDAR", text, re.IGNORECASE):
        raise CalendarRefused("The workshops calendar is not an iCalendar (it does not start with "
                              "BEGIN:VCALENDAR).")
    depth = components = 0
    for line in text.splitlines():
        if _BEGIN.match(line):
            depth += 1
            components += 1
            if depth > MAX_DEPTH:
                raise CalendarRefused("The workshops calendar nests its parts too deeply, so it was refused.")
            if components > MAX_COMPONENTS:
                raise CalendarRefused(f"The workshops calendar has more than {MAX_COMPONENTS} parts, so it "
                                      "was refused.")
        elif _END.match(line):
            depth -= 1


def _as_list(value) -> list:
    return [] if value is None else value if isinstance(value, list) else [value]


def _series(calendar):
    """One small calendar per event series (same UID), with the time zones: expanded one by one,
    so that the time budget is checked between series."""
    import icalendar

    timezones = list(calendar.walk("VTIMEZONE"))
    by_uid: dict[str, list] = {}
    for event in calendar.walk("VEVENT"):
        by_uid.setdefault(str(event.get("UID", id(event))), []).append(event)
    for events in by_uid.values():
        series = icalendar.Calendar()
        for component in timezones + events:
            series.add_component(component)
        yield series


def _aware(value: dt.date | dt.datetime) -> tuple[dt.datetime, bool]:
    if not isinstance(value, dt.datetime):  # an all-day event
        return dt.datetime.combine(value, dt.time(0), tzinfo=_ZONE), True
    if value.tzinfo is None:  # "floating" time: the kiosk's own
        return value.replace(tzinfo=_ZONE), False
    return value.astimezone(_ZONE), False


def _workshop(event) -> Workshop:
    start, all_day = _aware(event["DTSTART"].dt)
    end_value, duration = event.get("DTEND"), event.get("DURATION")
    if end_value is not None:
        end = _aware(end_value.dt)[0]
    elif duration is not None and isinstance(duration.dt, dt.timedelta):
        end = start + duration.dt
    else:  # RFC 5545: a day for an all-day event, an instant otherwise (shown as an hour)
        end = start + (dt.timedelta(days=1) if all_day else dt.timedelta(hours=1))
    title = plain_line(str(event.get("SUMMARY", "")), TITLE_CAP)
    location = plain_line(str(event.get("LOCATION", "")), LOCATION_CAP)
    return Workshop(title=title, start=start, end=max(end, start), location=location,
                    ics=event_ics(title, start, end, location, str(event.get("UID", "")), all_day),
                    all_day=all_day)


def event_ics(title: str, start: dt.datetime, end: dt.datetime, location: str, uid: str = "",
              all_day: bool = False) -> str:
    """One event as a whole iCalendar text a phone adds to its calendar (times in UTC, no VTIMEZONE:
    shorter, for the QR code)."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//kiosk//FR")
    calendar.add("VERSION", "2.0")
    event = icalendar.Event()
    # Short, so that the QR code stays coarse enough to scan: the occurrence and a digest of the
    # calendar's own UID (the same workshop added twice replaces itself on the phone).
    digest = hashlib.sha256(uid.encode("utf-8")).hexdigest()[:10] if uid else "kiosk"
    event.add("UID", f"{start.astimezone(dt.timezone.utc):%Y%m%dT%H%M}-{digest}@kiosk")
    event.add("DTSTAMP", start.astimezone(dt.timezone.utc))
    if all_day:
        event.add("DTSTART", start.date())
        event.add("DTEND", max(end.date(), start.date() + dt.timedelta(days=1)))
    else:
        event.add("DTSTART", start.astimezone(dt.timezone.utc))
        event.add("DTEND", end.astimezone(dt.timezone.utc))
    event.add("SUMMARY", title)
    if location:
        event.add("LOCATION", location)
    calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")


# --- during the sync ----------------------------------------------------------------------------

def refresh(context, *, source: str | None = None, timeout: float = 30.0,
            deadline: float = 120.0) -> CalendarStatus | None:
    """Fetch and read the workshops calendar, keep it if good, and record the attempt.

    Never raises for a problem of the network or the file. Returns None when no calendar is set.
    """
    from kiosk.fetch import FetchError, Limits, open_source, shown_source  # the sync's, not the screens'
    from kiosk.settings import get_setting

    text = (source if source is not None else get_setting(context.db, "workshops_calendar")).strip()
    if not text:
        return None
    home = Path(context.home)
    now = context.clock()
    shown = plain_line(shown_source(text))
    state = _load_state(home)
    outcome, reason = "read", ""
    try:
        data = open_source(text, home, Limits(size_cap=ICS_SIZE_CAP, timeout=timeout,
                                              deadline=deadline)).fetch_catalogue()
        workshops = read_calendar(data, now)
    except (FetchError, CalendarRefused) as error:
        refused = isinstance(error, CalendarRefused) or getattr(error, "refused", False)
        outcome, reason = ("refused" if refused else "failed"), plain_line(str(error))
        log.warning("workshops calendar from %s %s: %s", shown, outcome, reason)
        state["workshops"] = _again_from_copy(home, now, state.get("workshops", []))
    except Exception as error:  # a fault of ours: still recorded, the last good calendar kept
        log.exception("workshops calendar from %s: unexpected error", shown)
        outcome, reason = "failed", plain_line(f"The calendar could not be read ({error}).")
    else:
        _write(home / CALENDAR_FILE, data)
        count = len(workshops)
        reason = f"{count} workshop{'s' if count != 1 else ''} in the next {HORIZON_DAYS} days."
        state.update(source=shown, read_at=_iso(now), workshops=[_stored(w) for w in workshops])
    state["attempt"] = {"at": _iso(now), "outcome": outcome, "reason": reason}
    state["format"] = FORMAT
    _write(home / STATE_FILE, json.dumps(state, ensure_ascii=False).encode("utf-8"))
    return calendar_status(home)


def _again_from_copy(home: Path, now: dt.datetime, kept: list) -> list:
    """The last good calendar's workshops from today on, expanded again from its stored copy."""
    try:
        return [_stored(w) for w in read_calendar((home / CALENDAR_FILE).read_bytes(), now)]
    except (OSError, CalendarRefused):
        return kept


# --- for screens and the info flash --------------------------------------------------------------

def upcoming(home, now: dt.datetime, *, days: int = SCREEN_DAYS, limit: int | None = None) -> list[Workshop]:
    """The workshops not yet over at ``now`` and starting within ``days`` days, earliest first.

    Args:
        home: the kiosk's folder, or a context (its ``home``).
        now: naive UTC (the context clock) or aware.
        limit: at most this many (the info flash: 5).

    Reads only what the last sync stored: never the network, never a rule's expansion.
    """
    home = _folder(home)
    here = local_time(now)
    until = here + dt.timedelta(days=days)
    found = []
    for item in _load_state(home).get("workshops", []):
        try:
            workshop = Workshop(title=item["title"], start=dt.datetime.fromisoformat(item["start"]),
                                end=dt.datetime.fromisoformat(item["end"]), location=item["location"],
                                ics=item["ics"], all_day=bool(item.get("all_day", False)))
        except (KeyError, TypeError, ValueError):
            continue
        if workshop.end > here and workshop.start < until:
            found.append(workshop)
    found.sort(key=lambda w: (w.start, w.title))
    return found[:limit] if limit is not None else found


def calendar_status(home) -> CalendarStatus | None:
    """The calendar in use and the last attempt; None when no calendar was ever tried."""
    state = _load_state(_folder(home))
    attempt = state.get("attempt")
    if not isinstance(attempt, dict):
        return None
    return CalendarStatus(read_at=_from_iso(state.get("read_at")), source=str(state.get("source", "")),
                          count=len(state.get("workshops", [])), attempt_at=_from_iso(attempt.get("at")),
                          outcome=str(attempt.get("outcome", "")), reason=str(attempt.get("reason", "")))


def _folder(home) -> Path:
    """A kiosk's folder, given as a path or as a context."""
    return Path(home) if isinstance(home, (str, os.PathLike)) else Path(home.home)


# --- storage ------------------------------------------------------------------------------------

def _stored(workshop: Workshop) -> dict:
    item = asdict(workshop)
    item["start"], item["end"] = workshop.start.isoformat(), workshop.end.isoformat()
    return item


def _load_state(home: Path) -> dict:
    try:
        state = json.loads((home / STATE_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) and state.get("format") == FORMAT else {}


def _write(path: Path, data: bytes) -> None:
    """Written whole or not at all: a temporary file beside it, then renamed over it."""
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _iso(value: dt.datetime) -> str:
    return value.replace(microsecond=0).isoformat()


def _from_iso(value) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
