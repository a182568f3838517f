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

from kiosk import models as m
from kiosk.database import Database
from kiosk.errors import KioskError

FREE_TRIES = 5
FIRST_LOCK = dt.timedelta(seconds=30)
LONGEST_LOCK = dt.timedelta(hours=1)
MIN_LENGTH, MAX_LENGTH = 6, 12
# scrypt cost: about 50 ms here; slow for a guesser, quick enough for a mediator.
SCRYPT = {"n": 2**14, "r": 8, "p": 1}


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
    with db.session() as session, session.begin():
        session.merge(m.Pin(role=role.value, hash=hash_pin(pin), failures=0, locked_until=None))


def has_pin(db: Database, role: Role) -> bool:
    with db.session() as session:
        return session.get(m.Pin, role.value) is not None


def try_pin(db: Database, role: Role, pin: str, now: dt.datetime) -> Attempt:
    """Check a typed PIN; counts failures and locks the pad after ``FREE_TRIES`` wrong ones.

    While locked, nothing is checked (not even the right PIN), so guessing gains nothing.
    """
    with db.session() as session, session.begin():
        row = session.get(m.Pin, role.value)
        if row is None:
            return Attempt(False)
        if row.locked_until is not None and now < row.locked_until:
            return Attempt(False, row.locked_until - now)
        if _matches(pin, row.hash):
            row.failures, row.locked_until = 0, None
            return Attempt(True)
        row.failures += 1
        if row.failures < FREE_TRIES:
            return Attempt(False)
        lock = min(FIRST_LOCK * 2 ** (row.failures - FREE_TRIES), LONGEST_LOCK)
        row.locked_until = now + lock
        return Attempt(False, lock)
