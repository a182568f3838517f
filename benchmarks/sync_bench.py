"""Sync speed and memory on the synthetic 5,000-procedure catalogue, beside floors measured in the same run.

    python benchmarks/sync_bench.py [--procedures 5000] [--rounds 3]

It signs the synthetic catalogue and syncs it into fresh kiosks (which start on the starter
catalogue), from a path and from a local HTTP server: a full sync; unchanged syncs (the same
signature found again: catalogue.json is not fetched); and the same bytes signed anew (the file
is fetched and its signature verified, but not parsed). The floors: for a full sync, reading the
same file, ``json.loads`` and inserting the very rows the kiosk ended up with (content and
search index) with bare sqlite3 in one transaction; for the others, reading the same file and
hashing it. Targets (DESIGN.md section 7): full under 5 s, unchanged under 0.2 s. Then the
steps of a full sync, and its memory. It prints figures and ratios and asserts nothing.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import http.server
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from sqlalchemy import delete  # noqa: E402

from benchmarks.synthetic import generate  # noqa: E402
from kiosk.apply import apply_bundle  # noqa: E402
from kiosk.bundle import parse_bundle  # noqa: E402
from kiosk.context import open_context  # noqa: E402
from kiosk.database import database_path, open_database  # noqa: E402
from kiosk.fetch import MIB, Limits, PathSource  # noqa: E402
from kiosk.models import CATALOGUE_TABLES, SyncSource  # noqa: E402
from kiosk.publish import catalogue_json  # noqa: E402
from kiosk.settings import get_setting, set_setting  # noqa: E402
from kiosk.signing import parse_signature, public_key_text, sign, verify  # noqa: E402
from kiosk.sync import run_sync  # noqa: E402

LONG_AGO = time.time() - 3600  # so that the HTTP validators are trusted (kiosk.fetch._validators)


def timed(work: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


MEMORY_CHILD = """
import json, resource, sys, time
from pathlib import Path
from kiosk.context import open_context
from kiosk.sync import run_sync

def rss(field):
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux units: KiB

home, source, cap = sys.argv[1], sys.argv[2], int(sys.argv[3])
context = open_context(Path(home))
before = rss("VmRSS")
result = run_sync(context, source, size_cap=cap)
print(json.dumps({"outcome": result.outcome, "before": before, "peak": rss("VmHWM")}))
"""


def memory_of_a_sync(home: Path, source: str, cap: int) -> dict:
    """Resident memory of a fresh process before a full sync, and its peak during the sync."""
    out = subprocess.run([sys.executable, "-c", MEMORY_CHILD, str(home), source, str(cap)],
                         capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    return json.loads(out.stdout)


def floor_full(catalogue: Path, rows: dict[str, tuple[list[str], list[tuple]]], home: Path) -> float:
    """Read and parse the file, and insert the same rows with bare sqlite3 in one transaction."""
    open_database(home).close()  # the same tables and indexes, made by the migrations
    connection = sqlite3.connect(database_path(home), isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    started = time.perf_counter()
    json.loads(catalogue.read_bytes())
    connection.execute("BEGIN")
    for table, (columns, values) in rows.items():
        connection.execute(f"DELETE FROM {table}")
        marks = ", ".join("?" * len(columns))
        connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def rows_of(home: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row of the catalogue tables and the search index, children last (insert order)."""
    connection = sqlite3.connect(database_path(home))
    tables = [table.name for table in reversed(CATALOGUE_TABLES)] + ["search_index"]
    rows = {}
    for table in tables:
        cursor = connection.execute(f"SELECT * FROM {table}")
        rows[table] = ([column[0] for column in cursor.description], cursor.fetchall())
    connection.close()
    return rows


def forget_signature(context) -> None:
    with context.db.session() as session, session.begin():
        session.execute(delete(SyncSource))


def floor_unchanged(catalogue: Path) -> float:
    started = time.perf_counter()
    hashlib.sha256(catalogue.read_bytes()).hexdigest()
    return time.perf_counter() - started


