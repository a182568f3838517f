"""Publisher keys, signatures and trusted keys (DESIGN.md 4.2 keygen and trust, 4.3)."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.cli import main
from kiosk.errors import KioskError
from kiosk.settings import get_setting
from kiosk.signing import (canonical_key_text, generate_key_pair, load_private_key, parse_public_key,
                           parse_signature, public_key_text, sign, verify)


def _text(key: Ed25519PrivateKey) -> str:
    return public_key_text(key.public_key())


# --- key pairs ---------------------------------------------------------------------------------


def test_keygen_writes_the_formats_of_the_contract(tmp_path):
    private, public = generate_key_pair(tmp_path / "keys")
    assert (private.name, public.name) == ("publisher.key", "publisher.pub")
    pem = private.read_bytes()
    assert pem.startswith(b"-----BEGIN PRIVATE KEY-----\n")  # PKCS#8, not encrypted
    if os.name == "posix":
        assert private.stat().st_mode & 0o777 == 0o600
    line = public.read_text(encoding="ascii")
    assert line.endswith("\n") and line.count("\n") == 1
    raw = base64.b64decode(line.strip(), validate=True)
    key = serialization.load_pem_private_key(pem, password=None)
    assert raw == key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert load_private_key(private).public_key().public_bytes_raw() == raw


def test_keygen_never_overwrites_a_key(tmp_path):
    private, public = generate_key_pair(tmp_path)
    before = private.read_bytes(), public.read_bytes()
    with pytest.raises(KioskError, match="already exists"):
        generate_key_pair(tmp_path)
    assert (private.read_bytes(), public.read_bytes()) == before


def test_keygen_command_needs_no_kiosk(home, tmp_path, capsys):
    assert main(["keygen", "--out", str(tmp_path / "keys")]) == 0
    public = (tmp_path / "keys" / "publisher.pub").read_text().strip()
    assert f"kiosk trust add {public}" in capsys.readouterr().out
    assert not home.exists()  # no database was opened or made
    assert main(["keygen", "--out", str(tmp_path / "keys")]) == 1
    assert "already exists" in capsys.readouterr().err


def test_password_protected_key_is_refused(tmp_path):
    path = tmp_path / "locked.key"
    path.write_bytes(Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"secret")))
    with pytest.raises(KioskError, match="protected by a password"):
        load_private_key(path)


# --- signatures --------------------------------------------------------------------------------


def test_signature_file_is_one_line_of_base64_of_64_bytes():
    line = sign(Ed25519PrivateKey.generate(), b"catalogue")
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert len(base64.b64decode(line.strip(), validate=True)) == 64
    assert len(parse_signature(line.replace(b"\n", b"\r\n"))) == 64


def test_verify_against_several_trusted_keys():
    old, new, stranger = (Ed25519PrivateKey.generate() for _ in range(3))
    data = b'{"format": "kiosk-catalogue"}'
    signature = parse_signature(sign(new, data))
    assert verify(data, signature, [_text(old), _text(new)]) == _text(new)  # a key rotation
    for trusted in ([_text(old)], [_text(stranger), _text(old)]):
        with pytest.raises(KioskError, match="signature does not match"):
            verify(data, signature, trusted)
    with pytest.raises(KioskError, match="signature does not match"):
        verify(data + b" ", signature, [_text(new)])
    with pytest.raises(KioskError, match="trusts no publisher key"):
        verify(data, signature, [])


@pytest.mark.parametrize("raw", [b"", b"not base64!", base64.b64encode(b"x" * 63), b"\xff\xfe",
                                 base64.b64encode(b"x" * 64) + b"=="])
def test_malformed_signature_file_is_refused(raw):
    with pytest.raises(KioskError, match="not a signature"):
        parse_signature(raw)


@pytest.mark.parametrize("text", ["", "abc", base64.b64encode(b"k" * 33).decode(),
                                  "-----BEGIN PUBLIC KEY-----", "é" * 44])
def test_malformed_public_key_is_refused(text):
    with pytest.raises(KioskError, match="not a publisher public key"):
        parse_public_key(text)


def test_key_text_is_canonical():
    text = _text(Ed25519PrivateKey.generate())
    assert canonical_key_text(f"  {text[:20]}\n{text[20:]}\n") == text


# --- kiosk trust -------------------------------------------------------------------------------


def test_trust_add_list_remove(context, tmp_path, capsys):
    context.close()
    first, second = _text(Ed25519PrivateKey.generate()), tmp_path / "publisher.pub"
    second_key = _text(Ed25519PrivateKey.generate())
    second.write_text(second_key + "\n")

    assert main(["trust", "list"]) == 0
    assert "No publisher key is trusted yet" in capsys.readouterr().out
    assert main(["trust", "add", first]) == 0
    assert main(["trust", "add", str(second)]) == 0  # the path of a publisher.pub
    assert main(["trust", "add", first]) == 0
    assert "already trusted" in capsys.readouterr().out
    assert main(["trust", "list"]) == 0
    assert capsys.readouterr().out.split() == [first, second_key]

    assert main(["trust", "remove", first]) == 0
    assert main(["trust", "remove", first]) == 1
    assert capsys.readouterr().err.startswith("kiosk: That key is not trusted")
    assert main(["trust", "add", "not-a-key"]) == 1
    assert "not a publisher public key" in capsys.readouterr().err
    assert main(["trust", "remove", str(second)]) == 0
    assert "No key is trusted now" in capsys.readouterr().out

    from kiosk.context import open_context

    again = open_context(context.home)
    assert get_setting(again.db, "trusted_keys") == []
    again.close()


def test_trust_needs_an_action(home):
    with pytest.raises(SystemExit) as usage:
        main(["trust"])
    assert usage.value.code == 2


def test_private_key_is_never_mistaken_for_a_public_key(tmp_path: Path, capsys, context):
    context.close()
    private, _ = generate_key_pair(tmp_path / "keys")
    assert main(["trust", "add", str(private)]) == 1
    assert "not a publisher public key" in capsys.readouterr().err
