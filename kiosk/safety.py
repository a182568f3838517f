"""What a catalogue may hold so that every kiosk can show it safely (issue 13, item 8).

One set of rules, used wherever a catalogue is validated: ``kiosk.bundle.parse_bundle`` (sync,
``kiosk publish``, the editor's import, ``kiosk check``) and the editor's checks
(``kiosk.editing.checks``), so that what the editor accepts a kiosk accepts too.

- **Invisible characters that move or hide text.** Bidi embeddings, overrides and isolates
  (U+202A-U+202E, U+2066-U+2069) can reverse a text on screen, in the QR code and on paper (an
  address read backwards, a phone number in another order). The kiosk places its own direction
  marks, so no catalogue text needs them. They are refused in every string, not only in the
  texts residents read: a web address or a partner's name is shown too. The single direction
  marks U+200E (LRM), U+200F (RLM) and U+061C (ALM) are kept: they only set the direction of
  the neutral characters next to them (a full stop after "CAF" in Arabic), cannot reorder a run
  of letters, and translators use them for that. Control characters (C0 but tab and line feed,
  DEL, C1) are refused too: screens and printers cannot show them, and a terminal reading
  ``kiosk check`` would obey an escape sequence.
- **Half characters.** JSON can write a lone surrogate (``"\\ud800"``); it is no character, and no
  UTF-8 text (the database, a QR code, a printed page) can hold it.
- **Numbers no field needs.** A number of more than ``MAX_NUMBER_DIGITS`` digits, ``NaN`` or
  ``Infinity`` (not JSON, though Python reads them), or one too large for a float: a catalogue
  holds versions and flags only, and Python refuses to read an integer of 4,300 digits or more
  with an error of its own.
- **Web addresses a QR code cannot hold.** Every web address may be shown as a QR code (the
  online service, a step's link, a partner's site); one too long for a QR code at the error
  correction the kiosk draws with (``QR_ERROR_CORRECTION``) blanks the code and fails every print.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

#: The error correction level of every QR code the kiosk draws (``ui.widgets.qr``): "M" recovers
#: about 15% of a code, enough for a screen seen through a phone's camera.
QR_ERROR_CORRECTION = "M"
#: Numbers of more digits than this are refused (the largest a catalogue holds is a version).
MAX_NUMBER_DIGITS = 20
#: The keys whose values are web addresses, wherever they are in a catalogue.
URL_KEYS = frozenset({"url", "online_service", "site_web"})

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


@dataclass(frozen=True)
class Unsafe:
    """A character no catalogue text may hold: its ``kind`` ("bidi", "control", "surrogate")."""

    kind: str
    character: str

    @property
    def code(self) -> str:
        """The character as U+XXXX, with its Unicode name when it has one."""
        name = unicodedata.name(self.character, "")
        return f"U+{ord(self.character):04X}" + (f" ({name})" if name else "")


#: In the UTF-8 bytes of a JSON file: an unsafe character as such, or an escape that may write one
#: (a surrogate pair escaping an emoji, or an escaped backslash before a "u", matches too:
#: ``strings`` then looks at every string). Each pattern starts with a literal byte, which the
#: regular expression engine finds quickly: a 50 MB catalogue is looked at in about 0.3 s.
_SUSPECT_IN_JSON = (
    re.compile(rb"\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]"),  # U+202A-U+202E, U+2066-U+2069
    re.compile(rb"\xc2[\x80-\x9f]"),                            # C1 controls
    re.compile(rb"\x7f"),                                       # DEL
    re.compile(rb"\\(?:[bfr]|u(?:00[01]|00[7-9]|202[a-eA-E]|206[6-9]|[dD][89a-fA-F]))"),  # escapes
)


def may_hold_unsafe(raw: bytes) -> bool:
    """Whether the JSON file ``raw`` (UTF-8) may hold a string with an unsafe character.

    A quick look at the whole file: when it says no, no string of the parsed data holds one
    (JSON writes C0 control characters only as escapes), so the strings need no walk.
    """
    return any(pattern.search(raw) for pattern in _SUSPECT_IN_JSON)


def unsafe_character(text: str) -> Unsafe | None:
    """The first character of ``text`` that no catalogue text may hold, or None."""
    found = _UNSAFE.search(text)
    if found is None:
        return None
    value = ord(found.group())
    kind = "surrogate" if 0xD800 <= value <= 0xDFFF else "bidi" if value >= 0x2000 else "control"
    return Unsafe(kind, found.group())


def strings(data: Any) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every string of ``data`` (object keys included) with its path, without recursion.

    A key is given with the path of its object plus the key itself.
    """
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            yield path, value
        elif isinstance(value, dict):
            for key, item in reversed(list(value.items())):
                yield path + (key,), key
                stack.append((path + (key,), item))
        elif isinstance(value, list):
            stack.extend((path + (index,), item) for index, item in reversed(list(enumerate(value))))


