"""The one application-wide event filter: it swallows ways out and feeds the idle watcher.

The kiosk runs alone under the cage compositor, which has no desktop to reveal; this filter is
the application's own part of the lockdown (DESIGN.md section 8, issue "kiosk lockdown").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent

from ui.idle import IdleWatcher

_ACTIVITY = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.KeyPress, QEvent.Type.Wheel,
}
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
#: Keys that mean "leave", "switch" or "another program" on some system: never delivered.
_FORBIDDEN_KEYS = {
    Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Menu, Qt.Key.Key_Hyper_L,
    Qt.Key.Key_Hyper_R, Qt.Key.Key_F11, Qt.Key.Key_Close, Qt.Key.Key_Launch0, Qt.Key.Key_LaunchMail,
    Qt.Key.Key_Explorer, Qt.Key.Key_HomePage, Qt.Key.Key_PowerOff, Qt.Key.Key_Sleep, Qt.Key.Key_Suspend,
}


#: Events never delivered to any widget: a context menu (right-click, the Menu key, a long press)
#: offers Cut, Copy and Paste, a way to carry text from one resident to the next.
_SWALLOWED = {QEvent.Type.ContextMenu}


def forget_clipboard() -> None:
    """Empty the clipboard and the selections, so the next resident cannot paste what was typed.

    X11 and some Wayland compositors keep a "primary selection" (what is selected, pasted with the
    middle button) apart from the clipboard; macOS has a find buffer. Each one the platform offers
    is cleared.
    """
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer():
        clipboard.clear(QClipboard.Mode.FindBuffer)


def give_back_memory() -> None:
    """Hand the memory freed by the last session back to the system (glibc's malloc_trim).

    A day of random use (benchmarks/monkey_bench.py) showed resident memory growing while the live
    heap did not (heaptrack): freed blocks stayed with the allocator. Elsewhere, nothing to do.
    """
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        pass


#: The hidden gesture that opens the PIN pad: this many taps in the corner within this time.
SECRET_TAPS = 5
SECRET_SECONDS = 3.0
CORNER_PX = 120


class EventGuard(QObject):
    """Installed once on the application.

    Signals:
        secret_gesture(): five taps in the top-left corner of the screen within three seconds.
    """

    secret_gesture = Signal()

    def __init__(self, idle: IdleWatcher, clock: Callable[[], float], parent=None) -> None:
        super().__init__(parent)
        self._idle = idle
        self._clock = clock
        self._corner_taps: list[float] = []

    def corner_tap(self, position: QPointF) -> None:
        """A press at ``position`` (global): counts toward the secret gesture when in the corner."""
        window = self.parent()
        local = window.mapFromGlobal(position.toPoint()) if window is not None else position.toPoint()
        if local.x() > CORNER_PX or local.y() > CORNER_PX or local.x() < 0 or local.y() < 0:
            self._corner_taps.clear()
            return
        now = self._clock()
        self._corner_taps = [t for t in self._corner_taps if now - t <= SECRET_SECONDS] + [now]
        if len(self._corner_taps) >= SECRET_TAPS:
            self._corner_taps.clear()
            self.secret_gesture.emit()

    @staticmethod
    def is_forbidden(event: QKeyEvent) -> bool:
        """A key with Ctrl, Alt or the system key held, or a key that opens or closes things."""
        return bool(event.modifiers() & _MODIFIERS) or event.key() in _FORBIDDEN_KEYS

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self._idle.touch()
        if kind == QEvent.Type.MouseButtonPress and watched is self.parent().windowHandle():
            self.corner_tap(event.globalPosition())
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            return self.is_forbidden(event)
        return kind in _SWALLOWED
