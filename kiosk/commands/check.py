"""``kiosk check [CATALOGUE] [--json]``: the content checks of a catalogue file, or of the catalogue in use.

The same checks as the editor's problems list (``kiosk.editing.checks``, with the content checks of
``kiosk.editing.content``), after the validation every kiosk applies (``kiosk.bundle``). Exit 0 when
there is no error (warnings allowed), 1 when there is one or the file is refused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import stat
import sys
from collections import Counter
from pathlib import Path

from kiosk.errors import KioskError

#: A catalogue file larger than this is refused unread (a kiosk's default sync cap).
MAX_BYTES = 50 * 1024 * 1024
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def read_catalogue(path: Path) -> bytes:
    """The bytes of the catalogue file ``path``: a regular file of at most ``MAX_BYTES``.

    Raises:
        KioskError: missing, not a regular file (a FIFO would block the read forever), too large,
            or unreadable.
    """
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            raise KioskError(f"{path} is not a file; give the path of a catalogue.json.")
        with path.open("rb") as file:
            raw = file.read(MAX_BYTES + 1)
    except FileNotFoundError as error:
        raise KioskError(f"There is no file {path}.") from error
    except OSError as error:
        raise KioskError(f"{path} cannot be read ({error.strerror or error}).") from error
    if len(raw) > MAX_BYTES:
        raise KioskError(f"{path} is larger than {MAX_BYTES // (1024 * 1024)} MB: it is not a catalogue.")
    return raw


def _shown(text: str) -> str:
    """``text`` for a terminal: a control character an unsafe catalogue holds is not obeyed."""
    return _CONTROL.sub("\ufffd", text)


def cmd_check(context, args: argparse.Namespace) -> int:
    from kiosk.bundle import parse_bundle
    from kiosk.editing.checks import check_catalogue
    from kiosk.stats import local_day

    if args.catalogue is not None:
        from kiosk.context import utc_now

        raw = read_catalogue(args.catalogue)
        try:
            content = parse_bundle(raw).data
        except KioskError as error:
            if args.json:
                print(json.dumps({"catalogue": str(args.catalogue), "refused": str(error), "errors": 1,
                                  "warnings": 0, "counts": {}, "problems": []}, ensure_ascii=False))
                print(f"kiosk: {args.catalogue} is refused: {error}", file=sys.stderr)
                return 1
            raise KioskError(f"{args.catalogue} is refused: {error}") from error
        today = local_day(utc_now())
        name = str(args.catalogue)
    else:
        from kiosk.publish import export_content

        content = export_content(context.db)
        today = local_day(context.clock())
        name = None
    return report(check_catalogue(content, today), name, today, as_json=args.json)


def report(problems, name: str | None, today: dt.date, *, as_json: bool) -> int:
    """Print ``problems`` (text or one JSON object); the exit code: 1 when one is an error."""
    errors = [p for p in problems if p.is_error]
    counts = {severity: dict(sorted(Counter(p.check for p in problems if p.severity == severity).items()))
              for severity in ("error", "warning")}
    if as_json:
        print(json.dumps({
            "catalogue": name, "today": today.isoformat(), "errors": len(errors),
            "warnings": len(problems) - len(errors),
            "counts": {"errors": counts["error"], "warnings": counts["warning"]},
            "problems": [{"severity": p.severity, "kind": p.where[0], "slug": p.where[1], "field": p.where[2],
                          "lang": p.lang, "check": p.check, "message": p.message} for p in problems],
        }, ensure_ascii=False))
    else:
        for p in problems:
            lang = f" [{p.lang}]" if p.lang else ""
            print(_shown(f"{p.severity:7} {p.where[0]} {p.where[1]} {p.where[2]}{lang}: {p.message}"))
        print(f"{name or 'The catalogue in use'}: {len(errors)} errors, {len(problems) - len(errors)} warnings")
        for severity, label in (("error", "errors"), ("warning", "warnings")):
            if counts[severity]:
                print(f"  {label} by check: " + ", ".join(f"{check} {count}"
                                                            for check, count in counts[severity].items()))
    return 1 if errors else 0


def register(commands) -> None:
    check = commands.add_parser(
        "check", help="content checks (errors and warnings) of a catalogue file, or of the catalogue in use")
    check.add_argument("catalogue", nargs="?", type=Path, help="a catalogue.json (default: the catalogue in use)")
    check.add_argument("--json", action="store_true", help="one JSON object on stdout")
    check.set_defaults(handler=_dispatch, needs_context=False)


def _dispatch(_context, args: argparse.Namespace) -> int:
    """A file needs no kiosk database; the catalogue in use does."""
    if args.catalogue is not None:
        return cmd_check(None, args)
    from kiosk.context import open_context

    context = open_context()
    try:
        return cmd_check(context, args)
    finally:
        context.close()
