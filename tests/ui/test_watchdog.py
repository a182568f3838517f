"""The running kiosk feeds systemd's watchdog from its event loop.

Whatever speech-dispatcher this machine runs (none, a working one, or a hung one) must not
matter: the test points the kiosk at a hung one, the worst case (issue 17).
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.ui.silent_servers import silent_unix_socket


def test_kiosk_sends_ready_and_watchdog_messages(home):
    folder = Path(tempfile.mkdtemp(prefix="kiosk-", dir="/tmp"))  # a short path for the sockets
    path = str(folder / "notify.sock")
    try:
        with silent_unix_socket(folder / "speechd.sock") as speechd, \
                socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
            server.bind(path)
            server.settimeout(60)
            env = {**os.environ, "KIOSK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
                   "NOTIFY_SOCKET": path, "WATCHDOG_USEC": "200000",  # a ping every 100 ms
                   "SPEECHD_ADDRESS": f"unix_socket:{speechd}"}
            process = subprocess.Popen([sys.executable, "-m", "kiosk", "run", "--windowed"], env=env,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                messages = [server.recv(64) for _ in range(4)]
            finally:
                process.kill()
                process.wait()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert messages[0] == b"READY=1"
    assert messages[1:] == [b"WATCHDOG=1"] * 3
