"""Labels that never interpret catalogue text as rich text (DESIGN.md section 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


class PlainLabel(QLabel):
    """A word-wrapped label that shows its text exactly as written: no HTML, no links, no images."""

    def __init__(self, text: str = "", *, object_name: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if object_name:
            self.setObjectName(object_name)
        self.setText(text)
