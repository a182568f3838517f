"""Where the kiosk finds its own files and where it keeps its state.

One helper for each, so that the source tree and the frozen (PyInstaller) bundle work alike.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "kiosk"
#: A front desk's own folder when ``$KIOSK_HOME`` is not set (``kiosk desk``): its statistics,
#: settings and catalogue never mix with a terminal's or an editor's on the same account.
DESK_NAME = "kiosk-desk"


def resource_root() -> Path:
    """The folder holding ``data/``, ``migrations/`` and ``assets/``.

    In a PyInstaller bundle that is the unpacked bundle folder; otherwise the source checkout.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """A file shipped with the application, e.g. ``resource("data", "catalogue.json")``."""
    return resource_root().joinpath(*parts)


def starter_catalogue() -> Path:
    """The starter catalogue loaded into an empty kiosk."""
    return resource("data", "catalogue.json")


def catalogue_schema() -> Path:
    """The JSON Schema of the central catalogue file (DESIGN.md 4.3)."""
    return resource("data", "catalogue.schema.json")


def kiosk_home(name: str = APP_NAME) -> Path:
    """The folder holding all of this kiosk's state (DESIGN.md 4.1).

    ``$KIOSK_HOME`` when set, otherwise ``name`` (``APP_NAME``, or ``DESK_NAME`` for a front
    desk) in the platform's application-data folder.
    """
    env = os.environ.get("KIOSK_HOME")
    if env:
        return Path(env).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / name