def web_addresses(data: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every web address of a catalogue that follows its schema, with its path.

    The values of ``URL_KEYS`` in the catalogue's items and in the objects of their lists (steps,
    links, sources): the only places the schema has web addresses.
    """
    for kind, items in data.items():
        if not isinstance(items, list):
            continue
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            for key, value in item.items():
                if key in URL_KEYS and isinstance(value, str):
                    yield (kind, index, key), value
                elif isinstance(value, list):
                    for number, child in enumerate(value):
                        if isinstance(child, dict):
                            yield from (((kind, index, key, number, name), url) for name, url in child.items()
                                        if name in URL_KEYS and isinstance(url, str))


# --- QR codes ------------------------------------------------------------------------------------


def qr_error_correction() -> int:
    """``QR_ERROR_CORRECTION`` as the ``qrcode`` package's constant."""
    from qrcode import constants

    return getattr(constants, f"ERROR_CORRECT_{QR_ERROR_CORRECTION}")


@cache
def qr_capacity() -> int:
    """How many bytes of UTF-8 the largest QR code (version 40) holds at the kiosk's level.

    Computed from the ``qrcode`` package's own tables: the data bits of version 40, less the mode
    indicator and the character count of one byte-mode segment.
    """
    from qrcode import util

    bits = util.BIT_LIMIT_TABLE[qr_error_correction()][40]
    return (bits - 4 - util.length_in_bits(util.MODE_8BIT_BYTE, 40)) // 8


def fits_qr(text: str) -> bool:
    """Whether ``text`` fits one QR code at the kiosk's error correction level.

    A text within ``qr_capacity`` bytes always fits as bytes; a longer one is asked of the
    ``qrcode`` package itself, as the kiosk draws it (digits and capitals take less room).
    """
    if len(text) * 4 <= qr_capacity():
        return True  # no character takes more than four bytes
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        return False
    if size <= qr_capacity():
        return True
    import qrcode
    from qrcode.exceptions import DataOverflowError

    code = qrcode.QRCode(error_correction=qr_error_correction())
    code.add_data(text)
    try:
        code.best_fit()
    except (DataOverflowError, ValueError):  # qrcode 8 says "Invalid version (was 41...)"
        return False
    return True


# --- numbers -------------------------------------------------------------------------------------


class BadNumber(ValueError):
    """A number a catalogue may not hold, as written in the file."""

    def __init__(self, literal: str) -> None:
        super().__init__(literal)
        self.literal = literal if len(literal) <= 40 else literal[:40] + "\u2026"


def _digits(literal: str) -> int:
    return sum(ch.isdigit() for ch in literal)


def _integer(literal: str) -> int:
    if _digits(literal) > MAX_NUMBER_DIGITS:
        raise BadNumber(literal)
    return int(literal)


def _decimal(literal: str) -> float:
    if _digits(literal) > MAX_NUMBER_DIGITS:
        raise BadNumber(literal)
    value = float(literal)
    if not math.isfinite(value):  # 1e999
        raise BadNumber(literal)
    return value


def _constant(name: str) -> Any:
    raise BadNumber(name)  # NaN, Infinity, -Infinity


def loads(text: str) -> Any:
    """``json.loads`` that refuses the numbers no catalogue holds.

    Raises:
        BadNumber: a number of more than ``MAX_NUMBER_DIGITS`` digits, not finite, NaN or Infinity.
        json.JSONDecodeError, RecursionError: as ``json.loads``.
    """
    return json.loads(text, parse_int=_integer, parse_float=_decimal, parse_constant=_constant)
