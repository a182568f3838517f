"""Digital help near here: the places with what they offer and "open now", the workshops with QR codes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from kiosk.context import open_context
from kiosk.settings import set_setting
from kiosk.workshops import refresh
from tests.ui.partner_data import (  # noqa: F401 (fixtures)
    PARTNERS, Clock, card_text, write_catalogue,
)
from ui.screens.digital import DigitalScreen
from ui.services import Services
from ui.widgets.partner_card import IconLine

FIXTURE = Path(__file__).parent.parent / "fixtures" / "workshops" / "roseraie.ics"
#: Thursday 3 December 2026, 09:00 in Paris: the fixture's CV workshop on Saturday 5 and the
#: moved Tuesday workshop on Wednesday 16 are within 14 days.
THURSDAY = dt.datetime(2026, 12, 3, 8, 0)

HIDDEN = {"slug": "sans-contact", "name": "Sans contact", "sites": ["roseraie"],
          "thematiques": ["numerique--acceder-a-du-materiel"]}
COMPUTERS = {"slug": "mediatheque", "name": "Médiathèque", "adresse": "1 rue Exemple", "commune": "Angers",
             "sites": ["roseraie"], "horaires_accueil": "Th 10:00-18:00",
             "thematiques": ["numerique--acceder-a-du-materiel", "numerique--acceder-a-une-connexion-internet",
                             "numerique--prendre-en-main-un-ordinateur"]}


@pytest.fixture
def digital_context(home, tmp_path):
    clock = Clock(THURSDAY)
    context = open_context(home, clock=clock, starter=write_catalogue(
        tmp_path / "partners.json", [*PARTNERS, HIDDEN, COMPUTERS]))
    yield context
    context.close()


@pytest.fixture
def make_screen(show_screen):
    def make(context, lang: str = "en") -> DigitalScreen:
        def build() -> DigitalScreen:
            screen = DigitalScreen(Services.from_context(context))
            screen.open(None, lang)
            return screen

        return show_screen(build, rtl=lang == "ar")

    return make


def with_calendar(context) -> None:
    set_setting(context.db, "workshops_calendar", str(FIXTURE))
    assert refresh(context).outcome == "read"


def test_places_with_a_digital_code_and_what_they_offer(make_screen, digital_context):
    screen = make_screen(digital_context)
    # Not CAF or CPAM (nothing digital), not a partner of another site, not one residents cannot reach.
    assert [card.partner.slug for card in screen.cards()] == ["maison-quartier-roseraie", "mediatheque"]
    offers = [[line.property("offer") for line in card.parent().findChildren(IconLine) if line.property("offer")]
              for card in screen.cards()]
    assert offers == [["procedures"], ["computer", "internet", "learn"]]


def test_places_say_whether_they_are_open_now(make_screen, digital_context):
    mediator, library = make_screen(digital_context).cards()  # Thursday, 09:00 in Angers
    assert mediator.hours_text() == card_text("Open now — closes at {time}", time="12:00")
    assert library.hours_text() == card_text("Closed now — opens at {time}", time="10:00")


def test_the_next_14_days_of_workshops_with_their_place(make_screen, digital_context):
    with_calendar(digital_context)
    rows = make_screen(digital_context).workshop_rows()
    assert [(row.workshop.start.day, row.workshop.start.hour, row.workshop.location) for row in rows] == [
        (5, 10, "Maison de quartier de la Roseraie"), (16, 10, "Médiathèque, espace multimédia")]


def test_a_workshop_qr_code_holds_the_event_for_a_phone(make_screen, digital_context, qtbot):
    zxingcpp = pytest.importorskip("zxingcpp")
    with_calendar(digital_context)
    row = make_screen(digital_context, "ar").workshop_rows()[0]
    qtbot.waitUntil(row.qr.is_ready, timeout=10_000)
    image = row.qr.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    found = [code.text for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
    assert found == [row.workshop.ics] and "BEGIN:VEVENT" in found[0]


def test_without_a_calendar_it_says_to_ask_at_the_reception(make_screen, digital_context):
    screen = make_screen(digital_context)
    assert screen.workshop_rows() == []
    empty = QCoreApplication.translate("DigitalScreen", "No workshop in the next 14 days. Please ask at the reception.")
    assert any(label.text() == empty and label.isVisible() for label in screen.findChildren(QLabel))


@pytest.mark.parametrize("screen_name", ["help", "category"])
def test_reached_from_the_help_and_digital_category_screens(screen_name, show_screen, digital_context, qtbot):
    from ui.screens.category import CategoryScreen
    from ui.screens.help import HelpScreen

    def build():
        screen = (HelpScreen if screen_name == "help" else CategoryScreen)(Services.from_context(digital_context))
        screen.open(None if screen_name == "help" else "digital", "en")
        return screen

    screen = show_screen(build)
    button = screen.digital_button()
    qtbot.waitUntil(button.isVisible)
    assert button.height() >= 64 and button.accessibleName()
    with qtbot.waitSignal(screen.navigate) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == ["digital", None]


def test_the_admin_screen_says_when_the_calendar_was_last_read_or_refused(show_screen, digital_context, tmp_path):
    from ui.screens.admin import AdminScreen
    from ui.widgets.labels import PlainLabel

    with_calendar(digital_context)
    bad = tmp_path / "bad.ics"
    bad.write_bytes(b"\xff\xfe not a calendar")
    set_setting(digital_context.db, "workshops_calendar", str(bad))
    refresh(digital_context)

    def build():
        screen = AdminScreen(Services.from_context(digital_context))
        screen.open(None, "en")
        return screen

    admin = show_screen(build)
    admin.refresh_sync()
    texts = "\n".join(label.text() for label in admin.findChildren(PlainLabel))
    line = admin.tr("Workshops calendar: last read %1. Last try %2: %3")  # in whatever language is installed
    assert line.replace("%1", "2026-12-03 08:00").replace("%2", "2026-12-03 08:00").replace("%3", "") in texts
    assert "not UTF-8 text, so it was refused" in texts
