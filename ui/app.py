"""Starting the kiosk application."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.context import Context
from kiosk.starts import STABLE_AFTER, mark_stable, record_start
from ui import accessibility, theme
from ui.fullscreen import apply_look
from ui.operations import run_in_background
from ui.services import Services
from ui.session_bus import guard_session_bus
from ui.window import KioskWindow

#: The size the kiosk is designed for; a windowed run opens at this size.
SCREEN_SIZE = (1920, 1080)
#: Qt Virtual Keyboard's input method (ui.keyboard).
VIRTUAL_KEYBOARD = "qtvirtualkeyboard"


def create_application(argv: list[str] | None = None, *, fit_screen: bool = False,
                       virtual_keyboard: bool = True) -> QApplication:
    """The QApplication with the kiosk's font and stylesheet: sized for 1920x1080, or with
    ``fit_screen`` for the primary screen (the window fits its own screen when shown).
    Without ``virtual_keyboard`` (a front desk, which has a keyboard) no keyboard pops up on
    screen: the system's own input method, if any, serves the search field."""
    if not virtual_keyboard:
        if os.environ.get("QT_IM_MODULE") == VIRTUAL_KEYBOARD:
            del os.environ["QT_IM_MODULE"]
    elif os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        # The on-screen keyboard for the search field (DESIGN.md section 5).
        os.environ.setdefault("QT_IM_MODULE", VIRTUAL_KEYBOARD)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("kiosk")
    screen = app.primaryScreen() if fit_screen else None
    apply_look(app, theme.scale_for(screen.size().width(), screen.size().height()) if screen else 1.0)
    accessibility.install()
    return app


class _FirstPaint(QObject):
    """Calls ``callback`` once, after the first paint of the watched widget."""

    def __init__(self, widget, callback) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def open_kiosk(context: Context, *, windowed: bool, on_ready, **overrides) -> tuple[QApplication, KioskWindow]:
    """The application and the kiosk window, shown; ``on_ready(window)`` once its first screen is
    painted. ``overrides`` go to ``Services`` (tests)."""
    guard_session_bus()  # before Qt connects to it, which it would wait for without a deadline
    app = create_application(fit_screen=not windowed)
    window = KioskWindow(Services.from_context(context, **overrides))
    if windowed:
        window.resize(*SCREEN_SIZE)
        window.show()
    else:
        window.show_on_screen()
    _FirstPaint(window.current_screen(), lambda: on_ready(window))
    return app, window


def safe_start_overrides(context: Context) -> dict:
    """Count this start (kiosk.starts); after too many restarts, the optional parts stay off."""
    record = record_start(context.home, context.clock())
    if not record.safe:
        return {}
    return {"speech_engine": None, "printing": False, "safe_start": record.reason()}


def run_kiosk(context: Context, *, windowed: bool, exit_when_ready: bool, process_start: float) -> int:
    def ready(window: KioskWindow) -> None:
        if exit_when_ready:
            print(f"ready {round((time.monotonic() - process_start) * 1000)}", flush=True)
            app.exit(0)  # not quit(): that asks the window to close, which it refuses
            return
        window.start_services()
        # A run that lasts STABLE_AFTER ends the count of quick restarts.
        stable = QTimer(window)
        stable.setSingleShot(True)
        stable.timeout.connect(lambda: run_in_background(window, lambda: mark_stable(context.home), lambda _: None))
        stable.start(int(STABLE_AFTER.total_seconds() * 1000))

    overrides = {} if exit_when_ready else safe_start_overrides(context)
    app, _window = open_kiosk(context, windowed=windowed, on_ready=ready, **overrides)
    return app.exec()
