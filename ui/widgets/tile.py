"""A large touch tile: a pictogram above a label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout

from ui import accessibility, pictograms
from ui.widgets.labels import PlainLabel

#: The smallest a tile's pictogram gets on a small screen before the tiles stop shrinking.
MIN_ICON = 28


class FittedPicture(QLabel):
    """A pictogram drawn as large as its room allows, up to ``largest`` pixels, never cut.

    Its room comes from the layout (it asks for none beyond ``MIN_ICON``), so a tile on a
    1280x720 screen shrinks its pictogram rather than showing a sliver of it.
    """

    def __init__(self, largest: int, parent=None) -> None:
        super().__init__(parent, alignment=Qt.AlignmentFlag.AlignCenter)
        self._name = ""
        self._largest = largest
        self._drawn = 0
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(MIN_ICON, MIN_ICON)

    def set_pictogram(self, name: str) -> None:
        self._name, self._drawn = name, 0
        self._draw()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._draw()

    def _draw(self) -> None:
        size = max(1, min(self._largest, self.width(), self.height()))
        if self._name and size != self._drawn:
            self._drawn = size
            self.setPixmap(pictograms.pixmap(self._name, size, ratio=self.devicePixelRatioF()))


class Tile(QPushButton):
    """A big button with a pictogram and a wrapped label, for categories and procedures."""

    def __init__(self, pictogram: str, text: str, *, name: str = "", icon_size: int = 96, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("Tile")
        self._picture = FittedPicture(icon_size)
        self._label = PlainLabel()
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self._picture, 1)
        layout.addWidget(self._label)
        for child in (self._picture, self._label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.set_content(pictogram, text, name)

    def set_content(self, pictogram: str, text: str, name: str = "") -> None:
        """Show ``pictogram`` and ``text``; ``name`` (default: the text) is what screen readers say."""
        self._picture.set_pictogram(pictogram)
        self._label.setText(text)
        accessibility.set_name(self, name or text)

    def text_label(self) -> QLabel:
        return self._label

    def resizeEvent(self, event) -> None:
        # The label's size hint comes from its font's metrics; Arabic letters come from the
        # taller Noto Naskh Arabic: ask the wrapped text for its height, the pictogram gives way.
        super().resizeEvent(event)
        needed = self._label.heightForWidth(self._label.width())
        if needed > 0 and needed != self._label.minimumHeight():
            self._label.setMinimumHeight(needed)
