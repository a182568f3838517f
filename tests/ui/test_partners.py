"""The partners screen: cards, "open now" from the injected clock, theme filter, right-to-left."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from kiosk.catalogue import PartnerView
from kiosk.text import Localized
from tests.conftest import NOW
from tests.ui.partner_data import STAFF_NOTE, card_text, clock, partners_context  # noqa: F401 (fixtures)
from ui.screens.partners import PartnersScreen, theme_of
from ui.services import Services
from ui.widgets.labels import PlainLabel
from ui.widgets.partner_card import RLM, PartnerCard


@pytest.fixture
def make_screen(show_screen, partners_context):
    """Builds the screen at the kiosk's screen area, shown, in a language and direction."""

    def make(lang: str = "en", argument=None) -> PartnersScreen:
        def build() -> PartnersScreen:
            screen = PartnersScreen(Services.from_context(partners_context))
            screen.open(argument, lang)
            return screen

        return show_screen(build, rtl=lang == "ar")

    return make


def names(cards) -> list[str]:
    return [card.partner.name for card in cards]


def test_one_card_per_partner_of_the_site_by_name(make_screen):
    screen = make_screen()
    assert names(screen.cards()) == ["CAF", "CPAM", "France Services", "Maison de quartier de La Roseraie"]


def test_open_now_closes_at_noon(make_screen):
    card = make_screen().card("maison-quartier-roseraie")  # Wednesday 11:00 in Angers
    assert card.hours_kind() == "HoursOpen"
    assert card.hours_text() == card_text("Open now — closes at {time}", time="12:00")
    assert card.today_text() == card_text("Today: {hours}", hours="09:00\u201312:00, 14:00\u201317:00")


def test_closed_at_lunch_opens_at_two(make_screen, clock):
    clock.now = dt.datetime(2026, 11, 25, 12, 30)  # 13:30 in Angers
    card = make_screen().card("maison-quartier-roseraie")
    assert card.hours_kind() == "HoursClosed"
    assert card.hours_text() == card_text("Closed now — opens at {time}", time="14:00")


def test_closed_on_friday_evening_opens_on_monday(make_screen, clock):
    clock.now = dt.datetime(2026, 11, 27, 17, 0)  # Friday 18:00 in Angers
    card = make_screen("en").card("maison-quartier-roseraie")
    assert card.hours_text() == card_text("Closed now — opens {day} at {time}", day="Monday", time="09:00")


def test_the_day_is_named_in_the_screen_s_language(make_screen, clock):
    card = make_screen("fr").card("france-services")  # open on Tuesdays only
    assert card.hours_text() == card_text("Closed now — opens {day} at {time}", day="mardi", time="09:00")


@pytest.mark.parametrize("hours, sentence, values", [
    ("Th 09:00-12:00", "Closed now — opens tomorrow at {time}", {"time": "09:00"}),
    ("Dec 07 09:00-12:00", "Closed now — opens on {date} at {time}", {"date": "7 December", "time": "09:00"}),
    ("Mo-Fr 08:00-24:00", "Open now — closes at {time}", {"time": "24:00"}),
    ("24/7", "Open now", {}),
    ("off", "Closed now", {}),
    ("Mo-Fr 09:00-12:00 unknown", "We do not know if it is open now", {}),
])
def test_every_kind_of_hours_line(app, qtbot, hours, sentence, values):
    partner = PartnerView(slug="p", name="P", description=Localized("", "en"), address="", telephone="",
                          email="", website="", opening_hours=hours, opening_hours_text="", themes=(), to_check=())
    card = PartnerCard(partner, "en", NOW)  # Wednesday 11:00 in Angers
    qtbot.addWidget(card)
    assert card.hours_text() == card_text(sentence, **values)


def test_the_line_follows_the_clock(make_screen, clock):
    screen = make_screen()
    card = screen.card("maison-quartier-roseraie")
    assert card.hours_kind() == "HoursOpen"
    clock.now = dt.datetime(2026, 11, 25, 11, 30)  # 12:30 in Angers
    screen.refresh_hours()
    assert card.hours_kind() == "HoursClosed"
    assert card.hours_text() == card_text("Closed now — opens at {time}", time="14:00")


def test_hours_that_do_not_parse_are_shown_as_published(make_screen):
    card = make_screen().card("caf")
    assert card.hours_kind() == "HoursText"
    assert card.hours_text() == "Le lundi de 9 h à 12 h"
    assert card.today_text() == ""


def test_a_partner_without_hours_says_they_are_not_known(make_screen):
    card = make_screen().card("cpam")
    assert card.hours_text() == card_text("Opening hours not known")


