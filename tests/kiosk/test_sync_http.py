"""Syncing over http:// and https:// (DESIGN.md 4.4), against real servers on 127.0.0.1.

Each test starts a stdlib HTTP server in a thread on 127.0.0.1, port 0; nothing goes to any
other address (the proxy test's proxy is such a server too).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.server
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import NameOID

from kiosk.settings import set_setting
from kiosk.signing import public_key_text, sign
from kiosk.sync import run_sync
from tests.conftest import catalogue_bytes, mini_catalogue
from tests.kiosk.conftest import assert_kept, in_use

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
#: A modification time well before any response's Date, so that the validators are kept.
LONG_AGO = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


@pytest.fixture(autouse=True)
def _no_proxy_from_the_machine(monkeypatch):
    """Whatever proxy the machine running the tests has, these requests go to 127.0.0.1 directly."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@dataclass
class Site:
    """What the test server serves, and what it was asked."""

    files: dict[str, bytes] = field(default_factory=dict)
    modified: dict[str, dt.datetime] = field(default_factory=dict)
    #: path -> "404", "500", "stall", "endless", "trickle", "huge", "plain" (no validators), "fresh"
    #: (just modified), "redirect LOCATION" or "raw" (answer with the bytes of ``raw[path]``, as they are)
    behaviour: dict[str, str] = field(default_factory=dict)
    raw: dict[str, bytes] = field(default_factory=dict)
    log: list[tuple[str, int]] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    url: str = ""

    def publish(self, content: dict | bytes, key, *, when: dt.datetime = LONG_AGO) -> None:
        raw = content if isinstance(content, bytes) else catalogue_bytes(content)
        for path, data in (("/catalogue.json", raw), ("/catalogue.json.sig", sign(key, raw))):
            self.files[path] = data
            self.modified[path] = when


def _handler(site: Site) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            site.targets.append(self.path)
            path = urlsplit(self.path).path
            behaviour = site.behaviour.get(path, "")
            if behaviour in ("404", "500") or (path not in site.files and behaviour == ""):
                return self._status(500 if behaviour == "500" else 404)
            if behaviour == "stall":
                site.release.wait(10)
                return self._status(500)
            if behaviour in ("endless", "trickle"):
                return self._stream(behaviour)
            if behaviour == "raw":
                site.log.append((path, 0))
                self.close_connection = True
                return self.wfile.write(site.raw[path])
            if behaviour.startswith("redirect "):
                return self._status(302, {"Location": behaviour.split(" ", 1)[1]})
            data = site.files[path]
            etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            modified = dt.datetime.now(dt.timezone.utc) if behaviour == "fresh" else site.modified[path]
            validators = {} if behaviour == "plain" else {
                "ETag": etag, "Last-Modified": format_datetime(modified, usegmt=True)}
            if validators and self.headers.get("If-None-Match") == etag:
                return self._status(304, validators)
            length = 10**12 if behaviour == "huge" else len(data)
            self._status(200, {**validators, "Content-Length": str(length)}, body=False)
            self.wfile.write(data)

        def _status(self, code: int, headers: dict | None = None, body: bool = True) -> None:
            site.log.append((urlsplit(self.path).path, code))
            self.send_response(code)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if body:
                self.send_header("Content-Length", "0")
            self.end_headers()

        def _stream(self, behaviour: str) -> None:
            site.log.append((urlsplit(self.path).path, 200))
            self.send_response(200)
            self.send_header("Connection", "close")  # no length: the body ends when the server says
            self.end_headers()
            chunk = b" " * 65536 if behaviour == "endless" else b" "
            try:
                while not site.release.is_set():
                    self.wfile.write(chunk)
                    if behaviour == "trickle":
                        time.sleep(0.05)
            except OSError:
                pass  # the kiosk hung up, as it should

        def log_message(self, *args) -> None:
            pass

    return Handler


