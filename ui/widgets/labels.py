"""Labels that never interpret catalogue text as rich text (DESIGN.md section 6)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.accessibility import plain

#: The zero-width space: an invisible place where a line may break.
ZWSP = "\u200b"
#: A run of characters without a space at least this long gets break opportunities after
#: / . - _ ? & = (web addresses, file names) ...
LONG_RUN = 20
#: ... and a piece of it longer than any real word, one every ``ANYWHERE`` characters.
LONGEST_WORD = 30
ANYWHERE = 16
_RUN = re.compile(r"\S{%d,}" % LONG_RUN)
_AFTER = re.compile(r"([/.\-_?&=])(?=\S)")
_PIECE = re.compile(r"[^%s]{%d,}" % (ZWSP, LONGEST_WORD + 1))


def breakable(text: str) -> str:
    """``text`` with invisible break opportunities in its long unbroken runs, for display only.

    A 227-character web address or a very long word cannot wrap, so a label holding it widens
    its screen past the window. Words of ordinary length are left as they are. Never use the
    result for anything but showing it: the QR codes and the handout get the text as written.
    """
    if len(text) < LONG_RUN:
        return text

    def split(piece: re.Match) -> str:
        run = piece.group(0)
        return ZWSP.join(run[i:i + ANYWHERE] for i in range(0, len(run), ANYWHERE))

    def run_breaks(match: re.Match) -> str:
        return _PIECE.sub(split, _AFTER.sub(r"\1" + ZWSP, match.group(0)))

    return _RUN.sub(run_breaks, text)


class PlainLabel(QLabel):
    """A word-wrapped label that shows its text exactly as written: no HTML, no links, no images.

    Long web addresses and words wrap inside it too (``breakable``); ``text()`` gives the text
    as it was set.
    """

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
        self._text = text
        super().setText(breakable(text))
        self.setAccessibleName(plain(text))

    def text(self) -> str:
        return self._text

    def clear(self) -> None:
        self.setText("")


#: Unicode marks that set a paragraph's direction without showing anything.
RLM, LRM = "\u200f", "\u200e"


def directed(text: str, rtl: bool) -> str:
    """``text`` with each line starting in its language's direction.

    A paragraph takes its direction from its first strong letter, so an Arabic sentence that
    starts with "CAF" or "ameli.fr" would be laid out left to right, its words out of order.
    """
    mark = RLM if rtl else LRM
    return "\n".join(mark + line for line in text.split("\n")) if text else text
