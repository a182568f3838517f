"""The Qt binding itself: a bug of PySide6 that would crash a kiosk left running.

PySide6 6.12.0 drops a reference to ``True`` each time a signal reaches a Python slot. On Python
3.11, where ``True`` is an ordinary object, the count reaches zero after some thousands of timer
ticks and taps, and the interpreter aborts ("bool_dealloc: deallocating True or False"). The
dependency bound in pyproject.toml keeps such a version out; this test says whether a new one
still has the bug before the bound is lifted.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal, Slot


class Emitter(QObject):
    changed = Signal()
    toggled = Signal(bool)


class Filter(QObject):
    """Like the kiosk's EventGuard, which sees every event: a Python override answering a bool."""

    def eventFilter(self, _watched, _event) -> bool:
        return False


class Receiver(QObject):
    @Slot()
    def on_changed(self) -> None:
        pass

    @Slot(bool)
    def on_toggled(self, _on: bool) -> None:
        pass


def test_signals_and_event_filters_leave_the_count_of_true_and_false_alone(qapp):
    emitter, receiver = Emitter(), Receiver()
    emitter.changed.connect(receiver.on_changed)
    emitter.changed.connect(lambda: None)
    emitter.toggled.connect(receiver.on_toggled)
    watcher = Filter()
    emitter.installEventFilter(watcher)
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(False)

    for _ in range(20):  # few: with the bug, many would abort the test run itself
        emitter.changed.emit()
        emitter.toggled.emit(True)
        emitter.toggled.emit(False)
        QCoreApplication.sendEvent(emitter, QEvent(QEvent.Type.User))

    gc.collect()
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
