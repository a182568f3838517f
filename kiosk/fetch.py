"""Fetching the central catalogue and its signature (DESIGN.md 4.4 rule 1).

A source is a path (a mounted network share, or a folder holding ``catalogue.json``), a
``file://`` address, or an ``http://`` / ``https://`` address of ``catalogue.json``; its signature
is the same address with ``.sig`` appended. Every download is streamed and stopped as soon as it
passes its size cap; the catalogue is copied into a temporary file in the kiosk's folder and read
back from there, never opened in place on a share. HTTP goes through urllib: the system proxy
(``http_proxy``, ``https_proxy``, ``no_proxy``) is honoured and certificates are verified with the
default SSL context; ``timeout`` bounds the connection and every read, ``deadline`` a whole download.
"""

from __future__ import annotations

import email.utils
import http.client
import socket
import os
import ssl
import stat
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import SplitResult, urlsplit, urlunsplit

from kiosk import __version__
from kiosk.signing import SIGNATURE_FILE_CAP

CATALOGUE_FILENAME = "catalogue.json"
SIGNATURE_SUFFIX = ".sig"
USER_AGENT = f"kiosk/{__version__}"
CHUNK = 256 * 1024
MIB = 1024 * 1024
#: An ETag longer than this is not remembered (a server's validators are stored in the database).
MAX_VALIDATOR = 1000


class FetchError(Exception):
    """A file could not be fetched; ``str()`` is one sentence for a person.

    ``refused`` marks a file that arrived but is refused as it is (too large), as opposed to a
    fault of the network or the share (worth trying again later).
    """

    def __init__(self, reason: str, *, refused: bool = False) -> None:
        super().__init__(reason)
        self.refused = refused


@dataclass(frozen=True)
class Limits:
    """How much a sync may download and how long it may wait."""

    size_cap: int
    timeout: float
    deadline: float


@dataclass(frozen=True)
class Validators:
    """What an HTTP server said identifies a file's version (for a conditional request)."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class SignatureFile:
    """The bytes of a signature file and, over HTTP, its validators (None when not usable)."""

    data: bytes
    validators: Validators | None = None


def open_source(text: str, home: Path, limits: Limits) -> PathSource | HttpSource:
    """The source named by ``text``.

    Raises:
        FetchError: an address of a kind the kiosk cannot fetch from.
    """
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        return HttpSource(parts, home, limits)
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise FetchError("A file:// address with a server name cannot be read; mount the share "
                             "and give its path instead.")
        return PathSource(Path(urllib.request.url2pathname(parts.path)), home, limits)
    if len(scheme) > 1:  # a one-letter "scheme" is a Windows drive
        raise FetchError(f"The kiosk cannot fetch from {scheme}:// addresses; give a path, or a "
                         "file://, http:// or https:// address of catalogue.json.")
    return PathSource(Path(text).expanduser(), home, limits)


def shown_source(text: str) -> str:
    """``text`` as recorded and shown: an address without any user name or password in it."""
    parts = urlsplit(text)
    if parts.scheme.lower() in ("http", "https") and (parts.username or parts.password):
        host = parts.hostname or ""
        netloc = f"[{host}]" if ":" in host else host
        if parts.port is not None:
            netloc += f":{parts.port}"
        return urlunsplit(parts._replace(netloc=netloc))
    return text


class PathSource:
    """A catalogue on the file system: a mounted share, or a folder holding catalogue.json.

    Only regular files are read: a FIFO or a device file in place of catalogue.json would block a
    read forever (or never end), so it is refused before it is opened, and again after (``fstat``
    of what was opened, against a swap in between; opened non-blocking, so that even a FIFO put
    there in between cannot hold the open). Every step on the share (looking at the folder,
    opening, each read) runs in a thread of its own with a deadline: a hung network share stops
    the sync after ``timeout`` seconds without a byte, instead of blocking it and every later one.
    """

    def __init__(self, path: Path, home: Path, limits: Limits) -> None:
        self._given = path
        self._home = home
        self._limits = limits

    def fetch_signature(self, known: Validators | None = None) -> SignatureFile:
        """The signature file's bytes (a file system has no "not modified": never None)."""
        def copy(path: Path, read: Callable[[int], bytes]) -> bytes:
            return _in_memory(read, SIGNATURE_FILE_CAP, self._limits.deadline, str(path))

        return SignatureFile(self._fetch(SIGNATURE_SUFFIX, copy))

    def fetch_catalogue(self) -> bytes:
        """A private copy of the catalogue's bytes, made through a temporary file."""
        return self._fetch("", lambda path, read: _spool(read, self._home, self._limits, str(path)))

    def _fetch(self, suffix: str, copy: Callable[[Path, Callable[[int], bytes]], bytes]) -> bytes:
        return _within_deadline(lambda read_guard: self._read_file(suffix, copy, read_guard),
                                self._limits, str(self._given))

    def _read_file(self, suffix: str, copy: Callable[[Path, Callable[[int], bytes]], bytes],
                   read_guard: Callable[[], None]) -> bytes:
        """Runs in the reading thread: find the file, check it is a regular file, copy it."""
        path = self._catalogue_path()
        path = path.with_name(path.name + suffix)
        try:
            _check_regular(path, os.stat(path).st_mode)
            descriptor = os.open(path, _OPEN_FLAGS)
        except FileNotFoundError:
            if not path.parent.is_dir():
                raise FetchError(f"The folder {path.parent} does not exist; check that the share is "
                                 "mounted and that the catalogue source is right.") from None
            raise FetchError(f"There is no {path.name} in {path.parent}; check the catalogue "
                             "source, or publish the catalogue there.") from None
        except PermissionError:
            raise FetchError(f"The kiosk is not allowed to read {path}.") from None
        except OSError as error:
            raise FetchError(f"{path} cannot be read ({error.strerror or error}).") from None
        try:
            _check_regular(path, os.fstat(descriptor).st_mode)

            def read(size: int) -> bytes:
                read_guard()
                try:
                    return os.read(descriptor, size)
                except OSError as error:
                    raise FetchError(f"{path} cannot be read ({error.strerror or error}).") from None

            return copy(path, read)
        finally:
            os.close(descriptor)

    def _catalogue_path(self) -> Path:
        try:
            folder = self._given.is_dir()
        except OSError:  # unreadable: opening it will say why
            folder = False
        return self._given / CATALOGUE_FILENAME if folder else self._given


