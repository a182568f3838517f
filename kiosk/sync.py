"""Syncing the central catalogue: fetch, verify, check, apply, record (DESIGN.md 4.4).

``run_sync`` is the one entry point, for ``kiosk sync`` and for the application's background
timer alike. The checks run in the order of the contract, and the first that fails stops the
sync with the catalogue in use untouched:

1. fetch ``catalogue.json.sig`` then ``catalogue.json`` (streamed, capped, with timeouts);
2. verify the signature of the exact bytes against the trusted keys, before any parsing
   (a file with the bytes already applied is "unchanged" from here on: it is not parsed);
   the signature so verified is remembered (``models.SyncSource``): finding the very same
   signature again, or an HTTP "not modified" for it, means "unchanged" without fetching
   catalogue.json at all, so an unchanged catalogue costs one small read or round trip;
3. parse and validate (``kiosk.bundle``: schema with bounded strings and lists, bounded nesting);
4. refuse a lower version, or the same version with other bytes (rollback), even when the
   catalogue in use has expired;
5. refuse an expired file;
6. apply in one transaction (``kiosk.apply``);
7. record the attempt in the sync history, whatever its outcome: its reason as one plain line of
   at most 500 characters (``kiosk.text.plain_line``: it may quote a server or a share), the history
   pruned to the newest 1,000 attempts of the last 90 days.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar

from sqlalchemy import delete, or_, select

from kiosk import models as m
from kiosk.apply import apply_bundle
from kiosk.bundle import parse_bundle
from kiosk.context import Context
from kiosk.database import Database
from kiosk.errors import KioskError
from kiosk.fetch import MIB, FetchError, Limits, Validators, open_source, shown_source
from kiosk.settings import get_setting
from kiosk.signing import parse_signature, verify
from kiosk.text import plain_line

log = logging.getLogger(__name__)

Outcome = Literal["applied", "unchanged", "refused", "failed"]

#: Seconds to wait for a connection, and for each read of a download.
DEFAULT_TIMEOUT = 30.0
#: Seconds a whole download may take (a 50 MB file over a slow line), however steadily it trickles.
DEFAULT_DEADLINE = 15 * 60.0
LOCK_FILENAME = "sync.lock"
#: The sync history keeps at most this many attempts, none older than HISTORY_DAYS days.
HISTORY_KEPT = 1000
HISTORY_DAYS = 90


@dataclass(frozen=True)
class SyncResult:
    """How a sync ended.

    Attributes:
        outcome: "applied", "unchanged" (already up to date), "refused" (the file failed a
            check) or "failed" (it could not be fetched).
        version: the catalogue version in use after the attempt (None when there is none).
        reason: one plain sentence saying what happened and, when it went wrong, what to do.
    """

    outcome: Outcome
    version: int | None
    reason: str


class _Stop(Exception):
    """Ends a sync early with an outcome other than "applied"."""

    def __init__(self, outcome: Outcome, reason: str, offered: int | None = None) -> None:
        super().__init__(reason)
        self.outcome, self.reason, self.offered = outcome, reason, offered


@dataclass(frozen=True)
class _Local:
    """The catalogue in use."""

    version: int
    sha256: str
    expires_at_text: str
    outdated: bool


def run_sync(context: Context, source: str | None = None, *, timeout: float = DEFAULT_TIMEOUT,
             size_cap: int | None = None, deadline: float = DEFAULT_DEADLINE) -> SyncResult:
    """Fetch, verify and apply the central catalogue, and record the attempt in the sync history.

    Never raises for a problem of the network, the share or the file: those come back as a
    "refused" or "failed" result, with the catalogue in use unchanged. Safe to call from a
    worker thread; a second sync of the same kiosk while one runs fails at once.

    Args:
        context: the kiosk.
        source: a path, ``file://``, ``http://`` or ``https://`` address of catalogue.json;
            by default the ``catalogue_source`` setting.
        timeout: seconds to wait for a connection and for each read.
        size_cap: the largest catalogue accepted, in bytes; by default the ``sync_size_cap_mb``
            setting (50 MB).
        deadline: seconds a whole download may take.
    """
    db = context.db
    now = context.clock()
    text = (source if source is not None else get_setting(db, "catalogue_source")).strip()
    cap = size_cap if size_cap is not None else get_setting(db, "sync_size_cap_mb") * MIB
    limits = Limits(size_cap=cap, timeout=timeout, deadline=deadline)
    try:
        with _exclusive(context.home):
            outcome, reason, offered = _sync(context, text, limits, now)
    except _Stop as stop:
        outcome, reason, offered = stop.outcome, stop.reason, stop.offered
    except Exception as error:  # a fault of ours or of the disk: still reported, still recorded
        log.exception("sync from %s stopped on an unexpected error", shown_source(text))
        outcome, reason, offered = "failed", f"The sync stopped on an unexpected error ({error}).", None
    # A reason may quote a server's reason phrase, a share's error or a file's bytes: one plain
    # line, capped, before it is stored or printed (terminal escapes and 64 KB reason phrases).
    reason = plain_line(reason)
    with db.session() as session, session.begin():
        session.add(m.SyncAttempt(at=now, source=plain_line(shown_source(text)) or "(none)",
                                  outcome=outcome, reason=reason, version=offered))
        _prune_history(session, now)
    local = _local(db, now)
    return SyncResult(outcome, local.version if local else None, reason)


def _sync(context: Context, text: str, limits: Limits,
          now: dt.datetime) -> tuple[Outcome, str, int | None]:
    """The checks of the module docstring, in order. Raises _Stop for anything but "applied"."""
    db = context.db
    if not text:
        raise _Stop("failed", "No catalogue source is set: give one to `kiosk sync`, or set it in "
                              "the administrator's screen.")
    trusted = get_setting(db, "trusted_keys")
    if not trusted:
        raise _Stop("failed", "This kiosk trusts no publisher key yet; add the publisher's key "
                              "with `kiosk trust add KEY`.")
    local = _local(db, now) or _Local(0, "", "", False)
    shown = shown_source(text)
    try:
        source = open_source(text, context.home, limits)
        known = _remembered(db, shown, local, trusted)
        signature_file = source.fetch_signature(_validators_of(known))
        if signature_file is None:  # HTTP "not modified": the signature verified last time
            raise _Stop("unchanged", _up_to_date(local), local.version)
        signature = _checked(parse_signature, signature_file.data)
        if known is not None and signature == base64.b64decode(known.signature):
            # The very signature already verified over the bytes in use, by a key still trusted:
            # whatever catalogue.json is there now is either those bytes or not signed by it.
            _remember(db, shown, local.sha256, signature, known.signed_by, signature_file.validators)
            raise _Stop("unchanged", _up_to_date(local), local.version)
        raw = source.fetch_catalogue()
    except FetchError as error:
        raise _Stop("refused" if error.refused else "failed", str(error)) from None

    signed_by = _checked(verify, raw, signature, trusted)
    sha256 = hashlib.sha256(raw).hexdigest()
    if sha256 == local.sha256:  # the bytes in use, signed anew (by a new key, say): not parsed
        _remember(db, shown, sha256, signature, signed_by, signature_file.validators)
        raise _Stop("unchanged", _up_to_date(local), local.version)

    bundle = _checked(parse_bundle, raw)
    del raw  # the parsed copy is enough from here on; the bytes may be tens of megabytes
    offered = bundle.version
    if offered < local.version:
        raise _Stop("refused", f"The file offers catalogue version {offered}, older than version "
                               f"{local.version} in use; an older catalogue is never taken back.", offered)
    if offered == local.version:
        raise _Stop("refused", f"The file offers version {offered}, the version in use, with other "
                               "content; the publisher must publish changes under a new version.", offered)
    if bundle.expires_at <= now:
        raise _Stop("refused", f"The file expired on {_when(bundle.expires_at)}; ask the assistant to "
                               "publish a new catalogue.", offered)
    apply_bundle(db, bundle, source=shown, now=now)
    _remember(db, shown, bundle.sha256, signature, signed_by, signature_file.validators)
    return "applied", f"Catalogue version {offered} was applied.", offered


def _prune_history(session, now: dt.datetime) -> None:
    """Keep the newest ``HISTORY_KEPT`` attempts of the last ``HISTORY_DAYS`` days, no more."""
    session.execute(delete(m.SyncAttempt).where(or_(
        m.SyncAttempt.at < now - dt.timedelta(days=HISTORY_DAYS),
        m.SyncAttempt.id.not_in(select(m.SyncAttempt.id).order_by(
            m.SyncAttempt.at.desc(), m.SyncAttempt.id.desc()).limit(HISTORY_KEPT).scalar_subquery()))))


T = TypeVar("T")


def _checked(check: Callable[..., T], *args: object) -> T:
    """Run one check; its KioskError becomes a refusal."""
    try:
        return check(*args)
    except KioskError as error:
        raise _Stop("refused", str(error)) from None


def _local(db: Database, now: dt.datetime) -> _Local | None:
    with db.session() as session:
        info = session.get(m.CatalogueInfo, 1)
    if info is None:
        return None
    return _Local(info.version, info.sha256, _when(info.expires_at), now >= info.expires_at)


def _up_to_date(local: _Local) -> str:
    if local.outdated:
        return (f"Already up to date (version {local.version}), but it expired on "
                f"{local.expires_at_text}; ask the assistant to publish a new catalogue.")
    return f"Already up to date (version {local.version})."


def _when(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC")


def _remembered(db: Database, shown: str, local: _Local, trusted: list[str]) -> m.SyncSource | None:
    """The signature verified last time, while it still describes the catalogue in use."""
    with db.session() as session:
        row = session.get(m.SyncSource, 1)
    if row is None or row.source != shown or row.sha256 != local.sha256 or row.signed_by not in trusted:
        return None
    return row


def _validators_of(known: m.SyncSource | None) -> Validators | None:
    if known is None or not (known.etag or known.last_modified):
        return None
    return Validators(known.etag, known.last_modified)


def _remember(db: Database, shown: str, sha256: str, signature: bytes, signed_by: str,
              validators: Validators | None) -> None:
    """Keep the signature just verified over the catalogue in use, for the next sync."""
    validators = validators or Validators()
    with db.session() as session, session.begin():
        session.merge(m.SyncSource(id=1, source=shown, sha256=sha256,
                                   signature=base64.b64encode(signature).decode("ascii"),
                                   signed_by=signed_by, etag=validators.etag,
                                   last_modified=validators.last_modified))


@contextmanager
def _exclusive(home: Path) -> Iterator[None]:
    """Hold this kiosk's sync lock (across threads and processes), or stop at once.

    Two syncs at once could each check versions before the other applies, and so apply an older
    catalogue over a newer one. The operating system drops the lock when a process dies.
    """
    with open(home / LOCK_FILENAME, "a+b") as file:
        try:
            _lock(file.fileno())
        except OSError:
            raise _Stop("failed", "Another sync of this kiosk is running; this one was skipped.") from None
        try:
            yield
        finally:
            _unlock(file.fileno())


if os.name == "nt":
    import msvcrt

    def _lock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
