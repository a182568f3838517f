"""Mediator and admin modes: the hidden gesture, the PIN pad, fallback, settings validation."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from kiosk.pins import Role, set_pin
from kiosk.settings import get_setting


def settle():
    for _ in range(4):
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()


def enter_pin(window, qtbot, role: str, pin: str) -> None:
    pad = window._pin_pad
    pad.open_pad()
    (pad._admin if role == "admin" else pad._mediator).click()
    for digit in pin:
        pad.type_digit(digit)
    pad.submit()
    settle()


def test_five_taps_in_the_corner_open_the_pin_pad(window, qtbot):
    now = [0.0]
    window.guard._clock = lambda: now[0]
    for _ in range(4):
        window.guard.corner_tap(window.mapToGlobal(QPoint(10, 10)).toPointF())
        now[0] += 0.5
    assert not window._pin_pad.isVisible()
    window.guard.corner_tap(window.mapToGlobal(QPoint(10, 10)).toPointF())
    assert window._pin_pad.isVisible()


def test_slow_or_scattered_taps_do_not(window):
    now = [0.0]
    window.guard._clock = lambda: now[0]
    for _ in range(5):
        window.guard.corner_tap(window.mapToGlobal(QPoint(10, 10)).toPointF())
        now[0] += 1.0  # five taps over four seconds
    assert not window._pin_pad.isVisible()
    for _ in range(5):
        window.guard.corner_tap(window.mapToGlobal(QPoint(900, 500)).toPointF())
    assert not window._pin_pad.isVisible()


def test_mediator_pin_shows_helper_notes_and_falls_back(window, qtbot, starter_context):
    set_pin(starter_context.db, Role.MEDIATOR, "482915")
    window.open_screen("procedure", "complementaire-sante-solidaire")
    settle()
    procedure = window.screen("procedure")
    assert not procedure._notes.isVisible()

    enter_pin(window, qtbot, "mediator", "000111")
    assert window.services.mode == "resident" and window._pin_pad._message.text() == window.tr("Wrong PIN.")
    enter_pin(window, qtbot, "mediator", "482915")
    assert window.services.mode == "mediator" and not window._pin_pad.isVisible()
    settle()
    assert procedure._notes.isVisible() and procedure._notes.text()
    assert window._mode_label.isVisible()
    window.open_screen("helping", None)
    assert window.current_screen() is window.screen("helping")

    now = [0.0]
    window.idle._clock = lambda: now[0]
    window.idle.touch()
    now[0] = 121
    window.idle.idle_seconds = 1000  # no reset: only the elevated-mode fallback is tested here
    window.idle.check()
    assert window.services.mode == "resident"
    assert not window._mode_label.isVisible()


def test_elevated_screens_are_closed_to_residents(window):
    window.open_screen("admin", None)
    window.open_screen("helping", None)
    assert window.current_screen() is window.screen("home")


def test_admin_settings_refuse_bad_values_and_save_nothing(window, qtbot, starter_context):
    set_pin(starter_context.db, Role.ADMIN, "739164")
    enter_pin(window, qtbot, "admin", "739164")
    admin = window.screen("admin")
    assert window.current_screen() is admin
    for field, value, words in [(admin._idle, "0", "from 30 to 600"), (admin._idle, "86400", "from 30 to 600"),
                                (admin._idle, "soon", ""),
                                (admin._source, "ftp://example.org/catalogue.json", "file://"),
                                (admin._keys, "not a key", "public key")]:
        admin._load_settings()
        (field.setPlainText if field is admin._keys else field.setText)(value)
        admin.save_settings()
        message = admin._message.text()
        assert message.startswith(admin.tr("Nothing was saved.")) and words in message, message
        assert get_setting(starter_context.db, "idle_timeout_seconds") == 90
    admin._load_settings()
    admin._idle.setText("120")
    admin.save_settings()
    assert get_setting(starter_context.db, "idle_timeout_seconds") == 120


def test_admin_pins_refuse_weak_ones(window, qtbot, starter_context):
    set_pin(starter_context.db, Role.ADMIN, "739164")
    enter_pin(window, qtbot, "admin", "739164")
    admin = window.screen("admin")
    admin._mediator_pin.setText("1234")
    admin.save_pins()
    assert "6 to 12" in admin._message.text()
    assert admin._mediator_pin.text() == ""  # never left in memory


def test_quit_only_from_admin_mode(window, qtbot, starter_context):
    window.quit_kiosk()
    assert not window.closing_allowed
    set_pin(starter_context.db, Role.ADMIN, "739164")
    enter_pin(window, qtbot, "admin", "739164")
    window.screen("admin").show_section(4)
    window.screen("admin")._quit.click()
    assert window.screen("admin")._quit_confirm.isVisibleTo(window.screen("admin"))
    window.closing_allowed = False


def test_idle_reset_ends_an_elevated_mode(window, qtbot, starter_context):
    set_pin(starter_context.db, Role.MEDIATOR, "482915")
    enter_pin(window, qtbot, "mediator", "482915")
    window.reset_session()
    assert window.services.mode == "resident"