#: Read-only, never becoming the controlling terminal, and not waiting at the open for a FIFO's
#: writer; O_BINARY matters on Windows only.
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
#: Reading threads that a hung share never gave back (at most one at a time: see _within_deadline).
_STUCK: set[threading.Thread] = set()
_STUCK_LOCK = threading.Lock()


def _check_regular(path: Path, mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a pipe, a device or a socket)"
        raise FetchError(f"{path} is {kind}, so it was refused; publish the catalogue there as a file.",
                         refused=True)


class _Cancelled(Exception):
    """The reading thread was given up on: it stops at its next read."""


def _within_deadline(work: Callable[[Callable[[], None]], bytes], limits: Limits, shown: str) -> bytes:
    """``work(read_guard)`` in a thread of its own, given up after ``limits.timeout`` seconds without
    a read returning, or ``limits.deadline`` seconds in all.

    ``work`` calls ``read_guard()`` before each read: once given up on, it raises there, so a share
    that comes back late is not read further. A thread still blocked in the kernel by a hung share
    is left behind (it cannot be interrupted), and until it returns every later read of a share
    fails at once rather than leaving one more thread behind.

    Raises:
        FetchError: ``work``'s own, or the share did not answer in time.
    """
    with _STUCK_LOCK:
        _STUCK.difference_update([thread for thread in _STUCK if not thread.is_alive()])
        if _STUCK:
            raise FetchError(f"An earlier read of {shown} has still not returned; check that the share "
                             "is reachable, or restart the kiosk.")
    cancelled, done = threading.Event(), threading.Event()
    progress = [time.monotonic()]
    outcome: list = [None, None]  # result, error

    def read_guard() -> None:
        if cancelled.is_set():
            raise _Cancelled
        progress[0] = time.monotonic()

    def run() -> None:
        try:
            outcome[0] = work(read_guard)
        except BaseException as error:  # handed to the waiting thread  # noqa: BLE001
            outcome[1] = error
        finally:
            progress[0] = time.monotonic()
            done.set()

    thread = threading.Thread(target=run, name="kiosk-share-read", daemon=True)
    stop_at = time.monotonic() + limits.deadline
    thread.start()
    while not done.wait(max(0.0, min(progress[0] + limits.timeout, stop_at) - time.monotonic())):
        now = time.monotonic()
        if not done.is_set() and (now >= stop_at or now >= progress[0] + limits.timeout):
            cancelled.set()
            with _STUCK_LOCK:
                _STUCK.add(thread)
            waited = limits.deadline if now >= stop_at else limits.timeout
            raise FetchError(f"{shown} did not answer within {waited:g} seconds; check that the share "
                             "is reachable. The kiosk will try again later.")
    if outcome[1] is not None:
        raise outcome[1]
    return outcome[0]


