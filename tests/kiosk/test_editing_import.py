"""The editor's "Import a catalogue…": signed files only, and a "what changed" base it never moves
(issue 13, item 1)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk import editing
from kiosk.catalogue import catalogue_status
from kiosk.editing import (changes_since_publication, import_catalogue, list_items, load_item,
                           publish_catalogue, save_draft, summary_lines)
from kiosk.errors import KioskError
from kiosk.messages import Message
from kiosk.publish import export_content
from kiosk.settings import set_setting
from kiosk.signing import generate_key_pair, load_private_key, public_key_text, sign
from tests.conftest import NOW, catalogue_bytes, mini_catalogue
from tests.kiosk.conftest import write_signed

TODAY = NOW.date()


@pytest.fixture
def key_file(tmp_path) -> Path:
    private, _public = generate_key_pair(tmp_path / "keys")
    return private


@pytest.fixture
def share(tmp_path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def state(context) -> tuple[int, str, bytes | None]:
    """The editor's catalogue (version, sha256) and its "what changed" base, to see nothing moved."""
    status = catalogue_status(context.db, NOW)
    baseline = context.home / editing.BASELINE
    return status.version, status.sha256, baseline.read_bytes() if baseline.exists() else None


def test_a_signed_newer_catalogue_is_imported_and_an_older_one_refused(trusting, publisher, tmp_path):
    context = trusting
    data = mini_catalogue(version=4)
    data["procedures"] = data["procedures"][:1]
    done = import_catalogue(context, write_signed(tmp_path / "v4", data, publisher))
    assert done.version == 4 and done.counts["procedures"] == 1
    assert catalogue_status(context.db, NOW).version == 4
    assert [i.slug for i in list_items(context.db, "procedure")] == ["complementaire-sante-solidaire"]

    older = write_signed(tmp_path / "v3", mini_catalogue(version=3), publisher)
    with pytest.raises(KioskError, match="older than the editor's catalogue"):
        import_catalogue(context, older)
    bad = write_signed(tmp_path / "bad", b"{", publisher)
    with pytest.raises(KioskError, match="not valid JSON"):
        import_catalogue(context, bad)
    with pytest.raises(KioskError, match="cannot be read"):
        import_catalogue(context, tmp_path / "missing.json")
    assert catalogue_status(context.db, NOW).version == 4


def _unsigned(folder: Path, raw: bytes, _key: Ed25519PrivateKey) -> None:
    (folder / "catalogue.json.sig").unlink()


def _altered(folder: Path, raw: bytes, _key: Ed25519PrivateKey) -> None:
    altered = raw.replace(b'"version": 5', b'"version": 50')
    assert altered != raw
    (folder / "catalogue.json").write_bytes(altered)  # the signature left as it was


def _appended(folder: Path, raw: bytes, _key: Ed25519PrivateKey) -> None:
    (folder / "catalogue.json").write_bytes(raw + b"\n ")  # same JSON, other bytes


def _other_key(folder: Path, raw: bytes, _key: Ed25519PrivateKey) -> None:
    (folder / "catalogue.json.sig").write_bytes(sign(Ed25519PrivateKey.generate(), raw))


def _not_a_signature(folder: Path, raw: bytes, _key: Ed25519PrivateKey) -> None:
    (folder / "catalogue.json.sig").write_text("<b>bold</b>\n")


def _huge_signature(folder: Path, raw: bytes, key: Ed25519PrivateKey) -> None:
    (folder / "catalogue.json.sig").write_bytes(sign(key, raw) + b" " * 10_000_000)


def _signature_folder(folder: Path, raw: bytes, _key: Ed25519PrivateKey) -> None:
    (folder / "catalogue.json.sig").unlink()
    (folder / "catalogue.json.sig").mkdir()


def _signature_fifo(folder: Path, raw: bytes, _key: Ed25519PrivateKey) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    (folder / "catalogue.json.sig").unlink()
    os.mkfifo(folder / "catalogue.json.sig")  # opening it to read would wait for a writer for ever


@pytest.mark.parametrize("spoil, words", [
    (_unsigned, "is not signed"),
    (_altered, "does not match"),
    (_appended, "does not match"),
    (_other_key, "does not match"),
    (_not_a_signature, "does not match"),
    (_huge_signature, "does not match"),
    (_signature_folder, "does not match"),
    (_signature_fifo, "does not match"),
])
def test_a_catalogue_not_signed_by_a_trusted_key_is_refused_and_changes_nothing(trusting, publisher, tmp_path,
                                                                                  spoil, words):
    context = trusting
    editing.ensure_baseline(context)
    before = state(context)
    raw = catalogue_bytes(mini_catalogue(version=5))
    path = write_signed(tmp_path / "drop", raw, publisher)
    spoil(path.parent, raw, publisher)
    with pytest.raises(KioskError, match=words) as refused:
        import_catalogue(context, path)
    assert "\n" not in str(refused.value) and "Nothing was changed" in str(refused.value)
    assert isinstance(refused.value.text, Message)  # the editor shows it in French
    assert state(context) == before


