"""The technical log: a few rotating files in ``$KIOSK_HOME/logs``, with no personal data.

What is logged is the application's own doing (start, sync outcomes, errors with their
tracebacks); never what a resident typed or chose: the screens log nothing about residents, and
nothing here records search text, slugs of what was viewed, or PINs.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "kiosk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def start_logging(home: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to ``home/logs/kiosk.log`` (1 MB a file, 5 old files kept)."""
    folder = home / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    if not any(getattr(handler, "baseFilename", None) == str(path) for handler in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    return path
