"""Home: life events as large tiles, the announcements of the day."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout

from kiosk.catalogue import announcements, catalogue_status, categories
from ui import theme
from ui.fullscreen import current_scale
from ui.screens.base import Screen
from ui.widgets.common import big_button, chain_focus, clear_layout, set_button
from ui.widgets.fallback_note import FallbackNote
from ui.widgets.labels import PlainLabel
from ui.widgets.tile import Tile

COLUMNS = 3
#: The largest a tile's pictogram gets at 1920x1080 (smaller when the tiles have less room).
TILE_ICON = 144


class HomeScreen(Screen):
    """The first screen: pick a life event."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self._announcements = QVBoxLayout()
        self._announcements.setSpacing(8)
        # Shown once the catalogue has expired (no newer one reached this kiosk): still shown,
        # since it is the best the kiosk has, but the resident is told to check.
        self._outdated = PlainLabel(object_name="Muted")
        self._outdated.hide()
        self._fallback = FallbackNote()
        self._grid = QGridLayout()
        self._grid.setSpacing(20)
        self._tiles: list[Tile] = []
        self._search = big_button("", "search")
        self._partners = big_button("", "partners")

        ways = QHBoxLayout()
        ways.addWidget(self._search)
        ways.addStretch(1)
        ways.addStretch(1)
        self._ways = ways
        ways.addWidget(self._partners)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 24)
        layout.setSpacing(20)
        layout.addLayout(self._announcements)
        layout.addLayout(self._grid, 1)
        layout.addLayout(ways)
        layout.addWidget(self._outdated)
        self._layout = layout
        self.set_portrait(False)

        self._search.clicked.connect(lambda: self.navigate.emit("search", None))
        self._partners.clicked.connect(lambda: self.navigate.emit("partners", None))

    def set_portrait(self, portrait: bool) -> None:
        """The note on French texts between the two ways in landscape, where the tiles lose no
        height (1280x720 has none to give); above them, the whole width, in portrait."""
        self._ways.removeWidget(self._fallback)
        self._layout.removeWidget(self._fallback)
        if portrait:
            self._fallback.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            self._layout.insertWidget(self._layout.indexOf(self._grid) + 1, self._fallback)
        else:  # in whatever width the two buttons leave
            self._fallback.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self._ways.insertWidget(2, self._fallback, 4)

    def title(self) -> str:
        return self.tr("Hello. What do you want to do?")

    def show_language(self, lang: str) -> None:
        self.lang = lang
        set_button(self._search, self.tr("Find a procedure"), "search")
        set_button(self._partners, self.tr("Where to go? Partners nearby"), "partners")
        context = self.services.context
        status = catalogue_status(context.db, context.clock())
        self._outdated.setText(self.tr("This information may be out of date. Check it with the mediator."))
        self._outdated.setVisible(status is not None and status.outdated)
        clear_layout(self._announcements)
        shown = announcements(context.db, self.services.site, context.clock().date(), lang)
        for item in shown:
            self._announcements.addWidget(PlainLabel(self.shown(item.text), object_name="Announcement"))
        clear_layout(self._grid)
        self._tiles = []
        cards = [card for card in categories(context.db, lang) if card.procedure_count]
        self._fallback.show_for([item.text for item in shown] + [card.title for card in cards])
        for card in cards:
            tile = Tile(card.pictogram, self.shown(card.title), name=card.title.text,
                        icon_size=theme.scaled(TILE_ICON, current_scale()))
            tile.setProperty("slug", card.slug)
            tile.clicked.connect(self._on_tile_clicked)
            self._grid.addWidget(tile, len(self._tiles) // COLUMNS, len(self._tiles) % COLUMNS)
            self._tiles.append(tile)
        chain_focus([*self._tiles, self._search, self._partners])  # as they are read

    def spoken_text(self) -> str:
        announcements = [self._announcements.itemAt(i).widget().text() for i in range(self._announcements.count())]
        notes = [label.text() for label in (self._fallback, self._outdated) if not label.isHidden()]
        return "\n".join([self.title(), *announcements, *(tile.accessibleName() for tile in self._tiles), *notes])

    def tiles(self) -> list[Tile]:
        return list(self._tiles)

    @Slot()
    def _on_tile_clicked(self) -> None:
        self.navigate.emit("category", self.sender().property("slug"))

