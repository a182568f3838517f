"""``kiosk keygen``, ``kiosk trust``, ``kiosk publish`` and ``kiosk sync`` (DESIGN.md 4.2).

The handlers import what they use (see kiosk/commands/__init__.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kiosk.bundle import DEFAULT_EXPIRES_IN_DAYS, MAX_EXPIRES_IN_DAYS
from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.settings import get_setting, set_setting


def cmd_keygen(_context: None, args: argparse.Namespace) -> int:
    from kiosk.signing import generate_key_pair, load_private_key, public_key_text

    private, public = generate_key_pair(args.out)
    key = public_key_text(load_private_key(private).public_key())
    print(f"Wrote {private} (keep it secret, never copy it to a kiosk) and {public}.")
    print(f"On every kiosk: kiosk trust add {key}")
    return 0


def cmd_trust(context: Context, args: argparse.Namespace) -> int:
    keys: list[str] = get_setting(context.db, "trusted_keys")
    if args.action == "list":
        if not keys:
            print("No publisher key is trusted yet; add one with `kiosk trust add KEY`.")
        for key in keys:
            print(key)
        return 0
    key = _key_argument(args.key)
    if args.action == "add":
        if key in keys:
            print(f"{key} was already trusted.")
        else:
            set_setting(context.db, "trusted_keys", [*keys, key])
            print(f"{key} is now trusted.")
        return 0
    if key not in keys:
        raise KioskError("That key is not trusted by this kiosk; `kiosk trust list` shows the ones that are.")
    set_setting(context.db, "trusted_keys", [k for k in keys if k != key])
    print(f"{key} is no longer trusted."
          + ("" if len(keys) > 1 else " No key is trusted now: every sync will be refused."))
    return 0


def _key_argument(text: str) -> str:
    """A public key given as its base64 text, or as the path of a publisher.pub file."""
    from kiosk.signing import canonical_key_text

    try:
        return canonical_key_text(text)
    except KioskError:
        path = Path(text)
        if not path.is_file():
            raise
    try:
        content = path.read_text(encoding="ascii", errors="replace")[:1000]
    except OSError as error:
        raise KioskError(f"{path} cannot be read ({error.strerror or error}).") from None
    return canonical_key_text(content)


def cmd_publish(context: Context, args: argparse.Namespace) -> int:
    from kiosk.publish import publish

    done = publish(context, args.key, args.out, expires_in_days=args.expires_in)
    print(f"Published catalogue version {done.version} to {done.catalogue} and {done.signature.name}.")
    print(f"  sha256   {done.sha256}")
    print(f"  expires  {done.expires_at.isoformat(timespec='seconds')}Z")
    return 0


def cmd_sync(context: Context, args: argparse.Namespace) -> int:
    from kiosk.sync import run_sync

    from kiosk.workshops import refresh

    result = run_sync(context, args.source)
    succeeded = result.outcome in ("applied", "unchanged")
    # The workshops calendar is read at every sync, whatever became of the catalogue: it is local
    # data from elsewhere, and its outcome never changes the sync's (kiosk/workshops.py).
    calendar = refresh(context)
    if args.json:
        answer = {"outcome": result.outcome, "version": result.version, "reason": result.reason}
        if calendar is not None:
            answer["workshops"] = {"outcome": calendar.outcome, "reason": calendar.reason}
        print(json.dumps(answer, ensure_ascii=False))
    elif succeeded:
        print(result.reason)
    if calendar is not None and not args.json:
        print(f"Workshops calendar: {calendar.reason}")
    if not succeeded:
        print(f"kiosk: {result.reason}", file=sys.stderr)
        return 1
    return 0


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = 0
    if not 1 <= days <= MAX_EXPIRES_IN_DAYS:
        raise argparse.ArgumentTypeError(f"give a number of days from 1 to {MAX_EXPIRES_IN_DAYS}")
    return days


def register(commands) -> None:
    keygen = commands.add_parser("keygen", help="make a new publisher key pair")
    keygen.add_argument("--out", type=Path, required=True, metavar="DIR",
                        help="folder for publisher.key and publisher.pub")
    keygen.set_defaults(handler=cmd_keygen, needs_context=False)

    trust = commands.add_parser("trust", help="the publisher keys this kiosk accepts")
    actions = trust.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="accept catalogues signed by KEY")
    add.add_argument("key", metavar="KEY", help="the one line of publisher.pub, or that file's path")
    remove = actions.add_parser("remove", help="stop accepting catalogues signed by KEY")
    remove.add_argument("key", metavar="KEY", help="the one line of publisher.pub, or that file's path")
    actions.add_parser("list", help="the trusted keys, one a line")
    trust.set_defaults(handler=cmd_trust)

    publish_ = commands.add_parser("publish", help="write the catalogue as a signed central catalogue")
    publish_.add_argument("--key", type=Path, required=True, metavar="FILE", help="the publisher.key file")
    publish_.add_argument("--out", type=Path, required=True, metavar="DIR",
                          help="folder for catalogue.json and catalogue.json.sig")
    publish_.add_argument("--expires-in", type=_days, default=DEFAULT_EXPIRES_IN_DAYS, metavar="DAYS",
                          help=f"days until kiosks treat it as outdated (default {DEFAULT_EXPIRES_IN_DAYS})")
    publish_.set_defaults(handler=cmd_publish)

    sync = commands.add_parser("sync", help="fetch, verify and apply the central catalogue")
    sync.add_argument("source", nargs="?", metavar="SOURCE",
                      help="path, file://, http:// or https:// address of catalogue.json "
                           "(default: the configured source)")
    sync.add_argument("--json", action="store_true", help="one JSON object on stdout")
    sync.set_defaults(handler=cmd_sync)
