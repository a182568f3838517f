"""Building blocks of the editor's forms: a text with its translation side by side, sources, lists.

Every widget here emits ``edited`` when the person changes something (never while it is being
filled by the program), and knows how to put the cursor on one of its fields (``focus_field``),
so that a problem in the list can lead to its field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from kiosk.editing import Source
from ui.editor.plain import plain_label

FRENCH = "fr"


def set_direction(widget: QWidget, rtl: bool) -> None:
    """Lay a text field out right to left (Arabic) or left to right."""
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    widget.setLayoutDirection(direction)
    if isinstance(widget, QLineEdit):
        widget.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    elif isinstance(widget, QPlainTextEdit):
        option = widget.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        widget.document().setDefaultTextOption(option)


def plain_text_edit(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 16
    edit.setFixedHeight(height)
    return edit


def text_of(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    if text_of(widget) == text:
        return
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    else:
        widget.setPlainText(text)


def mark_invalid(widget: QWidget, invalid: bool, tip: str = "") -> None:
    """Show a field as wrong (red border, the reason as its tool tip) or right again."""
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    widget.setToolTip(tip if invalid else "")


class TranslatableText(QWidget):
    """A text in French, with beside it the same text in the language being translated.

    With French chosen, only the French field shows and it can be edited. With another language,
    French stays on the left, read-only, as the model; the translation is on the right, laid out
    right to left for Arabic. ``value()`` gives every language's text.
    """

    edited = Signal()

    def __init__(self, multiline: bool = False, lines: int = 4, parent=None) -> None:
        super().__init__(parent)
        self._values: dict[str, str] = {}
        self._lang = FRENCH
        self._filling = False
        make = (lambda: plain_text_edit(lines)) if multiline else QLineEdit
        self.french = make()
        self.translation = make()
        self.french.setPlaceholderText("Français")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.french, 1)
        layout.addWidget(self.translation, 1)
        self.translation.hide()
        for edit in (self.french, self.translation):
            edit.textChanged.connect(self._changed)
        set_direction(self.french, False)

    def set_value(self, values: dict[str, str] | None) -> None:
        self._filling = True
        try:
            self._values = dict(values or {})
            set_text(self.french, self._values.get(FRENCH, ""))
            set_text(self.translation, self._values.get(self._lang, "") if self._lang != FRENCH else "")
        finally:
            self._filling = False

    def value(self) -> dict[str, str]:
        return {lang: text for lang, text in self._values.items() if text}

    def set_language(self, lang: str, name: str = "", rtl: bool = False) -> None:
        """Translate into ``lang`` (``fr``: edit the French alone)."""
        self._lang = lang
        translating = lang != FRENCH
        self.french.setReadOnly(translating)
        self.translation.setVisible(translating)
        self._filling = True
        try:
            set_text(self.translation, self._values.get(lang, "") if translating else "")
        finally:
            self._filling = False
        self.translation.setPlaceholderText(name or lang)
        self.translation.setAccessibleName(name or lang)
        set_direction(self.translation, rtl)

    def focus(self, lang: str | None = None) -> None:
        edit = self.translation if lang and lang != FRENCH and self.translation.isVisible() else self.french
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self) -> None:
        if self._filling:
            return
        self._values[FRENCH] = text_of(self.french)
        if self._lang != FRENCH:
            self._values[self._lang] = text_of(self.translation)
        self.edited.emit()


class WordsField(QWidget):
    """Keywords per language, written "word, other word", French and the translation side by side."""

    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.texts = TranslatableText()
        self.texts.french.setPlaceholderText("mots, séparés, par des virgules")
        self.texts.edited.connect(self.edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.texts)

    def set_value(self, words: dict[str, list[str]]) -> None:
        self.texts.set_value({lang: ", ".join(values) for lang, values in words.items()})

    def value(self) -> dict[str, list[str]]:
        return {lang: [w.strip() for w in text.split(",") if w.strip()]
                for lang, text in self.texts.value().items()}

    def set_language(self, lang: str, name: str = "", rtl: bool = False) -> None:
        self.texts.set_language(lang, name, rtl)

    def focus(self, lang: str | None = None) -> None:
        self.texts.focus(lang)


class LinesField(QPlainTextEdit):
    """A list of short texts, one a line (e.g. what is still to be checked)."""

    edited = Signal()

    def __init__(self, lines: int = 3, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 16)
        self._filling = False
        self.textChanged.connect(lambda: None if self._filling else self.edited.emit())

    def set_value(self, items: list[str]) -> None:
        self._filling = True
        try:
            set_text(self, "\n".join(items))
        finally:
            self._filling = False

    def value(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().split("\n") if line.strip()]


class SourcesEditor(QWidget):
    """The official pages the facts were checked against: address, title, day read, fiche, its date."""

    edited = Signal()
    COLUMNS = ("url", "title", "checked_on", "fiche_id", "modified_on")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("Address (https://…)"), self.tr("Title"), self.tr("Read on (YYYY-MM-DD)"),
            self.tr("Fiche"), self.tr("Page dated")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # dates: headings shown whole
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFixedHeight(120)
        self.add_button = QPushButton(self.tr("Add a source"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._filling = False
        self.table.itemChanged.connect(lambda _item: None if self._filling else self.edited.emit())
        self.add_button.clicked.connect(self.add_source)
        self.remove_button.clicked.connect(self.remove_source)
        #: The day a new source was read (set by the window from the context's clock).
        self.today = ""

    def set_value(self, sources: list[Source]) -> None:
        self._filling = True
        try:
            self.table.setRowCount(0)
            for source in sources:
                self._append(source)
        finally:
            self._filling = False

    def value(self) -> list[Source]:
        sources = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column).text().strip() if self.table.item(row, column) else ""
                     for column in range(len(self.COLUMNS))]
            if any(cells):
                sources.append(Source(**dict(zip(self.COLUMNS, cells))))
        return sources

    def add_source(self) -> None:
        self._append(Source(checked_on=self.today))
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))
        self.edited.emit()

    def remove_source(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def focus_field(self, index: int, name: str) -> None:
        column = self.COLUMNS.index(name) if name in self.COLUMNS else 0
        if 0 <= index < self.table.rowCount():
            self.table.setCurrentCell(index, column)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _append(self, source: Source) -> None:
        row = self.table.rowCount()
        was = self._filling
        self._filling = True
        self.table.insertRow(row)
        for column, name in enumerate(self.COLUMNS):
            self.table.setItem(row, column, QTableWidgetItem(getattr(source, name)))
        self._filling = was


def hint(text: str) -> QLabel:
    """A short explanation under a heading, in the editor's muted style."""
    return plain_label(text, object_name="Hint", word_wrap=True)
