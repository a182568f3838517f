"""Labels that never interpret catalogue text as rich text (DESIGN.md section 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.accessibility import plain


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

    def setText(self, text: str) -> None:
        """Show ``text``; screen readers read it without the direction marks it may start with."""
        super().setText(text)
        self.setAccessibleName(plain(text))


#: Unicode marks that set a paragraph's direction without showing anything.
RLM, LRM = "\u200f", "\u200e"


def directed(text: str, rtl: bool) -> str:
    """``text`` with each line starting in its language's direction.

    A paragraph takes its direction from its first strong letter, so an Arabic sentence that
    starts with "CAF" or "ameli.fr" would be laid out left to right, its words out of order.
    """
    mark = RLM if rtl else LRM
    return "\n".join(mark + line for line in text.split("\n")) if text else text
