"""The idle reset (DESIGN.md section 5): after 90 s without a touch, a 15 s countdown, then reset.

The application-wide event filter (ui.lockdown.EventGuard) calls ``touch()`` on every touch,
click and key; a timer compares the time of the last one with the injected clock, so tests move
the clock instead of sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

IDLE_SECONDS = 90
COUNTDOWN_SECONDS = 15


class IdleWatcher(QObject):
    """Watches for a resident walking away.

    Signals:
        countdown(int): seconds left before the reset (each second of the countdown).
        ticked(float): seconds since the last activity, at every check.
        resumed(): someone touched the screen during the countdown.
        expired(): the countdown ran out: reset everything.
    """

    countdown = Signal(int)
    resumed = Signal()
    expired = Signal()
    ticked = Signal(float)

    def __init__(self, clock: Callable[[], float] = time.monotonic, *, idle_seconds: int = IDLE_SECONDS,
                 countdown_seconds: int = COUNTDOWN_SECONDS, parent=None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.idle_seconds = idle_seconds
        self.countdown_seconds = countdown_seconds
        self._last_activity = clock()
        self._counting = False
        self._timer = QTimer(self, interval=500)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start()

    def touch(self) -> None:
        """Someone is there."""
        self._last_activity = self._clock()
        if self._counting:
            self._counting = False
            self.resumed.emit()

    @Slot()
    def check(self) -> None:
        """Compare the clock with the last activity (the timer calls it twice a second)."""
        idle = self._clock() - self._last_activity
        self.ticked.emit(idle)
        if idle < self.idle_seconds:
            return
        left = self.idle_seconds + self.countdown_seconds - idle
        if left > 0:
            self._counting = True
            self.countdown.emit(int(left + 0.999))
        else:
            self._counting = False
            self._last_activity = self._clock()
            self.expired.emit()
