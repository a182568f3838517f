"""What is this document? What it is, what it looks like, where to get it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.catalogue import DocumentView, load_document
from ui import pictograms
from ui.screens.base import ItemScreen
from ui.widgets.common import heading, touch_scroll_area
from ui.widgets.glossary_row import GlossaryRow
from ui.widgets.labels import PlainLabel

PICTOGRAM_SIZE = 240


class DocumentScreen(ItemScreen):
    """One document explained in plain words, with its big pictogram."""

    loader = staticmethod(load_document)

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self._picture = PlainLabel()
        self._picture.setFixedSize(PICTOGRAM_SIZE, PICTOGRAM_SIZE)
        self._fallback = PlainLabel(object_name="FallbackNote")
        self._sections = [(heading(), PlainLabel(object_name="Lead")) for _ in range(3)]
        self.words = GlossaryRow()

        content = QWidget()
        text = QVBoxLayout(content)
        text.setSpacing(12)
        text.addWidget(self._fallback)
        for title, body in self._sections:
            text.addWidget(title)
            text.addWidget(body)
        text.addWidget(self.words)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 24)
        layout.setSpacing(48)
        layout.addWidget(self._picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(touch_scroll_area(content), 1)

        self.words.chosen.connect(self.navigate.emit)

    def spoken_text(self) -> str:
        if self.view is None:
            return ""
        return "\n".join([self.title(), *(part for title, body in self._sections if body.isVisible() or body.text()
                                           for part in (title.text(), body.text()) if part)])

    def reset(self) -> None:
        self.forget_loads()
        self.view, self._slug = None, None

    def _show(self, view: DocumentView | None) -> None:
        self.view = view
        if view is None:
            for title, body in self._sections:
                title.setText("")
                body.setText("")
            self._sections[0][1].setText(self.tr("This document is no longer in the catalogue."))
            self.words.show_terms((), self._rtl)
            self.content_changed.emit()
            return
        self._picture.setPixmap(pictograms.pixmap(view.pictogram, PICTOGRAM_SIZE, ratio=2.0))
        texts = [
            (self.tr("What is it?"), view.what),
            (self.tr("What does it look like?"), view.looks_like),
            (self.tr("I don't have it: where do I get it?"), view.where_to_get),
        ]
        for (title, body), (words, text) in zip(self._sections, texts):
            title.setText(words)
            body.setText(self.shown(text))
            title.setVisible(bool(text.text))
            body.setVisible(bool(text.text))
        self._fallback.setText(self.tr("Some of this text is not yet translated: it is shown in French."))
        self._fallback.setVisible(any(text.fallback for _, text in texts) or view.title.fallback)
        self.words.show_terms(view.glossary, self._rtl)
        self.content_changed.emit()

    def _rtl(self, lang: str) -> bool:
        return self.services.direction(lang) == "rtl"
