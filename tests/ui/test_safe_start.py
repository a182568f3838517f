"""After repeated restarts the kiosk starts safe: optional parts off, the admin screen says why."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from kiosk.pins import Role, set_pin
from kiosk.starts import last_start, record_start
from tests.conftest import NOW
from ui.app import safe_start_overrides
from ui.print_panel import print_pool
from ui.services import Services
from ui.window import KioskWindow

SAFE = ("Safe start: the kiosk restarted too often in a short time, so read aloud, the background sync "
        "and printing are off until the next start. See the log.")


def settle() -> None:
    for _ in range(4):
        QThreadPool.globalInstance().waitForDone()
        print_pool().waitForDone()
        QApplication.processEvents()


def make_window(qtbot, context, overrides) -> KioskWindow:
    window = KioskWindow(Services.from_context(context, **overrides))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_normal_start_changes_nothing(app, qtbot, starter_context):
    assert safe_start_overrides(starter_context) == {}
    assert not last_start(starter_context.home).safe


def test_the_fourth_quick_start_is_safe(app, qtbot, starter_context):
    for _ in range(3):  # the context's clock is fixed: every start at the same minute
        record_start(starter_context.home, NOW)
    overrides = safe_start_overrides(starter_context)
    assert overrides["speech_engine"] is None and overrides["printing"] is False
    window = make_window(qtbot, starter_context, overrides)
    with qtbot.waitSignal(window.speech.loaded, timeout=5000):
        window.start_services()
    assert not window.speech.can_speak("fr")  # read aloud off: the button hides
    assert not window.sync.scheduled()  # no background sync
    # The resident screens as usual; printing says the printer is not available.
    window.open_screen("takeaway", "complementaire-sante-solidaire")
    settle()
    takeaway = window.screen("takeaway")
    assert takeaway.visible_codes() and takeaway.print_button().isHidden()
    assert takeaway.print_status().property("outcome") == "no-printer"
    # The admin screen says why.
    set_pin(starter_context.db, Role.ADMIN, "739164")
    window.set_mode("admin")
    settle()
    admin = window.screen("admin")
    assert window.current_screen() is admin
    assert admin.tr(SAFE) in admin.spoken_text() or admin.tr(SAFE) in _texts(admin)
    assert "started 4 times in 10 minutes" in last_start(starter_context.home).reason()


def _texts(widget) -> str:
    from ui.widgets.labels import PlainLabel

    return "\n".join(label.text() for label in widget.findChildren(PlainLabel))
