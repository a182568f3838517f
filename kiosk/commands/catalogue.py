"""``kiosk run``, ``kiosk status`` and ``kiosk search``."""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from kiosk import __version__
from kiosk.catalogue import catalogue_status, languages, last_sync
from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.logs import start_logging
from kiosk.search import search
from kiosk.starts import last_start


def _iso(value) -> str:
    return value.isoformat(timespec="seconds") + "Z"


def cmd_status(context: Context, args: argparse.Namespace) -> int:
    status = catalogue_status(context.db, context.clock())
    attempt = last_sync(context.db)
    last = None if attempt is None else {
        "at": _iso(attempt.at), "source": attempt.source, "outcome": attempt.outcome,
        "reason": attempt.reason, "version": attempt.version,
    }
    start = last_start(context.home)
    started = None if start is None else {
        "at": _iso(start.at), "safe": start.safe, "recent_starts": start.recent_starts, "reason": start.reason(),
    }
    from kiosk.workshops import calendar_status

    calendar = calendar_status(context.home)
    workshops = None if calendar is None else {
        "read_at": _iso(calendar.read_at) if calendar.read_at else None, "source": calendar.source,
        "count": calendar.count, "last_attempt": {"at": _iso(calendar.attempt_at) if calendar.attempt_at else None,
                                                  "outcome": calendar.outcome, "reason": calendar.reason},
    }
    if args.json:
        catalogue = None if status is None else {
            "version": status.version, "sha256": status.sha256,
            "published_at": _iso(status.published_at), "expires_at": _iso(status.expires_at),
            "outdated": status.outdated, "source": status.source, "counts": status.counts,
        }
        print(json.dumps({"catalogue": catalogue, "last_sync": last, "last_start": started,
                          "workshops": workshops}, ensure_ascii=False))
        return 0
    if status is None:
        print("No catalogue is loaded.")
    else:
        counts = status.counts
        if status.outdated:
            print(f"OUTDATED: this catalogue expired on {_iso(status.expires_at)}. Residents are told to "
                  "check with the mediator. Sync, or ask the assistant to publish a new one.")
        print(f"Catalogue version {status.version}{' (outdated)' if status.outdated else ''}")
        print(f"  sha256     {status.sha256}")
        print(f"  published  {_iso(status.published_at)}")
        print(f"  expires    {_iso(status.expires_at)}")
        print(f"  source     {status.source}")
        print(f"  contents   {counts['procedures']} procedures, {counts['categories']} categories, "
              f"{counts['documents']} documents, {counts['partners']} partners, "
              f"{counts['languages']} languages")
    if last is None:
        print("Last sync: never")
    else:
        print(f"Last sync: {last['at']} from {last['source']}: {last['outcome']}")
        if last["reason"]:
            print(f"  {last['reason']}")
    if workshops is not None:
        print(f"Workshops calendar: last read {workshops['read_at'] or 'never'}, {calendar.count} kept; "
              f"last attempt {workshops['last_attempt']['at']}: {calendar.outcome}")
        if calendar.reason:
            print(f"  {calendar.reason}")
    if started is not None:
        print(f"Last start: {started['at']}: {'safe start' if start.safe else 'normal'}")
        if start.safe:
            print(f"  {started['reason']}")
    return 0


def cmd_search(context: Context, args: argparse.Namespace) -> int:
    offered = [language.code for language in languages(context.db)]
    if args.lang not in offered:
        raise KioskError(f"The catalogue has no language {args.lang!r}; it offers {', '.join(offered)}.")
    results = search(context.db, args.query, args.lang)
    if args.json:
        print(json.dumps({
            "query": args.query, "lang": args.lang,
            "results": [{"slug": r.slug, "title": r.title, "category": r.category} for r in results],
        }, ensure_ascii=False))
    elif not results:
        print("Nothing found.")
    else:
        for number, result in enumerate(results, start=1):
            print(f"{number:2}. {result.title}  [{result.category}]  ({result.slug})")
    return 0


def cmd_run(context: Context, args: argparse.Namespace) -> int:
    # The one place the core reaches the Qt front end: the entry point starts it.
    from ui.app import run_kiosk

    start_logging(context.home)
    logging.getLogger("kiosk").info("kiosk %s starting", __version__)

    return run_kiosk(context, windowed=args.windowed, exit_when_ready=args.exit_when_ready,
                     process_start=args.process_start)


def cmd_speech_helper(_context: None, args: argparse.Namespace) -> int:
    # The kiosk's read-aloud helper process (ui/speech_helper.py), for the frozen bundle.
    from ui.speech_helper import main

    return main(args.engine)


def cmd_screenshots(context: Context, args: argparse.Namespace) -> int:
    from ui.screenshots import ScreenSize, render_screenshots  # the entry point reaching the front end

    offered = [language.code for language in languages(context.db)]
    wanted = [code.strip() for code in args.lang.split(",") if code.strip()] if args.lang else offered
    unknown = [code for code in wanted if code not in offered]
    if unknown:
        raise KioskError(f"The catalogue has no language {unknown[0]!r}; it offers {', '.join(offered)}.")
    try:
        sizes = [ScreenSize.parse(text) for text in args.size] if args.size else None
    except ValueError as error:
        raise KioskError(str(error)) from error
    problems: list[str] | None = [] if args.check else None
    try:
        written = render_screenshots(context, args.out, wanted, sizes, problems=problems, desk=args.desk)
    except OSError as error:
        raise KioskError(f"Cannot write the screenshots to {args.out} ({error.strerror or error}).") from error
    print(f"{len(written)} screenshots in {args.out}")
    if problems:
        for problem in problems:
            print(problem)
        raise KioskError(f"{len(problems)} layout problems: see above.")
    return 0


def register(commands) -> None:
    run = commands.add_parser("run", help="start the kiosk (the default)")
    run.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    run.add_argument("--exit-when-ready", action="store_true",
                     help="print 'ready <ms>' once the home screen is painted, then exit")
    run.set_defaults(handler=cmd_run)

    # Not for people (no help line): the kiosk starts it for read aloud.
    helper = commands.add_parser("speech-helper")
    helper.add_argument("engine")
    helper.set_defaults(handler=cmd_speech_helper, needs_context=False)

    status = commands.add_parser("status", help="the catalogue in use and the last sync")
    status.add_argument("--json", action="store_true", help="one JSON object on stdout")
    status.set_defaults(handler=cmd_status)

    find = commands.add_parser("search", help="what a resident's search would show, best first")
    find.add_argument("query")
    find.add_argument("--lang", default="fr", help="language code (default fr)")
    find.add_argument("--json", action="store_true", help="one JSON object on stdout")
    find.set_defaults(handler=cmd_search)

    shots = commands.add_parser("screenshots", help="render every screen, in each language, to PNG files")
    shots.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    shots.add_argument("--lang", help="comma-separated language codes (default: all)")
    shots.add_argument("--size", action="append", metavar="WxH[@R]",
                       help="a screen size, repeatable (default 1920x1080); @2: device pixel ratio 2")
    shots.add_argument("--check", action="store_true",
                       help="also check every screen's layout; exit 1 if anything is cut, overlaps or leaves the screen")
    shots.add_argument("--desk", action="store_true",
                       help="a front desk's window (kiosk desk) of each size instead of a terminal's screen")
    shots.set_defaults(handler=cmd_screenshots)
