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
