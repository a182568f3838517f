"""Publishing the catalogue as signed catalogue.json and catalogue.json.sig (DESIGN.md 4.2, 4.3)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import update

from kiosk import models as m
from kiosk import publish as publish_module
from kiosk.catalogue import catalogue_status
from kiosk.cli import main
from kiosk.context import open_context
from kiosk.errors import KioskError
from kiosk.paths import starter_catalogue
from kiosk.publish import export_content, publish
from kiosk.settings import set_setting
from kiosk.signing import generate_key_pair, parse_signature, verify
from kiosk.sync import run_sync
from tests.conftest import NOW, MINI_CATALOGUE

ENVELOPE = ["format", "format_version", "version", "published_at", "expires_at"]


@pytest.fixture
def keys(tmp_path) -> tuple[Path, str]:
    """A publisher key file and its public key text."""
    private, public = generate_key_pair(tmp_path / "keys")
    return private, public.read_text().strip()


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


# --- export: the inverse of apply --------------------------------------------------------------


def test_export_gives_back_the_applied_catalogue(context):
    content = {key: value for key, value in MINI_CATALOGUE.items() if key not in ENVELOPE}
    assert export_content(context.db) == content


def test_export_of_the_starter_catalogue_loses_nothing(home):
    context = open_context(home, clock=lambda: NOW)
    exported = export_content(context.db)
    starter = json.loads(starter_catalogue().read_text(encoding="utf-8"))
    by_slug = lambda items: sorted(items, key=lambda item: item["slug"])  # noqa: E731
    for key, value in exported.items():
        assert (by_slug(value) if key == "procedures" else value) == \
               (by_slug(starter[key]) if key == "procedures" else starter[key]), key
    for category in starter["categories"]:  # order within each category is what the file says
        in_file = [p["slug"] for p in starter["procedures"] if p["category"] == category["slug"]]
        assert [p["slug"] for p in exported["procedures"] if p["category"] == category["slug"]] == in_file
    context.close()


# --- publish ---------------------------------------------------------------------------------


def test_publish_writes_a_signed_catalogue_one_version_up(context, keys, out):
    key_path, public = keys
    done = publish(context, key_path, out)
    raw = (out / "catalogue.json").read_bytes()
    data = json.loads(raw)
    assert list(data)[:5] == ENVELOPE
    assert (data["version"], data["published_at"], data["expires_at"]) == (
        2, "2026-11-25T10:00:00Z", "2027-05-24T10:00:00Z")  # 180 days by default
    assert verify(raw, parse_signature((out / "catalogue.json.sig").read_bytes()), [public]) == public
    assert (out / "catalogue.json.sig").read_bytes().count(b"\n") == 1
    assert done.sha256 == hashlib.sha256(raw).hexdigest() and done.version == 2

    status = catalogue_status(context.db, NOW)
    assert (status.version, status.sha256, status.expires_at) == (2, done.sha256, dt.datetime(2027, 5, 24, 10))
    assert publish(context, key_path, out, expires_in_days=7).version == 3
    assert json.loads((out / "catalogue.json").read_bytes())["expires_at"] == "2026-12-02T10:00:00Z"
    assert sorted(_files(out)) == ["catalogue.json", "catalogue.json.sig"]  # no temporary file left
    if os.name == "posix":
        assert (out / "catalogue.json").stat().st_mode & 0o777 == 0o644


def test_published_catalogue_syncs_to_another_kiosk(context, keys, out, tmp_path, mini_starter):
    key_path, public = keys
    publish(context, key_path, out)
    other = open_context(tmp_path / "other", clock=lambda: NOW, starter=mini_starter)
    set_setting(other.db, "trusted_keys", [public])
    result = run_sync(other, str(out / "catalogue.json"))
    assert (result.outcome, result.version) == ("applied", 2)
    assert export_content(other.db) == export_content(context.db)
    assert catalogue_status(other.db, NOW).sha256 == catalogue_status(context.db, NOW).sha256
    assert run_sync(context, str(out / "catalogue.json")).outcome == "failed"  # no key trusted there
    set_setting(context.db, "trusted_keys", [public])
    assert run_sync(context, str(out / "catalogue.json")).outcome == "unchanged"  # the editor has it
    other.close()


def test_a_draft_stays_a_draft(context, keys, out):
    with context.db.engine.begin() as connection:
        connection.execute(update(m.Procedure.__table__).where(m.Procedure.slug == "carte-identite")
                           .values(status="draft"))
    publish(context, keys[0], out)
    data = json.loads((out / "catalogue.json").read_bytes())
    assert [p.get("status") for p in data["procedures"]] == [None, "draft"]


# --- refusals: the previous publication stays --------------------------------------------------


def test_missing_folder_is_refused(context, keys, tmp_path):
    with pytest.raises(KioskError, match="does not exist; create it"):
        publish(context, keys[0], tmp_path / "nowhere")
    assert not (tmp_path / "nowhere").exists()
    assert catalogue_status(context.db, NOW).version == 1


def test_read_only_folder_is_refused(context, keys, out):
    publish(context, keys[0], out)
    before = _files(out)
    out.chmod(0o555)
    try:
        if os.access(out, os.W_OK):
            pytest.skip("this user may write to read-only folders (root)")
        with pytest.raises(KioskError, match="cannot be written .* previous publication was left"):
            publish(context, keys[0], out)
    finally:
        out.chmod(0o755)
    assert _files(out) == before and catalogue_status(context.db, NOW).version == 2


@pytest.mark.parametrize("failing_call", [1, 2])
def test_write_failure_leaves_the_previous_publication(context, keys, out, monkeypatch, failing_call):
    """A folder that refuses writes (read-only share, disk full), simulated: root ignores modes."""
    publish(context, keys[0], out)
    before, status = _files(out), catalogue_status(context.db, NOW)
    real_mkstemp, calls = tempfile.mkstemp, []

    def mkstemp(*args, **kwargs):
        calls.append(1)
        if len(calls) == failing_call:
            raise OSError(30, "Read-only file system")
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(publish_module.tempfile, "mkstemp", mkstemp)
    with pytest.raises(KioskError, match="Read-only file system.*previous publication was left as it is"):
        publish(context, keys[0], out)
    assert _files(out) == before
    assert catalogue_status(context.db, NOW) == status


def _rsa_key(path: Path) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    return path


@pytest.mark.parametrize("make, words", [
    (lambda folder: folder / "missing.key", "cannot be read"),
    (lambda folder: _write(folder / "notes.txt", b"hello"), "is not a publisher key"),
    (lambda folder: folder / "keys" / "publisher.pub", "is not a publisher key"),
    (lambda folder: _write(folder / "big.key", b"x" * 100_000), "is not a publisher key"),
    (lambda folder: _rsa_key(folder / "rsa.key"), "is not an Ed25519 key"),
])
def test_key_that_is_not_a_publisher_key_is_refused(context, keys, out, tmp_path, make, words):
    publish(context, keys[0], out)
    before = _files(out)
    with pytest.raises(KioskError, match=words):
        publish(context, make(tmp_path), out)
    assert _files(out) == before and catalogue_status(context.db, NOW).version == 2


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_catalogue_a_kiosk_would_refuse_is_not_published(context, keys, out):
    with context.db.engine.begin() as connection:  # the schema's largest version: no version after it
        connection.execute(update(m.CatalogueInfo.__table__).values(version=2147483647))
    with pytest.raises(KioskError, match="cannot be published.*version"):
        publish(context, keys[0], out)
    assert _files(out) == {}


# --- the command line --------------------------------------------------------------------------


def test_publish_command(context, keys, out, capsys):
    context.close()
    assert main(["publish", "--key", str(keys[0]), "--out", str(out), "--expires-in", "30"]) == 0
    assert "Published catalogue version 2" in capsys.readouterr().out
    assert main(["publish", "--key", str(keys[0]), "--out", str(out / "nowhere")]) == 1
    assert capsys.readouterr().err.startswith("kiosk: The folder")
    for bad in ("0", "-3", "soon", "99999"):
        with pytest.raises(SystemExit) as usage:
            main(["publish", "--key", str(keys[0]), "--out", str(out), "--expires-in", bad])
        assert usage.value.code == 2
