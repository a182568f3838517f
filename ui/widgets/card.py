"""A card that acts as one big button and grows with its wrapped text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui import accessibility


class Card(QFrame):
    """A framed column of widgets that is pressed as a whole (touch, mouse, Enter or Space).

    Unlike a QPushButton holding a layout, its height follows its word-wrapped labels.

    Signals:
        clicked(): the card was pressed and released inside itself.
    """

    clicked = Signal()

    def __init__(self, *children: QWidget, name: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("Tile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        accessibility.set_role(self, accessibility.BUTTON)  # not a panel: a button with Press
        accessibility.set_name(self, name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 14, 24, 14)
        self._layout.setSpacing(4)
        for child in children:
            self.add(child)

    def add(self, child: QWidget) -> None:
        child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._layout.addWidget(child)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setProperty("pressed", True)
        self._restyle()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.setProperty("pressed", False)
        self._restyle()
        if self.rect().contains(event.position().toPoint()):
            self.clicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
        else:
            super().keyPressEvent(event)

    def _restyle(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)
