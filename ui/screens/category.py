"""A life event's procedures, as large buttons, a page at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from kiosk.catalogue import ProcedureCard, categories, procedures_in
from kiosk.stats import Event
from ui.screens.base import Screen
from ui.widgets.card import Card
from ui.widgets.common import big_button, clear_layout, set_button
from ui.widgets.fallback_note import FallbackNote
from ui.widgets.labels import PlainLabel, directed

#: The category whose screen also leads to the places and workshops of digital help.
DIGITAL_CATEGORY = "digital"
#: Two columns of three: big enough to read and to touch, whatever the category holds.
PER_PAGE = 6
COLUMNS = 2
#: Below this height (a 1280x720 screen, a desk's window) a page holds two rows: three rows of
#: long titles and summaries no longer fit without cutting them.
SHORT_SCREEN = 800


def per_page(height: int) -> int:
    return PER_PAGE if height >= SHORT_SCREEN else PER_PAGE - COLUMNS


def first_sentence(text: str) -> str:
    return text.split(". ")[0].rstrip(".") + "." if text else ""


class ProcedureButton(Card):
    """A procedure's title in bold with the first sentence of its summary below."""

    def __init__(self, card: ProcedureCard, rtl_of, parent=None) -> None:
        super().__init__(name=card.title.text, parent=parent)
        self.slug = card.slug
        self.add(PlainLabel(directed(card.title.text, rtl_of(card.title.lang)), object_name="TileTitle"))
        self.add(PlainLabel(directed(first_sentence(card.summary.text), rtl_of(card.summary.lang)),
                            object_name="Muted"))
        self.setMinimumHeight(140)


class CategoryScreen(Screen):
    """The procedures of one category."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self._slug: str | None = None
        self._title = ""
        self._cards: list[ProcedureCard] = []
        self._total = 0
        self._page = 0
        self._per_page = PER_PAGE

        self._fallback = FallbackNote()
        self._grid = QGridLayout()
        self._grid.setSpacing(20)
        self._previous = big_button("", "back", role="Secondary")
        self._next = big_button("", "next", role="Secondary")
        self._page_label = PlainLabel(object_name="Muted")
        self._page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._digital = big_button("", "location")
        self._digital.hide()  # on the digital category's screen only, once it is loaded

        pager = QHBoxLayout()
        pager.addWidget(self._previous)
        pager.addWidget(self._page_label, 1)
        pager.addWidget(self._next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 24)
        layout.setSpacing(20)
        layout.addWidget(self._fallback)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        layout.addWidget(self._digital)
        layout.addLayout(pager)

        self._previous.clicked.connect(self.previous_page)
        self._digital.clicked.connect(self.show_digital_help)
        self._next.clicked.connect(self.next_page)

    def title(self) -> str:
        return self._title

    def open(self, argument: object, lang: str) -> None:
        if argument != self._slug:
            self._page = 0
        self._slug = str(argument)
        self.services.count(Event.CATEGORY_VIEWED, category=self._slug, language=lang)
        self.show_language(lang)

    def show_language(self, lang: str) -> None:
        self.lang = lang
        self._load_page()

    def _load_page(self) -> None:
        slug, db, lang = self._slug, self.services.context.db, self.lang
        limit = self._per_page = per_page(self.window().height())
        offset = self._page * limit

        def load():
            title = next((c.title for c in categories(db, lang) if c.slug == slug), None)
            return title, *procedures_in(db, slug, lang, offset=offset, limit=limit)

        self.load_in_background(load, self._show)

    def spoken_text(self) -> str:
        note = [self._fallback.text()] if not self._fallback.isHidden() else []
        return "\n".join([self.title(), *note, *(button.accessibleName() for button in self.buttons()),
                          self._page_label.text()])

    def buttons(self) -> list[ProcedureButton]:
        return [self._grid.itemAt(i).widget() for i in range(self._grid.count())]

    def digital_button(self):
        return self._digital

    @Slot()
    def show_digital_help(self) -> None:
        """The places and workshops of digital help near here."""
        self.navigate.emit("digital", None)

    @Slot()
    def next_page(self) -> None:
        if (self._page + 1) * self._per_page < self._total:
            self._page += 1
            self._load_page()

    @Slot()
    def previous_page(self) -> None:
        if self._page > 0:
            self._page -= 1
            self._load_page()

    def reset(self) -> None:
        self.forget_loads()
        self._slug, self._title, self._cards, self._total, self._page = None, "", [], 0, 0
        clear_layout(self._grid)
        self._fallback.hide()

    def _show(self, loaded: tuple) -> None:
        title, self._cards, self._total = loaded
        self._title = self.shown(title) if title else ""
        self._fallback.show_for([*([title] if title else []), *(card.title for card in self._cards),
                                 *(card.summary for card in self._cards)])
        self._fill()

    def _fill(self) -> None:
        clear_layout(self._grid)
        for index, card in enumerate(self._cards):
            button = ProcedureButton(card, lambda lang: self.services.direction(lang) == "rtl")
            button.clicked.connect(self._on_procedure_clicked)
            self._grid.addWidget(button, index // COLUMNS, index % COLUMNS)
        pages = max(1, -(-self._total // self._per_page))
        set_button(self._previous, self.tr("Previous"), "back", mirrored=self.is_rtl())
        set_button(self._next, self.tr("More"), "next", mirrored=self.is_rtl())
        set_button(self._digital, self.tr("Digital help near here: places and workshops"), "location")
        self._digital.setVisible(self._slug == DIGITAL_CATEGORY)
        self._previous.setVisible(pages > 1)
        self._next.setVisible(pages > 1)
        self._previous.setEnabled(self._page > 0)
        self._next.setEnabled(self._page + 1 < pages)
        self._page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self._page + 1))
                                 .replace("%2", str(pages)) if pages > 1 else "")
        self.content_changed.emit()

    @Slot()
    def _on_procedure_clicked(self) -> None:
        self.navigate.emit("procedure", self.sender().slug)
