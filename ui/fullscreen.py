"""The kiosk window is the screen: its geometry, and the sizes of the look that follow from it.

Window managers differ: cage (Wayland) sends the output's size, an X11 server with no window
manager ignores "full screen" and keeps the window at its size hint in a corner, Windows honours
it. So the window asks for full screen *and* takes the screen's geometry itself, with that size
as its fixed size: a long word or a big screen's content can never grow or shrink it. When the
screen changes (resolution, a screen plugged in or out, the window moved) it does it again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Slot
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from ui import theme
from ui.fonts import kiosk_font


def apply_look(app: QApplication, scale: float) -> None:
    """Set the application's font and stylesheet for ``scale`` (see ``theme.scale_for``)."""
    app.setFont(kiosk_font(pixel_size=theme.scaled(theme.BODY_PX, scale)))
    app.setStyleSheet(theme.stylesheet(scale))
    app.setProperty("kioskScale", scale)


def current_scale() -> float:
    """The scale the look was last set for (1.0 before any)."""
    app = QApplication.instance()
    value = app.property("kioskScale") if app is not None else None
    return float(value) if value else 1.0


class ScreenFit(QObject):
    """Keeps ``window`` exactly on the screen it is on, and the look sized for that screen."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._screen: QScreen | None = None

    def start(self) -> None:
        """Show the window full screen on its screen, and follow changes of screen from now on."""
        app = QGuiApplication.instance()
        self._window.winId()  # makes the native window, so that windowHandle() exists
        self._window.windowHandle().screenChanged.connect(self._on_screen_changed)
        app.screenAdded.connect(self._on_screens_changed)
        app.screenRemoved.connect(self._on_screens_changed)
        app.primaryScreenChanged.connect(self._on_screens_changed)
        self._on_screen_changed(self._window.windowHandle().screen() or app.primaryScreen())
        self._window.showFullScreen()
        self.fit()  # again: some platforms move or resize a window as it is first shown

    def screen(self) -> QScreen | None:
        return self._screen

    @Slot()
    def fit(self) -> None:
        """Give the window its screen's geometry, and the look that screen's size calls for."""
        screen = self._screen or QGuiApplication.primaryScreen()
        if screen is None:
            return
        geometry: QRect = screen.geometry()
        scale = theme.scale_for(geometry.width(), geometry.height())
        if abs(scale - current_scale()) > 1e-6:
            apply_look(QApplication.instance(), scale)
        self._window.setFixedSize(geometry.size())
        if self._window.geometry() != geometry:
            self._window.setGeometry(geometry)

    @Slot(QScreen)
    def _on_screen_changed(self, screen: QScreen | None) -> None:
        if self._screen is not None:
            try:
                self._screen.geometryChanged.disconnect(self.fit)
            except (RuntimeError, TypeError):
                pass  # the screen was unplugged: Qt deleted it, and its connections with it
        self._screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self.fit)
        self.fit()

    @Slot()
    def _on_screens_changed(self, *_args) -> None:
        # A screen removed moves its windows to another one (screenChanged follows); a screen
        # added or a new primary one may leave the window where it was: fit it again anyway.
        handle = self._window.windowHandle()
        current = handle.screen() if handle is not None else None
        if current is not self._screen:
            self._on_screen_changed(current)
        else:
            self.fit()
