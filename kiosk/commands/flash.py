"""``kiosk flash``: the A4 info flash as a PDF (announcements, featured procedures, help, workshops)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.context import Context
from kiosk.errors import KioskError


def cmd_flash(context: Context, args: argparse.Namespace) -> int:
    from kiosk.catalogue import languages
    from kiosk.flash import check_site, flash_column, flash_languages, stored_workshops
    from kiosk.settings import get_setting

    site = args.site or get_setting(context.db, "site")
    try:
        wanted = flash_languages(args.lang, [info.code for info in languages(context.db)])
        check_site(context.db, site)
    except ValueError as error:
        print(f"kiosk flash: {error}", file=sys.stderr)
        return 2
    now = context.clock()
    workshops = stored_workshops(context)
    columns = [flash_column(context.db, lang, site, now, workshops) for lang in wanted]
    # The entry point reaching the Qt front end; kiosk/ itself never imports Qt.
    from ui.flash import write_flash_headless

    try:
        written = write_flash_headless(args.out, columns)
    except OSError as error:
        raise KioskError(f"Cannot write the flash to {args.out} ({error.strerror or error}).") from None
    print(f"The info flash is in {written}.")
    return 0


def register(commands) -> None:
    flash = commands.add_parser(
        "flash", help="the A4 info flash as a PDF",
        description="One A4 page to pin up or hand out: this month's announcements, the featured "
                    "procedures with a QR code to their checklist, the help hours and the next workshops.")
    flash.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    flash.add_argument("--lang", help="one language, or French and one other side by side: fr,ar (default fr)")
    flash.add_argument("--site", help="the site (default: this kiosk's site setting)")
    flash.set_defaults(handler=cmd_flash)
