"""Parsing and validating catalogue files (DESIGN.md 4.3)."""

from __future__ import annotations

import hashlib
import json

import pytest

from kiosk.bundle import parse_bundle
from kiosk.errors import KioskError
from kiosk.paths import catalogue_schema, starter_catalogue
from tests.conftest import catalogue_bytes, mini_catalogue


def test_valid_catalogue_parses_with_its_hash():
    raw = catalogue_bytes(mini_catalogue())
    bundle = parse_bundle(raw)
    assert bundle.version == 1
    assert bundle.sha256 == hashlib.sha256(raw).hexdigest()
    assert bundle.expires_at.year == 2027


def test_starter_catalogue_follows_the_schema():
    bundle = parse_bundle(starter_catalogue().read_bytes())
    data = bundle.data
    assert list(data)[:5] == ["format", "format_version", "version", "published_at", "expires_at"]
    assert len(data["procedures"]) >= 20
    assert len({p["category"] for p in data["procedures"]}) >= 8
    assert len(data["documents"]) >= 25
    assert [lang["code"] for lang in data["languages"]] == ["fr", "en", "ar", "tr", "uk", "ru", "prs", "ps", "ti"]
    assert {lang["code"]: lang["direction"] for lang in data["languages"]}["prs"] == "rtl"


def test_schema_is_itself_valid():
    import jsonschema_rs

    jsonschema_rs.meta.validate(json.loads(catalogue_schema().read_text()))


def _refusal(raw: bytes) -> str:
    with pytest.raises(KioskError) as caught:
        parse_bundle(raw)
    return str(caught.value)


@pytest.mark.parametrize("raw, words", [
    (b"", "not valid JSON"),
    (b"{\"format\": ", "not valid JSON"),
    (b"\xff\xfe not utf8", "not UTF-8"),
    (b"[1, 2]", "not a kiosk catalogue"),
    (b"{\"format\": \"something-else\"}", "not a kiosk catalogue"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
])
def test_not_a_catalogue(raw: bytes, words: str):
    assert words in _refusal(raw)


def test_newer_format_version_asks_for_an_update():
    assert "Update the kiosk software" in _refusal(catalogue_bytes(mini_catalogue(format_version=2)))


def test_schema_failure_names_the_place():
    data = mini_catalogue()
    del data["procedures"][0]["title"]["fr"]
    message = _refusal(catalogue_bytes(data))
    assert "procedures/0/title" in message and '"fr" is a required property' in message


def test_overlong_string_is_refused():
    data = mini_catalogue()
    data["procedures"][0]["summary"]["fr"] = "x" * 5000
    assert "procedures/0/summary/fr" in _refusal(catalogue_bytes(data))


def test_unknown_field_is_refused():
    data = mini_catalogue()
    data["procedures"][0]["script"] = "<img src=x>"
    assert "procedures/0" in _refusal(catalogue_bytes(data))


def test_dangling_reference_is_refused():
    data = mini_catalogue()
    data["procedures"][0]["documents"].append({"document": "no-such-document"})
    assert "no-such-document" in _refusal(catalogue_bytes(data))


def test_duplicate_slug_is_refused():
    data = mini_catalogue()
    data["procedures"][1]["slug"] = data["procedures"][0]["slug"]
    assert "two procedures" in _refusal(catalogue_bytes(data))


def test_catalogue_without_french_is_refused():
    data = mini_catalogue(languages=[{"code": "en", "name": "English", "direction": "ltr"}])
    assert "French" in _refusal(catalogue_bytes(data))
