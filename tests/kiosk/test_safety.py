"""What no catalogue may hold (issue 13 item 8): refused by parse_bundle, by sync and by the editor's checks."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import qrcode

from kiosk.bundle import parse_bundle
from kiosk.editing import check_item
from kiosk.errors import KioskError
from kiosk.paths import catalogue_schema
from kiosk.safety import (MAX_NUMBER_DIGITS, URL_KEYS, fits_qr, may_hold_unsafe, qr_capacity, unsafe_character,
                          web_addresses)
from kiosk.sync import run_sync
from tests.conftest import catalogue_bytes, mini_catalogue
from tests.kiosk.conftest import assert_kept, in_use, write_signed

TODAY = dt.date(2026, 11, 25)
LANGUAGES = [("fr", "Français"), ("en", "English"), ("ar", "العربية")]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


def _refusal(raw: bytes) -> str:
    with pytest.raises(KioskError) as caught:
        parse_bundle(raw)
    message = str(caught.value)
    assert "\n" not in message and "\x1b" not in message
    return message


def _ascii(data: dict) -> bytes:
    """The catalogue as JSON with every non-ASCII character escaped, lone surrogates included."""
    return json.dumps(data, ensure_ascii=True).encode()


# --- invisible characters ------------------------------------------------------------------------


@pytest.mark.parametrize("character", BIDI)
def test_every_bidi_control_is_refused_in_resident_text(character):
    data = mini_catalogue()
    data["procedures"][0]["summary"]["ar"] = f"اتصل بـ {character}0241054600"
    message = _refusal(catalogue_bytes(data))
    assert "procedures/0/summary/ar" in message and f"U+{ord(character):04X}" in message


@pytest.mark.parametrize("place", [
    ("partners", 0, "name"),                   # a partner's name is shown too
    ("procedures", 0, "steps", 0, "url"),      # a web address shown under its QR code
    ("procedures", 0, "helper_notes", "fr"),   # the mediator reads these on screen
    ("announcements", 0, "text", "en"),
])
def test_bidi_controls_are_refused_in_every_string(place):
    data = mini_catalogue()
    data["procedures"][0]["helper_notes"] = {"fr": "Note."}
    target = data
    for part in place[:-1]:
        target = target[part]
    target[place[-1]] = "https://www.caf.fr/\u202emoc.live" if place[-1] == "url" else "CAF \u2067Angers\u2069"
    assert "/".join(map(str, place)) in _refusal(catalogue_bytes(data))


def test_a_bidi_control_in_a_key_is_refused():
    data = mini_catalogue()
    data["procedures"][0]["keywords"]["\u202efr"] = ["x"]
    assert "U+202E" in _refusal(catalogue_bytes(data))


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u061c"])
def test_single_direction_marks_are_kept(mark):
    """LRM, RLM and ALM only orient the neutral characters next to them: translators use them."""
    data = mini_catalogue()
    data["procedures"][0]["summary"]["ar"] = f"قدّم طلبك على موقع CAF{mark}."
    assert parse_bundle(catalogue_bytes(data)).data["procedures"][0]["summary"]["ar"].endswith(f"{mark}.")


@pytest.mark.parametrize("character, written", [
    *((character, "escaped") for character in ["\x1b", "\x00", "\x07", "\x08", "\x0c", "\x7f", "\x9b", "\r"]),
    ("\x7f", "as such"), ("\x9b", "as such"),  # JSON writes C0 control characters only as escapes
])
def test_control_characters_are_refused(character, written):
    data = mini_catalogue()
    data["partners"][0]["name"] = f"CAF{character}[2J"
    message = _refusal(_ascii(data) if written == "escaped" else catalogue_bytes(data))
    assert "partners/0/name" in message and "control character" in message


def test_every_web_address_of_the_schema_is_looked_at():
    """kiosk.safety.URL_KEYS names every property the schema makes a web address."""
    schema = json.loads(catalogue_schema().read_text())
    keys = {name for definition in schema["$defs"].values() for name, value in definition.get("properties", {}).items()
            if value.get("$ref") == "#/$defs/url"}
    assert keys == set(URL_KEYS)
    data = mini_catalogue()
    data["partners"][0]["site_web"] = "https://www.caf.fr"
    data["procedures"][0]["online_service"] = "https://www.ameli.fr/assure"
    data["procedures"][0]["links"] = [{"label": {"fr": "Lien"}, "url": "https://www.ameli.fr/lien"}]
    found = {path: url for path, url in web_addresses(data)}
    assert found[("partners", 0, "site_web")] == "https://www.caf.fr"
    assert found[("procedures", 0, "online_service")] == "https://www.ameli.fr/assure"
    assert found[("procedures", 0, "links", 0, "url")] == "https://www.ameli.fr/lien"
    assert found[("procedures", 0, "steps", 0, "url")] == "https://www.ameli.fr"
    assert ("procedures", 0, "sources", 0, "url") in found


@pytest.mark.parametrize("text, suspect", [
    ("Texte ordinaire, « guillemets », l’apostrophe… et un espace\u00a0insécable.", False),
    ("\u202e", True), ("\u2067", True), ("\x85", True), ("\x7f", True),
])
def test_the_quick_look_at_the_file_finds_every_unsafe_character(text, suspect):
    for raw in (json.dumps([text], ensure_ascii=False).encode(), json.dumps([text]).encode()):
        assert may_hold_unsafe(raw) is suspect


def test_line_feeds_and_tabs_stay_allowed():
    data = mini_catalogue()
    data["procedures"][0]["summary"]["fr"] = "Première ligne.\nSeconde ligne :\tla suite."
    parse_bundle(catalogue_bytes(data))


# --- lone surrogates -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["\ud800", "abc\udfff", "\udc00\ud800", "😀\ud83d"])
def test_a_lone_surrogate_is_refused(text):
    data = mini_catalogue()
    data["procedures"][1]["title"]["en"] = text
    message = _refusal(_ascii(data))
    assert "procedures/1/title/en" in message and "half of a character" in message


def test_a_whole_surrogate_pair_is_a_character():
    data = mini_catalogue()
    data["procedures"][1]["title"]["en"] = "ID card \U0001F4C7"
    raw = _ascii(data)
    assert b"\\ud83d\\udcc7" in raw
    assert parse_bundle(raw).data["procedures"][1]["title"]["en"].endswith("\U0001F4C7")


# --- numbers -------------------------------------------------------------------------------------


@pytest.mark.parametrize("number", [
    b"1" + b"0" * MAX_NUMBER_DIGITS,      # 21 digits
    b"9" * 5000,                          # Python itself refuses to read it (ValueError, not ours)
    b"-" + b"1" * 30,
    b"1." + b"0" * 30,
    b"1e999",                             # infinite as a float
    b"-1e400",
    b"NaN", b"Infinity", b"-Infinity",    # not JSON, though Python reads them
])
def test_numbers_no_catalogue_needs_are_refused(number):
    raw = catalogue_bytes(mini_catalogue()).replace(b'"version": 1', b'"version": ' + number, 1)
    assert number in raw
    assert "no field of a catalogue needs a number" in _refusal(raw)


def test_a_long_number_anywhere_is_refused_before_the_schema():
    raw = catalogue_bytes(mini_catalogue()).replace(b'"optional"', b'"x"', 1)
    raw = raw.replace(b'"format_version": 1,', b'"format_version": 1, "extra": [' + b"7" * 25 + b"],", 1)
    assert "7" * 25 in _refusal(raw)


def test_twenty_digits_are_read():
    raw = catalogue_bytes(mini_catalogue()).replace(b'"version": 1', b'"version": ' + b"1" * 20, 1)
    assert "schema" in _refusal(raw)  # read, then refused by the schema's maximum, not by the digits


# --- web addresses and QR codes -----------------------------------------------------------------


def test_the_qr_capacity_comes_from_the_qrcode_package():
    """At the largest version and level M, the library fits exactly qr_capacity() bytes."""
    limit = qr_capacity()
    for size, fits in ((limit, True), (limit + 1, False)):
        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
        code.add_data(b"\xc3\xa9" * (size // 2) + b"x" * (size % 2))
        try:
            code.make(fit=True)
            made = True
        except (qrcode.exceptions.DataOverflowError, ValueError):
            made = False
        assert made is fits
        assert fits_qr("é" * (size // 2) + "x" * (size % 2)) is fits


def test_a_long_address_in_capitals_still_fits_when_the_library_says_so():
    """Digits and capitals take less room than bytes: the library decides, not a byte count."""
    address = "https://x.fr/" + "A" * (qr_capacity() + 200)
    assert fits_qr(address)


@pytest.mark.parametrize("place", [
    ("procedures", 0, "online_service"),
    ("procedures", 0, "steps", 0, "url"),
    ("procedures", 0, "sources", 0, "url"),
    ("partners", 0, "site_web"),
])
def test_a_web_address_too_long_for_a_qr_code_is_refused(place):
    data = mini_catalogue()
    target = data
    for part in place[:-1]:
        target = target[part]
    # 1,900 characters (the schema allows 2,000) of two bytes each: 3,800 bytes
    target[place[-1]] = "https://www.caf.fr/" + "é" * 1900
    message = _refusal(catalogue_bytes(data))
    assert "/".join(map(str, place)) in message and f"at most {qr_capacity()}" in message


def test_an_address_that_fits_is_accepted():
    data = mini_catalogue()
    data["procedures"][0]["online_service"] = "https://www.caf.fr/" + "a" * 1900
    parse_bundle(catalogue_bytes(data))


# --- the same rules reach a kiosk's sync and the editor -----------------------------------------


def test_sync_refuses_a_signed_catalogue_with_a_bidi_override(trusting, publisher, tmp_path):
    data = mini_catalogue(version=2)
    data["partners"][0]["telephone"] = "\u202e00 64 50 14 20"
    path = write_signed(tmp_path / "share", data, publisher)
    before = in_use(trusting)
    result = run_sync(trusting, str(path))
    assert_kept(trusting, before, result, "refused", "U+202E")


def test_sync_refuses_a_signed_catalogue_with_a_huge_number(trusting, publisher, tmp_path):
    raw = catalogue_bytes(mini_catalogue(version=2)).replace(b'"version": 2', b'"version": ' + b"2" * 5000)
    path = write_signed(tmp_path / "share", raw, publisher)
    before = in_use(trusting)
    result = run_sync(trusting, str(path))
    assert_kept(trusting, before, result, "refused", "no field of a catalogue needs a number")


@pytest.mark.parametrize("field, value, lang, where", [
    ("summary", {"fr": "Appelez le \u202e0241", "ar": "x"}, "fr", "summary"),
    ("summary", {"fr": "Texte.", "ar": "اتصل \u2066CAF\u2069"}, "ar", "summary"),
    ("online_service", "https://www.caf.fr/" + "é" * 1900, None, "online_service"),
    ("title", {"fr": "Carte\x1b[31m"}, "fr", "title"),
])
def test_the_editor_says_so_on_the_field(field, value, lang, where):
    item = mini_catalogue()["procedures"][1]
    item[field] = value
    problems = [p for p in check_item("procedure", item, LANGUAGES, TODAY)
                if p.check in ("unsafe-character", "qr-too-long")]
    assert [(p.severity, p.where[2], p.lang) for p in problems] == [("error", where, lang)]


def test_unsafe_character_kinds():
    assert unsafe_character("ok \u200f.") is None
    assert unsafe_character("a\u202eb").kind == "bidi"
    assert unsafe_character("a\ud800").kind == "surrogate"
    assert unsafe_character("a\x1bb").kind == "control"
    assert unsafe_character("a\x1bb").code == "U+001B"
    assert unsafe_character("\u2066").code == "U+2066 (LEFT-TO-RIGHT ISOLATE)"
