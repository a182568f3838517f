"""A private X server for tests: Xvfb on a display nobody else uses, returned once it answers.

Xvfb's ``-displayfd`` hands back the lowest free display, often ``:0``, which on a shared CI host
can also name another server's abstract socket; and a socket that exists does not yet mean a
server that answers. So: a random high display number, and an X connection handshake before use.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import socket
import struct
import subprocess
import time
from collections.abc import Iterator

import pytest

START_LIMIT_S = 20


def _answers(number: int) -> bool:
    """True once the server on ``:number`` accepts an X connection (the protocol's setup request)."""
    try:
        with socket.socket(socket.AF_UNIX) as probe:
            probe.settimeout(2)
            probe.connect(f"/tmp/.X11-unix/X{number}")
            probe.sendall(b"l\x00" + struct.pack("<HHHH", 11, 0, 0, 0) + b"\x00\x00")
            return probe.recv(1) == b"\x01"
    except OSError:
        return False


def stop(process: subprocess.Popen) -> None:
    """End a process started in a session of its own, and everything it started."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@contextlib.contextmanager
def xvfb(width: int = 1920, height: int = 1080) -> Iterator[str]:
    """Yield the name (``:N``) of a fresh Xvfb screen of that size; skip the test without Xvfb."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (./test.sh installs it)")
    for number in random.sample(range(200, 900), 20):
        if os.path.exists(f"/tmp/.X{number}-lock") or os.path.exists(f"/tmp/.X11-unix/X{number}"):
            continue
        server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                                  start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + START_LIMIT_S
        while server.poll() is None and time.monotonic() < deadline and not _answers(number):
            time.sleep(0.05)
        if server.poll() is None and _answers(number):
            break
        stop(server)
    else:
        pytest.fail("Xvfb did not start on any of 20 free displays")
    try:
        yield f":{number}"
    finally:
        stop(server)
