"""Nine languages: the bar and its "more languages" panel, mirroring, French fallback, voices."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk.paths import starter_catalogue
from tests.ui.test_accessibility import open_and_settle
from ui.widgets.fallback_note import FallbackNote

CATALOGUE_LANGUAGES = json.loads(starter_catalogue().read_text(encoding="utf-8"))["languages"]
NAMES = {language["code"]: language["name"] for language in CATALOGUE_LANGUAGES}


def bar_buttons(window) -> dict[str, QPushButton]:
    """The language buttons a resident sees on the bar, by code."""
    return {button.property("lang"): button for button in window.findChildren(QPushButton)
            if button.property("lang") and button.isVisible() and button.objectName() != "LanguageOption"}


def more_button(window) -> QPushButton:
    return window.findChild(QPushButton, "MoreLanguages")


def test_the_bar_keeps_five_languages_one_tap_away_and_the_others_behind_more(window):
    assert list(bar_buttons(window)) == ["fr", "en", "ar", "tr", "uk"]
    assert more_button(window).isVisible() and more_button(window).text() == "Autres langues"
    assert not window.language_panel().isVisible()


def test_the_panel_lists_the_nine_in_their_own_script_and_switches(window, qtbot):
    more_button(window).click()
    panel = window.language_panel()
    assert panel.isVisible() and panel.geometry() == window.rect()
    assert {code: button.text() for code, button in panel.buttons().items()} == NAMES
    assert [code for code, button in panel.buttons().items() if button.isChecked()] == ["fr"]
    assert all(button.height() >= 64 for button in panel.buttons().values())
    panel.buttons()["prs"].click()
    assert not panel.isVisible()
    assert window.lang == "prs"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The chosen language shows on the bar, checked, beside the five.
    shown = bar_buttons(window)
    assert list(shown) == ["fr", "en", "ar", "tr", "uk", "prs"] and shown["prs"].isChecked()
    assert more_button(window).text() == "زبان‌های دیگر"
    window.set_language("ti")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert list(bar_buttons(window)) == ["fr", "en", "ar", "tr", "uk", "ti"]


def test_the_idle_reset_closes_the_panel_and_goes_back_to_the_default_language(window):
    window.set_language("ps")
    window.open_languages()
    window.reset_session()
    assert not window.language_panel().isVisible()
    assert window.lang == "fr" and list(bar_buttons(window)) == ["fr", "en", "ar", "tr", "uk"]


@pytest.fixture
def untranslated(tmp_path, monkeypatch):
    """The starter catalogue without its texts in the four newest languages."""
    data = json.loads(starter_catalogue().read_text(encoding="utf-8"))

    def strip(value):
        if isinstance(value, dict):
            for lang in ("ru", "prs", "ps", "ti"):
                if isinstance(value.get("fr"), str):
                    value.pop(lang, None)
            for item in value.values():
                strip(item)
        elif isinstance(value, list):
            for item in value:
                strip(item)

    strip(data)
    data.pop("reviews", None)
    path = tmp_path / "untranslated.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr("kiosk.context.starter_catalogue", lambda: path)


@pytest.mark.parametrize("lang", ["ru", "prs", "ps", "ti"])
def test_home_and_a_life_event_say_their_texts_are_shown_in_french(untranslated, window, qtbot, lang):
    """A catalogue without texts in a language: French stands in, and the screens say so in the
    resident's language (DESIGN.md section 3)."""
    window.set_language(lang)
    for screen, argument in (("home", None), ("category", "health")):
        open_and_settle(window, qtbot, screen, argument)
        note = window.current_screen().findChild(FallbackNote)
        assert note is not None and note.isVisible(), screen
        assert note.text() != "Some texts are not translated yet: they are shown in French."
        assert note.text() in window.current_screen().spoken_text()


@pytest.mark.parametrize("lang", ["fr", "ar", "ru", "prs", "ps", "ti"])
def test_no_note_where_every_text_is_translated(window, qtbot, lang):
    window.set_language(lang)
    for screen, argument in (("home", None), ("category", "health")):
        open_and_settle(window, qtbot, screen, argument)
        note = window.current_screen().findChild(FallbackNote)
        assert note is not None and not note.isVisible(), screen


@pytest.fixture
def engine_voices(monkeypatch):
    """An engine with espeak-ng's voices for these languages: Russian, Persian, Amharic, and the
    "C" voice speech-dispatcher lists; none for Pashto or Tigrinya."""
    monkeypatch.setattr(QTextToSpeech, "availableLocales", lambda self: [
        QLocale("fr_FR"), QLocale("ru_RU"), QLocale("fa_IR"), QLocale("am_ET"), QLocale.c()])


@pytest.mark.parametrize("lang, speaks", [("ru", True), ("prs", True), ("ps", False), ("ti", False)])
def test_read_aloud_is_offered_only_where_the_engine_has_a_voice(window, engine_voices, lang, speaks):
    """Dari is read with the Persian voice (Qt knows Dari as fa_AF); Pashto and Tigrinya have no
    voice, and the engine's "C" voice or the Amharic one never stands in for them."""
    assert window.speech.can_speak(lang) is speaks
    window.set_language(lang)
    listen = [button for button in window.findChildren(QPushButton) if button.accessibleName() in
              ("Listen", "Слушать", "بشنوید", "واورئ", "ስምዑ")]
    assert len(listen) == 1 and listen[0].isVisible() is speaks
