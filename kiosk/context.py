"""The small context built at start and handed to whatever needs it (no global state)."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.catalogue import has_catalogue
from kiosk.database import Database, open_database
from kiosk.errors import KioskError
from kiosk.paths import kiosk_home, starter_catalogue
from kiosk.stats import local_day, purge as purge_statistics

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The real clock: naive UTC, as the database stores times."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


@dataclass
class Context:
    """One kiosk's state folder, its open database and the clock everything asks for the time."""

    home: Path
    db: Database
    clock: Clock = field(default=utc_now)

    def close(self) -> None:
        self.db.close()


def open_context(home: Path | None = None, *, clock: Clock = utc_now,
                 starter: Path | None = None) -> Context:
    """Open the kiosk in ``home`` (default ``$KIOSK_HOME``), loading the starter catalogue if empty.

    The folder is made private (``make_private``). Statistics counters older than 25 months are
    purged here (``kiosk.stats.purge``).
    Cheap when the kiosk has its catalogue and nothing to purge: small plain reads, no SQLAlchemy
    (the kiosk's start, benchmarks/ui_bench.py).

    Raises:
        KioskError: the folder or database cannot be used, or the starter catalogue is invalid.
    """
    home = home if home is not None else kiosk_home()
    db = open_database(home)
    try:
        make_private(home)
        load_starter_if_empty(db, starter or starter_catalogue(), clock())
        purge_statistics(db, local_day(clock()))  # counters older than 25 months (DESIGN.md 6)
    except BaseException:
        db.close()
        raise
    return Context(home=home, db=db, clock=clock)


def make_private(home: Path) -> None:
    """Make ``home`` 0700 and what the kiosk keeps in it 0600 (folders 0700), as DESIGN.md 8 says.

    New files are private already (the ``kiosk`` command's umask, ``kiosk.cli``); this tightens
    what an older kiosk left readable. Entries whose name starts with a dot are left alone: when
    ``KIOSK_HOME`` is the kiosk account's own home folder they belong to other programs. Symbolic
    links are neither followed nor changed, nor is what another account owns.

    Raises:
        KioskError: a mode cannot be changed.
    """
    if os.name == "nt":  # folders under the account's profile are private by their ACL
        return
    uid = os.getuid()

    def tighten(path: Path, mode: int) -> None:
        try:
            info = path.lstat()
            if info.st_uid == uid and not stat.S_ISLNK(info.st_mode) and stat.S_IMODE(info.st_mode) != mode:
                path.chmod(mode)
        except FileNotFoundError:
            # Another process on this home (the background sync, a second command) removed or
            # renamed it since the folder was listed: a temporary file, nothing left to tighten.
            if path == home:
                raise

    try:
        tighten(home, 0o700)
        for entry in home.iterdir():
            if entry.name.startswith("."):
                continue
            try:
                paths = [entry] + (sorted(entry.rglob("*")) if entry.is_dir() and not entry.is_symlink() else [])
            except FileNotFoundError:  # a folder removed meanwhile by another process
                continue
            for path in paths:
                tighten(path, 0o700 if path.is_dir() and not path.is_symlink() else 0o600)
    except OSError as error:
        raise KioskError(f"The kiosk cannot make its folder {home} private ({error.strerror or error}).") \
            from error


def load_starter_if_empty(db: Database, path: Path, now: dt.datetime) -> bool:
    """Load the starter catalogue into a kiosk that has none yet. Returns whether it did."""
    if has_catalogue(db):
        return False
    from kiosk.apply import apply_bundle  # the catalogue's writers, needed on a first start only
    from kiosk.bundle import parse_bundle

    try:
        raw = path.read_bytes()
    except OSError as error:
        raise KioskError(f"The starter catalogue {path} cannot be read ({error.strerror or error}).") from error
    try:
        bundle = parse_bundle(raw)
    except KioskError as error:
        raise KioskError(f"The starter catalogue {path} is not valid. {error}") from error
    apply_bundle(db, bundle, source="starter", now=now)
    return True
