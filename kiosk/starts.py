"""The safe start: a kiosk that keeps restarting starts with its optional parts off (issue 17).

systemd restarts the kiosk whenever it stops or its watchdog starves (``Restart=always``). If
something optional makes it fail at every start (a hung speech engine, a print system, a sync), it
would restart into the same failure for ever: a dead terminal in front of a resident. So every
start is counted in ``$KIOSK_HOME/starts.json``; when the kiosk has started more than
``MAX_STARTS`` times within ``WINDOW`` without once running ``STABLE_AFTER`` in between, it starts
in *safe mode*: read aloud, background sync and printing off, the resident screens as usual. The
admin screen, ``kiosk status`` and the log say why. The count starts again once a run lasts
``STABLE_AFTER`` (``mark_stable``).

The clock is injected (``now``), so tests need no waiting.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

STARTS_FILE = "starts.json"
MAX_STARTS = 3
WINDOW = dt.timedelta(minutes=10)
STABLE_AFTER = dt.timedelta(minutes=5)
#: More than this is never read or kept (a file made by something else must not cost anything).
MAX_BYTES = 16_384
KEPT = 20


@dataclass(frozen=True)
class StartRecord:
    """What the last start decided."""

    at: dt.datetime
    safe: bool
    recent_starts: int  # starts within WINDOW without a stable run, this one included

    def reason(self) -> str:
        """One plain sentence for the admin screen's log and ``kiosk status``."""
        if not self.safe:
            return ""
        return (f"Safe start: the kiosk started {self.recent_starts} times in {_minutes(WINDOW)} minutes "
                f"without running {_minutes(STABLE_AFTER)} minutes in between, so read aloud, the "
                "background sync and printing are off until the next start.")


def _minutes(delta: dt.timedelta) -> int:
    return int(delta.total_seconds() // 60)


def _read(home: Path) -> dict:
    try:
        with open(home / STARTS_FILE, "rb") as file:
            data = json.loads(file.read(MAX_BYTES + 1)[:MAX_BYTES + 1])
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("the start count (%s) cannot be read, it starts again: %s", STARTS_FILE, error)
        return {}
    return data if isinstance(data, dict) else {}


def _times(data: dict) -> list[dt.datetime]:
    times = []
    for value in data.get("starts", []) if isinstance(data.get("starts"), list) else []:
        try:
            times.append(dt.datetime.fromisoformat(value))
        except (TypeError, ValueError):
            continue
    return times[-KEPT:]


def _write(home: Path, data: dict) -> None:
    """Write the file whole or not at all (a temporary file renamed), private to the kiosk."""
    path = home / STARTS_FILE
    temporary = path.with_suffix(".tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump(data, file)
        os.replace(temporary, path)
    except OSError as error:  # a full or read-only disk must not stop the kiosk
        log.warning("the start count (%s) cannot be written: %s", STARTS_FILE, error)


def record_start(home: Path, now: dt.datetime) -> StartRecord:
    """Count this start; returns whether it must be a safe start, and why."""
    data = _read(home)
    recent = [at for at in _times(data) if now - WINDOW < at <= now] + [now]
    record = StartRecord(at=now, safe=len(recent) > MAX_STARTS, recent_starts=len(recent))
    _write(home, {"starts": [at.isoformat() for at in recent[-KEPT:]],
                  "last": {"at": now.isoformat(), "safe": record.safe, "recent_starts": record.recent_starts}})
    if record.safe:
        log.warning("%s", record.reason())
    return record


def mark_stable(home: Path) -> None:
    """This run has lasted ``STABLE_AFTER``: the restarts before it no longer count."""
    data = _read(home)
    _write(home, {"starts": [], "last": data.get("last")})


def last_start(home: Path) -> StartRecord | None:
    """What the last start decided (``kiosk status``), or None when no start was recorded."""
    last = _read(home).get("last")
    try:
        return StartRecord(at=dt.datetime.fromisoformat(last["at"]), safe=bool(last["safe"]),
                           recent_starts=int(last["recent_starts"]))
    except (TypeError, KeyError, ValueError):
        return None