def _serve(site: Site, tls: ssl.SSLContext | None = None) -> Iterator[Site]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    scheme = "https" if tls else "http"
    site.url = f"{scheme}://127.0.0.1:{server.server_address[1]}/catalogue.json"
    try:
        yield site
    finally:
        site.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def site() -> Iterator[Site]:
    yield from _serve(Site())


def newer(version: int = 2) -> dict:
    data = mini_catalogue(version=version)
    data["procedures"][0]["title"]["fr"] = f"Complémentaire santé, version {version}"
    return data


# --- what a good sync does ---------------------------------------------------------------------


def test_applied_then_unchanged_in_one_small_round_trip(trusting, publisher, site):
    site.publish(newer(), publisher)
    result = run_sync(trusting, site.url)
    assert (result.outcome, result.version) == ("applied", 2)
    assert site.log == [("/catalogue.json.sig", 200), ("/catalogue.json", 200)]

    site.log.clear()
    before = in_use(trusting)
    assert_kept(trusting, before, run_sync(trusting, site.url), "unchanged", "Already up to date (version 2)")
    assert site.log == [("/catalogue.json.sig", 304)]


def test_new_publication_is_seen_after_not_modified(trusting, publisher, site):
    site.publish(newer(), publisher)
    run_sync(trusting, site.url)
    assert run_sync(trusting, site.url).outcome == "unchanged"
    site.publish(newer(3), publisher, when=LONG_AGO + dt.timedelta(days=1))
    assert run_sync(trusting, site.url).version == 3


@pytest.mark.parametrize("behaviour", ["plain", "fresh"])
def test_without_usable_validators_only_the_signature_is_fetched(trusting, publisher, site, behaviour):
    """No validators, or a Last-Modified within a second of Date (a second change in the same
    second would go unseen): the signature comes whole, and is the one verified last time."""
    site.publish(newer(), publisher)
    site.behaviour["/catalogue.json.sig"] = behaviour
    run_sync(trusting, site.url)
    site.log.clear()
    assert run_sync(trusting, site.url).outcome == "unchanged"
    assert site.log == [("/catalogue.json.sig", 200)]


def test_same_bytes_signed_anew_are_downloaded_and_verified(trusting, publisher, site):
    site.publish(newer(), publisher)
    run_sync(trusting, site.url)
    successor = Ed25519PrivateKey.generate()
    set_setting(trusting.db, "trusted_keys", [public_key_text(publisher.public_key()),
                                              public_key_text(successor.public_key())])
    site.publish(newer(), successor, when=LONG_AGO + dt.timedelta(days=1))
    site.log.clear()
    assert run_sync(trusting, site.url).outcome == "unchanged"
    assert site.log == [("/catalogue.json.sig", 200), ("/catalogue.json", 200)]


def test_not_modified_is_not_trusted_once_the_key_is_withdrawn(trusting, publisher, site):
    site.publish(newer(), publisher)
    run_sync(trusting, site.url)
    set_setting(trusting.db, "trusted_keys", [public_key_text(Ed25519PrivateKey.generate().public_key())])
    site.log.clear()
    assert_kept(trusting, in_use(trusting), run_sync(trusting, site.url), "refused", "signature")
    assert site.log == [("/catalogue.json.sig", 200), ("/catalogue.json", 200)]


def test_bad_signature_over_http_is_refused(trusting, publisher, site):
    site.publish(newer(), publisher)
    site.files["/catalogue.json"] = site.files["/catalogue.json"].replace(b"version 2", b"version 9")
    assert_kept(trusting, in_use(trusting), run_sync(trusting, site.url), "refused", "signature")


def test_system_proxy_is_honoured(trusting, publisher, site, monkeypatch):
    """The proxy is a local test server; the catalogue's own address is never resolved."""
    site.publish(newer(), publisher)
    proxy = urlsplit(site.url)
    monkeypatch.setenv("http_proxy", f"http://{proxy.netloc}")
    monkeypatch.setenv("no_proxy", "")
    result = run_sync(trusting, "http://catalogue.kiosk.invalid/catalogue.json")
    assert result.outcome == "applied", result.reason
    assert site.targets == ["http://catalogue.kiosk.invalid/catalogue.json.sig",
                            "http://catalogue.kiosk.invalid/catalogue.json"]


