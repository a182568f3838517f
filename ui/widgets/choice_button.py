"""A large checkable button with a pictogram and a label that wraps rather than being cut."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy

from ui import accessibility, pictograms
from ui.widgets.labels import PlainLabel


class ChoiceButton(QPushButton):
    """One choice of a row of exclusive choices (a filter), at least 64 px high.

    A QPushButton's own text never wraps and is cut when a translation is long; this one lays a
    word-wrapped label beside its pictogram instead.
    """

    def __init__(self, pictogram: str, text: str, *, icon_size: int = 34, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("ThemeFilter")
        self.setCheckable(True)
        self._icon_size = icon_size
        # The pictogram sits on a white disc, so it stays legible on the checked (dark) button.
        self._picture = QLabel(objectName="FilterIcon", alignment=Qt.AlignmentFlag.AlignCenter)
        self._picture.setFixedSize(icon_size + 12, icon_size + 12)
        self._label = PlainLabel()
        self._label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.setSpacing(12)
        layout.addWidget(self._picture)
        layout.addWidget(self._label, 1)
        for child in (self._picture, self._label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(64)

        self.toggled.connect(self._on_toggled)
        self.set_content(pictogram, text)

    def set_content(self, pictogram: str, text: str) -> None:
        self._picture.setPixmap(pictograms.pixmap(pictogram, self._icon_size, ratio=self.devicePixelRatioF()))
        self._label.setText(text)
        accessibility.set_name(self, text)

    def label_text(self) -> str:
        return self._label.text()

    @Slot(bool)
    def _on_toggled(self, checked: bool) -> None:
        # A child's style does not follow its parent's :checked state by itself.
        self._label.setProperty("on", checked)
        self._label.style().unpolish(self._label)
        self._label.style().polish(self._label)
