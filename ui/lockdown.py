"""The one application-wide event filter: it swallows ways out and feeds the idle watcher.

The kiosk runs alone under the cage compositor, which has no desktop to reveal; this filter is
the application's own part of the lockdown (DESIGN.md section 8, issue "kiosk lockdown").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

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


class EventGuard(QObject):
    """Installed once on the application."""

    def __init__(self, idle: IdleWatcher, parent=None) -> None:
        super().__init__(parent)
        self._idle = idle

    @staticmethod
    def is_forbidden(event: QKeyEvent) -> bool:
        """A key with Ctrl, Alt or the system key held, or a key that opens or closes things."""
        return bool(event.modifiers() & _MODIFIERS) or event.key() in _FORBIDDEN_KEYS

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self._idle.touch()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            return self.is_forbidden(event)
        return False
