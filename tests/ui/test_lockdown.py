"""Lockdown inside the application: no closing, no shortcuts out; activity feeds the idle watch."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent


def test_close_event_refused_outside_admin_mode(window):
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    window.closing_allowed = True
    event = QCloseEvent()
    window.closeEvent(event)
    assert event.isAccepted()
    window.closing_allowed = False


def test_shortcuts_out_are_swallowed_and_typing_is_not(window, qtbot):
    guard = window.guard
    for key, modifiers in [(Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                           (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
                           (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                           (Qt.Key.Key_Meta, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier)]:
        event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
        assert guard.eventFilter(window, event) is True
    for key in (Qt.Key.Key_A, Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Return):
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        assert guard.eventFilter(window, event) is False


def test_any_input_feeds_the_idle_watch(window):
    now = [0.0]
    window.idle._clock = lambda: now[0]
    window.idle.touch()
    now[0] = 80
    window.guard.eventFilter(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier))
    now[0] = 150
    window.idle.check()
    assert not window._overlay.isVisible()  # 70 s since the key, not 150
