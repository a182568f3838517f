"""Qt Virtual Keyboard on a real X server (Xvfb, started here): it shows, in the screen's language."""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

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


def _start_xvfb(number: int) -> subprocess.Popen | None:
    """Xvfb on display ``number``, once it accepts connections; None if it did not come up."""
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with socket.socket(socket.AF_UNIX) as probe:
                probe.connect(f"/tmp/.X11-unix/X{number}")
            return server
        except OSError:
            time.sleep(0.05)
    server.kill()
    server.wait()
    return None


@pytest.fixture(scope="module")
def display():
    """A private X server, on a display number nobody else on this machine is using."""
    for number in random.sample(range(200, 900), 20):
        if os.path.exists(f"/tmp/.X{number}-lock"):
            continue
        server = _start_xvfb(number)
        if server is not None:
            yield f":{number}"
            server.terminate()
            server.wait(timeout=10)
            return
    pytest.fail("Xvfb did not start")


@pytest.mark.parametrize("lang, layout", [("ar", "ar"), ("uk", "uk"), ("fr", "fr")])
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
