"""The running kiosk feeds systemd's watchdog from its event loop."""

import os
import socket
import subprocess
import sys


def test_kiosk_sends_ready_and_watchdog_messages(home, tmp_path):
    path = str(tmp_path / "notify.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(path)
        server.settimeout(60)
        env = {**os.environ, "KIOSK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
               "NOTIFY_SOCKET": path, "WATCHDOG_USEC": "200000"}  # a ping every 100 ms
        process = subprocess.Popen([sys.executable, "-m", "kiosk", "run", "--windowed"], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            messages = [server.recv(64) for _ in range(4)]
        finally:
            process.kill()
            process.wait()
    assert messages[0] == b"READY=1"
    assert messages[1:] == [b"WATCHDOG=1"] * 3
