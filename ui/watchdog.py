"""Feeding systemd's watchdog from the Qt event loop."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from kiosk.systemd import notify, watchdog_interval_ms


class Watchdog(QObject):
    """Says READY=1 once, then WATCHDOG=1 at half the watchdog period, from the event loop."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: notify("WATCHDOG=1"))

    def start(self) -> None:
        notify("READY=1")
        interval = watchdog_interval_ms()
        if interval is not None:
            self._timer.start(interval)
