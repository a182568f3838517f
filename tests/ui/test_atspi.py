"""The kiosk as a screen reader (Orca) meets it: through AT-SPI, on Xvfb, on a private D-Bus.

The kiosk runs in the project's Python (tests/ui/atspi_kiosk.py); the tree is read and a card
pressed by the system's python3 with Debian's python3-pyatspi (tests/ui/atspi_probe.py). Skipped
where Xvfb, D-Bus, at-spi2-core or pyatspi are missing (``scripts/setup.sh --test`` installs them).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.xserver import xvfb

from kiosk.catalogue import procedures_in
from kiosk.context import open_context

SYSTEM_PYTHON = "/usr/bin/python3"
PROBE = Path(__file__).with_name("atspi_probe.py")
ROOT = Path(__file__).resolve().parents[2]
MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _has_pyatspi() -> bool:
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        return False
    return subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("dbus-daemon") and _has_pyatspi()
         and any(Path(folder, "at-spi-bus-launcher").exists() for folder in ("/usr/libexec", "/usr/lib/at-spi2-core"))),
    reason="needs Xvfb, dbus-daemon, at-spi2-core and python3-pyatspi (scripts/setup.sh --test)")


def _line(process: subprocess.Popen, seconds: float) -> str:
    """The next line ``process`` prints, within ``seconds``."""
    ready, _, _ = select.select([process.stdout], [], [], seconds)
    assert ready, f"no answer within {seconds} s"
    return process.stdout.readline().strip()


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def desktop(tmp_path):
    """Xvfb on a free display and a private D-Bus session bus: the environment to run in."""
    with xvfb(1280, 800) as display:
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            address = _line(bus, 20)
            env = {key: value for key, value in os.environ.items()
                   if key not in ("AT_SPI_BUS_ADDRESS", "WAYLAND_DISPLAY")}
            env.update(DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="xcb",
                       QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", XDG_RUNTIME_DIR=str(tmp_path))
            yield env
        finally:
            _stop(bus)  # the accessibility bus it started goes with it


@pytest.fixture
def kiosk(desktop, tmp_path):
    """Start the kiosk in a language; yields ``start(lang)`` returning the running process."""
    processes = []

    def start(lang: str) -> subprocess.Popen:
        process = subprocess.Popen([sys.executable, "-m", "tests.ui.atspi_kiosk", str(tmp_path / "home"), lang],
                                   cwd=ROOT, env=desktop, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        processes.append(process)
        assert _line(process, 60) == "ready", process.stderr.read()
        return process

    yield start
    for process in processes:
        if process.poll() is None:
            process.stdin.write("quit\n")
            process.stdin.flush()
        _stop(process)


def probe(env, press: str | None = None) -> dict:
    out = subprocess.run([SYSTEM_PYTHON, str(PROBE), "kiosk", *([press] if press else [])], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout)


def ask(process: subprocess.Popen, command: str) -> str:
    process.stdin.write(command + "\n")
    process.stdin.flush()
    return _line(process, 30)


@pytest.mark.parametrize("lang, locale, group", [("ar", "ar_EG", "اللغة"), ("fr", "fr_FR", "Langue")])
def test_a_screen_reader_finds_buttons_it_can_press_in_the_screen_language(desktop, kiosk, tmp_path, lang, locale, group):
    process = kiosk(lang)
    context = open_context(tmp_path / "home")
    try:
        cards, _total = procedures_in(context.db, "health", lang, offset=0, limit=6)
    finally:
        context.close()
    first = cards[0]

    tree = probe(desktop, press=first.title.text)

    assert tree["app_locale"] == locale
    nodes = tree["nodes"]
    assert nodes and all(node["locale"] == locale for node in nodes)
    assert not [node["name"] for node in nodes if any(mark in node["name"] for mark in MARKS)]
    # The procedure cards: push buttons with a Press action, not panels.
    buttons = {node["name"]: node for node in nodes if node["role"] == "push button"}
    for card in cards:
        assert "Press" in buttons[card.title.text]["actions"], card.title.text
    # The languages: radio buttons in a named group.
    radios = [node for node in nodes if node["role"] == "radio button"]
    assert len(radios) == 5 and all(node["ancestors"][-1][1] == group for node in radios)
    assert [node["checked"] for node in radios] == [code == lang for code in ("fr", "en", "ar", "tr", "uk")]
    # Scroll areas have names.
    assert all(node["name"] for node in nodes if node["role"] == "scroll pane")
    # Press, through AT-SPI, opened the procedure.
    assert tree["pressed"]
    assert json.loads(ask(process, "where")) == ["procedure", first.slug]
