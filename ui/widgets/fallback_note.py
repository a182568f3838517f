"""The line that tells a resident some texts are shown in French for want of a translation.

DESIGN.md section 3: a missing translation falls back to French and the screen says so. Screens
whose texts come from several catalogue items (home, a life event's procedures) show this note
whenever one of them is in French while the screen is in another language.
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.text import Localized
from ui.widgets.labels import PlainLabel


class FallbackNote(PlainLabel):
    """Shown only while some of the screen's catalogue texts fall back to French."""

    def __init__(self, parent=None) -> None:
        super().__init__(object_name="FallbackNote", parent=parent)
        self.hide()

    def show_for(self, texts: Iterable[Localized]) -> None:
        """Say so when one of ``texts`` is the French one, shown for want of a translation."""
        self.setText(self.tr("Some texts are not translated yet: they are shown in French."))
        self.setVisible(any(text.fallback for text in texts))
