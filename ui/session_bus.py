"""Whether the D-Bus session bus answers, asked with a deadline before Qt connects to it.

Qt connects to the session bus while the application starts (for accessibility: the AT-SPI
bridge, always with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``) and waits for it without a deadline:
a bus that accepts connections and never answers freezes the kiosk before its first screen
(issue 17). So the kiosk asks the bus first, as a D-Bus client would (authenticate, then ``Hello``),
within ``DEADLINE_S``. A silent bus is treated as absent: Qt is pointed at no bus, so accessibility
is off for this run (the next start asks again), and the log says so.
"""

from __future__ import annotations

import logging
import os
import socket
import struct
import time

log = logging.getLogger(__name__)

DEADLINE_S = 2.0
#: What Qt is given instead of a silent bus: an address that fails at once.
NO_BUS = "unix:path=/nonexistent/kiosk-no-session-bus"


def _hello() -> bytes:
    """The ``org.freedesktop.DBus.Hello`` method call every client sends first (serial 1)."""

    def field(code: int, signature: bytes, value: str) -> bytes:
        data = value.encode()
        return bytes([code, 1]) + signature + b"\0" + struct.pack("<I", len(data)) + data + b"\0"

    fields = b""
    for code, signature, value in ((1, b"o", "/org/freedesktop/DBus"), (6, b"s", "org.freedesktop.DBus"),
                                   (2, b"s", "org.freedesktop.DBus"), (3, b"s", "Hello")):
        fields += b"\0" * (-len(fields) % 8) + field(code, signature, value)
    header = b"l\x01\x00\x01" + struct.pack("<III", 0, 1, len(fields)) + fields
    return header + b"\0" * (-len(header) % 8)


def _socket_for(address: str) -> tuple[socket.socket, object] | None:
    """A socket and where to connect it for the first address we can read, or None."""
    for entry in address.split(";"):
        transport, _, rest = entry.partition(":")
        keys = dict(item.split("=", 1) for item in rest.split(",") if "=" in item)
        if transport == "unix" and "path" in keys:
            return socket.socket(socket.AF_UNIX, socket.SOCK_STREAM), keys["path"]
        if transport == "unix" and "abstract" in keys:
            return socket.socket(socket.AF_UNIX, socket.SOCK_STREAM), "\0" + keys["abstract"]
        if transport == "tcp" and "port" in keys:
            host = keys.get("host", "localhost")
            return socket.create_connection((host, int(keys["port"])), timeout=DEADLINE_S), None
    return None


def bus_answers(address: str, deadline_s: float = DEADLINE_S) -> bool | None:
    """Whether the bus at ``address`` answers ``Hello`` within ``deadline_s``.

    None when the address is of a kind this cannot ask (it is then left to Qt); False when
    nobody listens there or it stays silent.
    """
    end = time.monotonic() + deadline_s
    try:
        found = _socket_for(address)
        if found is None:
            return None
        sock, target = found
        with sock:
            sock.settimeout(deadline_s)
            if target is not None:
                sock.connect(target)
            sock.sendall(b"\0AUTH EXTERNAL " + str(os.getuid()).encode().hex().encode() + b"\r\n")
            if not _read_until(sock, b"\r\n", end).startswith(b"OK"):
                return False
            sock.sendall(b"BEGIN\r\n" + _hello())
            return bool(_read_until(sock, None, end))
    except (OSError, ValueError, AttributeError):  # AttributeError: no os.getuid (Windows)
        return False


def _read_until(sock: socket.socket, end_mark: bytes | None, end: float) -> bytes:
    """Bytes read until ``end_mark`` (None: any byte) or the deadline (then b"")."""
    data = b""
    while end_mark is None and not data or end_mark is not None and end_mark not in data:
        left = end - time.monotonic()
        if left <= 0:
            return b""
        sock.settimeout(left)
        chunk = sock.recv(4096)
        if not chunk:
            return b""
        data += chunk
    return data


def guard_session_bus(environ=os.environ) -> bool:
    """Before the QApplication exists: point Qt away from a session bus that does not answer.

    Returns whether the bus was found silent (and so set aside).
    """
    address = environ.get("DBUS_SESSION_BUS_ADDRESS")
    if not address:
        runtime = environ.get("XDG_RUNTIME_DIR")
        if not runtime or not os.path.exists(os.path.join(runtime, "bus")):
            return False
        address = "unix:path=" + os.path.join(runtime, "bus")
    if bus_answers(address) is not False:
        return False
    log.warning("the D-Bus session bus does not answer within %.0f s: accessibility (screen readers) "
                "is off until the next start", DEADLINE_S)
    environ["DBUS_SESSION_BUS_ADDRESS"] = NO_BUS
    return True
