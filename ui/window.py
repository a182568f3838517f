"""The kiosk window: the language bar, a header that never moves, the screens, the idle reset."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from kiosk.pins import Role, has_pin, try_pin
from ui import accessibility, pictograms
from ui.operations import run_in_background
from ui.idle import IdleWatcher
from ui.keyboard import KeyboardLanguage
from ui.lockdown import EventGuard, forget_clipboard, give_back_memory
from ui.fullscreen import ScreenFit
from ui.screens.admin import AdminScreen
from ui.screens.base import Screen
from ui.screens.category import CategoryScreen
from ui.screens.digital import DigitalScreen
from ui.screens.document import DocumentScreen
from ui.screens.glossary import GlossaryScreen
from ui.screens.eligibility import EligibilityScreen
from ui.screens.guide import GuideScreen
from ui.screens.help import HelpScreen
from ui.screens.helping import HelpingScreen
from ui.screens.home import HomeScreen
from ui.screens.partners import PartnersScreen
from ui.screens.procedure import ProcedureScreen
from ui.screens.search import SearchScreen
from ui.screens.takeaway import TakeawayScreen
from ui.services import Services
from ui.speech import ReadAloud
from ui.sync import BackgroundSync
from ui.translations import InterfaceLanguage
from ui.watchdog import Watchdog
from ui.widgets.common import big_button, set_button
from ui.widgets.countdown import StillThereOverlay
from ui.widgets.language_panel import LanguagePanel, bar_languages
from ui.widgets.pin_pad import PinPad
from ui.widgets.labels import PlainLabel
from ui.widgets.french import FrenchBeside


#: Mediator and admin modes fall back to the resident mode after this long without a touch.
ELEVATED_IDLE_SECONDS = 120
#: Screens reached only in the mediator or admin mode.
ELEVATED_SCREENS = {"helping", "admin"}


def is_typed_text(event) -> bool:
    """A key that types a letter or digit, without Ctrl, Alt or the system key."""
    held = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    text = event.text()
    return bool(text) and text.isprintable() and not text.isspace() and not (event.modifiers() & held)


class KioskWindow(QWidget):
    """The one window of the resident's kiosk.

    Signals:
        language_changed(str): the language code now shown.
        session_reset(): everything of the last resident was forgotten.
    """

    language_changed = Signal(str)
    session_reset = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.lang = services.default_language
        self._interface_language = InterfaceLanguage()
        self._history: list[tuple[str, object]] = []

        # Top bar: home and the languages, each written in its own script.
        self._bar = QWidget(objectName="TopBar")
        self._home_button = QPushButton(objectName="HomeButton")
        self._home_button.setIconSize(QSize(40, 40))
        self._mode_label = PlainLabel(object_name="ModeBand")
        self._helping_button = QPushButton(objectName="ModeButton")
        self._admin_button = QPushButton(objectName="ModeButton")
        self._leave_button = QPushButton(objectName="ModeButton")
        self._languages = QButtonGroup(self)
        self._language_buttons: dict[str, QPushButton] = {}
        # For screen readers: one choice among the languages.
        self._language_group = QWidget(objectName="LanguageChoice")
        accessibility.set_role(self._language_group, accessibility.GROUP)
        for language in services.languages:
            button = QPushButton(language.name, checkable=True)
            button.setProperty("lang", language.code)
            button.setAccessibleName(language.name)
            accessibility.set_role(button, accessibility.RADIO)
            self._languages.addButton(button)
            self._language_buttons[language.code] = button
        #: The languages one tap away on the bar; the others behind "more languages", and on the
        #: bar only while one of them is on screen (so the choice shows).
        self._bar_codes = [language.code for language in bar_languages(services.languages)]
        self._more_button = QPushButton(objectName="MoreLanguages")
        self._more_button.setIconSize(QSize(36, 36))
        self._more_button.setVisible(len(services.languages) > len(self._bar_codes))
        self._language_panel = LanguagePanel(services.languages, self)

        # Header: back, the screen's title, read aloud, help. Same place on every screen.
        self._back_button = big_button("", "back", role="Secondary")
        self._title = PlainLabel(object_name="ScreenTitle")
        self._title_fr = FrenchBeside()  # at a front desk: the title in French too
        self._title_box = QWidget()
        title_box = QVBoxLayout(self._title_box)
        title_box.setContentsMargins(0, 0, 0, 0)
        title_box.setSpacing(0)
        title_box.addWidget(self._title)
        title_box.addWidget(self._title_fr)
        self._listen_button = big_button("", "speaker", role="Secondary")
        self._help_button = big_button("", "help", role="Help")

        self._stack = QStackedWidget()
        #: Every screen, by name; each is built the first time it is needed (a faster start).
        self._screen_types: dict[str, type[Screen]] = {
            "home": HomeScreen, "category": CategoryScreen, "procedure": ProcedureScreen,
            "document": DocumentScreen, "glossary": GlossaryScreen, "guide": GuideScreen, "search": SearchScreen,
            "eligibility": EligibilityScreen,
            "partners": PartnersScreen, "digital": DigitalScreen, "help": HelpScreen, "takeaway": TakeawayScreen,
            "helping": HelpingScreen, "admin": AdminScreen,
        }
        self._screens: dict[str, Screen] = {}

        self.speech = ReadAloud(services.speech_engine, self)
        self.keyboard = KeyboardLanguage([language.code for language in services.languages], self)
        self.idle = IdleWatcher(services.idle_clock, idle_seconds=services.idle_seconds, parent=self)
        self.watchdog = Watchdog(self)
        self.sync = BackgroundSync(services.context, self)
        self.guard = EventGuard(self.idle, services.idle_clock, self)
        self._pin_pad = PinPad(self)
        #: Only the admin mode may close the window (quitting kiosk mode).
        self.closing_allowed = False
        self._overlay = StillThereOverlay(self)

        bar = QVBoxLayout(self._bar)
        bar.setContentsMargins(24, 8, 24, 8)
        bar.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(self._home_button)
        top.addSpacing(24)
        for widget in (self._mode_label, self._helping_button, self._admin_button, self._leave_button):
            top.addWidget(widget)
            widget.hide()
        top.addStretch(1)
        self._bar_top = top
        languages = QHBoxLayout(self._language_group)
        languages.setContentsMargins(0, 0, 0, 0)
        for button in self._language_buttons.values():
            languages.addWidget(button)
        self._language_row = QWidget(objectName="LanguageRow")
        row = QHBoxLayout(self._language_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._language_group)
        row.addWidget(self._more_button)
        # In portrait the languages take a row of their own, under Home (``_arrange_bar``).
        self._bar_second = QHBoxLayout()
        self._bar_second.addStretch(1)
        bar.addLayout(top)
        bar.addLayout(self._bar_second)
        top.addWidget(self._language_row)
        self._header = QGridLayout()
        self._header.setContentsMargins(48, 16, 48, 0)
        self._header.setSpacing(24)
        self._portrait = False
        self._arrange_header()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._bar)
        layout.addLayout(self._header)
        layout.addWidget(self._stack, 1)
        accessibility.follow_reading_order(self)

        self._connect_signals()
        self.set_language(self.lang)
        self.go_home()

    def _connect_signals(self) -> None:
        # navigation
        self._home_button.clicked.connect(self.go_home)
        self._back_button.clicked.connect(self.go_back)
        self._help_button.clicked.connect(self.open_help)
        # languages
        self._languages.buttonClicked.connect(self._on_language_clicked)
        self._more_button.clicked.connect(self.open_languages)
        self._language_panel.chosen.connect(self.set_language)
        # read aloud
        self._listen_button.clicked.connect(self.toggle_reading)
        self.speech.speaking_changed.connect(self._refresh_listen_button)
        self.speech.loaded.connect(self._refresh_listen_button)
        # idle reset
        self.idle.countdown.connect(self._overlay.show_seconds)
        self.idle.resumed.connect(self._overlay.hide)
        self.idle.expired.connect(self.reset_session)
        self._overlay.still_here.connect(self.idle.touch)
        self.idle.ticked.connect(self._on_idle_tick)
        # mediator and admin modes
        self.guard.secret_gesture.connect(self._pin_pad.open_pad)
        self._pin_pad.entered.connect(self._on_pin_entered)
        self._leave_button.clicked.connect(lambda: self.set_mode("resident"))
        self._helping_button.clicked.connect(lambda: self.open_screen("helping", None))
        self._admin_button.clicked.connect(lambda: self.open_screen("admin", None))

    def _connect_screen(self, name: str, screen: Screen) -> None:
        screen.navigate.connect(self.open_screen)
        screen.content_changed.connect(self._refresh_header)
        if name == "admin":
            screen.sync_requested.connect(self.sync.sync_now)
            screen.quit_requested.connect(self.quit_kiosk)
            self.sync.finished.connect(screen.sync_finished)

    def start_services(self) -> None:
        """Start what waits until the first screen is painted: watchdog, idle watch, read-aloud,
        sync, the statistics' writer. A front desk has no lockdown and no idle reset: the
        receptionist is there, and the window is one among the desk PC's others."""
        self.services.prepare_statistics()
        self.watchdog.start()
        if not self.services.safe_start:  # a safe start leaves the background sync off
            self.sync.start()
        if not self.services.desk:
            QApplication.instance().installEventFilter(self.guard)
            self.idle.start()
        self.speech.load()

    # --- user actions ---------------------------------------------------------------------

    def show_in_window(self, size: QSize | None = None) -> None:
        """Show a front desk's window: a normal, resizable window among the desk PC's others, at
        ``size`` or 90 % of its screen, the look sized for the window (ui.desk.WindowFit)."""
        from ui.desk import WindowFit

        self._window_fit = WindowFit(self)
        self._window_fit.start(size)

    def window_fit(self):
        """A desk's ui.desk.WindowFit (None on a terminal)."""
        return getattr(self, "_window_fit", None)

    def show_on_screen(self) -> None:
        """Show the kiosk as its screen: full screen, frameless, following the screen's changes."""
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self._screen_fit = ScreenFit(self)
        self._screen_fit.start()

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

    @Slot()
    def open_help(self) -> None:
        self.open_screen("help", None)

    @Slot()
    def open_languages(self) -> None:
        """Every language on one panel (the bar shows the most used ones)."""
        self._language_panel.open_panel(self.lang, self._portrait)

    @Slot()
    def close_languages(self) -> None:
        self._language_panel.close_panel()

    @Slot(str, object)
    def open_screen(self, name: str, argument: object) -> None:
        if name not in self._screen_types or (name in ELEVATED_SCREENS and not self.services.elevated()):
            return
        if name == "admin" and self.services.mode != "admin":
            return
        screen = self.screen(name)
        self.speech.stop()
        if self._history and self._history[-1] == (name, argument):
            self._history.pop()  # the same screen again (e.g. the guide's last step): no loop
        self._history.append((name, argument))
        screen.open(argument, self.lang)
        self._stack.setCurrentWidget(screen)
        self._refresh_header()

    def set_language(self, lang: str) -> None:
        """Show everything in ``lang`` at once, mirrored for right-to-left languages."""
        self.lang = lang
        self.speech.stop()
        self._interface_language.set(lang)
        accessibility.set_language(lang)
        self.keyboard.set_language(lang)
        rtl = self.services.direction(lang) == "rtl"
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self._language_buttons[lang].setChecked(True)
        for code, button in self._language_buttons.items():
            button.setVisible(code in self._bar_codes or code == lang)
        current = self.current_screen()
        if current is not None and self._history:
            current.show_language(lang)
        self._refresh_header()
        self.language_changed.emit(lang)

    @Slot()
    def toggle_reading(self) -> None:
        if self.speech.is_speaking():
            self.speech.stop()
        else:
            self.speech.speak(accessibility.spoken(self.current_screen().spoken_text()), self.lang)

    def set_mode(self, mode: str) -> None:
        """Switch between the resident, mediator and admin modes (the two last behind a PIN)."""
        self.services.mode = mode
        self._pin_pad.close_pad()
        self._refresh_mode_band()
        if mode == "admin":
            self.open_screen("admin", None)
        elif self.current_screen() is self._screens.get("admin"):
            self.go_home()
        else:
            current = self.current_screen()
            if current is not None and self._history:
                current.show_language(self.lang)  # helper notes appear or go

    @Slot()
    def quit_kiosk(self) -> None:
        """Leave kiosk mode: only from the admin screen."""
        if self.services.mode == "admin":
            self.closing_allowed = True
            QApplication.instance().quit()

    @Slot()
    def reset_session(self) -> None:
        """Forget the resident: home screen, default language, every screen emptied, resident mode."""
        self.speech.stop()
        self._overlay.hide()
        self._pin_pad.close_pad()
        self._language_panel.close_panel()
        self.services.mode = "resident"
        self._refresh_mode_band()
        for widget in QApplication.topLevelWidgets():  # any dialog a screen may have opened
            if widget is not self and widget.isWindow() and widget.isVisible() and widget.isModal():
                widget.close()
        for screen in self._screens.values():
            screen.reset()
        self.set_language(self.services.default_language)
        self.go_home()
        forget_clipboard()
        give_back_memory()
        self.session_reset.emit()

    # --- queries --------------------------------------------------------------------------

    def current_screen(self) -> Screen | None:
        return self._stack.currentWidget()

    def screen(self, name: str) -> Screen:
        """The screen ``name``, built now if it was never needed before."""
        screen = self._screens.get(name)
        if screen is None:
            screen = self._screens[name] = self._screen_types[name](self.services)
            self._stack.addWidget(screen)
            screen.set_portrait(self._portrait)
            self._connect_screen(name, screen)
        return screen

    def bar_languages(self) -> list[str]:
        """The languages one tap away on the bar (the others are on the "more languages" panel)."""
        return list(self._bar_codes)

    def language_panel(self) -> LanguagePanel:
        return self._language_panel

    def screen_names(self) -> list[str]:
        return list(self._screen_types)

    def history(self) -> list[tuple[str, object]]:
        return list(self._history)

    # --- internals ------------------------------------------------------------------------

    def _on_pin_entered(self, role: str, pin: str) -> None:
        db, now = self.services.context.db, self.services.context.clock()

        def done(attempt) -> None:
            if attempt.accepted:
                self.set_mode(role)
            elif attempt.locked_for.total_seconds() > 0:
                self._pin_pad.show_message(self.tr("Too many wrong PINs. Try again in %1 seconds.")
                                           .replace("%1", str(int(attempt.locked_for.total_seconds()))))
            elif not has_pin(db, Role(role)):
                self._pin_pad.show_message(self.tr("No PIN is set for this mode yet: "
                                                   "set it with the command kiosk pin set."))
            else:
                self._pin_pad.show_message(self.tr("Wrong PIN."))

        # scrypt takes tens of milliseconds: off the UI thread.
        run_in_background(self, lambda: try_pin(db, Role(role), pin, now), done)

    @Slot(float)
    def _on_idle_tick(self, idle_seconds: float) -> None:
        if self.services.elevated() and idle_seconds >= ELEVATED_IDLE_SECONDS:
            self.set_mode("resident")

    def _refresh_mode_band(self) -> None:
        mode = self.services.mode
        self._mode_label.setText({"mediator": self.tr("Mediator mode"),
                                  "admin": self.tr("Admin mode")}.get(mode, ""))
        for button, text in ((self._helping_button, self.tr("Helping well")),
                             (self._admin_button, self.tr("Settings")),
                             (self._leave_button, self.tr("Leave"))):
            button.setText(text)
            button.setAccessibleName(text)
        self._mode_label.setVisible(mode != "resident")
        self._helping_button.setVisible(mode != "resident")
        self._admin_button.setVisible(mode == "admin")
        self._leave_button.setVisible(mode != "resident")

    @Slot()
    def _on_language_clicked(self, button: QPushButton) -> None:
        self.set_language(button.property("lang"))

    def closeEvent(self, event) -> None:
        """Refused, except when the admin mode quits kiosk mode; a front desk's window closes."""
        if self.closing_allowed or self.services.desk:
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event) -> None:
        """Escape goes back, so the kiosk works with a keyboard alone. At a front desk, typing
        a word on any screen opens search with what was typed (no keyboard on screen: the desk
        has its own)."""
        if event.key() == Qt.Key.Key_Escape:
            self.go_back()
        elif self.services.desk and is_typed_text(event):
            if self.current_screen() is not self._screens.get("search"):
                self.open_screen("search", None)
            self.screen("search").type_text(event.text())  # the field takes the keyboard again
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size() != event.oldSize():
            self.arrange_screens()
        for overlay in (self._overlay, self._pin_pad, self._language_panel):
            if overlay.isVisible():
                overlay.setGeometry(self.rect())

    def arrange_screens(self) -> None:
        """Screens arrange themselves for the window's shape and the look's size: after a new
        screen (or the first), a desk's window resized, or the look sized again (ui.desk)."""
        portrait = self.height() > self.width()
        if portrait != self._portrait:
            self._portrait = portrait
            self._arrange_header()
            self._arrange_bar()
        for screen in self._screens.values():
            screen.set_portrait(portrait)
        current = self.current_screen()
        if current is not None and self._history:
            current.show_language(self.lang)

    def _arrange_bar(self) -> None:
        """The languages beside Home in landscape; in portrait, on a row of their own below it,
        so that the five and "more languages" fit a narrow screen."""
        self._bar_top.removeWidget(self._language_row)
        self._bar_second.removeWidget(self._language_row)
        (self._bar_second if self._portrait else self._bar_top).addWidget(self._language_row)

    def _arrange_header(self) -> None:
        """Back, the title, Listen and Help in a row; in portrait the title below the buttons,
        the whole width to itself."""
        header = self._header
        for widget in (self._back_button, self._title_box, self._listen_button, self._help_button):
            header.removeWidget(widget)
        header.addWidget(self._back_button, 0, 0)
        if self._portrait:
            header.addWidget(self._title_box, 1, 0, 1, 4)
        else:
            header.addWidget(self._title_box, 0, 1)
        header.addWidget(self._listen_button, 0, 2)
        header.addWidget(self._help_button, 0, 3)
        header.setColumnStretch(1, 1)

    @Slot()
    def _refresh_header(self) -> None:
        rtl = self.services.direction(self.lang) == "rtl"
        self._home_button.setIcon(pictograms.icon("home", 40))
        self._home_button.setText(self.tr("Home"))
        self._home_button.setAccessibleName(self.tr("Home"))
        set_button(self._back_button, self.tr("Back"), "back", mirrored=rtl)
        set_button(self._help_button, self.tr("Need help?"), "help")
        self._refresh_listen_button()
        # Back keeps its place on the home screen, only invisible, so nothing else moves.
        policy = self._back_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._back_button.setSizePolicy(policy)
        self._back_button.setVisible(len(self._history) > 1)
        screen = self.current_screen()
        self._title.setText(screen.title() if screen is not None else "")
        self._title_fr.set_french(screen.french_title() if screen is not None else "")
        self._language_group.setAccessibleName(self.tr("Language"))
        self._more_button.setIcon(pictograms.icon("language", 36))
        self._more_button.setText(self.tr("More languages"))
        self._more_button.setAccessibleName(self.tr("More languages"))
        if screen is not None:
            accessibility.name_regions(screen, screen.title())
            accessibility.follow_reading_order(screen)

    @Slot()
    def _refresh_listen_button(self, *_args) -> None:
        speaking = self.speech.is_speaking()
        set_button(self._listen_button, self.tr("Stop") if speaking else self.tr("Listen"),
                   "stop" if speaking else "speaker")
        policy = self._listen_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._listen_button.setSizePolicy(policy)
        self._listen_button.setVisible(self.speech.can_speak(self.lang))
