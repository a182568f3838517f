"""The ``kiosk`` command (DESIGN.md 4.2).

Exit codes: 0 done; 1 refused or failed, with one plain sentence on stderr; 2 usage error.
``--json`` prints one JSON object on stdout. Every command honours ``$KIOSK_HOME``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from kiosk.commands import catalogue, check, desk, editor, flash, imports, pins, stats, sync, translations
from kiosk.context import open_context
from kiosk.errors import KioskError
from kiosk.paths import APP_NAME, kiosk_home

#: The modules whose commands make up ``kiosk`` (see kiosk/commands/__init__.py).
COMMAND_MODULES = [catalogue, sync, stats, pins, imports, editor, check, desk, flash, translations]


def _process_start() -> float:
    """When this process started, on the ``time.monotonic()`` clock (for ``--exit-when-ready``).

    On Linux, read from /proc so that the interpreter's own start counts; elsewhere, now.
    """
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.monotonic() - (uptime - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.monotonic()


PROCESS_START = _process_start()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="A touch-screen kiosk that guides residents through e-démarches.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


#: Whatever the kiosk creates is for its own account alone (DESIGN.md 8: KIOSK_HOME 0700, its files
#: 0600): the PIN hashes, statistics and backups stay out of other local accounts' reach. Files
#: meant for others (a publication, an export) are given their mode where they are written.
PRIVATE_UMASK = 0o077


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(PRIVATE_UMASK)  # first of all: every command, the kiosk and the editor start here
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["run"])
    args.process_start = PROCESS_START
    try:
        if not getattr(args, "needs_context", True):
            return args.handler(None, args)  # e.g. making a key pair: no kiosk database involved
        # $KIOSK_HOME, else the platform's folder: "kiosk", or "kiosk-desk" for `kiosk desk`.
        context = open_context(kiosk_home(getattr(args, "home_name", APP_NAME)))
        try:
            return args.handler(context, args)
        finally:
            context.close()
    except KioskError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
