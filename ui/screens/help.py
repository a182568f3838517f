"""Help: where and when a person can sit with you, and what they will never ask of you."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from kiosk.catalogue import helpers, partners
from ui.screens.base import Screen
from ui.screens.partners import REFRESH_MS, CardList, by_name, card_list_area, card_scroll_area
from ui.widgets.common import big_button, heading, set_button
from ui.widgets.labels import PlainLabel
from ui.widgets.partner_card import IconLine, PartnerCard, show_text


class HelpScreen(Screen):
    """Who can help, when they are open, and a way on to every partner.

    Signals:
        navigate("partners", None): the resident asked to see all partners.
    """

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self._lang = services.default_language
        self._cards: list[PartnerCard] = []

        # What a resident can count on, beside pictograms, in large type.
        self._sit_with_you = IconLine("person", object_name="Reassurance", icon_px=72)
        self._passwords = IconLine("keyboard", object_name="Reassurance", icon_px=72)
        self._bring = IconLine("step-phone", object_name="Reassurance", icon_px=72)
        self._reception = IconLine("on-site", object_name="Reassurance", icon_px=72)
        self._all_partners = big_button("", "partners")
        self._digital = big_button("", "location", role="Secondary")
        self._helpers_title = heading()
        self._none = PlainLabel(object_name="Muted")
        self._list = QVBoxLayout()
        self._list.setSpacing(24)
        self._scroll = card_list_area(self._none, self._list)
        self._refresh = QTimer(self, interval=REFRESH_MS)

        # The promises scroll too, rather than be cut, should a translation run long.
        words = CardList()
        words.setObjectName("PanelContent")
        lines = words.list
        lines.setSpacing(44)
        for line in self._lines():
            lines.addWidget(line)
        lines.addStretch(1)
        words_area = card_scroll_area(words)
        words_area.setObjectName("PanelScroll")
        promises = QFrame(objectName="HelpPanel")
        panel = QVBoxLayout(promises)
        panel.setContentsMargins(28, 32, 28, 28)
        panel.setSpacing(24)
        panel.addWidget(words_area, 1)
        panel.addWidget(self._all_partners)
        panel.addWidget(self._digital)
        people = QVBoxLayout()
        people.setSpacing(16)
        people.addWidget(self._helpers_title)
        people.addWidget(self._scroll, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 24)
        layout.setSpacing(40)
        layout.addWidget(promises, 5)
        layout.addLayout(people, 7)

        self._all_partners.clicked.connect(self.show_all_partners)
        self._digital.clicked.connect(self.show_digital_help)
        self._refresh.timeout.connect(self.refresh_hours)

    # --- Screen -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Where and when can a person help me?")

    def show_language(self, lang: str) -> None:
        self._lang = lang
        rtl = self.services.direction(lang) == "rtl"
        self._sit_with_you.set_text(self.tr(
            "A digital mediator can sit with you and do your procedure with you, step by step."), rtl=rtl)
        self._passwords.set_text(self.tr(
            "You never have to give your passwords. You type them yourself."), rtl=rtl)
        self._bring.set_text(self.tr(
            "Bring your papers and your phone: many procedures send a code by text message."), rtl=rtl)
        self._reception.set_text(self.tr(
            "Ask at the reception: they will tell you when the mediator is here."), rtl=rtl)
        set_button(self._all_partners, self.tr("See all partners nearby"), "partners")
        set_button(self._digital, self.tr("Digital help near here: places and workshops"), "location")
        show_text(self._helpers_title, self.tr("Who can help you"), rtl=rtl)
        show_text(self._none, self.tr("Please ask at the reception."), rtl=rtl)

        context = self.services.context
        shown = helpers(by_name(partners(context.db, self.services.site, lang)))
        self._none.setVisible(not shown)
        now = context.clock()
        for card in self._cards:
            self._list.removeWidget(card)
            card.setParent(None)  # gone from the screen at once, freed by Qt soon after
            card.deleteLater()
        content = self._scroll.widget()
        self._cards = [PartnerCard(partner, lang, now, rtl=rtl, parent=content) for partner in shown]
        for card in self._cards:
            self._list.addWidget(card)
            card.show()
        self._scroll.verticalScrollBar().setValue(0)

    def spoken_text(self) -> str:
        lines = [self.title(), *(line.text() for line in self._lines())]
        for card in self._cards:
            lines += [card.partner.name, card.hours_text()]
        return "\n".join(lines)

    # --- user actions -------------------------------------------------------------------------

    @Slot()
    def show_all_partners(self) -> None:
        self.navigate.emit("partners", None)

    @Slot()
    def show_digital_help(self) -> None:
        self.navigate.emit("digital", None)

    @Slot()
    def refresh_hours(self) -> None:
        """Compute every "open now" line again from the clock."""
        now = self.services.context.clock()
        for card in self._cards:
            card.show_time(now)

    # --- for tests ----------------------------------------------------------------------------

    def cards(self) -> list[PartnerCard]:
        return list(self._cards)

    def all_partners_button(self) -> QPushButton:
        return self._all_partners

    def digital_button(self) -> QPushButton:
        return self._digital

    # --- internals ----------------------------------------------------------------------------

    def _lines(self) -> list[IconLine]:
        return [self._sit_with_you, self._passwords, self._bring, self._reception]

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh.start()

    def hideEvent(self, event) -> None:
        self._refresh.stop()
        super().hideEvent(event)
