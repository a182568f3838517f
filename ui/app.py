"""Starting the kiosk application."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kiosk.context import Context
from ui import accessibility, theme
from ui.services import Services
from ui.window import KioskWindow

#: The size the kiosk is designed for; a windowed run opens at this size.
SCREEN_SIZE = (1920, 1080)


def create_application(argv: list[str] | None = None) -> QApplication:
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        # The on-screen keyboard for the search field (DESIGN.md section 5).
        os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("kiosk")
    font = QFont("Noto Sans")
    font.setPixelSize(theme.BODY_PX)
    app.setFont(font)
    app.setStyleSheet(theme.stylesheet())
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


def run_kiosk(context: Context, *, windowed: bool, exit_when_ready: bool, process_start: float) -> int:
    app = create_application()
    window = KioskWindow(Services.from_context(context))
    if windowed:
        window.resize(*SCREEN_SIZE)
        window.show()
    else:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        window.showFullScreen()

    def ready() -> None:
        if exit_when_ready:
            print(f"ready {round((time.monotonic() - process_start) * 1000)}", flush=True)
            app.exit(0)  # not quit(): that asks the window to close, which it refuses
        else:
            window.start_services()

    _FirstPaint(window.current_screen(), ready)
    return app.exec()
