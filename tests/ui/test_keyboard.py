"""Qt Virtual Keyboard on a real X server (Xvfb, started here): it shows, in the screen's language."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.xserver import xvfb

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (./test.sh installs it)")

CHILD = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from kiosk.context import open_context
    from ui.app import create_application
    from ui.services import Services
    from ui.window import KioskWindow

    app = create_application()
    window = KioskWindow(Services.from_context(open_context(Path(sys.argv[1])), speech_engine=None))
    window.resize(1920, 1080)
    window.show()
    result = {}

    def open_search():
        window.set_language(sys.argv[2])
        window.open_screen("search", None)
        window.activateWindow()
        window.screen("search").field.setFocus()
        QGuiApplication.inputMethod().show()
        QTimer.singleShot(2500, report)

    def report():
        method = QGuiApplication.inputMethod()
        result.update(visible=method.isVisible(), locale=method.locale().name(),
                      height=method.keyboardRectangle().height())
        print(json.dumps(result), flush=True)
        app.exit(0)

    QTimer.singleShot(500, open_search)
    QTimer.singleShot(20000, lambda: app.exit(1))
    app.exec()
""")


@pytest.fixture(scope="module")
def display():
    """A private X server for this module's tests."""
    with xvfb() as name:
        yield name


@pytest.mark.parametrize("lang, layout", [("ar", "ar"), ("uk", "uk"), ("fr", "fr"), ("ru", "ru"), ("prs", "fa"),
                                          ("ps", "fa"), ("ti", "en_GB")])  # fa_FA: Qt names it fa_IR
def test_keyboard_shows_in_the_screen_language(display, tmp_path: Path, lang, layout):
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_IM_MODULE": "qtvirtualkeyboard"}
    out = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "home"), lang], env=env,
                         capture_output=True, text=True, timeout=60)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    assert lines, out.stderr[-2000:]
    result = json.loads(lines[-1])
    assert result["visible"] is True
    assert result["height"] > 200
    assert result["locale"].startswith(layout), result