def test_redirects_are_followed_to_http_only(trusting, publisher, site):
    site.publish(newer(), publisher)
    site.files["/moved/catalogue.json"] = site.files.pop("/catalogue.json")
    site.modified["/moved/catalogue.json"] = LONG_AGO
    site.behaviour["/catalogue.json"] = "redirect /moved/catalogue.json"
    assert run_sync(trusting, site.url).outcome == "applied"
    site.publish(newer(3), publisher)
    site.behaviour["/catalogue.json.sig"] = "redirect ftp://127.0.0.1/catalogue.json.sig"
    assert_kept(trusting, in_use(trusting), run_sync(trusting, site.url), "failed",
                "redirected to ftp://, which the kiosk does not follow).")


# --- faults --------------------------------------------------------------------------------


@pytest.mark.parametrize("path, behaviour, words", [
    ("/catalogue.json", "404", "The server has no file at http://127.0.0.1"),
    ("/catalogue.json.sig", "404", "(HTTP 404)"),
    ("/catalogue.json", "500", "answered HTTP 500 (Internal Server Error); the kiosk will try again later"),
    ("/catalogue.json", "stall", "did not answer within 0.5 seconds"),
    ("/catalogue.json.sig", "stall", "did not answer within 0.5 seconds"),
])
def test_server_fault_fails_and_changes_nothing(trusting, publisher, site, path, behaviour, words):
    site.publish(newer(), publisher)
    site.behaviour[path] = behaviour
    assert_kept(trusting, in_use(trusting), run_sync(trusting, site.url, timeout=0.5), "failed", words)


def test_endless_stream_is_cut_at_the_size_cap(trusting, publisher, site):
    site.publish(newer(), publisher)
    site.behaviour["/catalogue.json"] = "endless"
    result = run_sync(trusting, site.url, size_cap=1024 * 1024)
    assert_kept(trusting, in_use(trusting), result, "refused", "is larger than the 1 MB limit")


def test_declared_length_over_the_cap_is_refused_before_reading(trusting, publisher, site):
    site.publish(newer(), publisher)
    site.behaviour["/catalogue.json"] = "huge"
    assert_kept(trusting, in_use(trusting), run_sync(trusting, site.url), "refused",
                "is larger than the 50 MB limit")


def test_trickling_server_is_stopped_at_the_deadline(trusting, publisher, site):
    site.publish(newer(), publisher)
    site.behaviour["/catalogue.json"] = "trickle"
    result = run_sync(trusting, site.url, timeout=0.5, deadline=0.5)
    assert_kept(trusting, in_use(trusting), result, "failed", "took longer than 0.5 seconds")


def test_connection_refused_fails(trusting):
    with socket.socket() as probe:  # a port that was free a moment ago, and nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run_sync(trusting, f"http://127.0.0.1:{port}/catalogue.json", timeout=2)
    assert_kept(trusting, in_use(trusting), result, "failed", "refused the connection")


# --- https -----------------------------------------------------------------------------------


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "kiosk test server")])
    now = dt.datetime.now(dt.timezone.utc)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.fixture
def tls_site(tmp_path) -> Iterator[tuple[Site, Path]]:
    cert, key = _certificate(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    for served in _serve(Site(), context):
        yield served, cert


def test_https_with_an_unknown_certificate_fails(trusting, publisher, tls_site):
    site, _ = tls_site
    site.publish(newer(), publisher)
    assert_kept(trusting, in_use(trusting), run_sync(trusting, site.url, timeout=5), "failed",
                "The certificate of 127.0.0.1 could not be verified")


def test_https_with_a_verified_certificate_applies(trusting, publisher, tls_site, monkeypatch):
    site, cert = tls_site
    site.publish(newer(), publisher)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # read by the default SSL context
    result = run_sync(trusting, site.url, timeout=5)
    assert (result.outcome, result.version) == ("applied", 2), result.reason
