"""``kiosk import fiche|partners`` and ``kiosk export partners``: official open data in and out."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from typing import TYPE_CHECKING

from kiosk.context import Context
from kiosk.errors import KioskError

if TYPE_CHECKING:
    from kiosk.importers import ImportReport

# kiosk.importers is imported by the handlers only: every other command, ``kiosk run`` first,
# starts without loading the XML reader and its keyword tables.

_HEADINGS = {"created": "Created", "updated": "Updated", "flagged": "Flagged for review",
             "skipped": "Skipped"}


def _print_report(report: ImportReport, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
        return
    print(report.summary() + ".")
    for name, heading in _HEADINGS.items():
        entries = getattr(report, name)
        if entries:
            print(f"{heading}:")
        for entry in entries:
            slug = f" -> {entry.slug}" if entry.slug else ""
            print(f"  {entry.kind} {entry.source}{slug}: {entry.reason}")


def cmd_import_fiche(context: Context, args: argparse.Namespace) -> int:
    from kiosk.importers import import_fiches

    _print_report(import_fiches(context, args.path), args.json)
    return 0


def cmd_import_partners(context: Context, args: argparse.Namespace) -> int:
    from kiosk.importers import import_partners

    _print_report(import_partners(context, args.file), args.json)
    return 0


def cmd_export_partners(context: Context, args: argparse.Namespace) -> int:
    from kiosk.importers import export_partners

    text = json.dumps(export_partners(context), ensure_ascii=False, indent=1) + "\n"
    if args.out is None:
        sys.stdout.write(text)
        return 0
    _write(args.out, text.encode("utf-8"))
    return 0


def _write(path: Path, data: bytes) -> None:
    """``data`` as ``path``, through a temporary file renamed into place (never half a file)."""
    try:
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise KioskError(f"{path} cannot be written ({error.strerror or error}).") from None
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise KioskError(f"{path} cannot be written ({error.strerror or error}).") from None


def register(commands) -> None:
    importing = commands.add_parser("import", help="bring official open data into the catalogue")
    kinds = importing.add_subparsers(dest="kind", metavar="KIND", required=True)
    fiche = kinds.add_parser(
        "fiche", help="service-public.fr fiches (DILA XML) as draft procedures",
        description="Import service-public.fr fiches pratiques in DILA's XML format: new fiches "
                    "become drafts, never shown to residents until approved; a newer version of a "
                    "fiche already imported flags its procedure for review, its text untouched.")
    fiche.add_argument("path", type=Path, metavar="PATH",
                       help="one fiche (F1341.xml), a folder of fiches, or the dataset's zip")
    fiche.add_argument("--json", action="store_true", help="one JSON object on stdout")
    fiche.set_defaults(handler=cmd_import_fiche)
    partners = kinds.add_parser(
        "partners", help="data·inclusion structures and services as partners",
        description="Import data·inclusion structures and services (JSON, v1 or older field names).")
    partners.add_argument("file", type=Path, metavar="FILE", help="a data·inclusion JSON file")
    partners.add_argument("--json", action="store_true", help="one JSON object on stdout")
    partners.set_defaults(handler=cmd_import_partners)

    exporting = commands.add_parser("export", help="write catalogue data in an open format")
    what = exporting.add_subparsers(dest="kind", metavar="KIND", required=True)
    out = what.add_parser("partners", help="the partners as data·inclusion v1 JSON",
                          description="Write the partners as data·inclusion v1 records (structures, "
                                      "then services), valid against its published schemas.")
    out.add_argument("--out", type=Path, metavar="FILE", help="write to FILE (default: stdout)")
    out.set_defaults(handler=cmd_export_partners)
