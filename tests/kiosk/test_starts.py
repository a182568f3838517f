"""The safe start after repeated restarts, counted in KIOSK_HOME with an injected clock."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os

from kiosk.starts import STARTS_FILE, last_start, mark_stable, record_start
from tests.conftest import NOW


def minutes(n: float) -> dt.datetime:
    return NOW + dt.timedelta(minutes=n)


def test_a_fourth_start_within_ten_minutes_is_safe(tmp_path, caplog):
    decisions = [record_start(tmp_path, minutes(m)).safe for m in (0, 1, 2, 3, 4)]
    assert decisions == [False, False, False, True, True]
    record = last_start(tmp_path)
    assert record.safe and record.recent_starts == 5 and record.at == minutes(4)
    assert "started 5 times in 10 minutes" in record.reason()
    assert any("Safe start" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)
    assert os.stat(tmp_path / STARTS_FILE).st_mode & 0o777 == 0o600


def test_starts_spread_over_more_than_ten_minutes_are_normal(tmp_path):
    assert [record_start(tmp_path, minutes(m)).safe for m in (0, 4, 8, 12, 16, 20)] == [False] * 6


def test_a_run_of_five_minutes_in_between_starts_the_count_again(tmp_path):
    for m in (0, 1, 2):
        record_start(tmp_path, minutes(m))
    mark_stable(tmp_path)  # the third run lasted five minutes
    assert not record_start(tmp_path, minutes(8)).safe
    assert not record_start(tmp_path, minutes(8.5)).safe
    assert last_start(tmp_path).recent_starts == 2


def test_a_clock_set_back_does_not_count_future_starts(tmp_path):
    for m in (0, 1, 2):
        record_start(tmp_path, minutes(m))
    assert not record_start(tmp_path, minutes(-60)).safe  # the clock went back an hour


def test_a_damaged_or_hostile_file_starts_the_count_again(tmp_path):
    for content in (b"not json", b"[1, 2]", json.dumps({"starts": ["x", 3, None]}).encode(),
                    b"{" + b" " * 10_000_000 + b"}", json.dumps({"last": {"at": "soon"}}).encode()):
        (tmp_path / STARTS_FILE).write_bytes(content)
        assert not record_start(tmp_path, NOW).safe
    (tmp_path / STARTS_FILE).write_text(json.dumps({"last": {"at": "soon"}}))
    assert last_start(tmp_path) is None


def test_an_unwritable_home_never_stops_a_start(tmp_path):
    missing = tmp_path / "gone"
    assert not record_start(missing, NOW).safe
    assert last_start(missing) is None
