"""``kiosk editor``: the assistant's editor window (checklists, partners, announcements, publishing)."""

from __future__ import annotations

import argparse

from kiosk.context import Context


def cmd_editor(context: Context, args: argparse.Namespace) -> int:
    # The entry point reaching the Qt front end; kiosk/ itself never imports Qt.
    from ui.editor.app import run_editor

    return run_editor(context, lang=args.lang)


def register(commands) -> None:
    editor = commands.add_parser(
        "editor", help="the assistant's editor window",
        description="Edit procedures, partners, announcements and categories; check them as a "
                    "resident will see them; publish the next signed catalogue. Works on the "
                    "catalogue of this KIOSK_HOME.")
    editor.add_argument("--lang", choices=("fr", "en"), default="fr",
                        help="the language of the editor itself (default: fr; en for developers)")
    editor.set_defaults(handler=cmd_editor)
