"""The French text beside the resident's language, at a partner's front desk (``kiosk desk``).

The receptionist reads French, the resident their own language: each translated text of a
procedure gets its French under it, smaller and muted. French is laid out left to right even
on a right-to-left screen, and starts at the left edge.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from ui.widgets.labels import PlainLabel, directed


class FrenchBeside(PlainLabel):
    """A muted, smaller label holding the French of the text above it; hidden when empty."""

    def __init__(self, parent=None) -> None:
        super().__init__(object_name="FrenchBeside", parent=parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # Absolute: the left even in a right-to-left layout, where "leading" is the right.
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
        self.hide()

    def set_french(self, text: str) -> None:
        """Show ``text`` (French), or hide the label when it is empty.

        Shown, its locale is French, so a screen reader reads it in French; hidden, it follows
        the screen's language like every other widget (ui.accessibility.set_language)."""
        self.setText(directed(text, rtl=False))
        if text:
            self.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))
        else:
            self.unsetLocale()
        self.setVisible(bool(text))