def test_details_being_checked_are_said_without_the_staff_note(make_screen):
    screen = make_screen()
    assert screen.card("maison-quartier-roseraie").shows_check_note()
    assert not screen.card("caf").shows_check_note()
    shown = [label.text() for label in screen.findChildren(QLabel)]
    assert not any(STAFF_NOTE in text for text in shown)


def test_address_and_phone_are_plain_text(make_screen):
    card = make_screen().card("maison-quartier-roseraie")
    texts = [label.text() for label in card.findChildren(PlainLabel)]
    assert "1 bis rue Bergson, 49000 Angers" in texts and "02 41 00 00 00" in texts
    for label in card.findChildren(PlainLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert not label.openExternalLinks()


def test_themes_are_grouped_by_their_prefix():
    assert theme_of("numerique--acceder-a-du-materiel") == "digital"
    assert theme_of("acces-aux-droits-et-citoyennete--connaitre-ses-droits") == "papers"
    assert theme_of("difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits") == "papers"
    assert theme_of("trouver-un-emploi--repondre-a-des-offres-demploi") == "work"
    assert theme_of("something-new--else") == "other"


def test_filter_by_theme(make_screen, qtbot):
    screen = make_screen()
    buttons = {button.property("theme"): button for button in screen.filter_buttons()}
    assert list(buttons) == ["all", "papers", "digital", "family", "health", "people"]
    qtbot.mouseClick(buttons["health"], Qt.MouseButton.LeftButton)
    assert names(screen.visible_cards()) == ["CPAM"]
    assert buttons["health"].isChecked() and not buttons["all"].isChecked()
    qtbot.mouseClick(buttons["digital"], Qt.MouseButton.LeftButton)
    assert names(screen.visible_cards()) == ["Maison de quartier de La Roseraie"]
    qtbot.mouseClick(buttons["all"], Qt.MouseButton.LeftButton)
    assert len(screen.visible_cards()) == 4


def test_filter_buttons_are_big_and_named(make_screen):
    for button in make_screen().filter_buttons():
        assert button.height() >= 64
        assert button.accessibleName() == button.label_text() != ""


def test_opening_on_a_partner_outlines_it_and_brings_it_into_view(make_screen, qtbot):
    screen = make_screen(argument="maison-quartier-roseraie")
    card = screen.card("maison-quartier-roseraie")
    assert card.property("highlighted") is True
    assert [c.property("highlighted") for c in screen.cards()].count(True) == 1
    qtbot.waitUntil(lambda: not card.visibleRegion().isEmpty())


def test_opening_again_shows_every_theme(make_screen, qtbot):
    screen = make_screen()
    screen.show_theme("health")
    screen.open(None, "en")
    assert len(screen.visible_cards()) == 4


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_text_is_large_and_fits(make_screen, lang):
    screen = make_screen(lang)
    for label in screen.findChildren(QLabel):
        if label.isVisibleTo(screen) and label.text():
            assert label.font().pixelSize() >= 22, label.text()
            if label.wordWrap():
                assert label.heightForWidth(label.width()) <= label.height() + 1, label.text()


def test_arabic_mirrors_and_keeps_sentences_in_order(make_screen):
    screen = make_screen("ar")
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    card = screen.card("maison-quartier-roseraie")
    descriptions = [label.text() for label in card.findChildren(PlainLabel) if "وسيط" in label.text()]
    # An Arabic sentence that starts with "CAF" still reads right to left.
    assert descriptions == [RLM + "CAF و ameli: يساعدك وسيط رقمي."]
    names_ = [label for label in card.findChildren(PlainLabel) if label.text() == "Maison de quartier de La Roseraie"]
    assert names_ and names_[0].alignment() & Qt.AlignmentFlag.AlignRight
    assert not screen.grab().isNull()


def test_a_french_fallback_is_announced(make_screen):
    screen = make_screen("ar")  # CAF, France Services have no Arabic description
    notes = [label for label in screen.findChildren(PlainLabel) if label.objectName() == "FallbackNote"]
    assert notes and notes[0].isVisibleTo(screen)
    expected = QCoreApplication.translate("PartnersScreen", "Some texts are not translated yet: they are shown in French.")
    assert notes[0].text().removeprefix(RLM) == expected


def test_spoken_text_names_partners_and_their_hours(make_screen):
    spoken = make_screen().spoken_text()
    assert "CPAM" in spoken and card_text("Open now — closes at {time}", time="12:00") in spoken
