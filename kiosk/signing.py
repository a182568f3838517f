"""Publisher keys and signatures of the central catalogue (DESIGN.md 4.2 keygen, 4.3).

Ed25519 throughout. A publisher's private key is ``publisher.key`` (PKCS#8 PEM, mode 0600); its
public key, which kiosks trust, is one line of base64 of the raw 32 bytes (``publisher.pub``).
``catalogue.json.sig`` is one line of base64 of the 64-byte signature of the exact bytes of
``catalogue.json``. Nothing here touches the database.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Iterable
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.errors import KioskError
from kiosk.messages import QT_TRANSLATE_NOOP, Message

PRIVATE_KEY_FILENAME = "publisher.key"
PUBLIC_KEY_FILENAME = "publisher.pub"
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
#: Largest signature file read: one line of base64 is 88 characters; room for a CRLF and spaces.
SIGNATURE_FILE_CAP = 1024
#: A private key file is a few hundred bytes; anything much larger is not one.
KEY_FILE_CAP = 64 * 1024


def generate_key_pair(out: Path) -> tuple[Path, Path]:
    """Write a new ``publisher.key`` and ``publisher.pub`` into ``out`` (created if missing).

    Returns:
        The paths of the private and the public key.

    Raises:
        KioskError: a key pair is already there (it is never overwritten) or the folder cannot
            be written.
    """
    private_path, public_path = out / PRIVATE_KEY_FILENAME, out / PUBLIC_KEY_FILENAME
    for path in (private_path, public_path):
        if path.exists():
            raise KioskError(f"{path} already exists; it was left as it is. "
                             "Choose another folder, or move the old key pair away first.")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    try:
        out.mkdir(parents=True, exist_ok=True, mode=0o700)
        # O_EXCL: never clobber a key that appeared meanwhile; 0600 from the first byte on.
        descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(pem)
        public_path.write_text(public_key_text(key.public_key()) + "\n", encoding="ascii")
        os.chmod(public_path, 0o644)  # public, copied to every kiosk: readable whatever the umask
    except OSError as error:
        raise KioskError(f"The key pair cannot be written to {out} ({error.strerror or error}).") from error
    return private_path, public_path


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """Read a publisher's private key (the ``publisher.key`` written by ``kiosk keygen``).

    Raises:
        KioskError: the file cannot be read or is not an Ed25519 private key.
    """
    # What the editor's publish dialog shows too: marked for its translation (kiosk.messages).
    not_a_key = Message("Publishing", QT_TRANSLATE_NOOP(
        "Publishing", "{path} is not a publisher key: give the publisher.key file made by `kiosk keygen` (not "
                      "the .pub file)."), path=path)
    try:
        with path.open("rb") as file:
            pem = file.read(KEY_FILE_CAP + 1)
    except OSError as error:
        reason = error.strerror or error
        raise KioskError(Message("Publishing", QT_TRANSLATE_NOOP(
            "Publishing", "The key {path} cannot be read ({reason})."), path=path, reason=reason)) from error
    if len(pem) > KEY_FILE_CAP:
        raise KioskError(not_a_key)
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except TypeError as error:  # a password-protected key
        raise KioskError(Message("Publishing", QT_TRANSLATE_NOOP(
            "Publishing", "{path} is protected by a password; kiosk publish needs a key without one."),
            path=path)) from error
    except (ValueError, UnsupportedAlgorithm) as error:
        raise KioskError(not_a_key) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise KioskError(Message("Publishing", QT_TRANSLATE_NOOP(
            "Publishing", "{path} is not an Ed25519 key; make a publisher key with `kiosk keygen`."), path=path))
    return key


def public_key_text(key: Ed25519PublicKey) -> str:
    """A public key as kiosks trust it: base64 of its raw 32 bytes."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def parse_public_key(text: str) -> Ed25519PublicKey:
    """A publisher public key from its base64 text (as in ``publisher.pub``).

    Raises:
        KioskError: the text is not base64 of 32 bytes.
    """
    raw = _base64(text)
    if raw is None or len(raw) != PUBLIC_KEY_BYTES:
        raise KioskError("That is not a publisher public key: give the one line of publisher.pub "
                         "(44 characters of base64) made by `kiosk keygen`.")
    return Ed25519PublicKey.from_public_bytes(raw)


def canonical_key_text(text: str) -> str:
    """The one spelling of a public key that kiosks store (checked, whitespace removed)."""
    return public_key_text(parse_public_key(text))


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    """The contents of a ``.sig`` file for ``data``: one line of base64, with its newline."""
    return base64.b64encode(key.sign(data)) + b"\n"


def parse_signature(raw: bytes) -> bytes:
    """The 64-byte signature held by the bytes of a ``.sig`` file.

    Raises:
        KioskError: the file is not one line of base64 of 64 bytes.
    """
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        text = None
    signature = _base64(text) if text is not None else None
    if signature is None or len(signature) != SIGNATURE_BYTES:
        raise KioskError("The signature file is not a signature (it should be one line of base64 "
                         "written by `kiosk publish`).")
    return signature


def verify(data: bytes, signature: bytes, trusted: Iterable[str]) -> str:
    """Check that one of the ``trusted`` public keys signed exactly ``data``.

    Args:
        data: the exact bytes of the file, before any parsing.
        signature: the 64 raw bytes (see ``parse_signature``).
        trusted: public keys as base64 text; more than one during a key rotation.

    Returns:
        The trusted key (base64 text) whose signature it is.

    Raises:
        KioskError: no trusted key made this signature of these bytes.
    """
    keys = list(trusted)
    if not keys:
        raise KioskError("This kiosk trusts no publisher key yet; add the publisher's key with "
                         "`kiosk trust add KEY`.")
    for text in keys:
        try:
            parse_public_key(text).verify(signature, data)
        except (KioskError, InvalidSignature):
            continue
        return text
    raise KioskError("The catalogue's signature does not match its content or was not made by a "
                     "trusted publisher key, so the file was refused.")


def _base64(text: str) -> bytes | None:
    try:
        return base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        return None
