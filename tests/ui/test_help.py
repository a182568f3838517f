"""The help screen: who can sit with you and when, what they never ask, the way to all partners."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from kiosk.context import open_context
from tests.ui.partner_data import (  # noqa: F401 (fixtures)
    PARTNERS, card_text, clock, partners_context, write_catalogue,
)
from ui.screens.help import HelpScreen
from ui.services import Services


@pytest.fixture
def make_screen(show_screen):
    def make(context, lang: str = "en") -> HelpScreen:
        def build() -> HelpScreen:
            screen = HelpScreen(Services.from_context(context))
            screen.open(None, lang)
            return screen

        return show_screen(build, rtl=lang == "ar")

    return make


def slugs(screen: HelpScreen) -> list[str]:
    return [card.partner.slug for card in screen.cards()]


def test_the_mediator_first_then_partners_who_help_with_procedures(make_screen, partners_context):
    # Not CAF or CPAM (no help with procedures), not a partner of another site.
    assert slugs(make_screen(partners_context)) == ["maison-quartier-roseraie", "france-services"]


def test_when_the_mediator_is_there(make_screen, partners_context):
    card = make_screen(partners_context).cards()[0]
    assert card.hours_text() == card_text("Open now — closes at {time}", time="12:00")


def test_see_all_partners(make_screen, partners_context, qtbot):
    screen = make_screen(partners_context)
    button = screen.all_partners_button()
    assert button.height() >= 64 and button.accessibleName()
    with qtbot.waitSignal(screen.navigate) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == ["partners", None]


def test_passwords_are_never_asked(make_screen, partners_context):
    screen = make_screen(partners_context)
    promise = QCoreApplication.translate("HelpScreen", "You never have to give your passwords. You type them yourself.")
    assert promise in screen.spoken_text()
    assert any(label.text() == promise for label in screen.findChildren(QLabel))


def test_without_any_helper_it_says_to_ask_at_the_reception(make_screen, home, tmp_path):
    others = [p for p in PARTNERS if p["slug"] in ("caf", "cpam")]
    context = open_context(home, starter=write_catalogue(tmp_path / "none.json", others))
    try:
        screen = make_screen(context)
        assert screen.cards() == []
        ask = QCoreApplication.translate("HelpScreen", "Please ask at the reception.")
        assert any(label.text() == ask and label.isVisibleTo(screen) for label in screen.findChildren(QLabel))
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_text_is_large_and_fits(make_screen, partners_context, lang):
    screen = make_screen(partners_context, lang)
    assert screen.layoutDirection() == (Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)
    for label in screen.findChildren(QLabel):
        if label.isVisibleTo(screen) and label.text():
            assert label.font().pixelSize() >= 22, label.text()
            if label.wordWrap():
                assert label.heightForWidth(label.width()) <= label.height() + 1, label.text()
    assert not screen.grab().isNull()
