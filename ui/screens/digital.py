"""Digital help near here: places with a computer, internet or help online, and the workshops."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Slot
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.catalogue import PartnerView, partners
from kiosk.workshops import SCREEN_DAYS, Workshop, upcoming
from ui import theme
from ui.fullscreen import current_scale
from ui.screens.base import Screen
from ui.screens.partners import REFRESH_MS, by_name, card_list_area
from ui.widgets.common import heading
from ui.widgets.labels import LRM, PlainLabel
from ui.widgets.partner_card import IconLine, PartnerCard, show_text
from ui.widgets.qr import QrCode

#: What a place offers, in this order: its pictogram, and the data·inclusion codes that say it
#: (the current "numerique" thematiques and the older ones partners' files still carry).
OFFERS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("computer", "category-digital", ("numerique--acceder-a-du-materiel",)),
    ("internet", "online", ("numerique--acceder-a-une-connexion-internet",)),
    ("procedures", "person", ("numerique--acceder-a-des-services-en-ligne",
                              "numerique--devenir-autonome-dans-les-demarches-administratives",
                              "numerique--realiser-des-demarches-administratives-avec-un-accompagnement",
                              "numerique--accompagner-les-demarches-de-sante")),
    ("learn", "keyboard", ("numerique--maitriser-les-fondamentaux-du-numerique",
                           "numerique--prendre-en-main-un-ordinateur",
                           "numerique--utiliser-le-numerique-au-quotidien",
                           "numerique--approfondir-ma-culture-numerique")),
    ("equipment", "cost", ("numerique--acquerir-un-equipement", "numerique--s-equiper-en-materiel-informatique")),
)
#: Every partner with a "numerique" code is a place of digital help (as on the help screen).
DIGITAL_PREFIX = "numerique--"
#: The side of a workshop's QR code at 1920x1080 (scaled with the screen): an event of ~300 bytes
#: is a version 12-14 code, 3 pixels a module at this size.
QR_PX = 280


def digital_places(all_partners: list[PartnerView]) -> list[PartnerView]:
    """The partners with a "numerique" code (only partners residents may see are given)."""
    return [partner for partner in all_partners if any(code.startswith(DIGITAL_PREFIX) for code in partner.themes)]


def offers_of(partner: PartnerView) -> list[tuple[str, str]]:
    """What ``partner`` offers, as (key, pictogram), in the order of ``OFFERS``."""
    return [(key, pictogram) for key, pictogram, codes in OFFERS if set(codes).intersection(partner.themes)]


class WorkshopRow(QFrame):
    """One workshop: its day and hours, its title, its place, and a QR code of the event."""

    def __init__(self, workshop: Workshop, when: str, caption: str, *, rtl: bool, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("PartnerCard")
        self.workshop = workshop
        self._when = IconLine("clock")
        self._title = PlainLabel(object_name="PartnerName")
        self._place = IconLine("location")
        self._caption = PlainLabel(object_name="Muted")
        self.qr = QrCode(workshop.ics, accessible_name=caption)
        side = theme.scaled(QR_PX, current_scale())
        self.qr.setFixedSize(side, side)

        words = QVBoxLayout()
        words.setSpacing(8)
        words.addWidget(self._title)
        words.addWidget(self._when)
        words.addWidget(self._place)
        words.addWidget(self._caption)
        words.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(24)
        layout.addLayout(words, 1)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)

        show_text(self._title, workshop.title, rtl=rtl)
        self._when.set_text(when, rtl=rtl)
        self._place.set_text(workshop.location, rtl=rtl)
        self._place.setVisible(bool(workshop.location))
        show_text(self._caption, caption, rtl=rtl)


class DigitalScreen(Screen):
    """Places offering a computer, internet or help online, with "open now", beside the workshops
    of the next ``SCREEN_DAYS`` days (from the calendar the last sync stored)."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self._lang = services.default_language
        self._places: list[QWidget] = []
        self._cards: list[PartnerCard] = []
        self._rows: list[WorkshopRow] = []

        self._places_title = heading()
        self._no_places = PlainLabel(object_name="Muted")
        self._place_list = QVBoxLayout()
        self._place_list.setSpacing(24)
        self._places_area = card_list_area(self._no_places, self._place_list)
        self._workshops_title = heading()
        self._no_workshops = PlainLabel(object_name="Muted")
        self._workshop_list = QVBoxLayout()
        self._workshop_list.setSpacing(24)
        self._workshops_area = card_list_area(self._no_workshops, self._workshop_list)
        self._refresh = QTimer(self, interval=REFRESH_MS)

        # Each column its own widget: a screen reader reads one column, then the other.
        places_column, workshops_column = QWidget(), QWidget()
        places = QVBoxLayout(places_column)
        places.setContentsMargins(0, 0, 0, 0)
        places.setSpacing(16)
        places.addWidget(self._places_title)
        places.addWidget(self._places_area, 1)
        workshops = QVBoxLayout(workshops_column)
        workshops.setContentsMargins(0, 0, 0, 0)
        workshops.setSpacing(16)
        workshops.addWidget(self._workshops_title)
        workshops.addWidget(self._workshops_area, 1)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._columns.setContentsMargins(48, 16, 48, 24)
        self._columns.setSpacing(40)
        self._columns.addWidget(places_column, 1)
        self._columns.addWidget(workshops_column, 1)

        self._refresh.timeout.connect(self.refresh_hours)

    # --- Screen -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Digital help near here")

    def set_portrait(self, portrait: bool) -> None:
        self._columns.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                   else QBoxLayout.Direction.LeftToRight)

    def show_language(self, lang: str) -> None:
        self._lang = lang
        rtl = self.services.direction(lang) == "rtl"
        context = self.services.context
        now = context.clock()
        show_text(self._places_title, self.tr("Computer, internet and help"), rtl=rtl)
        show_text(self._no_places, self.tr("Please ask at the reception."), rtl=rtl)
        show_text(self._workshops_title, self.tr("Workshops in the next 14 days"), rtl=rtl)
        show_text(self._no_workshops, self.tr("No workshop in the next 14 days. Please ask at the reception."),
                  rtl=rtl)
        self._show_places(digital_places(by_name(partners(context.db, self.services.site, lang))), now, rtl)
        self._show_workshops(upcoming(context.home, now, days=SCREEN_DAYS), rtl)

    def spoken_text(self) -> str:
        lines = [self.title(), self._places_title.text()]
        for card in self._cards:
            lines += [card.partner.name, card.hours_text()]
        lines.append(self._workshops_title.text())
        for row in self._rows:
            lines += [row.workshop.title, self._when(row.workshop)]
        return "\n".join(lines)

    # --- user actions -------------------------------------------------------------------------

    @Slot()
    def refresh_hours(self) -> None:
        """Compute every "open now" line again from the clock."""
        now = self.services.context.clock()
        for card in self._cards:
            card.show_time(now)

    # --- for tests ----------------------------------------------------------------------------

    def cards(self) -> list[PartnerCard]:
        return list(self._cards)

    def workshop_rows(self) -> list[WorkshopRow]:
        return list(self._rows)

    # --- internals ----------------------------------------------------------------------------

    def _offer_words(self, key: str) -> str:
        return {
            "computer": self.tr("A computer to use"),
            "internet": self.tr("Internet and wifi"),
            "procedures": self.tr("Help with procedures online"),
            "learn": self.tr("Learn to use a computer"),
            "equipment": self.tr("Get a computer or a phone"),
        }[key]

    def _when(self, workshop: Workshop) -> str:
        locale = QLocale(self._lang)
        start = workshop.start
        day = locale.toString(QDate(start.year, start.month, start.day), "dddd d MMMM")
        if workshop.all_day:
            return day
        # Left-to-right marks keep "10:00–12:00" in its order inside a right-to-left sentence
        # (between two numbers, the dash would otherwise turn them round).
        return f"{day}, {LRM}{start:%H:%M}{LRM}\u2013{LRM}{workshop.end:%H:%M}"

    def _clear(self, layout: QVBoxLayout, widgets: list[QWidget]) -> None:
        for widget in widgets:
            layout.removeWidget(widget)
            widget.setParent(None)  # gone from the screen at once, freed by Qt soon after
            widget.deleteLater()

    def _show_places(self, places: list[PartnerView], now: dt.datetime, rtl: bool) -> None:
        self._clear(self._place_list, self._places)
        content = self._places_area.widget()
        self._places, self._cards = [], []
        for partner in places:
            box = QFrame(content, objectName="IconLine")
            lines = QVBoxLayout(box)
            lines.setContentsMargins(0, 0, 0, 0)
            lines.setSpacing(8)
            card = PartnerCard(partner, self._lang, now, rtl=rtl, parent=box)
            lines.addWidget(card)
            for key, pictogram in offers_of(partner):
                offer = IconLine(pictogram, margins=12, parent=box)
                offer.set_text(self._offer_words(key), rtl=rtl)
                offer.setProperty("offer", key)
                lines.addWidget(offer)
            self._place_list.addWidget(box)
            self._places.append(box)
            self._cards.append(card)
        self._no_places.setVisible(not places)
        self._places_area.verticalScrollBar().setValue(0)

    def _show_workshops(self, found: list[Workshop], rtl: bool) -> None:
        self._clear(self._workshop_list, self._rows)
        content = self._workshops_area.widget()
        caption = self.tr("Scan it: your phone adds it to its calendar.")
        self._rows = [WorkshopRow(w, self._when(w), caption, rtl=rtl, parent=content) for w in found]
        for row in self._rows:
            self._workshop_list.addWidget(row)
        self._no_workshops.setVisible(not found)
        self._workshops_area.verticalScrollBar().setValue(0)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh.start()

    def hideEvent(self, event) -> None:
        self._refresh.stop()
        super().hideEvent(event)
