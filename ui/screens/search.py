"""Find a procedure by typing (optional: everything is reachable without it).

Results follow each keystroke. The text typed is never written anywhere (DESIGN.md section 6)
and is cleared by the idle reset.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.search import SearchResult, search
from kiosk.stats import Event
from ui.lockdown import forget_clipboard
from ui.screens.base import Screen
from ui.widgets.card import Card
from ui.widgets.common import big_button, chain_focus, clear_layout, picture, set_button, touch_scroll_area
from ui.widgets.labels import PlainLabel, directed

#: Words residents often say at the desk: one tap fills the search.
#: The room a suggested word's button gets at 1920x1080: fewer per row on a narrow screen.
SUGGESTION_WIDTH = 180
SUGGESTIONS = ("CAF", "CMU", "papiers", "logement", "impôts", "chômage", "retraite", "ameli")
MAX_RESULTS = 6


class ResultCard(Card):
    """A search result: the procedure's title and its category. Reused from one keystroke to the next."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.slug = ""
        self._title = PlainLabel(object_name="TileTitle")
        self._category = PlainLabel(object_name="Muted")
        self.add(self._title)
        self.add(self._category)

    def show_result(self, result: SearchResult, rtl: bool) -> None:
        self.slug = result.slug
        self._title.setText(directed(result.title, rtl))
        self._category.setText(directed(result.category, rtl))
        self.setAccessibleName(result.title)


class SearchScreen(Screen):
    """A search field with the on-screen keyboard, suggestions and the matching procedures."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self.results: list[SearchResult] = []
        self._empty_counted = False
        #: What the results shown were found for; whether Enter waits for the next results.
        self._shown_for: str | None = None
        self._open_first = False
        self.field = QLineEdit()
        self.field.setObjectName("SearchField")
        self.field.setMaxLength(200)
        # No prediction, no learning: nothing a resident types may be remembered.
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText
                                       | Qt.InputMethodHint.ImhSensitiveData)
        self._clear = big_button("", "close", role="Secondary")
        self._hint = PlainLabel(object_name="Muted")
        self._suggestions = QGridLayout()
        self._suggestions.setSpacing(12)
        self._results = QGridLayout()
        self._results.setSpacing(16)
        self._cards = [ResultCard() for _ in range(MAX_RESULTS)]
        for index, card in enumerate(self._cards):
            self._results.addWidget(card, index // 2, index % 2)
            card.hide()
            card.clicked.connect(self._on_result_clicked)
        self._status = PlainLabel(object_name="Lead")

        results = QWidget()
        column = QVBoxLayout(results)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._status)
        column.addLayout(self._results)
        column.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(picture("search", 56))
        top.addWidget(self.field, 1)
        top.addWidget(self._clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 24)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self._hint)
        layout.addLayout(self._suggestions)
        layout.addWidget(touch_scroll_area(results), 1)

        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self.open_first)
        self._clear.clicked.connect(self.clear)

    def title(self) -> str:
        return self.tr("Find a procedure")

    def open(self, argument: object, lang: str) -> None:
        self._empty_counted = False
        self.show_language(lang)
        self.field.setFocus()

    def show_language(self, lang: str) -> None:
        self.lang = lang
        self.field.setPlaceholderText(self.tr("Type a word, for example: health, CAF, passport"))
        self.field.setAccessibleName(self.tr("Search"))
        self._hint.setText(self.tr("Or tap a word:"))
        set_button(self._clear, self.tr("Clear"), "close")
        clear_layout(self._suggestions)
        columns = self.columns_for(len(SUGGESTIONS), SUGGESTION_WIDTH, len(SUGGESTIONS))
        words = []
        for index, word in enumerate(SUGGESTIONS):
            button = QPushButton(word, objectName="Secondary")
            button.setAccessibleName(word)
            button.clicked.connect(lambda _=False, w=word: self.field.setText(w))
            self._suggestions.addWidget(button, index // columns, index % columns)
            words.append(button)
        chain_focus([self.field, self._clear, *self._cards, *words])  # the results before the words
        for column in range(self._suggestions.columnCount()):
            self._suggestions.setColumnStretch(column, 0)
        self._suggestions.setColumnStretch(columns, 1)  # an empty column after the words takes the rest
        self._search(self.field.text())

    def type_text(self, text: str) -> None:
        """Add ``text`` to the field, as if typed in it, the field keeping the keyboard focus."""
        self.field.setFocus()
        self.field.insert(text)

    @Slot()
    def open_first(self) -> None:
        """Open the first result (Enter in the field); once the results for what is typed arrive,
        if they are not shown yet."""
        if self._shown_for == self.field.text():
            if self.results:
                self.navigate.emit("procedure", self.results[0].slug)
        else:
            self._open_first = True

    @Slot()
    def clear(self) -> None:
        self.field.setText("")
        self.field.setFocus()

    def hideEvent(self, event) -> None:
        """Leaving search: what was cut or copied from the field is not left for anyone to paste."""
        forget_clipboard()
        super().hideEvent(event)

    def reset(self) -> None:
        self.forget_loads()
        self.field.setText("")  # unlike clear(), also empties the field's undo history
        self.results = []
        self._shown_for, self._open_first = None, False
        for card in self._cards:
            card.hide()
        self._status.setText("")

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        self._search(text)

    def _search(self, text: str) -> None:
        db, lang = self.services.context.db, self.lang
        self._open_first = False
        self.load_in_background(lambda: (text, search(db, text, lang, limit=MAX_RESULTS)), self._show)

    def _show(self, found: tuple[str, list[SearchResult]]) -> None:
        self._shown_for, results = found
        self.results = results
        typed = bool(self.field.text().strip())
        self._status.setText(self.tr("Nothing found. Try another word, or go back to the home screen.")
                             if typed and not results else "")
        if typed and not results and not self._empty_counted:  # a day's count, never the words
            self._empty_counted = True
            self.services.count(Event.SEARCH_EMPTY)
        rtl = self.is_rtl()
        for index, card in enumerate(self._cards):
            if index < len(results):
                card.show_result(results[index], rtl)
            card.setVisible(index < len(results))
        self.content_changed.emit()
        if self._open_first:
            self._open_first = False
            self.open_first()

    def spoken_text(self) -> str:
        return "\n".join([self.title(), self._status.text(), *(card.accessibleName() for card in self.result_cards())])

    def result_cards(self) -> list[ResultCard]:
        return [card for card in self._cards if card.isVisibleTo(self)]

    @Slot()
    def _on_result_clicked(self) -> None:
        self.navigate.emit("procedure", self.sender().slug)
