"""The one exception type the core raises for a refusal a person must read."""

from __future__ import annotations

from kiosk.messages import Text, render


class KioskError(Exception):
    """A refusal or failure explained in one plain sentence.

    The command line prints ``str(error)`` on stderr and exits 1; the UI shows it. ``text`` is the
    same sentence as it was given: a ``Message`` when the editor may show it in the assistant's
    language (see ``kiosk.messages``), else the English string. Whatever raised it has changed
    nothing.
    """

    def __init__(self, text: Text = "", *args: object) -> None:
        super().__init__(render(text), *args)
        self.text = text
