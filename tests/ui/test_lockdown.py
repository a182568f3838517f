"""Lockdown inside the application: no closing, no shortcuts out; activity feeds the idle watch."""

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QClipboard, QCloseEvent, QContextMenuEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu


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


@pytest.mark.parametrize("reason", [QContextMenuEvent.Reason.Mouse, QContextMenuEvent.Reason.Keyboard])
def test_no_context_menu_anywhere(window, qtbot, reason):
    """Right-click or the Menu key on the search field opens no Cut/Copy/Paste menu (nor on any widget)."""
    QApplication.instance().installEventFilter(window.guard)  # as start_services() does
    window.open_screen("search", None)
    field = window.screen("search").field
    field.setText("my secret words")
    field.selectAll()
    for target in (field, window.screen("search"), window):
        event = QContextMenuEvent(reason, QPoint(5, 5), target.mapToGlobal(QPoint(5, 5)))
        QApplication.sendEvent(target, event)
        qtbot.wait(50)
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    QApplication.instance().removeEventFilter(window.guard)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform and popups
def test_without_the_guard_the_field_would_offer_a_menu(window, qtbot):
    """The test above can fail: a QLineEdit left alone opens its Cut/Copy/Paste menu."""
    window.open_screen("search", None)
    field = window.screen("search").field
    QApplication.sendEvent(field, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5),
                                                    field.mapToGlobal(QPoint(5, 5))))
    qtbot.waitUntil(lambda: any(isinstance(w, QMenu) and w.isVisible() for w in QApplication.topLevelWidgets()))
    for menu in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu)]:
        menu.close()


def _clipboard_texts() -> list[str]:
    clipboard = QGuiApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    return [clipboard.text(mode) for mode in modes]


def _cut_from_field(window) -> QLineEdit:
    window.open_screen("search", None)
    field = window.screen("search").field
    field.setText("benefits for my son Karim")
    field.selectAll()
    field.cut()  # as a long press or the virtual keyboard's selection handles could
    assert "Karim" in "".join(_clipboard_texts())
    return field


def test_the_idle_reset_forgets_the_clipboard(window):
    _cut_from_field(window)
    window.reset_session()
    assert not any(_clipboard_texts())
    field = window.screen("search").field
    field.paste()
    assert field.text() == ""


def test_leaving_search_forgets_the_clipboard(window):
    field = _cut_from_field(window)
    QGuiApplication.clipboard().setText("typed by the last one", QClipboard.Mode.Clipboard)
    window.go_home()
    assert not any(_clipboard_texts())
    field.paste()
    assert field.text() == ""
