"""Read aloud never waits for its engine: a helper process with deadlines (issue 17)."""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, QTimer

from tests.ui.silent_servers import silent_unix_socket
from ui import speech
from ui.speech import ReadAloud


@pytest.fixture
def short_dir():
    """A folder with a short path (a Unix socket's path is limited to about 100 bytes)."""
    path = Path(tempfile.mkdtemp(prefix="kiosk-", dir="/tmp"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


class LoopWatch:
    """Measures how late a 20 ms timer fires: a UI thread that blocks shows as a long gap."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.monotonic()
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._timer.start(20)

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> None:
        self._timer.stop()


def test_mock_engine_speaks_through_the_helper(app, qtbot):
    reader = ReadAloud("mock", in_process=False)
    with qtbot.waitSignal(reader.loaded, timeout=30_000):
        reader.load()
    assert reader.available() and reader.can_speak("en") and not reader.can_speak("ar")
    with qtbot.waitSignal(reader.speaking_changed, timeout=10_000, check_params_cb=lambda on: on):
        reader.speak("Hello", "en")
    assert reader.is_speaking()
    reader.shut_down()
    assert not reader.available() and not reader.is_speaking()


def test_no_engine_means_no_read_aloud(app, qtbot):
    reader = ReadAloud(None)
    with qtbot.waitSignal(reader.loaded, timeout=1000):
        reader.load()
    assert not reader.can_speak("fr")
    reader.speak("Bonjour", "fr")  # nothing to do, nothing raised
    reader.stop()


def test_a_silent_speech_dispatcher_never_blocks_and_reads_aloud_is_off(app, qtbot, monkeypatch,
                                                                        short_dir, caplog):
    with silent_unix_socket(short_dir / "speechd.sock") as path:
        monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
        reader = ReadAloud("speechd", start_deadline_ms=1500)
        watch = LoopWatch()
        with qtbot.waitSignal(reader.loaded, timeout=30_000):
            reader.load()
        watch.stop()
    assert not reader.can_speak("fr") and not reader.available()
    assert watch.longest < 1.0  # the UI thread kept running while the engine hung
    # The hung helper was killed.
    qtbot.waitUntil(lambda: all(process.state() == QProcess.ProcessState.NotRunning
                                for process in reader.findChildren(QProcess)))
    warnings = [r.getMessage() for r in caplog.records if r.name == "ui.speech"]
    assert len(warnings) == 1 and "did not start within 1500 ms" in warnings[0]
    reader.speak("Bonjour", "fr")
    reader.stop()  # both do nothing, at once


def test_an_engine_that_stops_answering_is_dropped_then_tried_again(app, qtbot, monkeypatch, caplog):
    caplog.set_level(logging.INFO, "ui.speech")
    # A helper that starts, has voices, and never answers a request.
    script = "import sys, time; print('{\"voices\": [\"fr_FR\"]}', flush=True); time.sleep(600)"
    commands = [[sys.executable, "-c", script]]
    monkeypatch.setattr(speech, "helper_command", lambda engine: commands[-1])
    reader = ReadAloud("speechd", request_deadline_ms=300, retry_ms=200)
    with qtbot.waitSignal(reader.loaded, timeout=30_000):
        reader.load()
    assert reader.can_speak("fr")
    with qtbot.waitSignal(reader.loaded, timeout=10_000):
        reader.speak("Bonjour", "fr")
    assert not reader.can_speak("fr")  # missed the deadline: treated as absent
    # The next try (here after 200 ms) finds a helper that answers: read aloud is back.
    commands.append(helper := [sys.executable, "-m", "ui.speech_helper", "mock"])
    assert helper
    qtbot.waitUntil(lambda: reader.can_speak("en"), timeout=30_000)
    messages = [r.getMessage() for r in caplog.records if r.name == "ui.speech"]
    assert "did not take a request within 300 ms" in messages[0] and "answers again" in messages[-1]
    reader.shut_down()


def test_a_helper_that_dies_is_tried_again(app, qtbot):
    reader = ReadAloud("mock", retry_ms=200, in_process=False)
    with qtbot.waitSignal(reader.loaded, timeout=30_000):
        reader.load()
    assert reader.can_speak("en")
    with qtbot.waitSignal(reader.loaded, timeout=10_000):
        reader.findChild(QProcess).kill()
    assert not reader.can_speak("en")
    qtbot.waitUntil(lambda: reader.can_speak("en"), timeout=30_000)
    reader.shut_down()


def test_a_request_right_after_another_is_not_lost(app, qtbot):
    reader = ReadAloud("mock", in_process=False)
    with qtbot.waitSignal(reader.loaded, timeout=30_000):
        reader.load()
    reader.stop()  # nothing is being said: nothing is sent
    with qtbot.waitSignal(reader.speaking_changed, timeout=10_000, check_params_cb=lambda on: on):
        reader.speak("One", "en")
        reader.speak("Two", "en")  # before the helper answered the first
    assert reader.available()
    reader.shut_down()


def test_the_mock_engine_runs_in_this_process(app, qtbot):
    reader = ReadAloud("mock")
    with qtbot.waitSignal(reader.loaded, timeout=1000):
        reader.load()
    assert reader.findChild(QProcess) is None and reader.can_speak("en")
    with qtbot.waitSignal(reader.speaking_changed, timeout=10_000, check_params_cb=lambda on: on):
        reader.speak("Hello", "en")
    reader.shut_down()
    assert not reader.can_speak("en")


def test_the_listen_button_hides_when_the_engine_goes(app, qtbot, monkeypatch, starter_context):
    from ui.services import Services
    from ui.window import KioskWindow

    monkeypatch.setattr(speech, "IN_PROCESS_ENGINES", set())  # the mock engine in a helper, as speechd
    window = KioskWindow(Services.from_context(starter_context, speech_engine="mock"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.speech.loaded, timeout=30_000):
        window.speech.load()
    window.set_language("en")  # the mock engine has English voices
    assert window._listen_button.isVisible()
    with qtbot.waitSignal(window.speech.loaded, timeout=10_000):
        window.speech.findChild(QProcess).kill()  # as when it misses a deadline
    assert not window._listen_button.isVisible()
    window.toggle_reading()  # nothing to do, nothing raised, nothing waited for
