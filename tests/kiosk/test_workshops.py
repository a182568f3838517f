"""The workshops calendar: a real-world export read right, hostile ones refused, the last good kept."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from kiosk import workshops
from kiosk.settings import set_setting
from kiosk.workshops import (
    CalendarRefused, MAX_OCCURRENCES, calendar_status, read_calendar, refresh, upcoming,
)

PARIS = ZoneInfo("Europe/Paris")
FIXTURE = Path(__file__).parent.parent / "fixtures" / "workshops" / "roseraie.ics"
#: Thursday 3 December 2026, 09:00 in Paris (naive UTC, as the context clock gives it).
NOW = dt.datetime(2026, 12, 3, 8, 0)


def paris(*fields: int) -> dt.datetime:
    return dt.datetime(*fields, tzinfo=PARIS)


def calendar(*events: str) -> bytes:
    body = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *events, "END:VCALENDAR", ""])
    return body.encode("utf-8")


def event(uid: str = "a", start: str = "20261204T100000Z", end: str = "20261204T110000Z", *extra: str) -> str:
    return "\r\n".join(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261101T000000Z", f"DTSTART:{start}",
                        f"DTEND:{end}", "SUMMARY:Atelier", *extra, "END:VEVENT"])


@pytest.fixture
def kiosk(context, tmp_path):
    """The test kiosk on 3 December 2026, its calendar set to a file the test writes."""
    context.clock = lambda: NOW
    path = tmp_path / "share" / "ateliers.ics"
    path.parent.mkdir()
    set_setting(context.db, "workshops_calendar", str(path))
    context.calendar_path = path
    return context


# --- a real-world calendar ------------------------------------------------------------------------

def test_a_nextcloud_export_gives_the_right_next_dates():
    found = read_calendar(FIXTURE.read_bytes(), NOW, days=14)
    # 8 December is an EXDATE; 15 December was moved to Wednesday 16 at 10:00 in another room;
    # the one-off CV workshop is in UTC; 24 November and 1 December are past.
    assert [(w.start, w.end, w.location) for w in found] == [
        (paris(2026, 12, 5, 10), paris(2026, 12, 5, 12), "Maison de quartier de la Roseraie"),
        (paris(2026, 12, 16, 10), paris(2026, 12, 16, 12), "Médiathèque, espace multimédia"),
    ]
    assert found[1].title == "Atelier numérique : mes démarches en ligne"


def test_a_weekly_workshop_keeps_its_local_hour_across_the_clock_change():
    found = read_calendar(FIXTURE.read_bytes(), NOW, days=40)
    tuesdays = [w.start for w in found if w.location.startswith("Maison de quartier de la Roseraie,")]
    # Started in October (summer time) at 14:00: still 14:00 in winter, 8 and 15 December left out.
    assert tuesdays == [paris(2026, 12, 22, 14), paris(2026, 12, 29, 14), paris(2027, 1, 5, 14)]
    assert all(w.start.tzinfo is not None and w.start.utcoffset() == dt.timedelta(hours=1) for w in found)


def test_each_workshop_is_a_calendar_a_phone_can_add():
    first = read_calendar(FIXTURE.read_bytes(), NOW, days=14)[1]
    parsed = icalendar.Calendar.from_ical(first.ics)
    (one,) = parsed.walk("VEVENT")
    assert one["DTSTART"].dt == paris(2026, 12, 16, 10)
    assert one["DTEND"].dt == paris(2026, 12, 16, 12)
    assert str(one["SUMMARY"]) == first.title and str(one["LOCATION"]) == first.location
    assert "RRULE" not in one and "VTIMEZONE" not in first.ics and len(first.ics.encode()) < 600


def test_an_all_day_and_a_floating_event_are_read_in_local_time():
    found = read_calendar(calendar(
        "BEGIN:VEVENT\r\nUID:d\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20261207\r\n"
        "SUMMARY:Journée portes ouvertes\r\nEND:VEVENT",
        event("f", "20261210T143000", "20261210T153000")), NOW)
    assert [(w.start, w.all_day) for w in found] == [(paris(2026, 12, 7), True), (paris(2026, 12, 10, 14, 30), False)]
    assert icalendar.Calendar.from_ical(found[0].ics).walk("VEVENT")[0]["DTSTART"].dt == dt.date(2026, 12, 7)


def test_a_duration_instead_of_an_end():
    (found,) = read_calendar(calendar("BEGIN:VEVENT\r\nUID:u\r\nDTSTAMP:20261101T000000Z\r\n"
                                      "DTSTART;TZID=Europe/Paris:20261209T140000\r\nDURATION:PT1H30M\r\n"
                                      "SUMMARY:Atelier\r\nEND:VEVENT"), NOW)
    assert (found.start, found.end) == (paris(2026, 12, 9, 14), paris(2026, 12, 9, 15, 30))


def test_outside_text_is_one_plain_line():
    found = read_calendar(calendar(event("t", "20261204T100000Z", "20261204T110000Z",
                                         "LOCATION:Salle \u202eB\u202c\\nétage 1")).replace(
        b"SUMMARY:Atelier", b"SUMMARY:Atelier\x1b[31m " + b"x" * 400), NOW)
    assert "\u202e" not in found[0].location and "\n" not in found[0].location
    assert "\x1b" not in found[0].title and len(found[0].title) <= workshops.TITLE_CAP


# --- hostile or broken calendars: one sentence each -----------------------------------------------

@pytest.mark.parametrize("data, words", [
    (b"BEGIN:VCALENDAR\r\nSUMMARY:Caf\xe9\r\nEND:VCALENDAR\r\n", "not UTF-8"),
    (b"<html><body>Not found</body></html>", "not an iCalendar"),
    (b"BEGIN:VCALENDAR\r\n" + b"BEGIN:VEVENT\r\n" * 50 + b"END:VEVENT\r\n" * 50 + b"END:VCALENDAR\r\n", "too deeply"),
    (calendar(*[event(f"e{i}") for i in range(workshops.MAX_COMPONENTS + 1)]), "parts"),
    (calendar(event("s", "20261204T100000Z", "20261204T100001Z", "RRULE:FREQ=SECONDLY")), "more often than once a day"),
    (calendar(event("m", "20261204T100000Z", "20261204T100100Z", "RRULE:FREQ=MINUTELY;COUNT=4000000000")),
     "more often than once a day"),
    (calendar(event("n", "20261204T100000Z", "20261204T110000Z", "RRULE:FREQ=DAILY;BYHOUR=" + ",".join(
        map(str, range(24))) + ";BYMINUTE=" + ",".join(map(str, range(60))))), f"more than {MAX_OCCURRENCES}"),
    (calendar(*[event(f"w{i}", "20261204T100000Z", "20261204T110000Z", "RRULE:FREQ=DAILY")
                for i in range(MAX_OCCURRENCES // 62 + 1)]), f"more than {MAX_OCCURRENCES}"),
    (calendar(event("x", "not-a-date", "20261204T110000Z")), "cannot be read"),
    (calendar(event("c", "20261204T100000Z", "20261204T110000Z", "RRULE:FREQ=WEEKLY;COUNT=4000000000")),
     "cannot be read"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261204T100000Z\r\n", "cannot be read"),
])
def test_a_hostile_or_broken_calendar_is_refused_in_one_sentence(data, words):
    with pytest.raises(CalendarRefused, match=words) as refused:
        read_calendar(data, NOW)
    assert "\n" not in str(refused.value)


def test_a_repeat_without_end_is_expanded_over_the_window_only():
    found = read_calendar(calendar(event("d", "20200101T100000Z", "20200101T110000Z", "RRULE:FREQ=DAILY")), NOW, days=14)
    assert len(found) == 14 and found[0].start.date() == dt.date(2026, 12, 3)


def test_a_rule_that_never_happens_stops_within_the_budget(monkeypatch):
    monkeypatch.setattr(workshops, "EXPANSION_BUDGET", 0.0)
    never = "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"
    with pytest.raises(CalendarRefused, match="too long"):
        read_calendar(calendar(*[event(f"n{i}", "20261204T100000Z", "20261204T110000Z", never) for i in range(3)]), NOW)


# --- during the sync: stored, refused, the last good kept ----------------------------------------

def test_a_good_calendar_is_stored_and_shown_offline(kiosk):
    kiosk.calendar_path.write_bytes(FIXTURE.read_bytes())
    status = refresh(kiosk)
    assert (status.outcome, status.read_at) == ("read", NOW)
    kiosk.calendar_path.unlink()  # the share is gone: what was read stays
    assert [w.start for w in upcoming(kiosk, NOW)] == [paris(2026, 12, 5, 10), paris(2026, 12, 16, 10)]
    assert [w.start for w in upcoming(kiosk.home, NOW, days=62, limit=3)] == [
        paris(2026, 12, 5, 10), paris(2026, 12, 16, 10), paris(2026, 12, 22, 14)]
    # An hour into the CV workshop it is still shown; once over, it is not.
    assert upcoming(kiosk, dt.datetime(2026, 12, 5, 10, 0))[0].start == paris(2026, 12, 5, 10)
    assert upcoming(kiosk, dt.datetime(2026, 12, 5, 11, 0))[0].start == paris(2026, 12, 16, 10)


@pytest.mark.parametrize("hostile", [
    b"\xff\xfe" + "BEGIN:VCALENDAR".encode("utf-16-le"),
    calendar(event("s", "20261204T100000Z", "20261204T100001Z", "RRULE:FREQ=SECONDLY")),
    b"BEGIN:VCALENDAR\r\n" + b"X-PAD:" + b"a" * 70 + b"\r\n" * 1 + b"X:" + b"b" * (workshops.ICS_SIZE_CAP + 10),
])
def test_a_hostile_calendar_is_refused_and_the_last_good_one_kept(kiosk, hostile):
    kiosk.calendar_path.write_bytes(FIXTURE.read_bytes())
    refresh(kiosk)
    good = (kiosk.home / workshops.CALENDAR_FILE).read_bytes()
    kiosk.calendar_path.write_bytes(hostile)
    later = dt.datetime(2026, 12, 10, 8, 0)
    kiosk.clock = lambda: later
    status = refresh(kiosk)
    assert status.outcome == "refused" and status.read_at == NOW and status.attempt_at == later
    assert status.reason.endswith("refused.") or "refused" in status.reason
    assert (kiosk.home / workshops.CALENDAR_FILE).read_bytes() == good
    # Expanded again from the stored copy: the window starts today even offline.
    assert [w.start for w in upcoming(kiosk, later)] == [paris(2026, 12, 16, 10), paris(2026, 12, 22, 14)]


def test_a_pipe_in_place_of_the_calendar_is_refused_without_waiting(kiosk):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(kiosk.calendar_path)
    status = refresh(kiosk, timeout=5, deadline=5)
    assert status.outcome == "refused" and "not a regular file" in status.reason
    assert upcoming(kiosk, NOW) == []


def test_a_missing_calendar_fails_and_says_where(kiosk):
    status = refresh(kiosk)
    assert status.outcome == "failed" and "ateliers.ics" in status.reason and status.read_at is None


def test_no_calendar_set_reads_nothing(context):
    assert refresh(context) is None and calendar_status(context.home) is None
    assert upcoming(context, NOW) == []


def test_a_damaged_store_is_ignored(kiosk):
    (kiosk.home / workshops.STATE_FILE).write_text(json.dumps({"format": 1, "workshops": [{"title": 3}, "x"]}))
    assert upcoming(kiosk, NOW) == []
    (kiosk.home / workshops.STATE_FILE).write_text("{not json")
    assert upcoming(kiosk, NOW) == [] and calendar_status(kiosk.home) is None


def test_kiosk_sync_reads_the_calendar_and_kiosk_status_says_so(tmp_path):
    from tests.kiosk.test_cli import kiosk as run

    home = tmp_path / "cli"
    assert run("status", home=home).returncode == 0
    from kiosk.context import open_context

    context = open_context(home)
    try:
        set_setting(context.db, "workshops_calendar", str(FIXTURE))
    finally:
        context.close()
    synced = run("sync", "--json", home=home)  # no catalogue source: the catalogue's sync fails...
    answer = json.loads(synced.stdout)
    assert answer["outcome"] == "failed" and answer["workshops"]["outcome"] == "read"  # ...the calendar is read
    status = json.loads(run("status", "--json", home=home).stdout)["workshops"]
    assert status["last_attempt"]["outcome"] == "read" and status["read_at"] and status["count"] > 0
