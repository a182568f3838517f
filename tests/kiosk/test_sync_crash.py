"""A `kiosk sync` killed at any moment of the apply leaves the old or the new catalogue (DESIGN.md 4.4 rule 6).

No hook in the product: the test measures how long the apply of a big synthetic catalogue takes,
then starts a real `kiosk sync` process 20 times and kills it with SIGKILL at 20 delays spread
evenly over the apply. After each kill the database must pass `PRAGMA integrity_check` and hold
exactly the old or exactly the new catalogue, table by table, search index included.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from benchmarks.synthetic import generate
from kiosk.apply import apply_bundle
from kiosk.bundle import parse_bundle
from kiosk.context import open_context
from kiosk.database import database_path
from kiosk.models import CATALOGUE_TABLES
from kiosk.settings import set_setting
from kiosk.signing import public_key_text
from tests.kiosk.conftest import write_signed

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

KILLS = 20
OLD_PROCEDURES, NEW_PROCEDURES = 300, 1000
FAR_FUTURE = "2099-01-01T00:00:00Z"  # the child runs on the real clock


def _catalogue(procedures: int, seed: int, version: int) -> bytes:
    data = generate(procedures, seed=seed, version=version)
    data["expires_at"] = FAR_FUTURE
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _fingerprint(home: Path) -> str:
    """A digest of every catalogue table and the search index (not of when it was applied)."""
    connection = sqlite3.connect(database_path(home))
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        digest = hashlib.sha256()
        queries = [f"SELECT * FROM {table.name} ORDER BY rowid" for table in CATALOGUE_TABLES
                   if table.name != "catalogue_info"]
        queries += ["SELECT version, sha256 FROM catalogue_info",
                    "SELECT slug, lang, title, keywords, body FROM search_index ORDER BY rowid"]
        for query in queries:
            for row in connection.execute(query):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        connection.close()


def _sync_process(home: Path, source: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "sync", str(source), "--json"],
        env={"KIOSK_HOME": str(home), "PATH": "/usr/bin:/bin"},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_killed_sync_leaves_the_old_or_the_new_catalogue(tmp_path):
    key = Ed25519PrivateKey.generate()
    old = tmp_path / "old.json"
    old.write_bytes(_catalogue(OLD_PROCEDURES, seed=1, version=1))
    new_raw = _catalogue(NEW_PROCEDURES, seed=2, version=2)
    source = write_signed(tmp_path / "share", new_raw, key)

    template = tmp_path / "template"
    context = open_context(template, starter=old)
    set_setting(context.db, "trusted_keys", [public_key_text(key.public_key())])
    context.close()
    old_print = _fingerprint(template)

    # How long the apply alone takes, in this process.
    timing = tmp_path / "timing"
    shutil.copytree(template, timing)
    context = open_context(timing)
    bundle = parse_bundle(new_raw)
    started = time.monotonic()
    apply_bundle(context.db, bundle, source=str(source), now=context.clock())
    apply_seconds = time.monotonic() - started
    context.close()
    del bundle

    # How long a whole `kiosk sync` takes (the median of three: the first is often slower); the
    # apply is its last part.
    runs = []
    finished = tmp_path / "finished"
    for _ in range(3):
        shutil.rmtree(finished, ignore_errors=True)
        shutil.copytree(template, finished)
        started = time.monotonic()
        assert _sync_process(finished, source).wait(120) == 0
        runs.append(time.monotonic() - started)
    total_seconds = statistics.median(runs)
    new_print = _fingerprint(finished)
    assert new_print != old_print

    first = max(0.0, total_seconds - 1.25 * apply_seconds)
    delays = [first + i * (total_seconds - first) / (KILLS - 1) for i in range(KILLS)]
    seen = []
    home = tmp_path / "killed"
    for delay in delays:
        shutil.rmtree(home, ignore_errors=True)
        shutil.copytree(template, home)
        process = _sync_process(home, source)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(60)
        wal = home / (database_path(home).name + "-wal")
        wrote = wal.exists() and wal.stat().st_size > 0
        fingerprint = _fingerprint(home)
        assert fingerprint in (old_print, new_print), f"a mix of catalogues after a kill at {delay:.2f} s"
        seen.append(("new" if fingerprint == new_print else "old")
                     + (", killed" if process.returncode == -signal.SIGKILL else ", had finished")
                     + (", mid-write" if wrote and fingerprint == old_print else ""))

    print(f"\napply {apply_seconds:.2f} s of a {total_seconds:.2f} s sync; kills at "
          f"{delays[0]:.2f}..{delays[-1]:.2f} s:")
    for delay, what in zip(delays, seen):
        print(f"  {delay:5.2f} s  {what}")

    # And the kiosk killed last syncs normally afterwards.
    assert _sync_process(home, source).wait(120) == 0
    assert _fingerprint(home) == new_print
