"""Syncing from a path or file:// (DESIGN.md 4.4): the checks in order, and every refusal.

Each refusal or failure leaves the catalogue in use as it was (same version, same sha256) and
is recorded in the sync history with its reason. HTTP is in test_sync_http.py, crashes in
test_sync_crash.py.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from kiosk import models as m
from kiosk import sync as sync_module
from kiosk.apply import apply_bundle
from kiosk.bundle import parse_bundle
from kiosk.catalogue import last_sync
from kiosk.context import open_context
from kiosk.search import search
from kiosk.settings import get_setting, set_setting
from kiosk.signing import public_key_text, sign
from kiosk.sync import run_sync
from tests.conftest import NOW, catalogue_bytes, mini_catalogue
from tests.kiosk.conftest import assert_kept, in_use, write_signed


def newer(version: int = 2, **changes) -> dict:
    """The mini catalogue, one version up, with a title changed so its content differs."""
    data = mini_catalogue(version=version, **changes)
    data["procedures"][0]["title"]["fr"] = f"Complémentaire santé, version {version}"
    return data


# --- what a good sync does ---------------------------------------------------------------------


def test_newer_catalogue_is_applied_and_recorded(trusting, publisher, tmp_path):
    path = write_signed(tmp_path / "share", newer(), publisher)
    result = run_sync(trusting, str(path))
    assert (result.outcome, result.version) == ("applied", 2)
    assert result.reason == "Catalogue version 2 was applied."
    version, sha256 = in_use(trusting)
    assert version == 2 and sha256 == parse_bundle(path.read_bytes()).sha256
    assert search(trusting.db, "version 2", "fr")[0].slug == "complementaire-sante-solidaire"
    attempt = last_sync(trusting.db)
    assert (attempt.at, attempt.source, attempt.outcome, attempt.version) == (NOW, str(path), "applied", 2)


def test_same_signature_again_is_unchanged_without_fetching_the_catalogue(trusting, publisher, tmp_path):
    path = write_signed(tmp_path / "share", newer(), publisher)
    assert run_sync(trusting, str(path)).outcome == "applied"
    path.unlink()  # not even read: the signature verified over the bytes in use is all it takes
    before = in_use(trusting)
    assert_kept(trusting, before, run_sync(trusting, str(path)), "unchanged", "Already up to date (version 2)")


def test_same_bytes_signed_anew_are_verified_but_not_parsed(trusting, publisher, tmp_path, monkeypatch):
    """A key rotation: the publisher signs the same catalogue with its new key."""
    path = write_signed(tmp_path / "share", newer(), publisher)
    assert run_sync(trusting, str(path)).outcome == "applied"
    successor = Ed25519PrivateKey.generate()
    set_setting(trusting.db, "trusted_keys", [public_key_text(publisher.public_key()),
                                              public_key_text(successor.public_key())])
    (tmp_path / "share" / "catalogue.json.sig").write_bytes(sign(successor, path.read_bytes()))

    def no_parsing(raw):
        raise AssertionError("a file with the bytes in use must not be parsed")

    monkeypatch.setattr(sync_module, "parse_bundle", no_parsing)
    before = in_use(trusting)
    assert_kept(trusting, before, run_sync(trusting, str(path)), "unchanged", "Already up to date (version 2)")
    path.unlink()  # and that new signature is now the one remembered
    assert run_sync(trusting, str(path)).outcome == "unchanged"


def test_unchanged_file_still_needs_a_trusted_signature(trusting, publisher, tmp_path):
    path = write_signed(tmp_path / "share", newer(), publisher)
    assert run_sync(trusting, str(path)).outcome == "applied"
    stranger = Ed25519PrivateKey.generate()
    (tmp_path / "share" / "catalogue.json.sig").write_bytes(sign(stranger, path.read_bytes()))
    assert_kept(trusting, in_use(trusting), run_sync(trusting, str(path)), "refused", "signature")


def test_local_data_survives_a_sync(trusting, publisher, tmp_path):
    db = trusting.db
    set_setting(db, "site", "belle-beille")
    set_setting(db, "sync_interval_minutes", 15)
    with db.session() as session, session.begin():
        session.add(m.Pin(role="admin", hash="scrypt$salt$hash", failures=2))
        session.add(m.StatCounter(day=NOW.date(), event="viewed", procedure_slug="carte-identite",
                                  language="ar", count=7))
        session.add(m.SyncAttempt(at=NOW, source="earlier", outcome="failed", reason="offline"))

    def local_data():
        with db.engine.connect() as connection:
            return {table: connection.execute(select(getattr(m, table).__table__)).all()
                    for table in ("Setting", "Pin", "StatCounter")}

    before = local_data()
    assert run_sync(trusting, str(write_signed(tmp_path / "share", newer(), publisher))).outcome == "applied"
    assert local_data() == before
    with db.session() as session:
        assert session.scalars(select(m.SyncAttempt.source).order_by(m.SyncAttempt.id)).all() == [
            "earlier", str(tmp_path / "share" / "catalogue.json")]


def test_file_url_and_folder_are_sources(trusting, publisher, tmp_path):
    path = write_signed(tmp_path / "share", newer(), publisher)
    assert run_sync(trusting, path.as_uri()).outcome == "applied"
    write_signed(tmp_path / "share", newer(3), publisher)
    assert run_sync(trusting, str(tmp_path / "share")).version == 3


def test_configured_source_is_used(trusting, publisher, tmp_path):
    path = write_signed(tmp_path / "share", newer(), publisher)
    set_setting(trusting.db, "catalogue_source", str(path))
    assert run_sync(trusting).outcome == "applied"


def test_expired_local_catalogue_takes_a_newer_one(trusting, publisher, tmp_path):
    later = dt.datetime(2027, 6, 1)  # the mini catalogue expired on 2027-05-01
    trusting.clock = lambda: later
    data = newer(expires_at="2028-01-01T00:00:00Z")
    assert run_sync(trusting, str(write_signed(tmp_path / "share", data, publisher))).outcome == "applied"


def test_sync_from_a_worker_thread(trusting, publisher, tmp_path):
    path = write_signed(tmp_path / "share", newer(), publisher)
    results = []
    worker = threading.Thread(target=lambda: results.append(run_sync(trusting, str(path))))
    worker.start()
    worker.join(timeout=60)
    assert results[0].outcome == "applied" and in_use(trusting)[0] == 2


# --- refusals: the file fails a check -----------------------------------------------------------


def _other_content(folder: Path, key) -> Path:
    """A valid catalogue.json with the signature of a different file."""
    path = write_signed(folder, newer(), key)
    path.write_bytes(catalogue_bytes(newer(3)))
    return path


def _flipped_byte(folder: Path, key) -> Path:
    path = write_signed(folder, newer(), key)
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    path.write_bytes(bytes(raw))
    return path


def _truncated(folder: Path, key) -> Path:
    path = write_signed(folder, newer(), key)
    path.write_bytes(path.read_bytes()[:1000])
    return path


def _schema(mutate):
    def make(folder: Path, key) -> Path:
        data = newer()
        mutate(data)
        return write_signed(folder, data, key)
    return make


SIGNATURE = "signature does not match its content or was not made by a trusted publisher key"

REFUSALS = {
    "wrong signature": (_other_content, SIGNATURE),
    "one flipped byte": (_flipped_byte, SIGNATURE),
    "untrusted key": (lambda folder, key: write_signed(folder, newer(), Ed25519PrivateKey.generate()),
                      SIGNATURE),
    "truncated file": (_truncated, SIGNATURE),
    "invalid JSON": (lambda folder, key: write_signed(folder, b'{"format": "kiosk-catalogue", "ver', key),
                     "not valid JSON"),
    "not UTF-8": (lambda folder, key: write_signed(folder, b"\xff\xfe{}", key), "not UTF-8"),
    "schema": (_schema(lambda data: data["procedures"][0]["title"].pop("fr")),
               "does not follow its schema at procedures/0/title"),
    "unknown field": (_schema(lambda data: data["procedures"][0].update(script="<img src=x>")),
                      "does not follow its schema at procedures/0"),
    "string beyond its bound": (_schema(lambda data: data["procedures"][0]["summary"].update(fr="x" * 4001)),
                                "procedures/0/summary/fr"),
    "list beyond its bound": (_schema(lambda data: data["procedures"][0].update(
        steps=[{"kind": "online", "text": {"fr": "Étape."}}] * 61)), "procedures/0/steps"),
    "deep nesting": (lambda folder, key: write_signed(folder, b"[" * 100_000 + b"]" * 100_000, key),
                     "nested too deeply"),
    "nesting inside the schema": (_schema(lambda data: data["procedures"][0].update(
        keywords={"fr": [[[[["deep"]]]]]})), "procedures/0/keywords/fr/0"),
    "dangling reference": (_schema(lambda data: data["procedures"][0]["documents"].append(
        {"document": "no-such-document"})), "no-such-document"),
    "same version, other content": (lambda folder, key: write_signed(folder, newer(1), key),
                                    "version 1, the version in use, with other content"),
    "expired file": (lambda folder, key: write_signed(folder, newer(expires_at="2026-11-25T09:59:59Z"), key),
                     "expired on 2026-11-25 09:59 UTC"),
    "signature file not base64": (lambda folder, key: _with_signature(folder, key, b"not a signature!\n"),
                                  "not a signature"),
    "signature file too large": (lambda folder, key: _with_signature(folder, key, b"A" * 5000),
                                 "larger than the 1,024 bytes limit"),
}


def _with_signature(folder: Path, key, signature: bytes) -> Path:
    path = write_signed(folder, newer(), key)
    (folder / "catalogue.json.sig").write_bytes(signature)
    return path


@pytest.mark.parametrize("case", REFUSALS)
def test_refused_file_changes_nothing(trusting, publisher, tmp_path, case):
    make, words = REFUSALS[case]
    path = make(tmp_path / "share", publisher)
    before = in_use(trusting)
    assert_kept(trusting, before, run_sync(trusting, str(path)), "refused", words)


def test_older_version_is_refused(trusting, publisher, tmp_path):
    assert run_sync(trusting, str(write_signed(tmp_path / "v3", newer(3), publisher))).outcome == "applied"
    result = run_sync(trusting, str(write_signed(tmp_path / "v2", newer(2), publisher)))
    assert_kept(trusting, in_use(trusting), result, "refused", "version 2, older than version 3 in use")
    assert last_sync(trusting.db).version == 2  # the history names the version offered


@pytest.mark.parametrize("offered, words", [(2, "older than version 3"), (3, "with other content")])
def test_rollback_is_refused_even_when_the_local_copy_has_expired(trusting, publisher, tmp_path,
                                                                   offered, words):
    assert run_sync(trusting, str(write_signed(tmp_path / "v3", newer(3), publisher))).outcome == "applied"
    trusting.clock = lambda: dt.datetime(2027, 6, 1)  # version 3 expired on 2027-05-01
    data = newer(offered, expires_at="2028-01-01T00:00:00Z")
    data["procedures"][1]["title"]["fr"] = "Autre contenu"
    result = run_sync(trusting, str(write_signed(tmp_path / "old", data, publisher)))
    assert_kept(trusting, (3, in_use(trusting)[1]), result, "refused", words)


def test_file_over_the_size_cap_is_refused(trusting, publisher, tmp_path):
    path = write_signed(tmp_path / "share", newer(), publisher)
    result = run_sync(trusting, str(path), size_cap=1000)
    assert_kept(trusting, in_use(trusting), result, "refused", "is larger than the 1,000 bytes limit")


def test_size_cap_setting_is_the_default(trusting, publisher, tmp_path):
    assert get_setting(trusting.db, "sync_size_cap_mb") == 50
    set_setting(trusting.db, "sync_size_cap_mb", 1)
    path = write_signed(tmp_path / "share", b" " * (1024 * 1024 + 1), publisher)
    assert_kept(trusting, in_use(trusting), run_sync(trusting, str(path)), "refused",
                "is larger than the 1 MB limit")


# --- failures: nothing could be fetched -------------------------------------------------------


@pytest.mark.parametrize("source, words", [
    ("/nonexistent/share/catalogue.json", "The folder /nonexistent/share does not exist"),
    ("file:///nonexistent/share/catalogue.json", "The folder /nonexistent/share does not exist"),
    ("file://server/share/catalogue.json", "mount the share"),
    ("ftp://example.org/catalogue.json", "cannot fetch from ftp:// addresses"),
])
def test_unreachable_source_fails(trusting, source, words):
    assert_kept(trusting, in_use(trusting), run_sync(trusting, source), "failed", words)


def test_missing_signature_fails(trusting, publisher, tmp_path):
    path = write_signed(tmp_path / "share", newer(), publisher)
    (tmp_path / "share" / "catalogue.json.sig").unlink()
    assert_kept(trusting, in_use(trusting), run_sync(trusting, str(path)), "failed",
                "There is no catalogue.json.sig in")


def test_missing_catalogue_fails(trusting, publisher, tmp_path):
    (tmp_path / "share").mkdir()
    (tmp_path / "share" / "catalogue.json.sig").write_bytes(sign(publisher, b"{}"))
    assert_kept(trusting, in_use(trusting), run_sync(trusting, str(tmp_path / "share" / "catalogue.json")),
                "failed", "There is no catalogue.json in")


def test_no_source_configured_fails(trusting):
    assert_kept(trusting, in_use(trusting), run_sync(trusting), "failed", "No catalogue source is set")
    assert last_sync(trusting.db).source == "(none)"


def test_no_trusted_key_fails(context, publisher, tmp_path):
    path = write_signed(tmp_path / "share", newer(), publisher)
    assert_kept(context, in_use(context), run_sync(context, str(path)), "failed", "trusts no publisher key")


def test_second_sync_at_once_is_skipped(trusting, publisher, tmp_path):
    path = write_signed(tmp_path / "share", newer(), publisher)
    with sync_module._exclusive(trusting.home):
        result = run_sync(trusting, str(path))
    assert_kept(trusting, in_use(trusting), result, "failed", "Another sync of this kiosk is running")
    assert run_sync(trusting, str(path)).outcome == "applied"  # the lock is released


def test_unexpected_fault_is_reported_and_recorded(trusting, publisher, tmp_path, monkeypatch):
    def broken_apply(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(sync_module, "apply_bundle", broken_apply)
    path = write_signed(tmp_path / "share", newer(), publisher)
    assert_kept(trusting, in_use(trusting), run_sync(trusting, str(path)), "failed", "disk on fire")


# --- status --------------------------------------------------------------------------------


def test_status_says_outdated_once_expired(home, mini_starter, capsys):
    from kiosk.cli import main

    context = open_context(home, clock=lambda: NOW, starter=mini_starter)
    old = mini_catalogue(version=2, published_at="2000-01-01T00:00:00Z", expires_at="2000-06-01T00:00:00Z")
    apply_bundle(context.db, parse_bundle(catalogue_bytes(old)), source="test", now=NOW)
    context.close()
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OUTDATED: this catalogue expired on 2000-06-01")  # the first thing read
    assert "Residents are told to check with the mediator" in out
    assert "Catalogue version 2 (outdated)" in out
    assert main(["status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["catalogue"]["outdated"] is True


# --- the command line, end to end -------------------------------------------------------------


def kiosk(*args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          env={"KIOSK_HOME": str(home), "PATH": "/usr/bin:/bin"}, timeout=120)


def test_round_trip_on_the_command_line(tmp_path):
    """keygen and publish on the editor's side; trust and sync on a kiosk; sync again."""
    editor, kiosk_home, keys, share = (tmp_path / name for name in ("editor", "kiosk", "keys", "share"))
    share.mkdir()
    made = kiosk("keygen", "--out", str(keys), home=editor)
    assert made.returncode == 0, made.stderr
    public = (keys / "publisher.pub").read_text().strip()
    assert public in made.stdout
    published = kiosk("publish", "--key", str(keys / "publisher.key"), "--out", str(share), home=editor)
    assert published.returncode == 0, published.stderr

    refused = kiosk("sync", str(share / "catalogue.json"), "--json", home=kiosk_home)
    assert refused.returncode == 1
    assert json.loads(refused.stdout) == {"outcome": "failed", "version": 1, "reason": refused.stderr[7:-1]}
    assert refused.stderr.startswith("kiosk: ") and refused.stderr.count("\n") == 1

    assert kiosk("trust", "add", str(keys / "publisher.pub"), home=kiosk_home).returncode == 0
    assert kiosk("trust", "list", home=kiosk_home).stdout.split() == [public]
    synced = kiosk("sync", str(share / "catalogue.json"), "--json", home=kiosk_home)
    assert synced.returncode == 0, synced.stderr
    assert json.loads(synced.stdout) == {"outcome": "applied", "version": 2,
                                        "reason": "Catalogue version 2 was applied."}
    status = json.loads(kiosk("status", "--json", home=kiosk_home).stdout)
    assert status["catalogue"]["version"] == 2
    assert status["catalogue"]["sha256"] == parse_bundle((share / "catalogue.json").read_bytes()).sha256
    assert status["last_sync"]["outcome"] == "applied"

    again = kiosk("sync", str(share / "catalogue.json"), home=kiosk_home)
    assert again.returncode == 0 and "Already up to date" in again.stdout and again.stderr == ""
