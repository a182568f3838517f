"""A large touch tile: a pictogram above a label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout

from ui import accessibility, pictograms
from ui.widgets.labels import PlainLabel


class Tile(QPushButton):
    """A big button with a pictogram and a wrapped label, for categories and procedures."""

    def __init__(self, pictogram: str, text: str, *, name: str = "", icon_size: int = 96, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("Tile")
        self._picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._label = PlainLabel()
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._icon_size = icon_size

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self._picture, 1)
        layout.addWidget(self._label)
        for child in (self._picture, self._label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 140)
        self.set_content(pictogram, text, name)

    def set_content(self, pictogram: str, text: str, name: str = "") -> None:
        """Show ``pictogram`` and ``text``; ``name`` (default: the text) is what screen readers say."""
        self._picture.setPixmap(pictograms.pixmap(pictogram, self._icon_size, ratio=2.0))
        self._label.setText(text)
        accessibility.set_name(self, name or text)

    def text_label(self) -> QLabel:
        return self._label
