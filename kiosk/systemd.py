"""The sd_notify protocol: tell systemd the kiosk is ready and alive (DESIGN.md section 8).

systemd passes ``$NOTIFY_SOCKET`` (a Unix datagram socket; a leading "@" means the abstract
namespace) and, with ``WatchdogSec=``, ``$WATCHDOG_USEC``. The UI sends ``WATCHDOG=1`` from its
event loop, so a frozen loop stops the messages and systemd restarts the kiosk. Without those
variables (a developer's machine) everything here does nothing.
"""

from __future__ import annotations

import os
import socket


def notify(message: str) -> bool:
    """Send one sd_notify message; returns whether it was sent."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode())
        return True
    except OSError:
        return False


def watchdog_interval_ms() -> int | None:
    """How often to send ``WATCHDOG=1``: half the watchdog timeout, or None without a watchdog.

    ``$WATCHDOG_PID`` is not checked: under cage it names the compositor, whose child we are
    (the unit says ``NotifyAccess=all`` so that our messages count).
    """
    try:
        usec = int(os.environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    return max(1, usec // 2000) if usec > 0 else None
