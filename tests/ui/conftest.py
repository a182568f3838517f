"""UI fixtures: the kiosk window on a temporary KIOSK_HOME."""

from __future__ import annotations

import pytest

from kiosk.context import open_context
from tests.conftest import NOW


@pytest.fixture
def app(qapp):
    """The QApplication with the kiosk's font and stylesheet."""
    from ui.app import create_application

    return create_application()


@pytest.fixture
def starter_context(home):
    """A kiosk on the real starter catalogue, with a fixed clock."""
    context = open_context(home, clock=lambda: NOW)
    yield context
    context.close()


@pytest.fixture
def window(app, qtbot, starter_context):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.services import Services
    from ui.window import KioskWindow

    win = KioskWindow(Services.from_context(starter_context, speech_engine="mock"))
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.speech.loaded, timeout=30_000):  # its helper process answered
        win.speech.load()
    yield win
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def show_screen(app, qtbot):
    """Shows a screen built by a test as the window would: 1920x900, in a direction.

    ``show_screen(build, rtl=False)`` sets the application's layout direction, calls ``build()``
    and shows what it returns; the direction is set back to left-to-right after the test.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    screens = []  # held here: a parentless widget lives only as long as its Python object

    def show(build, *, rtl: bool = False):
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        screen = build()
        qtbot.addWidget(screen)
        screen.resize(1920, 900)
        screen.show()
        qtbot.waitExposed(screen)
        screens.append(screen)
        return screen

    yield show
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
