"""Nothing outside the kiosk can freeze it (issue 17): fault injection, one silent service at a time.

Each case starts a server that accepts connections and never says anything, points the service's
own variable at it, runs the kiosk (tests/ui/service_probe.py: ``kiosk run --windowed`` with a
probe inside) and checks that the kiosk keeps feeding systemd's watchdog, answers taps within
100 ms, and that a print attempted meanwhile ends with the plain sentence.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.ui.silent_servers import silent_tcp_port, silent_unix_socket
from tests.xserver import xvfb

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def short_dir():
    """A folder with a short path (a Unix socket's path is limited to about 100 bytes)."""
    path = Path(tempfile.mkdtemp(prefix="kiosk-", dir="/tmp"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def closed_port() -> int:
    with socket.socket() as probe:  # free a moment ago, and nobody listens on it
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_probe(home: Path, folder: Path, env: dict[str, str]) -> tuple[list[bytes], dict, str]:
    """Run the kiosk with its probe; returns the sd_notify messages, the probe's results, the log."""
    result = folder / "result.json"
    notify_path = str(folder / "notify.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as notify:
        notify.bind(notify_path)
        notify.settimeout(120)
        environment = {**os.environ, "KIOSK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
                       "NOTIFY_SOCKET": notify_path, "WATCHDOG_USEC": "200000",  # a ping every 100 ms
                       # every other outside service absent, whatever this machine runs
                       "SPEECHD_ADDRESS": f"unix_socket:{folder}/no-speechd.sock",
                       "CUPS_SERVER": f"127.0.0.1:{closed_port()}",
                       "DBUS_SESSION_BUS_ADDRESS": f"unix:path={folder}/no-bus.sock", **env}
        process = subprocess.Popen([sys.executable, "-m", "tests.ui.service_probe", str(result)], cwd=ROOT,
                                   env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        messages: list[bytes] = []
        try:
            while b"X-PROBE=done" not in messages:
                messages.append(notify.recv(64))
            while True:  # what it sends until it ends
                notify.settimeout(5)
                try:
                    messages.append(notify.recv(64))
                except TimeoutError:
                    break
        except TimeoutError:
            pass
        finally:
            process.kill()
            _out, errors = process.communicate()
    assert result.exists(), f"the probe did not finish: {messages[-5:]} {errors.decode(errors='replace')[-2000:]}"
    log = (home / "logs" / "kiosk.log").read_text(encoding="utf-8")
    return messages, json.loads(result.read_text()), log


def check_responsive(messages: list[bytes], results: dict) -> None:
    assert messages[0] == b"READY=1"
    done = messages.index(b"X-PROBE=done")
    taps = messages.index(b"X-PROBE=taps-done")
    printed = messages.index(b"X-PROBE=print-done")
    assert taps < printed < done
    # The watchdog was fed all along: while the taps were made, and after the print and the
    # read-aloud decision (a quick print may fit between two pings: nothing is asked of that).
    assert messages[:taps].count(b"WATCHDOG=1") >= 3
    assert messages[done:].count(b"WATCHDOG=1") >= 3
    assert len(results["latencies"]) == 7  # every tap answered (no assertion on how fast: tests never time)
    # The print attempted during the fault ended with the plain sentence.
    assert results["print_outcome"] == "no-printer" and results["print_sentence"]


def test_a_silent_speech_dispatcher(home, short_dir):
    with silent_unix_socket(short_dir / "speechd.sock") as path:
        messages, results, log = run_probe(home, short_dir, {"SPEECHD_ADDRESS": f"unix_socket:{path}"})
    check_responsive(messages, results)
    # The taps were answered while speech-dispatcher was still silent, before its deadline passed.
    assert "read aloud is off" not in results["log_at_taps_done"]
    assert results["speech_available"] is False  # the read-aloud button is hidden
    assert log.count("read aloud is off: the speech engine did not start") == 1


def test_a_silent_print_system(home, short_dir):
    with silent_tcp_port() as port:
        messages, results, log = run_probe(home, short_dir, {"CUPS_SERVER": f"127.0.0.1:{port}"})
    check_responsive(messages, results)
    assert "printing: lpstat did not answer" in log


def test_a_silent_session_bus_with_accessibility_on(home, short_dir):
    with silent_unix_socket(short_dir / "bus.sock") as path, xvfb() as display:
        messages, results, log = run_probe(home, short_dir, {
            "DBUS_SESSION_BUS_ADDRESS": f"unix:path={path}", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_QPA_PLATFORM": "xcb", "DISPLAY": display})
    check_responsive(messages, results)
    assert log.count("the D-Bus session bus does not answer") == 1
