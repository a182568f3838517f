"""Every language of the kiosk on one panel, behind the language bar's "more languages" button.

The language bar keeps the most used languages one tap away (``BAR_LANGUAGES``); with more than
that, the others wait here, each written in its own script, on large buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.catalogue import LanguageInfo
from ui import accessibility
from ui.widgets.common import big_button
from ui.widgets.labels import PlainLabel

# How many languages the bar shows itself: the first ones of the catalogue's list, which puts
# the most used first (fr, en, ar, tr, uk in the starter catalogue). (Plain comments: lupdate
# would give "#:" ones to translators.)
BAR_LANGUAGES = 5
# Buttons a row on the panel, in landscape and in portrait.
COLUMNS = {False: 3, True: 2}


def bar_languages(languages: list[LanguageInfo]) -> list[LanguageInfo]:
    """The languages the bar shows one tap away."""
    return languages[:BAR_LANGUAGES]


class LanguagePanel(QWidget):
    """Covers the window: every language as a big button, and Close.

    Signals:
        chosen(str): the language code tapped.
    """

    chosen = Signal(str)

    def __init__(self, languages: list[LanguageInfo], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._portrait = False
        self._title = PlainLabel(object_name="ScreenTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._buttons: dict[str, QPushButton] = {}
        for language in languages:
            button = QPushButton(language.name, objectName="LanguageOption", checkable=True)
            button.setProperty("lang", language.code)
            button.setAccessibleName(language.name)
            accessibility.set_role(button, accessibility.RADIO)
            self._buttons[language.code] = button
        self._close = big_button("", "close", role="Secondary")

        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        panel = QFrame(objectName="OverlayPanel")
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(48, 32, 48, 32)
        inner.setSpacing(24)
        inner.addWidget(self._title)
        inner.addLayout(self._grid)
        inner.addWidget(self._close, 0, Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignCenter)
        self._arrange()

        for code, button in self._buttons.items():
            button.clicked.connect(lambda _=False, code=code: self._choose(code))
        self._close.clicked.connect(self.close_panel)
        self.hide()

    def open_panel(self, current: str, portrait: bool) -> None:
        """Show the panel over the window, ``current`` marked as the language on screen."""
        if portrait != self._portrait:
            self._portrait = portrait
            self._arrange()
        for code, button in self._buttons.items():
            button.setChecked(code == current)
        self._retranslate()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        accessibility.follow_reading_order(self)

    def buttons(self) -> dict[str, QPushButton]:
        return dict(self._buttons)

    @Slot()
    def close_panel(self) -> None:
        self.hide()

    def _choose(self, code: str) -> None:
        self.hide()
        self.chosen.emit(code)

    def _arrange(self) -> None:
        columns = COLUMNS[self._portrait]
        for index, button in enumerate(self._buttons.values()):
            self._grid.removeWidget(button)
            self._grid.addWidget(button, index // columns, index % columns)

    def _retranslate(self) -> None:
        title = self.tr("Choose your language")
        self._title.setText(title)
        self.setAccessibleName(title)
        close = self.tr("Close")
        self._close.setText(close)
        self._close.setAccessibleName(close)
