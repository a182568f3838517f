"""Partners: who does what nearby, whether they are open now, filtered by theme."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCollator, QEvent, QLocale, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractButton, QButtonGroup, QGridLayout, QLayout, QScrollArea, QVBoxLayout, QWidget,
)

from kiosk.catalogue import PartnerView, partners
from ui.screens.base import Screen
from ui.widgets.choice_button import ChoiceButton
from ui.widgets.common import touch_scroll_area
from ui.widgets.labels import PlainLabel
from ui.widgets.partner_card import PartnerCard, show_text

#: Partner cards side by side at 1920 px: about 70 characters a line, easy to read.
CARD_COLUMNS = 2
#: Theme buttons in one row at most.
FILTER_COLUMNS = 6
#: The narrowest a theme button gets at 1920x1080: fewer per row on a narrower screen.
FILTER_WIDTH = 300
#: The opening-hours lines are computed again this often while the screen is shown.
REFRESH_MS = 60_000
ALL = "all"


@dataclass(frozen=True)
class Theme:
    """A theme a resident recognises, grouping data·inclusion thematique prefixes."""

    key: str
    pictogram: str
    prefixes: tuple[str, ...]


#: In the order the buttons appear. The data·inclusion codes are "prefix--detail"; both the
#: current list and the older one (difficultes-*) are grouped here.
THEMES: tuple[Theme, ...] = (
    Theme("papers", "category-papers", ("acces-aux-droits-et-citoyennete", "difficultes-administratives-ou-juridiques")),
    Theme("digital", "category-digital", ("numerique",)),
    Theme("money", "category-money", ("gestion-financiere", "difficultes-financieres")),
    Theme("housing", "category-housing", ("logement-hebergement",)),
    Theme("family", "category-family", ("famille",)),
    Theme("health", "category-health", ("sante", "handicap")),
    Theme("work", "category-work", ("trouver-un-emploi", "preparer-sa-candidature", "se-former", "choisir-un-metier",
                                    "creation-activite", "accompagnement-social-et-professionnel-personnalise",
                                    "souvrir-a-linternational")),
    Theme("french", "language", ("apprendre-francais", "illettrisme")),
    Theme("transport", "theme-transport", ("mobilite",)),
    Theme("food", "theme-food", ("equipement-et-alimentation",)),
    Theme("people", "theme-people", ("remobilisation",)),
    Theme("other", "info", ()),
)
_BY_PREFIX = {prefix: theme.key for theme in THEMES for prefix in theme.prefixes}


def theme_of(thematique: str) -> str:
    """The theme key of a data·inclusion code, by its prefix before "--" ("other" if unknown)."""
    return _BY_PREFIX.get(thematique.split("--", 1)[0], "other")


def themes_of(partner: PartnerView) -> set[str]:
    return {theme_of(code) for code in partner.themes}


class CardList(QWidget):
    """The content of a card scroll area, keeping clear of the scroll bar on either side."""

    GUTTER = 24

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.list = QVBoxLayout(self)
        self._place_gutter()

    def changeEvent(self, event) -> None:
        # Layout margins are not mirrored, and the scroll bar moves to the left in right-to-left.
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_gutter()
        super().changeEvent(event)

    def _place_gutter(self) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.list.setContentsMargins(self.GUTTER if rtl else 0, 0, 0 if rtl else self.GUTTER, 0)


def by_name(items: list[PartnerView]) -> list[PartnerView]:
    """Partners in the order of a French dictionary (their names are French): Caf before CCAS."""
    collator = QCollator(QLocale(QLocale.Language.French))
    return sorted(items, key=lambda partner: collator.sortKey(partner.name))


def card_scroll_area(content: QWidget) -> QScrollArea:
    """A frameless vertical scroll area that follows a finger (kinetic scrolling)."""
    area = touch_scroll_area(content)
    area.setObjectName("Cards")
    return area


def card_list_area(note: QWidget, cards: QLayout) -> QScrollArea:
    """A card scroll area: ``note`` (what to do when there is nothing to list), then the cards."""
    content = CardList()
    content.list.addWidget(note)
    content.list.addLayout(cards)
    content.list.addStretch(1)
    return card_scroll_area(content)


class PartnersScreen(Screen):
    """Every partner of the kiosk's site as a card, with a row of theme filters above.

    ``open(None, lang)`` shows them all; ``open(slug, lang)`` shows them all and brings that
    partner's card into view, outlined.
    """

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self._lang = services.default_language
        self._partners: list[PartnerView] = []
        self._cards: list[PartnerCard] = []
        self._theme = ALL
        self._highlight: str | None = None

        self._fallback = PlainLabel(object_name="FallbackNote")
        self._filters = QButtonGroup(self)
        self._filters.setExclusive(True)
        self._filter_grid = QGridLayout()
        self._filter_grid.setSpacing(12)
        self._empty = PlainLabel(object_name="Muted")
        self._grid = QGridLayout()
        self._grid.setSpacing(24)
        self._scroll = card_list_area(self._empty, self._grid)
        self._refresh = QTimer(self, interval=REFRESH_MS)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 24)
        layout.setSpacing(20)
        layout.addWidget(self._fallback)
        layout.addLayout(self._filter_grid)
        layout.addWidget(self._scroll, 1)

        self._filters.buttonClicked.connect(self._on_filter_clicked)
        self._refresh.timeout.connect(self.refresh_hours)

    # --- Screen -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Who can help you nearby")

    def open(self, argument: object, lang: str) -> None:
        self._theme = ALL
        self._highlight = argument if isinstance(argument, str) else None
        self.show_language(lang)
        self._scroll.verticalScrollBar().setValue(0)
        if self._highlight:
            QTimer.singleShot(0, self._scroll_to_highlight)

    def show_language(self, lang: str) -> None:
        self._lang = lang
        context = self.services.context
        self._partners = by_name(partners(context.db, self.services.site, lang))
        rtl = self.services.direction(lang) == "rtl"
        fallback = lang != "fr" and any(p.description.fallback for p in self._partners)
        show_text(self._fallback, self.tr("Some texts are not translated yet: they are shown in French."), rtl=rtl)
        self._fallback.setVisible(fallback)
        show_text(self._empty, self.tr("No partners are listed yet. Please ask at the reception."), rtl=rtl)
        self._empty.setVisible(not self._partners)
        self._build_filters()
        self._build_cards(context.clock())

    def spoken_text(self) -> str:
        lines = [self.title()]
        for card in self.visible_cards():
            lines += [card.partner.name, card.hours_text()]
        return "\n".join(lines)

    # --- user actions -------------------------------------------------------------------------

    def show_theme(self, key: str) -> None:
        """Show only the partners of one theme (``"all"`` for every partner)."""
        self._theme = key
        for button in self._filters.buttons():
            if button.property("theme") == key:
                button.setChecked(True)
        self._layout_cards()
        self._scroll.verticalScrollBar().setValue(0)

    @Slot()
    def refresh_hours(self) -> None:
        """Compute every "open now" line again from the clock."""
        now = self.services.context.clock()
        for card in self._cards:
            card.show_time(now)

    # --- for tests and the window -------------------------------------------------------------

    def filter_buttons(self) -> list[ChoiceButton]:
        return list(self._filters.buttons())

    def cards(self) -> list[PartnerCard]:
        return list(self._cards)

    def visible_cards(self) -> list[PartnerCard]:
        return [card for card in self._cards if not card.isHidden()]

    def card(self, slug: str) -> PartnerCard | None:
        return next((card for card in self._cards if card.partner.slug == slug), None)

    # --- internals ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh.start()

    def hideEvent(self, event) -> None:
        self._refresh.stop()
        super().hideEvent(event)

    def _theme_label(self, key: str) -> str:
        return {
            ALL: self.tr("All"),
            "papers": self.tr("Papers and rights"),
            "digital": self.tr("Computer and internet"),
            "money": self.tr("Money"),
            "housing": self.tr("Housing"),
            "family": self.tr("Family"),
            "health": self.tr("Health"),
            "work": self.tr("Work and training"),
            "french": self.tr("Reading and French"),
            "transport": self.tr("Getting around"),
            "food": self.tr("Food and clothes"),
            "people": self.tr("Meeting people"),
            "other": self.tr("Other help"),
        }[key]

    def _build_filters(self) -> None:
        for button in self._filters.buttons():
            self._filters.removeButton(button)
            self._filter_grid.removeWidget(button)
            button.setParent(None)  # gone from the screen at once, freed by Qt soon after
            button.deleteLater()
        present = set().union(*(themes_of(p) for p in self._partners)) if self._partners else set()
        keys = [ALL] + [theme.key for theme in THEMES if theme.key in present]
        if self._theme not in keys:
            self._theme = ALL
        pictogram = {theme.key: theme.pictogram for theme in THEMES} | {ALL: "partners"}
        rows = math.ceil(len(keys) / self.columns_for(len(keys), FILTER_WIDTH, FILTER_COLUMNS))
        columns = math.ceil(len(keys) / rows)
        for index, key in enumerate(keys):
            button = ChoiceButton(pictogram[key], self._theme_label(key), parent=self)
            button.setProperty("theme", key)
            button.setChecked(key == self._theme)
            self._filters.addButton(button)
            self._filter_grid.addWidget(button, index // columns, index % columns)
        for column in range(self._filter_grid.columnCount()):
            self._filter_grid.setColumnStretch(column, 1 if column < columns else 0)
        # A single theme (or none) is no choice: hide the row.
        for button in self._filters.buttons():
            button.setVisible(len(keys) > 2)

    def _build_cards(self, now) -> None:
        for card in self._cards:
            self._grid.removeWidget(card)
            card.setParent(None)
            card.deleteLater()
        rtl = self.services.direction(self._lang) == "rtl"
        content = self._scroll.widget()
        self._cards = [PartnerCard(partner, self._lang, now, rtl=rtl, parent=content) for partner in self._partners]
        for card in self._cards:
            card.set_highlighted(card.partner.slug == self._highlight)
        self._layout_cards()

    def _layout_cards(self) -> None:
        shown = [card for card in self._cards if self._theme == ALL or self._theme in themes_of(card.partner)]
        for card in self._cards:
            self._grid.removeWidget(card)
            card.hide()
        for index, card in enumerate(shown):
            self._grid.addWidget(card, index // CARD_COLUMNS, index % CARD_COLUMNS)
            card.show()
        for column in range(CARD_COLUMNS):
            self._grid.setColumnStretch(column, 1)

    @Slot()
    def _scroll_to_highlight(self) -> None:
        card = self.card(self._highlight) if self._highlight else None
        if card is not None:
            # The card at the top of the view, the rest of the list below it.
            bar = self._scroll.verticalScrollBar()
            bar.setValue(min(card.y(), bar.maximum()))

    @Slot(QAbstractButton)
    def _on_filter_clicked(self, button: QAbstractButton) -> None:
        self.show_theme(button.property("theme"))
