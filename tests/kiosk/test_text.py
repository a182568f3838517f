"""Texts per language: the French fallback, and French spacing kept on one line."""

from __future__ import annotations

import pytest

from kiosk.text import EXTERNAL_TEXT_CAP, NBSP, localize, plain_line


def test_a_missing_translation_falls_back_to_french_and_says_so():
    assert localize({"fr": "Bonjour", "ar": "مرحبا"}, "ar").text == "مرحبا"
    shown = localize({"fr": "Bonjour"}, "tr")
    assert (shown.text, shown.lang, shown.fallback) == ("Bonjour", "fr", True)
    assert localize(None, "uk").text == ""


def test_french_marks_never_start_a_line():
    text = localize({"fr": "Vérifiez : le RSA ; la C2S ? Oui ! « Mon compte »", "en": "Check: this"}, "fr").text
    assert text == f"Vérifiez{NBSP}: le RSA{NBSP}; la C2S{NBSP}? Oui{NBSP}! «{NBSP}Mon compte{NBSP}»"
    assert localize({"fr": "a : b"}, "ar").text == f"a{NBSP}: b"  # the French fallback too
    assert localize({"fr": "x", "en": "Note : kept as written"}, "en").text == "Note : kept as written"
    assert localize({"fr": "https://a.fr/x:y"}, "fr").text == "https://a.fr/x:y"


# --- text from outside: one plain, capped line (issue 13, item 5) ------------------------------


@pytest.mark.parametrize("raw, plain", [
    ("Service Unavailable", "Service Unavailable"),
    ("\x1b[2J\x1b]0;owned\x07Busy", "[2J]0;ownedBusy"),  # ESC and BEL gone: no terminal escape left
    ("\x9b31mred", "31mred"),  # the one-byte CSI (C1) too
    ("gpj.\u202eexe", "gpj.exe"),  # no bidi override
    ("a\u2066b\u2069c\u200fd", "abcd"),  # nor isolates and marks
    ("line one\r\nline two\tend", "line one  line two end"),
    ("bad \udcff byte", "bad  byte"),  # a lone surrogate from a lenient decoding
    ("Erreur réseau : délai dépassé", "Erreur réseau : délai dépassé"),
    ("خطأ في الشبكة", "خطأ في الشبكة"),
])
def test_plain_line_drops_control_and_format_characters(raw, plain):
    assert plain_line(raw) == plain


def test_plain_line_is_capped():
    assert plain_line("A" * 60_000) == "A" * (EXTERNAL_TEXT_CAP - 1) + "…"
    assert len(plain_line("\x1b" * 10_000 + "B" * 600, 100)) == 100
    assert plain_line("short", 100) == "short"
