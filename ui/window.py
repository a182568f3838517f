"""The kiosk window: the language bar, a header that never moves, and the screens."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from ui import pictograms
from ui.screens.base import Screen
from ui.screens.category import CategoryScreen
from ui.screens.document import DocumentScreen
from ui.screens.guide import GuideScreen
from ui.screens.home import HomeScreen
from ui.screens.procedure import ProcedureScreen
from ui.services import Services
from ui.translations import InterfaceLanguage
from ui.widgets.labels import PlainLabel


class KioskWindow(QWidget):
    """The one window of the resident's kiosk.

    Signals:
        language_changed(str): the language code now shown.
    """

    language_changed = Signal(str)

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.lang = services.default_language
        self._interface_language = InterfaceLanguage()
        self._history: list[tuple[str, object]] = []

        # Top bar: home and the languages, each written in its own script.
        self._bar = QWidget(objectName="TopBar")
        self._home_button = QPushButton(objectName="HomeButton")
        self._home_button.setFlat(True)
        self._home_button.setIconSize(QSize(40, 40))
        self._languages = QButtonGroup(self)
        self._languages.setExclusive(True)
        self._language_buttons: dict[str, QPushButton] = {}
        for language in services.languages:
            button = QPushButton(language.name, checkable=True)
            button.setProperty("lang", language.code)
            button.setAccessibleName(language.name)
            self._languages.addButton(button)
            self._language_buttons[language.code] = button

        # Header: back, the screen's title, help. Same place on every screen.
        self._back_button = QPushButton(objectName="Secondary")
        self._back_button.setIconSize(QSize(40, 40))
        self._title = PlainLabel(object_name="ScreenTitle")
        self._help_button = QPushButton(objectName="Help")
        self._help_button.setIconSize(QSize(40, 40))

        self._stack = QStackedWidget()
        self._screens: dict[str, Screen] = {
            "home": HomeScreen(services),
            "category": CategoryScreen(services),
            "procedure": ProcedureScreen(services),
            "document": DocumentScreen(services),
            "guide": GuideScreen(services),
        }
        for screen in self._screens.values():
            self._stack.addWidget(screen)

        bar = QHBoxLayout(self._bar)
        bar.setContentsMargins(24, 8, 24, 8)
        bar.addWidget(self._home_button)
        bar.addStretch(1)
        for button in self._language_buttons.values():
            bar.addWidget(button)
        header = QHBoxLayout()
        header.setContentsMargins(48, 16, 48, 0)
        header.setSpacing(24)
        header.addWidget(self._back_button)
        header.addWidget(self._title, 1)
        header.addWidget(self._help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._bar)
        layout.addLayout(header)
        layout.addWidget(self._stack, 1)

        self._connect_signals()
        self.set_language(self.lang)
        self.go_home()

    def _connect_signals(self) -> None:
        # navigation
        self._home_button.clicked.connect(self.go_home)
        self._back_button.clicked.connect(self.go_back)
        for screen in self._screens.values():
            screen.navigate.connect(self.open_screen)
            screen.content_changed.connect(self._refresh_header)
        # languages
        self._languages.buttonClicked.connect(self._on_language_clicked)

    # --- user actions ---------------------------------------------------------------------

    @Slot()
    def go_home(self) -> None:
        self._history = []
        self.open_screen("home", None)

    @Slot()
    def go_back(self) -> None:
        if len(self._history) > 1:
            self._history.pop()
            name, argument = self._history.pop()
            self.open_screen(name, argument)

    @Slot(str, object)
    def open_screen(self, name: str, argument: object) -> None:
        screen = self._screens.get(name)
        if screen is None:
            return
        self._history.append((name, argument))
        screen.open(argument, self.lang)
        self._stack.setCurrentWidget(screen)
        self._refresh_header()

    def set_language(self, lang: str) -> None:
        """Show everything in ``lang`` at once, mirrored for right-to-left languages."""
        self.lang = lang
        self._interface_language.set(lang)
        direction = self.services.direction(lang)
        QApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight)
        self._language_buttons[lang].setChecked(True)
        current = self.current_screen()
        if current is not None and self._history:
            current.show_language(lang)
        self._refresh_header()
        self.language_changed.emit(lang)

    def current_screen(self) -> Screen | None:
        return self._stack.currentWidget()

    def screen(self, name: str) -> Screen:
        return self._screens[name]

    # --- internals ------------------------------------------------------------------------

    @Slot()
    def _on_language_clicked(self, button: QPushButton) -> None:
        self.set_language(button.property("lang"))

    def _refresh_header(self) -> None:
        rtl = self.services.direction(self.lang) == "rtl"
        self._home_button.setIcon(pictograms.icon("home", 40))
        self._home_button.setText(self.tr("Home"))
        self._home_button.setAccessibleName(self.tr("Home"))
        self._back_button.setIcon(pictograms.icon("back", 40, mirrored=rtl))
        self._back_button.setText(self.tr("Back"))
        self._back_button.setAccessibleName(self.tr("Back"))
        self._help_button.setIcon(pictograms.icon("help", 40))
        self._help_button.setText(self.tr("Need help?"))
        self._help_button.setAccessibleName(self.tr("Need help?"))
        # Back keeps its place on the home screen, only invisible, so nothing else moves.
        on_home = len(self._history) <= 1
        policy = self._back_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._back_button.setSizePolicy(policy)
        self._back_button.setVisible(not on_home)
        screen = self.current_screen()
        self._title.setText(screen.title() if screen is not None else "")