class HttpSource:
    """A catalogue on a web server (or CDN), over http:// or https://."""

    def __init__(self, parts: SplitResult, home: Path, limits: Limits) -> None:
        self._url = urlunsplit(parts)
        self._signature_url = urlunsplit(parts._replace(path=parts.path + SIGNATURE_SUFFIX))
        self._host = parts.hostname or "?"
        self._home = home
        self._limits = limits
        # Built per sync so that the proxy settings of the environment are read afresh.
        self._opener = urllib.request.build_opener(_HttpOnlyRedirects())

    def fetch_signature(self, known: Validators | None = None) -> SignatureFile | None:
        """The signature file, or None when the server says it has not changed since ``known``."""
        headers = {}
        if known is not None and known.etag:
            headers["If-None-Match"] = known.etag
        if known is not None and known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        response = self._get(self._signature_url, headers)
        if response is None:
            return None
        shown = shown_source(self._signature_url)
        data = self._read(response, SIGNATURE_FILE_CAP, shown, lambda read: _in_memory(
            read, SIGNATURE_FILE_CAP, self._limits.deadline, shown))
        return SignatureFile(data, _validators(response))

    def fetch_catalogue(self) -> bytes:
        """The catalogue's bytes, streamed through a temporary file."""
        response = self._get(self._url, {})
        if response is None:  # no conditional header was sent: a 304 here is a broken server
            raise FetchError(f"The server at {self._host} answered \"not modified\" to a plain request.")
        shown = shown_source(self._url)
        return self._read(response, self._limits.size_cap, shown,
                          lambda read: _spool(read, self._home, self._limits, shown))

    def _get(self, url: str, headers: dict[str, str]) -> http.client.HTTPResponse | None:
        request = urllib.request.Request(url, headers={
            "User-Agent": USER_AGENT, "Accept-Encoding": "identity", **headers})
        try:
            return self._opener.open(request, timeout=self._limits.timeout)
        except urllib.error.HTTPError as error:
            error.close()
            if error.code == 304:
                return None
            if error.code == 404:
                raise FetchError(f"The server has no file at {shown_source(url)} (HTTP 404); check the "
                                 "catalogue source, or publish the catalogue there.") from None
            if error.code >= 500:
                raise FetchError(f"The server at {self._host} answered HTTP {error.code} ({error.reason}); "
                                 "the kiosk will try again later.") from None
            raise FetchError(f"The server refused {shown_source(url)} "
                             f"(HTTP {error.code} {error.reason}).") from None
        except urllib.error.URLError as error:
            raise FetchError(self._network_reason(error.reason)) from None
        except (OSError, http.client.HTTPException) as error:
            raise FetchError(self._network_reason(error)) from None

    def _read(self, response: http.client.HTTPResponse, cap: int, shown: str,
              copy: Callable[[Callable[[int], bytes]], bytes]) -> bytes:
        with response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > cap:
                raise FetchError(_too_large(shown, cap), refused=True)  # said up front: nothing is read
            try:
                # read1 returns what has arrived, so the deadline is checked while a server trickles.
                return copy(response.read1)
            except (OSError, http.client.HTTPException) as error:
                raise FetchError(self._network_reason(error)) from None

    def _network_reason(self, error: object) -> str:
        host = self._host
        if isinstance(error, ssl.SSLCertVerificationError):
            return (f"The certificate of {host} could not be verified ({error.verify_message}); the kiosk "
                    "only fetches from servers it can verify.")
        if isinstance(error, TimeoutError):
            return f"The server at {host} did not answer within {self._limits.timeout:g} seconds."
        if isinstance(error, ConnectionRefusedError):
            return f"The server at {host} refused the connection; it may be down."
        if isinstance(error, socket.gaierror):
            return f"The server name {host} could not be found; check the address and the network."
        if isinstance(error, (http.client.IncompleteRead, ConnectionResetError,
                              http.client.RemoteDisconnected)):
            return f"The connection to {host} broke before the whole file arrived."
        if isinstance(error, ssl.SSLError):
            return f"The secure connection to {host} failed ({error.reason or error})."
        detail = getattr(error, "strerror", None) or error
        return f"The server at {host} could not be reached ({detail})."


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http:// and https:// only (urllib would also follow one to ftp://)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001 (urllib's signature)
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise urllib.error.HTTPError(newurl, code, f"redirected to {urlsplit(newurl).scheme}://, "
                                         "which the kiosk does not follow", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _validators(response: http.client.HTTPResponse) -> Validators | None:
    """The response's validators, when they can be trusted to change with the file.

    A Last-Modified less than two seconds before the response's Date is not (RFC 9110 8.8.2.2):
    the file may be replaced again within the same second, unseen. Servers such as nginx derive
    the ETag from the same modification time, so then neither is kept.
    """
    etag = response.headers.get("ETag")
    last_modified = response.headers.get("Last-Modified")
    if etag is not None and (len(etag) > MAX_VALIDATOR or not _visible_ascii(etag)):
        etag = None  # stored, then sent back in a header: printable ASCII only (RFC 9110 8.8.3)
    if last_modified is not None and not _visible_ascii(last_modified):
        return None
    if last_modified is not None:
        try:
            changed = email.utils.parsedate_to_datetime(last_modified)
            date = email.utils.parsedate_to_datetime(response.headers.get("Date", ""))
            settled = (date - changed).total_seconds() >= 2
        except (TypeError, ValueError):
            settled = False
        if not settled or len(last_modified) > 100:
            return None
    if etag is None and last_modified is None:
        return None
    return Validators(etag, last_modified)


def _visible_ascii(text: str) -> bool:
    return all(" " <= char <= "~" for char in text)


def _copy(read: Callable[[int], bytes], write: Callable[[bytes], object], cap: int, deadline: float,
          shown: str) -> None:
    """Hand what ``read`` gives to ``write``, stopping as soon as ``cap`` bytes are passed."""
    size, stop_at = 0, time.monotonic() + deadline
    while chunk := read(CHUNK):
        size += len(chunk)
        if size > cap:
            raise FetchError(_too_large(shown, cap), refused=True)
        if time.monotonic() > stop_at:
            raise FetchError(f"Fetching {shown} took longer than {deadline:g} seconds and was "
                             "stopped; the kiosk will try again later.")
        write(chunk)


def _in_memory(read: Callable[[int], bytes], cap: int, deadline: float, shown: str) -> bytes:
    """Everything ``read`` gives, kept in memory: for a small file (a signature)."""
    chunks: list[bytes] = []
    _copy(read, chunks.append, cap, deadline, shown)
    return b"".join(chunks)


def _spool(read: Callable[[int], bytes], home: Path, limits: Limits, shown: str) -> bytes:
    """Copy what ``read`` gives into a temporary file in ``home``, then read that copy back.

    The file has no name on Linux and is deleted on close elsewhere: nothing is left behind, even
    when the process is killed.
    """
    def cannot_store(error: OSError) -> FetchError:
        return FetchError(f"The download could not be stored in {home} ({error.strerror or error}).")

    try:
        spool = tempfile.TemporaryFile(dir=home, prefix=".sync-")
    except OSError as error:
        raise cannot_store(error) from None
    with spool:
        def write(chunk: bytes) -> None:
            try:
                spool.write(chunk)
            except OSError as error:
                raise cannot_store(error) from None

        _copy(read, write, limits.size_cap, limits.deadline, shown)
        try:
            spool.seek(0)
            return spool.read()
        except OSError as error:
            raise cannot_store(error) from None


def _too_large(shown: str, cap: int) -> str:
    size = f"{cap / MIB:g} MB" if cap >= MIB else f"{cap:,} bytes"
    return f"{shown} is larger than the {size} limit, so it was refused."
