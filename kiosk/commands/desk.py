"""``kiosk desk``: the kiosk's screens in a normal window, for a partner's front desk."""

from __future__ import annotations

import argparse
import logging

from kiosk import __version__
from kiosk.context import Context
from kiosk.logs import start_logging
from kiosk.paths import DESK_NAME


def cmd_desk(context: Context, args: argparse.Namespace) -> int:
    # The entry point reaching the Qt front end; kiosk/ itself never imports Qt.
    from ui.desk import run_desk

    if args.source is not None:  # a desk has no admin screen: its one setting is given here
        from kiosk.settings import set_setting

        set_setting(context.db, "catalogue_source", args.source.strip())  # refused: KioskError, exit 1
    start_logging(context.home)
    logging.getLogger("kiosk").info("kiosk %s starting at a front desk", __version__)
    return run_desk(context, exit_when_ready=args.exit_when_ready, process_start=args.process_start)


def register(commands) -> None:
    desk = commands.add_parser(
        "desk", help="the same screens in a normal window, for a partner's front desk",
        description="The kiosk's screens in a normal, resizable window for a receptionist facing a "
                    "resident: no lockdown, no idle reset, no PIN; the mediator's notes shown; the "
                    "French under the resident's language; views counted as the event desk. Its "
                    f"state is in $KIOSK_HOME, or else in a folder of its own named {DESK_NAME}.")
    desk.add_argument("--source", metavar="SOURCE",
                      help="the central catalogue to sync from in the background (a path, file://, "
                           "http:// or https:// address of catalogue.json), kept for the next starts; "
                           "empty: no sync")
    desk.add_argument("--exit-when-ready", action="store_true",
                      help="print 'ready <ms>' once the home screen is painted, and exit")
    desk.set_defaults(handler=cmd_desk, home_name=DESK_NAME)
