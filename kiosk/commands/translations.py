"""``kiosk translations export --lang L --out DIR`` and ``kiosk translations import DIR``: the
catalogue's texts as gettext PO files for outside translators, and back (kiosk/translation_files.py)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kiosk.context import Context

# polib and the PO code are imported by the handlers only: no other command loads them.


def cmd_export(context: Context, args: argparse.Namespace) -> int:
    from kiosk.translation_files import export_po

    path, count = export_po(context.db, args.lang, args.out, context.clock())
    print(f"{path}: {count} texts.")
    return 0


def cmd_import(context: Context, args: argparse.Namespace) -> int:
    from kiosk.translation_files import import_po

    summary = import_po(context.db, args.folder, context.clock(), by=args.by)
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False))
        return 0
    for lang in summary.updated:
        print(f"{lang}: {summary.updated[lang]} texts changed, {summary.reviewed[lang]} marked reviewed.")
    return 0


def register(commands) -> None:
    translations = commands.add_parser(
        "translations", help="the catalogue's texts as gettext PO files for translators, and back")
    verbs = translations.add_subparsers(dest="verb", metavar="VERB", required=True)
    export = verbs.add_parser(
        "export", help="write DIR/<lang>.po: every text residents read, its French and its translation",
        description="Write the catalogue's texts in one language as DIR/<lang>.po for Poedit, Weblate or "
                    "Lokalize: the French as source, the translation, 'fuzzy' where no person reviewed it.")
    export.add_argument("--lang", required=True, metavar="L", help="the language code (ar, tr, uk, ps...)")
    export.add_argument("--out", required=True, type=Path, metavar="DIR", help="the folder to write to")
    export.set_defaults(handler=cmd_export)
    importing = verbs.add_parser(
        "import", help="bring translated PO files back into the editor's catalogue, all or nothing",
        description="Read every .po file of DIR, check each entry against the catalogue, and write the "
                    "translations into this PC's catalogue (publish it next). An entry without 'fuzzy' is "
                    "marked reviewed. Nothing is written if any file is refused.")
    importing.add_argument("folder", type=Path, metavar="DIR", help="the folder holding the .po files")
    importing.add_argument("--by", metavar="WHO",
                           help="who reviewed (initials or a role); default: the initials of the files' Last-Translator")
    importing.add_argument("--json", action="store_true", help="one JSON object on stdout")
    importing.set_defaults(handler=cmd_import)
