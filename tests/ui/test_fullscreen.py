"""ui.fullscreen: the kiosk window takes its screen's geometry and keeps it, whatever it shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from ui import theme
from ui.fullscreen import apply_look, current_scale


@pytest.fixture
def screen_window(app, qtbot, starter_context):
    from ui.services import Services
    from ui.window import KioskWindow

    window = KioskWindow(Services.from_context(starter_context, speech_engine="mock"))
    qtbot.addWidget(window)
    window.show_on_screen()
    qtbot.waitExposed(window)
    yield window
    apply_look(QApplication.instance(), 1.0)  # the other tests' look, sized for 1920x1080


def _settle() -> None:
    for _ in range(4):
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()


def test_the_window_takes_its_screens_geometry_as_its_fixed_size(screen_window):
    geometry = screen_window.windowHandle().screen().geometry()
    assert screen_window.geometry() == geometry
    assert screen_window.minimumSize() == screen_window.maximumSize() == geometry.size()
    assert screen_window.isFullScreen()


def test_the_look_is_sized_for_the_screen(screen_window):
    size = screen_window.windowHandle().screen().size()
    assert current_scale() == pytest.approx(theme.scale_for(size.width(), size.height()))
    assert QApplication.font().pixelSize() == theme.scaled(theme.BODY_PX, current_scale())


def test_no_screen_grows_or_shrinks_the_window(screen_window):
    geometry = screen_window.geometry()
    for name, argument in (("takeaway", "complementaire-sante-solidaire"), ("procedure", "complementaire-sante-solidaire"),
                           ("partners", None), ("guide", "complementaire-sante-solidaire"), ("home", None)):
        screen_window.open_screen(name, argument)
        _settle()
        assert screen_window.geometry() == geometry, name


def test_a_new_geometry_of_the_screen_is_followed(screen_window):
    fit = screen_window._screen_fit
    screen_window.setFixedSize(640, 480)  # as if the window had been left at another size
    fit.fit()
    assert screen_window.geometry() == screen_window.windowHandle().screen().geometry()


def test_scales_keep_tap_targets_and_text_readable():
    for width, height in ((1280, 720), (1366, 768), (1280, 1024), (1920, 1080), (1080, 1920), (2560, 1440)):
        scale = theme.scale_for(width, height)
        tap, primary = theme.tap_sizes(scale)
        assert tap >= theme.TAP_MIN and primary >= theme.TAP_PRIMARY
        assert theme.scaled(theme.BODY_PX, scale) >= 20
    assert theme.scale_for(1920, 1080) == theme.scale_for(1080, 1920) == 1.0
    sheet = theme.stylesheet(0.5)
    assert "min-height: 48px" in sheet and "min-height: 64px" in sheet
