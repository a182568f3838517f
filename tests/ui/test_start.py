"""The kiosk's start: what it loads before its home screen is painted.

SQLAlchemy and the ORM models alone take longer to import than a bare Qt window takes to start, so
the first paint reads through plain SQL (kiosk/database.py) and the writers load after it.
benchmarks/ui_bench.py measures the time; this test keeps the reason for it from coming back.
"""

from __future__ import annotations

import os
import subprocess
import sys

#: Loaded only when something is written (sync, statistics, settings, PINs, the editor).
HEAVY = ("sqlalchemy", "kiosk.models", "alembic", "cryptography")

START = f"""
import sys
from kiosk.cli import main
code = main(["run", "--exit-when-ready"])
print("loaded:", *sorted(name for name in {HEAVY!r} if name in sys.modules))
sys.exit(code)
"""


def test_the_home_screen_is_painted_without_sqlalchemy(tmp_path):
    env = {**os.environ, "KIOSK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    # A first start loads the starter catalogue (a write: SQLAlchemy is needed there).
    subprocess.run([sys.executable, "-m", "kiosk", "status"], env=env, check=True, capture_output=True)

    started = subprocess.run([sys.executable, "-c", START], env=env, capture_output=True, text=True, timeout=120)

    assert started.returncode == 0, started.stderr
    lines = started.stdout.splitlines()
    assert lines[0].startswith("ready ")
    assert lines[-1] == "loaded:"


def test_the_statistics_writer_is_ready_before_the_first_tap(starter_context):
    from kiosk.database import open_database
    from ui.services import Services

    # A kiosk as it starts: its database opened, nothing written yet.
    starter_context.db.close()
    starter_context.db = open_database(starter_context.home)
    services = Services.from_context(starter_context)
    assert starter_context.db._engine is None

    services.prepare_statistics()
    services.flush_statistics()

    assert starter_context.db._engine is not None
