"""``kiosk desk``: the kiosk's screens in a normal window, for a partner's front desk (issue 16).

A receptionist at the CAF, the CCAS or the mairie faces a resident: the same screens, but in a
resizable window among the desk PC's others, with a title bar; no lockdown, no idle reset, no PIN
(ui.window skips them for ``Services.desk``); the mediator's notes shown; the French beside the
resident's language (ui.widgets.french); the physical keyboard instead of the on-screen one;
views counted as the event ``desk`` only (kiosk.stats.at_desk). The background sync is the
kiosk's own, on the desk's own ``KIOSK_HOME`` (kiosk.paths.DESK_NAME).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QSize, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.context import Context
from ui import theme
from ui.fullscreen import apply_look, current_scale

#: The part of its screen's free area a desk's window opens at.
SCREEN_SHARE = 0.9
#: The smallest window the screens are laid out for (1024x640: a small laptop, a split screen).
MINIMUM_SIZE = QSize(1024, 640)
#: How long a resize must rest before the look is sized again for the window (the stylesheet is
#: applied to every widget: not at every step of a drag).
SETTLE_MS = 200


def opening_size(available: QSize) -> QSize:
    """The window's size on a screen whose free area is ``available``: 90 % of it, never under
    ``MINIMUM_SIZE`` nor over the area itself."""
    width = max(MINIMUM_SIZE.width(), round(available.width() * SCREEN_SHARE))
    height = max(MINIMUM_SIZE.height(), round(available.height() * SCREEN_SHARE))
    return QSize(min(width, max(available.width(), MINIMUM_SIZE.width())),
                 min(height, max(available.height(), MINIMUM_SIZE.height())))


#: The smallest terminal screen (DESIGN.md section 5): a desk's window smaller than it shrinks
#: the look further, down to ``DESK_MIN_SCALE``.
SMALLEST_SCREEN = (1280, 720)
#: Read from a chair at arm's length, like any desktop program, body text may go down to 16 px
#: in a small window (a terminal never goes under ui.theme.MIN_SCALE, 20 px).
DESK_MIN_SCALE = 0.66


def desk_scale(width: int, height: int) -> float:
    """The look's scale for a desk's window of ``width`` x ``height``: a terminal's for a screen
    that size (ui.theme.scale_for) from 1280x720 up; smaller below, so that nothing is cut."""
    shrink = min(1.0, width / SMALLEST_SCREEN[0], height / SMALLEST_SCREEN[1])
    return max(DESK_MIN_SCALE, theme.scale_for(width, height) * shrink)


class WindowFit(QObject):
    """Keeps the look (text and tap sizes, ui.theme.scale_for) sized for a desk's window, as
    ui.fullscreen.ScreenFit keeps a terminal's sized for its screen; the window itself is the
    receptionist's to move and resize."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.fit)

    def start(self, size: QSize | None = None) -> None:
        """Show the window at ``size`` (default: ``opening_size`` of its screen), centred."""
        window = self._window
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        if size is None:
            size = opening_size(area.size()) if area is not None else QSize(1280, 720)
        window.setMinimumSize(MINIMUM_SIZE)
        window.resize(size)
        if area is not None:
            window.move(area.center().x() - size.width() // 2, area.center().y() - size.height() // 2)
        self.fit(size)
        window.installEventFilter(self)
        window.showNormal()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == event.Type.Resize:
            self._settle.start()
        return False

    @Slot()
    def fit(self, size: QSize | None = None) -> None:
        """Size the look for the window's size (or ``size``), if it calls for another scale."""
        size = size or self._window.size()
        scale = desk_scale(size.width(), size.height())
        if abs(scale - current_scale()) > 1e-6:
            apply_look(QApplication.instance(), scale)
            self._window.arrange_screens()  # sizes the screens took from the look (side columns...)


def open_desk(context: Context, *, on_ready, size: QSize | None = None, **overrides):
    """The application and a desk's window, shown; ``on_ready(window)`` once its first screen is
    painted. ``overrides`` go to ``Services`` (tests)."""
    from ui.app import _FirstPaint, create_application
    from ui.services import Services
    from ui.session_bus import guard_session_bus
    from ui.window import KioskWindow

    guard_session_bus()
    app = create_application(virtual_keyboard=False)
    window = KioskWindow(Services.from_context(context, desk=True, **overrides))
    window.setWindowTitle("kiosk")
    window.show_in_window(size)
    _FirstPaint(window.current_screen(), lambda: on_ready(window))
    return app, window


def run_desk(context: Context, *, exit_when_ready: bool, process_start: float) -> int:
    def ready(window) -> None:
        if exit_when_ready:
            print(f"ready {round((time.monotonic() - process_start) * 1000)}", flush=True)
            app.exit(0)
            return
        window.start_services()

    app, _window = open_desk(context, on_ready=ready)
    return app.exec()
