"""PINs for the mediator and admin modes: salted scrypt hashes, lockout after wrong tries.

DESIGN.md section 6: leaving the kiosk, mediator and admin modes are behind PINs stored as salted
slow hashes, with a lockout after repeated failures. After five wrong PINs the pad locks for 30 s,
and each further wrong PIN doubles the lock, up to an hour. The clock is injected.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import os
from dataclasses import dataclass
from enum import Enum

from kiosk.database import Database
from kiosk.errors import KioskError

FREE_TRIES = 5
FIRST_LOCK = dt.timedelta(seconds=30)
LONGEST_LOCK = dt.timedelta(hours=1)
MIN_LENGTH, MAX_LENGTH = 6, 12
# scrypt cost: about 50 ms here; slow for a guesser, quick enough for a mediator.
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
#: How many times a try waits for the database's write lock (each up to its busy timeout).
LOCK_RETRIES = 3


class Role(str, Enum):
    MEDIATOR = "mediator"
    ADMIN = "admin"


@dataclass(frozen=True)
class Attempt:
    """The answer to a PIN typed on the pad."""

    accepted: bool
    locked_for: dt.timedelta = dt.timedelta(0)  # > 0: the pad is locked that long


def check_new_pin(pin: str) -> None:
    """Refuse a PIN that is too short, too long, not digits, or too easy to guess.

    Raises:
        KioskError: why, in one sentence.
    """
    if not pin.isdigit() or not pin.isascii():
        raise KioskError("A PIN is made of digits only.")
    if not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        raise KioskError(f"A PIN has {MIN_LENGTH} to {MAX_LENGTH} digits.")
    if len(set(pin)) == 1:
        raise KioskError("A PIN of one digit repeated (like 000000) is too easy to guess.")
    steps = {int(b) - int(a) for a, b in zip(pin, pin[1:])}
    if steps in ({1}, {-1}):
        raise KioskError("A PIN of digits in a row (like 123456) is too easy to guess.")
    if any(pin[:size] * (len(pin) // size) == pin for size in range(2, len(pin) // 2 + 1)):
        raise KioskError("A PIN that repeats a pattern (like 121212) is too easy to guess.")


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, dklen=32, **SCRYPT)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def _matches(pin: str, stored: str) -> bool:
    try:
        scheme, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        candidate = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), dklen=len(expected), **SCRYPT)
    except (ValueError, TypeError):
        return False
    return scheme == "scrypt" and hmac.compare_digest(candidate, expected)


def set_pin(db: Database, role: Role, pin: str) -> None:
    """Store a new PIN for ``role`` (checked with ``check_new_pin``); clears any lockout."""
    check_new_pin(pin)
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO pins (role, hash, failures, locked_until) VALUES (?, ?, 0, NULL) "
            "ON CONFLICT (role) DO UPDATE SET hash = excluded.hash, failures = 0, locked_until = NULL",
            (role.value, hash_pin(pin)))


def has_pin(db: Database, role: Role) -> bool:
    with db.read() as connection:
        return connection.execute("SELECT 1 FROM pins WHERE role = ?", (role.value,)).fetchone() is not None


def try_pin(db: Database, role: Role, pin: str, now: dt.datetime) -> Attempt:
    """Check a typed PIN; counts failures and locks the pad after ``FREE_TRIES`` wrong ones.

    While locked, nothing is checked (not even the right PIN), so guessing gains nothing. Tries are
    counted one at a time, also when they come in a burst from several threads or processes: each
    takes the database's write lock before reading the count (BEGIN IMMEDIATE, waiting up to the
    busy timeout, then again up to ``LOCK_RETRIES`` times). A try that still cannot be counted is
    not checked either: it is answered as locked for ``FIRST_LOCK``.
    """
    from sqlalchemy.exc import OperationalError

    engine = db.engine.execution_options(immediate=True)
    for _ in range(LOCK_RETRIES):
        try:
            with engine.begin() as connection:
                return _count_try(connection, role, pin, now)
        except OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
    return Attempt(False, FIRST_LOCK)


def _count_try(connection, role: Role, pin: str, now: dt.datetime) -> Attempt:
    """One try, inside a transaction that already holds the write lock."""
    row = connection.exec_driver_sql(
        "SELECT hash, failures, locked_until FROM pins WHERE role = ?", (role.value,)).first()
    if row is None:
        return Attempt(False)
    locked_until = dt.datetime.fromisoformat(row.locked_until) if row.locked_until else None
    if locked_until is not None and now < locked_until:
        return Attempt(False, locked_until - now)
    failures, locked_until, attempt = 0, None, Attempt(True)
    if not _matches(pin, row.hash):
        failures = row.failures + 1
        attempt = Attempt(False)
        if failures >= FREE_TRIES:
            lock = min(FIRST_LOCK * 2 ** (failures - FREE_TRIES), LONGEST_LOCK)
            locked_until, attempt = now + lock, Attempt(False, lock)
    connection.exec_driver_sql(
        "UPDATE pins SET failures = ?, locked_until = ? WHERE role = ?",
        (failures, locked_until.isoformat(" ", "microseconds") if locked_until else None, role.value))
    return attempt
