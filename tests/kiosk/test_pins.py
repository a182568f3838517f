"""PINs: hashing, lockout with a growing delay (injected clock), weak PINs refused."""

import datetime as dt

import pytest
from sqlalchemy import select

from kiosk import models as m
from kiosk.errors import KioskError
from kiosk.pins import FIRST_LOCK, FREE_TRIES, LONGEST_LOCK, Role, has_pin, set_pin, try_pin
from tests.conftest import NOW


def test_pin_is_stored_as_a_salted_slow_hash(context):
    set_pin(context.db, Role.ADMIN, "482915")
    set_pin(context.db, Role.MEDIATOR, "482915")
    with context.db.session() as session:
        hashes = session.scalars(select(m.Pin.hash)).all()
    assert all(h.startswith("scrypt$") and "482915" not in h for h in hashes)
    assert hashes[0] != hashes[1]  # salted
    assert has_pin(context.db, Role.ADMIN)


def test_right_and_wrong_pin(context):
    set_pin(context.db, Role.MEDIATOR, "482915")
    assert try_pin(context.db, Role.MEDIATOR, "482915", NOW).accepted
    assert not try_pin(context.db, Role.MEDIATOR, "482916", NOW).accepted
    assert not try_pin(context.db, Role.ADMIN, "482915", NOW).accepted  # no admin PIN set


def test_lockout_grows_and_the_right_pin_waits(context):
    set_pin(context.db, Role.ADMIN, "482915")
    now = NOW
    for _ in range(FREE_TRIES - 1):
        assert try_pin(context.db, Role.ADMIN, "000001", now).locked_for == dt.timedelta(0)
    first = try_pin(context.db, Role.ADMIN, "000001", now)
    assert first.locked_for == FIRST_LOCK
    # Locked: even the right PIN is not checked.
    assert not try_pin(context.db, Role.ADMIN, "482915", now + FIRST_LOCK / 2).accepted
    now += FIRST_LOCK
    second = try_pin(context.db, Role.ADMIN, "000001", now)
    assert second.locked_for == FIRST_LOCK * 2
    now += second.locked_for
    assert try_pin(context.db, Role.ADMIN, "000001", now).locked_for == FIRST_LOCK * 4
    now += LONGEST_LOCK * 2
    for _ in range(10):
        attempt = try_pin(context.db, Role.ADMIN, "000001", now)
        now += attempt.locked_for
    assert attempt.locked_for == LONGEST_LOCK
    # The right PIN after the lock opens and clears the count.
    assert try_pin(context.db, Role.ADMIN, "482915", now).accepted
    assert try_pin(context.db, Role.ADMIN, "000001", now).locked_for == dt.timedelta(0)


@pytest.mark.parametrize("pin, words", [
    ("0000", "6 to 12"), ("1234", "6 to 12"), ("000000", "repeated"), ("123456", "in a row"),
    ("987654", "in a row"), ("121212", "pattern"), ("12a456", "digits only"), ("４８２９１５", "digits only"),
    ("1" * 13, "6 to 12"),
])
def test_weak_pins_are_refused_and_nothing_saved(context, pin, words):
    with pytest.raises(KioskError, match=words):
        set_pin(context.db, Role.ADMIN, pin)
    assert not has_pin(context.db, Role.ADMIN)


def test_pin_set_from_the_command_line(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "KIOSK_HOME": str(tmp_path / "home")}
    run = lambda pin: subprocess.run([sys.executable, "-m", "kiosk", "pin", "set", "admin"], input=pin + "\n",
                                     capture_output=True, text=True, env=env, timeout=60)
    weak = run("1234")
    assert weak.returncode == 1 and "6 to 12" in weak.stderr
    good = run("482915")
    assert good.returncode == 0 and "admin PIN is set" in good.stdout


# --- tries in a burst: each one counts (issue 13, item 9) ---------------------------------------

BURST = FREE_TRIES + 3


def _assert_burst_locked(context, answers) -> None:
    """Eight wrong tries at the same instant: four plain refusals, then the pad locked for good."""
    assert not any(answer.accepted for answer in answers)
    assert sorted(answer.locked_for > dt.timedelta(0) for answer in answers) == \
        [False] * (FREE_TRIES - 1) + [True] * (BURST - FREE_TRIES + 1)
    with context.db.read() as connection:
        failures, locked_until = connection.execute(
            "SELECT failures, locked_until FROM pins WHERE role = 'admin'").fetchone()
    assert failures == FREE_TRIES and locked_until is not None
    # The right PIN waits for the lock like any other.
    assert try_pin(context.db, Role.ADMIN, "482915", NOW).locked_for == FIRST_LOCK


def test_a_burst_of_wrong_tries_from_threads_locks(context):
    import threading
    from concurrent.futures import ThreadPoolExecutor

    set_pin(context.db, Role.ADMIN, "482915")
    start = threading.Barrier(BURST)

    def wrong_try(n: int):
        start.wait()
        return try_pin(context.db, Role.ADMIN, f"00000{n}", NOW)

    with ThreadPoolExecutor(BURST) as pool:
        answers = list(pool.map(wrong_try, range(BURST)))  # an error ("database is locked") fails here
    _assert_burst_locked(context, answers)


_ONE_TRY = """
import sys, datetime as dt
from pathlib import Path
from kiosk.database import open_database
from kiosk.pins import Role, try_pin
db = open_database(Path(sys.argv[1]))
db.engine.connect().close()
print("ready", flush=True)
sys.stdin.readline()
attempt = try_pin(db, Role.ADMIN, "000001", dt.datetime.fromisoformat(sys.argv[2]))
print(int(attempt.accepted), attempt.locked_for.total_seconds())
"""


def test_a_burst_of_wrong_tries_from_processes_locks(context, home):
    import subprocess
    import sys

    from kiosk.pins import Attempt

    set_pin(context.db, Role.ADMIN, "482915")
    tries = [subprocess.Popen([sys.executable, "-c", _ONE_TRY, str(home), NOW.isoformat()], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE) for _ in range(BURST)]
    try:
        for process in tries:  # every process ready before any tries: they collide
            assert process.stdout.readline() == "ready\n"
        for process in tries:
            process.stdin.write("go\n")
            process.stdin.flush()
        outputs = [process.communicate(timeout=120)[0].split() for process in tries]
    finally:
        for process in tries:
            process.kill()
            process.wait()
    assert all(process.returncode == 0 for process in tries)
    answers = [Attempt(bool(int(accepted)), dt.timedelta(seconds=float(seconds))) for accepted, seconds in outputs]
    _assert_burst_locked(context, answers)


def test_a_try_that_cannot_be_counted_is_not_checked(context, monkeypatch):
    """The database stays locked by another writer: the right PIN is not accepted, the pad says wait."""
    import sqlite3

    from sqlalchemy import event

    set_pin(context.db, Role.ADMIN, "482915")
    monkeypatch.setattr("kiosk.pins.LOCK_RETRIES", 1)
    holder = sqlite3.connect(context.db.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        engine = context.db.engine
        engine.dispose()

        @event.listens_for(engine, "connect")
        def _short_wait(dbapi_connection, _record):
            dbapi_connection.execute("PRAGMA busy_timeout=50")

        attempt = try_pin(context.db, Role.ADMIN, "482915", NOW)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not attempt.accepted and attempt.locked_for == FIRST_LOCK
