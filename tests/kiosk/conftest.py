"""Fixtures and helpers for the sync tests: a publisher key, a kiosk trusting it, signed files."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.catalogue import catalogue_status, last_sync
from kiosk.settings import set_setting
from kiosk.signing import public_key_text, sign
from kiosk.sync import SyncResult
from tests.conftest import NOW, catalogue_bytes


@pytest.fixture
def publisher() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def trusting(context, publisher):
    """The kiosk of the ``context`` fixture (mini catalogue, version 1), trusting ``publisher``."""
    set_setting(context.db, "trusted_keys", [public_key_text(publisher.public_key())])
    return context


def write_signed(folder: Path, content: dict | bytes, key: Ed25519PrivateKey) -> Path:
    """Write ``folder/catalogue.json`` and its signature by ``key``; returns the catalogue's path."""
    raw = content if isinstance(content, bytes) else catalogue_bytes(content)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "catalogue.json").write_bytes(raw)
    (folder / "catalogue.json.sig").write_bytes(sign(key, raw))
    return folder / "catalogue.json"


def in_use(context) -> tuple[int, str]:
    """The version and sha256 of the catalogue in use."""
    status = catalogue_status(context.db, NOW)
    return status.version, status.sha256


def assert_kept(context, before: tuple[int, str], result: SyncResult, outcome: str, words: str) -> None:
    """The sync ended with ``outcome``, said ``words``, changed nothing and was recorded."""
    assert result.outcome == outcome, result
    assert words in result.reason, result.reason
    assert result.reason.count("\n") == 0
    assert in_use(context) == before
    assert result.version == before[0]
    attempt = last_sync(context.db)
    assert (attempt.outcome, attempt.reason) == (outcome, result.reason)