def serve(folder: Path) -> tuple[str, Callable[[], None]]:
    """A plain static HTTP server on 127.0.0.1 (Last-Modified, If-Modified-Since) for ``folder``."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()

    return f"http://127.0.0.1:{server.server_address[1]}/catalogue.json", stop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procedures", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kiosk-sync-bench-"))
    os.environ.pop("http_proxy", None)
    os.environ["no_proxy"] = "127.0.0.1"

    data = generate(args.procedures, version=2)
    data["expires_at"] = "2099-01-01T00:00:00Z"
    raw = catalogue_json(data)
    del data
    key = Ed25519PrivateKey.generate()
    share = folder / "share"
    share.mkdir()
    catalogue = share / "catalogue.json"
    catalogue.write_bytes(raw)
    (share / "catalogue.json.sig").write_bytes(sign(key, raw))
    for path in share.iterdir():
        os.utime(path, (LONG_AGO, LONG_AGO))

    template = folder / "template"
    context = open_context(template)  # the starter catalogue, as on a new kiosk
    set_setting(context.db, "trusted_keys", [public_key_text(key.public_key())])
    default_cap = get_setting(context.db, "sync_size_cap_mb") * MIB
    context.close()
    cap = max(default_cap, len(raw) + 1)
    print(f"synthetic catalogue: {args.procedures} procedures, {len(raw) / MIB:.1f} MB")
    if cap > default_cap:
        print(f"  note: over the default {default_cap // MIB} MB size cap, which this run raises to "
              f"{cap / MIB:.1f} MB (a kiosk with the default would refuse this file)")

    url, stop = serve(share)
    sources = {"path": str(catalogue), "http": url}
    times: dict[str, list[float]] = {f"{kind} {name}": [] for kind in ("full", "unchanged", "resigned")
                                     for name in sources}
    floors_full, floors_unchanged = [], []
    rows = None
    for round_ in range(args.rounds):
        for name, source in sources.items():
            home = folder / f"kiosk-{round_}-{name}"
            shutil.copytree(template, home)
            context = open_context(home)
            for kind, expected, repeat in (("full", "applied", 1), ("unchanged", "unchanged", 5),
                                           ("resigned", "unchanged", 2)):
                for _ in range(repeat):
                    if kind == "resigned":
                        forget_signature(context)  # as if signed anew: fetched, verified, not parsed
                    seconds, result = timed(lambda: run_sync(context, source, size_cap=cap))
                    assert result.outcome == expected, result
                    times[f"{kind} {name}"].append(seconds)
            context.close()
            if rows is None:
                rows = rows_of(home)
            shutil.rmtree(home)
        floors_full.append(floor_full(catalogue, rows, folder / f"floor-{round_}"))
        shutil.rmtree(folder / f"floor-{round_}")
        floors_unchanged.extend(floor_unchanged(catalogue) for _ in range(5))

    # Where a full sync's time goes, step by step, in this process.
    home = folder / "phases"
    shutil.copytree(template, home)
    context = open_context(home)
    limits = Limits(size_cap=cap, timeout=30, deadline=600)
    fetch_s, copy = timed(lambda: PathSource(catalogue, home, limits).fetch_catalogue())
    verify_s, _ = timed(lambda: verify(copy, parse_signature((share / "catalogue.json.sig").read_bytes()),
                                       get_setting(context.db, "trusted_keys")))
    parse_s, bundle = timed(lambda: parse_bundle(copy))
    apply_s, _ = timed(lambda: apply_bundle(context.db, bundle, source="bench", now=context.clock()))
    del bundle, copy
    context.close()
    shutil.rmtree(home)

    # Memory of one more full sync, in a fresh process; and the Python heap's peak in this one.
    home = folder / "memory"
    shutil.copytree(template, home)
    memory = memory_of_a_sync(home, str(catalogue), cap)
    shutil.rmtree(home)
    shutil.copytree(template, home)
    context = open_context(home)
    tracemalloc.start()
    run_sync(context, str(catalogue), size_cap=cap)
    heap_peak = tracemalloc.get_traced_memory()[1] / MIB
    tracemalloc.stop()
    context.close()
    stop()

    median = statistics.median
    print(f"\n{'':<30} {'kiosk':>9} {'floor':>9} {'ratio':>7}   target")
    for label, key, floor, target in (
        ("full sync, path", "full path", floors_full, 5.0),
        ("full sync, http", "full http", floors_full, 5.0),
        ("unchanged sync, path", "unchanged path", floors_unchanged, 0.2),
        ("unchanged sync, http (304)", "unchanged http", floors_unchanged, 0.2),
        ("same bytes signed anew, path", "resigned path", floors_unchanged, 0.2),
        ("same bytes signed anew, http", "resigned http", floors_unchanged, 0.2),
    ):
        ours = median(times[key])
        print(f"{label:<30} {ours:>8.3f}s {median(floor):>8.3f}s {ours / median(floor):>6.2f}x"
              f"   < {target:g} s {'ok' if ours < target else 'OVER'}")
    print(f"\nfull sync by step: copy {fetch_s:.2f} s, verify {verify_s:.2f} s, parse and validate "
          f"{parse_s:.2f} s, apply {apply_s:.2f} s")
    print(f"memory of a full sync: a fresh process holds {memory['before']:.0f} MB before it, "
          f"{memory['peak']:.0f} MB at its peak (+{memory['peak'] - memory['before']:.0f} MB); "
          f"Python heap peak {heap_peak:.0f} MB (tracemalloc)")
    print(f"medians of {args.rounds} full, {5 * args.rounds} unchanged and {2 * args.rounds} signed-anew "
          "syncs per source")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
