"""What a share or a server sends back cannot hang a sync nor reach a terminal (issue 13, item 5).

A FIFO, device, socket or folder in place of catalogue.json(.sig) is refused before a byte is read;
a share that stops answering stops the sync after its timeout; a server's reason phrase and headers
are stored and printed as one plain, capped line; the sync history is pruned.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import threading
from pathlib import Path

import pytest

from kiosk import fetch as fetch_module
from kiosk import models as m
from kiosk.catalogue import last_sync, sync_history
from kiosk.sync import HISTORY_DAYS, HISTORY_KEPT, run_sync
from kiosk.text import EXTERNAL_TEXT_CAP
from tests.conftest import NOW
from tests.kiosk.conftest import assert_kept, in_use, write_signed
from tests.kiosk.test_sync import newer
from tests.kiosk.test_sync_http import Site, _serve


def sync_in_a_thread(context, source: str, **options):
    """run_sync, given a minute at most: a sync that would hang fails the test instead."""
    results = []
    thread = threading.Thread(target=lambda: results.append(run_sync(context, source, **options)), daemon=True)
    thread.start()
    thread.join(60)
    assert results, "the sync hung"
    return results[0]


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _null(path: Path) -> None:
    path.symlink_to("/dev/null")


def _socket(path: Path) -> None:
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(path))
    listener.close()  # the socket file stays


# --- what is in place of the files -------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("name", ["catalogue.json", "catalogue.json.sig"])
@pytest.mark.parametrize("make, words", [
    (_fifo, "not a regular file"), (_zero, "not a regular file"), (_null, "not a regular file"),
    (_socket, "not a regular file"),
])
def test_what_is_not_a_regular_file_is_refused_unread(trusting, publisher, tmp_path, name, make, words):
    path = write_signed(tmp_path / "share", newer(), publisher)
    (tmp_path / "share" / name).unlink()
    make(tmp_path / "share" / name)
    result = sync_in_a_thread(trusting, str(path))
    assert_kept(trusting, in_use(trusting), result, "refused", words)
    assert str(tmp_path / "share" / name) in result.reason


def test_a_folder_in_place_of_the_signature_is_refused(trusting, publisher, tmp_path):
    """(A folder given as the source is a folder holding catalogue.json: test_sync.py.)"""
    path = write_signed(tmp_path / "share", newer(), publisher)
    (tmp_path / "share" / "catalogue.json.sig").unlink()
    (tmp_path / "share" / "catalogue.json.sig").mkdir()
    assert_kept(trusting, in_use(trusting), sync_in_a_thread(trusting, str(path)), "refused", "is a folder")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_swapped_in_after_the_check_is_refused_after_opening(trusting, publisher, tmp_path, monkeypatch):
    """stat() saw a regular file; a FIFO is there by the time it is opened: fstat() refuses it."""
    path = write_signed(tmp_path / "share", newer(), publisher)
    regular = tmp_path / "regular"
    regular.write_bytes(b"x")
    path.unlink()
    os.mkfifo(path)
    real_stat = os.stat
    monkeypatch.setattr(fetch_module.os, "stat", lambda target, *args, **kwargs: real_stat(
        regular if str(target) == str(path) else target, *args, **kwargs))
    result = sync_in_a_thread(trusting, str(path))
    assert_kept(trusting, in_use(trusting), result, "refused", "not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_after_a_refused_fifo_the_next_sync_applies(trusting, publisher, tmp_path):
    path = write_signed(tmp_path / "share", newer(), publisher)
    path.unlink()
    os.mkfifo(path)
    assert sync_in_a_thread(trusting, str(path)).outcome == "refused"
    path.unlink()
    write_signed(tmp_path / "share", newer(), publisher)
    assert sync_in_a_thread(trusting, str(path)).outcome == "applied"


# --- a share that stops answering ----------------------------------------------------------


@pytest.fixture
def hung_share(monkeypatch):
    """Reads made by the share-reading thread block, as on a network share whose server went away."""
    release = threading.Event()
    real_read = os.read

    def read(descriptor, size):
        if threading.current_thread().name == "kiosk-share-read":
            release.wait()
        return real_read(descriptor, size)

    monkeypatch.setattr(fetch_module.os, "read", read)
    yield release
    release.set()
    for thread in list(fetch_module._STUCK):
        thread.join(10)


@pytest.mark.parametrize("which", ["signature", "catalogue"])
def test_a_hung_share_stops_the_sync_at_its_timeout(trusting, publisher, tmp_path, hung_share, which):
    path = write_signed(tmp_path / "share", newer(), publisher)
    if which == "catalogue":  # the signature is read before the share hangs
        real_fetch = fetch_module.PathSource.fetch_signature

        def signature_then_hang(self, known=None):
            hung_share.set()
            answer = real_fetch(self, known)
            hung_share.clear()
            return answer

        fetch_module.PathSource.fetch_signature, restore = signature_then_hang, real_fetch
    try:
        result = sync_in_a_thread(trusting, str(path), timeout=0.2)
    finally:
        if which == "catalogue":
            fetch_module.PathSource.fetch_signature = restore
    assert_kept(trusting, in_use(trusting), result, "failed", "did not answer within 0.2 seconds")
    # While that read is still stuck, a later sync fails at once instead of leaving another behind.
    later = sync_in_a_thread(trusting, str(path), timeout=0.2)
    assert_kept(trusting, in_use(trusting), later, "failed", "has still not returned")
    # The share comes back: the stuck read returns (and reads no further), the next sync applies.
    hung_share.set()
    for thread in list(fetch_module._STUCK):
        thread.join(10)
    assert sync_in_a_thread(trusting, str(path)).outcome == "applied"


def test_a_whole_read_is_bounded_by_the_deadline(trusting, publisher, tmp_path, monkeypatch):
    """A share answering every read, slowly, without end: the deadline stops it."""
    path = write_signed(tmp_path / "share", newer(), publisher)
    release = threading.Event()
    real_read = os.read

    def trickle(descriptor, size):
        if threading.current_thread().name == "kiosk-share-read":
            release.wait(0.01)
            return b" " if not release.is_set() else real_read(descriptor, size)
        return real_read(descriptor, size)

    monkeypatch.setattr(fetch_module.os, "read", trickle)
    try:
        result = sync_in_a_thread(trusting, str(path), timeout=5, deadline=0.3)
    finally:
        release.set()
    assert result.outcome == "failed" and "0.3 seconds" in result.reason, result


# --- what a server says --------------------------------------------------------------------

ESCAPES = "\x1b[2J\x1b]0;owned\x07\x9b31m\u202etxt.exe\r\n"


@pytest.fixture
def site():
    yield from _serve(Site())


def _assert_plain(text: str) -> None:
    assert len(text) <= EXTERNAL_TEXT_CAP
    assert not any(ord(char) < 32 or 0x7f <= ord(char) <= 0x9f or char == "\u202e" for char in text), repr(text)


@pytest.mark.parametrize("code", [403, 503])
@pytest.mark.parametrize("path", ["/catalogue.json.sig", "/catalogue.json"])
def test_a_server_reason_phrase_is_stored_and_printed_plain_and_short(
        trusting, publisher, site, capsys, monkeypatch, home, code, path):
    from kiosk.cli import main

    site.publish(newer(), publisher)
    site.behaviour[path] = "raw"
    phrase = ("\x1b[2J\x1b]0;owned\x07\x9b31m\u202e" + "A" * 60000).encode("latin-1", "replace")
    site.raw[path] = b"HTTP/1.1 %d " % code + phrase + b"\r\nContent-Length: 0\r\n\r\n"
    result = run_sync(trusting, site.url, timeout=5)
    assert result.outcome == "failed" and f"HTTP {code}" in result.reason
    _assert_plain(result.reason)
    _assert_plain(last_sync(trusting.db).reason)
    with trusting.db.read() as connection:  # stored plain, not only shown plain
        _assert_plain(connection.execute("SELECT reason FROM sync_history").fetchone()[0])
    monkeypatch.setenv("KIOSK_HOME", str(trusting.home))
    assert main(["status"]) == 0
    for line in capsys.readouterr().out.splitlines():
        _assert_plain(line.strip())


def test_validators_with_control_characters_are_not_kept(trusting, publisher, site):
    site.publish(newer(), publisher)
    for path in ("/catalogue.json.sig", "/catalogue.json"):
        data = site.files[path]
        site.behaviour[path] = "raw"
        site.raw[path] = (b"HTTP/1.1 200 OK\r\nETag: \"\x1b[2Jx\"\r\nLast-Modified: Thu, 01 Jan 2026 00:00:00 GMT"
                          b"\r\nDate: Thu, 01 Oct 2026 00:00:00 GMT\r\nContent-Length: %d\r\n\r\n" % len(data) + data)
    assert run_sync(trusting, site.url).outcome == "applied"
    with trusting.db.session() as session:
        remembered = session.get(m.SyncSource, 1)
    assert remembered.etag is None


def test_history_recorded_before_is_shown_plain(trusting):
    with trusting.db.session() as session, session.begin():
        session.add(m.SyncAttempt(at=NOW, source="http://x/\x1b[31m", outcome="failed",
                                  reason=ESCAPES + "B" * 70000, version=None))
    record = sync_history(trusting.db, 1)[0]
    _assert_plain(record.reason)
    _assert_plain(record.source)


# --- the history is pruned -----------------------------------------------------------------


def test_sync_history_keeps_the_newest_attempts_of_the_last_days(trusting):
    old = NOW - dt.timedelta(days=HISTORY_DAYS + 1)
    with trusting.db.session() as session, session.begin():
        session.add_all(m.SyncAttempt(at=old + dt.timedelta(minutes=n), source="s", outcome="failed",
                                      reason="old", version=None) for n in range(50))
        session.add_all(m.SyncAttempt(at=NOW - dt.timedelta(minutes=n), source="s", outcome="failed",
                                      reason="recent", version=None) for n in range(1, HISTORY_KEPT + 20))
    run_sync(trusting, "")
    with trusting.db.read() as connection:
        rows = connection.execute("SELECT at, reason FROM sync_history ORDER BY at DESC, id DESC").fetchall()
    assert len(rows) == HISTORY_KEPT
    assert all(reason != "old" for _, reason in rows)
    assert rows[0][1].startswith("No catalogue source is set")  # the attempt just made is kept
    kept_recent = [at for at, reason in rows if reason == "recent"]
    assert len(kept_recent) == HISTORY_KEPT - 1  # the oldest of the recent ones went


def test_history_of_old_attempts_only_is_pruned_by_age(trusting):
    with trusting.db.session() as session, session.begin():
        session.add_all(m.SyncAttempt(at=NOW - dt.timedelta(days=HISTORY_DAYS, minutes=n), source="s",
                                      outcome="failed", reason="old", version=None) for n in range(1, 4))
        session.add(m.SyncAttempt(at=NOW - dt.timedelta(days=HISTORY_DAYS - 1), source="s",
                                  outcome="failed", reason="kept", version=None))
    run_sync(trusting, "")
    assert [record.reason for record in sync_history(trusting.db, 10)][1:] == ["kept"]
