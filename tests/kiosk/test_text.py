"""Texts per language: the French fallback, and French spacing kept on one line."""

from __future__ import annotations

from kiosk.text import NBSP, localize


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
