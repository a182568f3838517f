"""Servers that accept connections and never say anything: a hung outside service (issue 17)."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path


def _serve(server: socket.socket, held: list[socket.socket], stop: threading.Event) -> None:
    server.settimeout(0.2)
    while not stop.is_set():
        try:
            connection, _address = server.accept()
        except OSError:  # the timeout, or the socket closed at the end
            continue
        held.append(connection)  # kept open, never read from, never written to


@contextlib.contextmanager
def _silent(server: socket.socket) -> Iterator[None]:
    held: list[socket.socket] = []
    stop = threading.Event()
    server.listen(64)
    thread = threading.Thread(target=_serve, args=(server, held, stop), daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        server.close()


@contextlib.contextmanager
def silent_unix_socket(path: Path) -> Iterator[Path]:
    """A Unix stream socket at ``path`` that accepts and stays silent."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    with _silent(server):
        yield path


@contextlib.contextmanager
def silent_tcp_port() -> Iterator[int]:
    """A TCP port on 127.0.0.1 (free, picked by the system) that accepts and stays silent."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    with _silent(server):
        yield server.getsockname()[1]
