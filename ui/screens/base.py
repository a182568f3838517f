"""What every screen offers the window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.services import Services


class Screen(QWidget):
    """A full screen of the kiosk, shown under the window's bar and header.

    Signals:
        navigate(str, object): open the screen of that name with that argument.
    """

    navigate = Signal(str, object)

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services

    def title(self) -> str:
        """The header's title for this screen, in the current language."""
        raise NotImplementedError

    def open(self, argument: object, lang: str) -> None:
        """Show ``argument`` (a slug, or None) in ``lang``."""
        self.show_language(lang)

    def show_language(self, lang: str) -> None:
        """Fill every text again in ``lang`` (called on a language switch)."""
        raise NotImplementedError

    def spoken_text(self) -> str:
        """What the read-aloud button reads on this screen."""
        return self.title()
