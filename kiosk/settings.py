"""Every setting of a kiosk, declared once: name, type, default and what it is for.

Values live in the local ``settings`` table and survive catalogue syncs. Read them with
``get_setting``; an undeclared name is a programming error, a stored value of the wrong type
(or one its check refuses) falls back to the default. ``set_setting`` refuses a bad value with
a ``KioskError`` saying what is expected.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from kiosk.database import Database, json_value
from kiosk.errors import KioskError


@dataclass(frozen=True)
class Declared:
    type: type
    default: Any
    description: str
    #: Raises KioskError (one sentence) for a value of the right type that is still not allowed.
    check: Callable[[Any], None] | None = None


def _in_range(low: int, high: int) -> Callable[[int], None]:
    def check(value: int) -> None:
        if not low <= value <= high:
            raise KioskError(f"Give a whole number from {low} to {high}.")
    return check


def _check_source(value: str) -> None:
    scheme = urlsplit(value.strip()).scheme.lower()
    # A one-letter "scheme" is a Windows drive (C:\share\catalogue.json).
    if len(scheme) > 1 and scheme not in ("file", "http", "https"):
        raise KioskError("The catalogue source must be a path, or a file://, http:// or https:// "
                         "address of catalogue.json.")


def _check_calendar(value: str) -> None:
    scheme = urlsplit(value.strip()).scheme.lower()
    if len(scheme) > 1 and scheme not in ("file", "http", "https"):
        raise KioskError("The workshops calendar must be a path, or a file://, http:// or https:// "
                         "address of an .ics file.")


def _check_keys(value: list) -> None:
    from kiosk.signing import canonical_key_text  # cryptography, loaded only when keys are used

    for key in value:
        if not isinstance(key, str) or canonical_key_text(key) != key:
            raise KioskError("Every trusted key must be a publisher public key as written by "
                             "`kiosk keygen` (one line of base64).")


def _check_languages(value: list) -> None:
    if any(not isinstance(code, str) or not code.isascii() or not code.isalpha() or not 2 <= len(code) <= 3
           or code != code.lower() for code in value):
        raise KioskError("Give language codes such as fr, en, ar, tr, uk.")


def _check_path(value: str) -> None:
    if len(value) > 1000 or any(ch in value for ch in "\n\r\t\0"):
        raise KioskError("Give the path of a folder or file on this computer, on one line.")


def _check_printer(value: str) -> None:
    if len(value) > 200 or any(ch in value for ch in "\n\r\t"):
        raise KioskError("Give a printer's name as the system lists it, or nothing for the default printer.")


SETTINGS: dict[str, Declared] = {
    "site": Declared(str, "roseraie",
                     "The neighbourhood this kiosk serves: its partners and announcements are shown."),
    "default_language": Declared(str, "fr",
                                 "The language of the home screen after start and after every idle reset."),
    "catalogue_source": Declared(
        str, "", "Where the central catalogue is fetched from: a path (a mounted network share), or a "
        "file://, http:// or https:// address of catalogue.json. Empty: no sync.", _check_source),
    "workshops_calendar": Declared(
        str, "", "The digital workshops' calendar, read at every sync: a path, or a file://, http:// or "
        "https:// address of an iCalendar (.ics) file, as the centre's calendar application exports it. "
        "Empty: no workshops shown.", _check_calendar),
    "sync_interval_minutes": Declared(
        int, 60, "How often the kiosk fetches the central catalogue in the background, in minutes.",
        _in_range(1, 7 * 24 * 60)),
    "sync_size_cap_mb": Declared(
        int, 50, "The largest catalogue file a sync downloads, in megabytes (MiB); a larger one is "
        "refused as soon as the limit is passed.", _in_range(1, 2048)),
    "idle_timeout_seconds": Declared(
        int, 90, "Seconds without a touch before the kiosk asks \"still there?\" and then clears "
        "everything for the next resident.", _in_range(30, 600)),
    "languages_offered": Declared(
        list, [], "The languages shown on the language bar, as codes; empty: every language of the "
        "catalogue.", _check_languages),
    "printer": Declared(
        str, "", "The printer for handouts, by its system name; empty: the system's default printer.",
        _check_printer),
    "handouts_per_session": Declared(
        int, 3, "How many handouts one resident may print before the idle reset (0: printing off); "
        "the QR code always works.", _in_range(0, 20)),
    "read_aloud": Declared(bool, True, "Whether the read-aloud button is offered (when a voice exists)."),
    "trusted_keys": Declared(
        list, [], "The publisher public keys whose catalogues this kiosk accepts (base64, as in "
        "publisher.pub); more than one while a key is being replaced.", _check_keys),
    "publish_folder": Declared(
        str, "", "The editor's publication folder: a mounted share, or the folder a web server serves "
        "to the kiosks; catalogue.json and its signature are written there.", _check_path),
    "publisher_key": Declared(
        str, "", "The editor's publisher key file (publisher.key, made by `kiosk keygen`), used to "
        "sign each publication. Keep it on the office PC only.", _check_path),
}


def get_setting(db: Database, name: str) -> Any:
    declared = SETTINGS[name]
    with db.read() as connection:
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (name,)).fetchone()
    if row is None:
        return copy.deepcopy(declared.default)  # a list default must not be shared
    value = json_value(row["value"])
    try:
        check_setting(name, value)
    except KioskError:
        return copy.deepcopy(declared.default)
    return value


def check_setting(name: str, value: Any) -> None:
    """Raise KioskError, saying what is expected, when ``value`` is not allowed for ``name``."""
    declared = SETTINGS[name]
    # bool is an int to isinstance, never to a person.
    if not isinstance(value, declared.type) or (declared.type is not bool and isinstance(value, bool)):
        kind = {str: "text", int: "a whole number", list: "a list", bool: "yes or no"}.get(
            declared.type, declared.type.__name__)
        raise KioskError(f"The setting {name} takes {kind}, not {value!r}.")
    if declared.check is not None:
        try:
            declared.check(value)
        except KioskError as error:
            raise KioskError(f"{value!r} is not allowed for the setting {name}. {error}") from None


def set_setting(db: Database, name: str, value: Any) -> None:
    """Store a setting's value.

    Raises:
        KioskError: the value is not of the setting's type or not allowed (nothing is stored).
    """
    set_settings(db, {name: value})


def set_settings(db: Database, values: dict[str, Any]) -> None:
    """Store several settings at once: all of them, or none when any is refused.

    Raises:
        KioskError: the first value refused, saying what is expected (nothing is stored).
    """
    for name, value in values.items():
        check_setting(name, value)
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(name, json.dumps(value)) for name, value in values.items()])
