"""The bundled fonts: registered at start, and every letter of every language drawn from them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kiosk.paths import resource, starter_catalogue
from ui.fonts import FAMILIES, FILES, kiosk_font, missing_letters, register_fonts
from ui.translations import LANGUAGES, build, qm_file

#: Real interface strings, with the scripts' harder letters: Pashto's ټ ډ ړ ښ ګ ڼ ې, Dari's
#: ZWNJ and hamza above, Persian digits, Ukrainian ї є ґ, Turkish ğ ı ş, dashes and ellipses.
SAMPLES = [
    ("HomeScreen", "Hello. What do you want to do?"),
    ("KioskWindow", "Need help?"),
    ("KioskWindow", "More languages"),
    ("LanguagePanel", "Choose your language"),
    ("ProcedureScreen", "Some of this text is not yet translated: it is shown in French."),
    ("ProcedureScreen", "Tick what you have. Tap the i button to see what a document is."),
    ("PartnerCard", "Closed now — opens tomorrow at {time}"),
    ("PrintPanel", "The printer is not available. The QR code still works, and a mediator can help."),
    ("AdminScreen", "Counts below 5 are shown as <5. The others are rounded to the nearest 5."),
    ("AdminScreen", "12 weeks"),
    ("PrintPanel", "Printing…"),
    ("SearchScreen", "Type a word, for example: health, CAF, passport"),
]
LANGUAGE_NAMES = {language["code"]: language["name"]
                  for language in json.loads(starter_catalogue().read_text(encoding="utf-8"))["languages"]}


def test_the_fonts_and_their_licence_are_in_the_assets():
    for name in FILES:
        assert resource("assets", "fonts", name).stat().st_size > 100_000, name
    licence = resource("assets", "fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence and "Google" in licence


def test_the_application_font_names_the_bundled_families(app):
    assert set(register_fonts()) == set(FAMILIES)
    assert QApplication.font().families() == list(FAMILIES)


def sample(lang: str) -> str:
    """The sample sentences in ``lang``, through its compiled translation, and its own name."""
    build()
    translator = QTranslator()
    app = QCoreApplication.instance()
    if lang != "en":
        assert translator.load(str(qm_file(lang))), lang
        app.installTranslator(translator)
    try:
        texts = [QCoreApplication.translate(context, source) for context, source in SAMPLES]
    finally:
        app.removeTranslator(translator)
    if lang != "en":  # each sentence really is translated
        assert not set(texts) & {source for _context, source in SAMPLES if source != "12 weeks"}, lang
    return "\n".join([LANGUAGE_NAMES[lang], *texts])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("weight", [QFont.Weight.Normal, QFont.Weight.Bold])
def test_every_letter_of_every_language_has_its_glyph(app, lang, weight):
    font = kiosk_font(pixel_size=22)
    font.setWeight(weight)
    text = sample(lang)
    assert missing_letters(text, font) == [], (lang, text)


def test_a_letter_no_bundled_font_has_is_found(app):
    """The check can fail: Cherokee and a private-use letter are in none of the bundled fonts."""
    font = kiosk_font(pixel_size=22)
    assert missing_letters("Привет \u13a0 ሰላም", font) == ["\u13a0"]
    assert missing_letters("سلام \ue000", font) == ["\ue000"]
    assert missing_letters("", font) == []