def test_a_fifo_in_place_of_the_catalogue_is_refused_at_once(trusting, publisher, tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    os.mkfifo(tmp_path / "catalogue.json")
    (tmp_path / "catalogue.json.sig").write_bytes(sign(publisher, b"{}"))
    before = state(trusting)
    with pytest.raises(KioskError, match="is not a file"):
        import_catalogue(trusting, tmp_path / "catalogue.json")
    assert state(trusting) == before


def test_with_no_trusted_key_nothing_can_be_imported(context, publisher, tmp_path):
    path = write_signed(tmp_path / "v5", mini_catalogue(version=5), publisher)
    before = state(context)
    with pytest.raises(KioskError, match="trusts no publisher key"):
        import_catalogue(context, path)
    set_setting(context.db, "publisher_key", str(tmp_path / "v5" / "catalogue.json"))  # not a key
    with pytest.raises(KioskError, match="trusts no publisher key"):
        import_catalogue(context, path)
    assert state(context) == before


def test_the_key_the_editor_publishes_with_is_trusted_for_an_import(context, key_file, tmp_path):
    set_setting(context.db, "publisher_key", str(key_file))
    path = write_signed(tmp_path / "v5", mini_catalogue(version=5), load_private_key(key_file))
    assert import_catalogue(context, path).version == 5
    stranger = write_signed(tmp_path / "v6", mini_catalogue(version=6), Ed25519PrivateKey.generate())
    with pytest.raises(KioskError, match="does not match"):
        import_catalogue(context, stranger)


def test_an_altered_catalogue_in_the_share_is_never_re_signed(context, key_file, share):
    """The attack of issue 13: an altered, unsigned catalogue.json dropped in the publication
    folder. The import refuses it; and whatever was imported, the next publication still lists
    every change against what this editor last published."""
    set_setting(context.db, "publisher_key", str(key_file))
    set_setting(context.db, "publish_folder", str(share))
    editing.ensure_baseline(context)
    publish_catalogue(context, today=TODAY)
    published = json.loads((share / "catalogue.json").read_bytes())

    altered = {**published, "version": published["version"] + 1}
    altered["partners"] = [{**p, "telephone": "0899000000"} if p["slug"] == "caf" else p
                           for p in altered["partners"]]
    (share / "catalogue.json").write_bytes(catalogue_bytes(altered))  # the old signature stays
    with pytest.raises(KioskError, match="does not match"):
        import_catalogue(context, share / "catalogue.json")
    (share / "catalogue.json.sig").unlink()
    with pytest.raises(KioskError, match="is not signed"):
        import_catalogue(context, share / "catalogue.json")
    assert changes_since_publication(context) == []

    # Even a catalogue signed with the publisher's key (a copy of the key on another PC) does not
    # move the base: the summary says what it brings before anything is signed again.
    write_signed(share, altered, load_private_key(key_file))
    import_catalogue(context, share / "catalogue.json")
    assert load_item(context.db, "partner", "caf").telephone == "0899000000"
    [change] = changes_since_publication(context)
    assert (change.kind, change.slug, change.action, change.fields) == ("partner", "caf", "changed", ("telephone",))
    assert summary_lines([change]) == ["partner changed: CAF (phone)"]
    done = publish_catalogue(context, today=TODAY)
    assert [(c.slug, c.fields) for c in done.changes] == [("caf", ("telephone",))]
    assert changes_since_publication(context) == []  # a publication moves the base


def _write_base(context, content: dict) -> None:
    (context.home / editing.BASELINE).parent.mkdir(parents=True, exist_ok=True)
    (context.home / editing.BASELINE).write_text(json.dumps({"version": 1, "content": content}), encoding="utf-8")


def test_the_summary_says_every_part_of_the_catalogue_that_changed(context):
    content = export_content(context.db)
    _write_base(context, {**content, "languages": content["languages"][:-1]})
    assert summary_lines(changes_since_publication(context)) == ["the languages changed"]
    _write_base(context, {**content, "sites": []})
    assert summary_lines(changes_since_publication(context)) == ["the sites changed"]
    _write_base(context, {**content, "extensions": {"x": 1}})  # a part the summary does not know
    assert summary_lines(changes_since_publication(context)) == ["other parts of the catalogue changed (extensions)"]
    _write_base(context, content)
    assert changes_since_publication(context) == []


def test_a_step_changed_is_named_field_by_field(context):
    editing.ensure_baseline(context)
    draft = editing.load_draft(context.db, "complementaire-sante-solidaire")
    draft.steps[0].text = {**draft.steps[0].text, "fr": "Autre texte."}
    draft.helper_notes = {"fr": "Une note."}
    save_draft(context.db, draft, NOW)
    [change] = changes_since_publication(context)
    assert change.fields == ("steps", "helper_notes")
