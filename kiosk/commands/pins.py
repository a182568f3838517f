"""``kiosk pin set mediator|admin``: set a PIN from the terminal (the first one, or a forgotten one)."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.pins import Role, set_pin


def _read_pin(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()


def cmd_pin_set(context: Context, args: argparse.Namespace) -> int:
    role = Role(args.role)
    pin = _read_pin(f"New {role.value} PIN: ")
    if sys.stdin.isatty() and getpass.getpass("Once more: ") != pin:
        raise KioskError("The two PINs differ; nothing was changed.")
    set_pin(context.db, role, pin)
    print(f"The {role.value} PIN is set.")
    return 0


def register(commands) -> None:
    pin = commands.add_parser("pin", help="the PINs of the mediator and admin modes")
    actions = pin.add_subparsers(dest="action", metavar="ACTION", required=True)
    set_ = actions.add_parser("set", help="set a PIN, read from the terminal (or one line of stdin)")
    set_.add_argument("role", choices=[role.value for role in Role])
    set_.set_defaults(handler=cmd_pin_set)
