"""What does this word mean? A glossary word explained in plain words (issue 14, item 3).

Opened from the "Words explained here" row of the procedure, document and guide screens, as the
document screen is opened from a checklist's "i" button; Back returns to the screen it came from.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.catalogue import GlossaryView, load_glossary_entry
from ui import pictograms
from ui.screens.base import ItemScreen
from ui.widgets.common import touch_scroll_area
from ui.widgets.glossary_row import GlossaryRow
from ui.widgets.labels import PlainLabel

PICTOGRAM_SIZE = 160


class GlossaryScreen(ItemScreen):
    """One glossary word, its explanation, and the other glossary words the explanation uses."""

    loader = staticmethod(load_glossary_entry)

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self._picture = PlainLabel()
        self._picture.setFixedSize(PICTOGRAM_SIZE, PICTOGRAM_SIZE)
        self._fallback = PlainLabel(object_name="FallbackNote")
        self._explanation = PlainLabel(object_name="Lead")
        self.words = GlossaryRow()

        content = QWidget()
        text = QVBoxLayout(content)
        text.setSpacing(12)
        text.addWidget(self._fallback)
        text.addWidget(self._explanation)
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
        return "\n".join(part for part in (self.title(), self._explanation.text()) if part)

    def reset(self) -> None:
        self.forget_loads()
        self.view, self._slug = None, None

    def _show(self, view: GlossaryView | None) -> None:
        self.view = view
        if view is None:
            self._explanation.setText(self.tr("This word is no longer in the catalogue."))
            self._fallback.setVisible(False)
            self.words.show_terms((), self._rtl)
            self.content_changed.emit()
            return
        self._picture.setPixmap(pictograms.pixmap("info", PICTOGRAM_SIZE, ratio=2.0))
        self._explanation.setText(self.shown(view.explanation))
        self._fallback.setText(self.tr("Some of this text is not yet translated: it is shown in French."))
        self._fallback.setVisible(view.explanation.fallback or view.title.fallback)
        self.words.show_terms(view.glossary, self._rtl)
        self.content_changed.emit()

    def _rtl(self, lang: str) -> bool:
        return self.services.direction(lang) == "rtl"
