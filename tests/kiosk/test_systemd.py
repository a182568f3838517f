"""sd_notify messages reach a socket the test listens on."""

import socket

from kiosk.systemd import notify, watchdog_interval_ms


def test_notify_reaches_the_socket(tmp_path, monkeypatch):
    path = str(tmp_path / "notify.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(path)
        monkeypatch.setenv("NOTIFY_SOCKET", path)
        assert notify("READY=1")
        assert server.recv(64) == b"READY=1"


def test_abstract_socket(monkeypatch):
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind("\0kiosk-test-notify")
        monkeypatch.setenv("NOTIFY_SOCKET", "@kiosk-test-notify")
        assert notify("WATCHDOG=1")
        assert server.recv(64) == b"WATCHDOG=1"


def test_nothing_without_systemd(monkeypatch):
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    assert not notify("READY=1")
    assert watchdog_interval_ms() is None


def test_watchdog_interval_is_half_the_timeout(monkeypatch):
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    assert watchdog_interval_ms() == 15000
    monkeypatch.setenv("WATCHDOG_PID", "1")  # the compositor's: we are its child, still ours to feed
    assert watchdog_interval_ms() == 15000
    monkeypatch.setenv("WATCHDOG_USEC", "0")
    assert watchdog_interval_ms() is None
