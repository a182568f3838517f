"""Opening hours from OSM opening_hours expressions, with an injected clock (naive UTC)."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.hours import hours_on, local_time, opening_state, reading
from tests.conftest import NOW

OFFICE = "Mo-Fr 09:00-12:00,14:00-17:00; PH off"


def utc(*args: int) -> dt.datetime:
    """A naive UTC time, as the context clock gives it."""
    return dt.datetime(*args)


def test_the_clock_is_read_as_utc_and_shown_in_paris_time():
    assert NOW == utc(2026, 11, 25, 10, 0)  # a Wednesday
    assert local_time(NOW).strftime("%H:%M %Z") == "11:00 CET"
    assert local_time(utc(2026, 7, 1, 10, 0)).strftime("%H:%M %Z") == "12:00 CEST"


def test_open_now_closes_at_noon():
    state = opening_state(OFFICE, NOW)
    assert state.is_open is True
    change = state.next_change
    assert (change.at.strftime("%H:%M"), change.is_open, change.days_ahead) == ("12:00", False, 0)


def test_closed_at_lunch_opens_at_two():
    state = opening_state(OFFICE, utc(2026, 11, 25, 12, 30))  # 13:30 in Angers
    assert state.is_open is False
    change = state.next_change
    assert (change.at.strftime("%H:%M"), change.is_open, change.days_ahead) == ("14:00", True, 0)


def test_closed_on_friday_evening_opens_on_monday():
    state = opening_state(OFFICE, utc(2026, 11, 27, 16, 30))  # Friday 17:30 in Angers
    assert state.is_open is False
    change = state.next_change
    assert change.at.date() == dt.date(2026, 11, 30) and change.at.weekday() == 0
    assert (change.at.strftime("%H:%M"), change.is_open, change.days_ahead) == ("09:00", True, 3)


def test_the_local_hour_follows_summer_time():
    # 07:30 UTC is 09:30 in July (CEST) but 08:30 in November (CET).
    assert opening_state(OFFICE, utc(2026, 7, 1, 7, 30)).is_open is True
    assert opening_state(OFFICE, utc(2026, 11, 25, 7, 30)).is_open is False


def test_an_aware_time_is_accepted():
    aware = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.timezone.utc)
    assert opening_state(OFFICE, aware) == opening_state(OFFICE, NOW)


@pytest.mark.parametrize("expression", ["", "   ", "lundi au vendredi 9h-12h", "Mo-Fr 09h-12h", "Mo-Fr 25:00-26:00"])
def test_empty_or_unparseable_hours_give_no_state(expression):
    assert opening_state(expression, NOW) is None
    assert hours_on(expression, NOW.date()) is None


def test_always_open():
    state = opening_state("24/7", NOW)
    assert state.is_open is True and state.next_change is None
    assert reading(hours_on("24/7", NOW.date())) == "00:00\u201324:00"


def test_closed_for_good_has_no_next_change():
    state = opening_state("off", NOW)
    assert state.is_open is False and state.next_change is None


def test_french_public_holidays_are_known():
    # 11 November 2026 (Armistice) is a Wednesday: "PH off" closes the office that day.
    armistice = utc(2026, 11, 11, 10, 0)
    state = opening_state(OFFICE, armistice)
    assert state.is_open is False
    assert state.next_change.at == local_time(utc(2026, 11, 12, 8, 0))  # Thursday 09:00
    assert hours_on(OFFICE, dt.date(2026, 11, 11)) == ()
    # Holidays matter only where the expression names them.
    assert opening_state("Mo-Fr 09:00-17:00", armistice).is_open is True


def test_school_holidays_are_not_known_to_the_library():
    # 22 December 2026 falls in the Christmas school holidays, yet "SH off" does not match.
    assert opening_state("Mo-Fr 09:00-17:00; SH off", utc(2026, 12, 22, 10, 0)).is_open is True


def test_unknown_hours_give_an_unknown_state():
    assert opening_state("Mo-Fr 09:00-12:00 unknown", NOW).is_open is None


def test_the_comment_is_kept():
    state = opening_state('Mo-Fr 09:00-12:00 "sur rendez-vous"', NOW)
    assert state.is_open is True and state.comment == "sur rendez-vous"


def test_hours_of_a_day():
    assert reading(hours_on(OFFICE, dt.date(2026, 11, 25))) == "09:00\u201312:00, 14:00\u201317:00"
    assert hours_on(OFFICE, dt.date(2026, 11, 28)) == ()  # Saturday
    assert reading(()) == ""


def test_hours_past_midnight_are_cut_at_the_day_s_edges():
    assert reading(hours_on("Mo-Fr 20:00-02:00", dt.date(2026, 11, 25))) == "00:00\u201302:00, 20:00\u201324:00"
