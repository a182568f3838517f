"""Who checked what: translation states in the catalogue (issue 15, item 3; kiosk/reviews.py)."""

from __future__ import annotations

import json

import pytest

from kiosk.bundle import parse_bundle
from kiosk.catalogue import load_procedure
from kiosk.context import open_context
from kiosk.errors import KioskError
from kiosk.paths import starter_catalogue
from kiosk.publish import export_content, publish
from kiosk.reviews import (MACHINE, MISSING, NEEDS_REVIEW, REVIEWED, catalogue_texts, source_hash, state)
from kiosk.settings import set_setting
from kiosk.signing import generate_key_pair
from kiosk.sync import run_sync
from tests.conftest import NOW, catalogue_bytes, mini_catalogue

CSS = "complementaire-sante-solidaire"


def _review(french: str, by: str = "AB") -> dict[str, str]:
    return {"by": by, "on": "2026-11-20", "source": source_hash(french)}


def _all_reviewed(data: dict, lang: str, slug: str = CSS) -> dict:
    """Reviews in ``lang`` for every text of procedure ``slug`` and its documents."""
    procedure = next(p for p in data["procedures"] if p["slug"] == slug)
    documents = {d["document"] for d in procedure["documents"]}
    entries = {}
    for text in catalogue_texts(data):
        kind, owner = text.key.split("/")[:2]
        if ((kind == "procedure" and owner == slug) or (kind == "document" and owner in documents)) \
                and text.values.get(lang):
            entries[text.key] = _review(text.french)
    return {lang: entries}


def test_every_resident_text_has_a_stable_key():
    data = json.loads(starter_catalogue().read_text(encoding="utf-8"))
    texts = list(catalogue_texts(data))
    keys = [text.key for text in texts]
    assert len(keys) == len(set(keys)) > 500
    assert "procedure/rsa/summary" in keys or any(k.endswith("/summary") for k in keys)
    assert any(k.startswith("glossary/caf/") for k in keys)
    assert any("/documents/" in k and k.endswith("/note") for k in keys)
    assert any("/steps/0/text" in k for k in keys)
    # "is this for me?" questions and their advice are read by residents too
    assert {"procedure/rsa/eligibility/0/question", "procedure/rsa/eligibility/0/otherwise"} <= set(keys)
    # helper notes (French, for mediators) and keywords are not residents' texts
    assert not any(k.endswith(("helper_notes", "keywords")) for k in keys)


def test_states():
    text = next(t for t in catalogue_texts(mini_catalogue()) if t.key == f"procedure/{CSS}/title")
    assert state(text, "en", None) == MACHINE
    assert state(text, "ar", _review(text.french)) == REVIEWED
    assert state(text, "ar", _review("Complémentaire santé")) == NEEDS_REVIEW
    missing = next(t for t in catalogue_texts(mini_catalogue()) if t.key == f"procedure/{CSS}/summary")
    assert state(missing, "ar", None) == MISSING


@pytest.mark.parametrize("reviews, words", [
    ({"fr": {f"procedure/{CSS}/title": _review("x")}}, "does not translate into"),
    ({"tr": {f"procedure/{CSS}/title": _review("x")}}, "does not translate into"),
    ({"ar": {"procedure/nothing-here/title": _review("x")}}, "not in the catalogue"),
    ({"ar": {f"procedure/{CSS}/steps/9/text": _review("x")}}, "not in the catalogue"),
    ({"ar": {f"procedure/{CSS}/summary": _review("x")}}, "has no translation in ar"),
    ({"ar": {f"procedure/{CSS}/title": {"by": "AB", "on": "2026-11-20"}}}, "schema"),
    ({"ar": {f"procedure/{CSS}/title": {**_review("x"), "by": "A" * 41}}}, "schema"),
    ({"ar": {f"procedure/{CSS}/title": {**_review("x"), "source": "not-hex"}}}, "schema"),
    ({"ar": {"../../etc": _review("x")}}, "schema"),
    ({"ar": {f"procedure/{CSS}/title": {**_review("x"), "by": "A\u202eB"}}}, "invisible character"),
])
def test_bad_reviews_are_refused(reviews, words):
    with pytest.raises(KioskError, match=words):
        parse_bundle(catalogue_bytes(mini_catalogue(reviews=reviews)))


def test_reviews_are_applied_exported_and_synced(tmp_path, home):
    data = mini_catalogue(reviews=_all_reviewed(mini_catalogue(), "ar"))
    starter = tmp_path / "reviewed.json"
    starter.write_bytes(catalogue_bytes(data))
    editor = open_context(home, clock=lambda: NOW, starter=starter)
    assert export_content(editor.db)["reviews"] == data["reviews"]

    key, public = generate_key_pair(tmp_path / "keys")
    share = tmp_path / "share"
    share.mkdir()
    publish(editor, key, share)
    kiosk = open_context(tmp_path / "kiosk", clock=lambda: NOW, starter=tmp_path / "reviewed.json")
    with kiosk.db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM translation_reviews")  # the kiosk forgets them...
    set_setting(kiosk.db, "trusted_keys", [public.read_text().strip()])
    assert run_sync(kiosk, str(share / "catalogue.json")).outcome == "applied"
    assert export_content(kiosk.db)["reviews"] == data["reviews"]  # ...and the sync brings them back
    editor.close()
    kiosk.close()


def test_machine_line_follows_the_reviews(tmp_path, home):
    data = mini_catalogue()
    data["procedures"][0]["summary"]["ar"] = "مساعدة لدفع نفقاتك الصحية."
    for step in data["procedures"][0]["steps"]:
        step["text"]["ar"] = "نص"
    starter = tmp_path / "c.json"
    starter.write_bytes(catalogue_bytes(data))
    context = open_context(home, clock=lambda: NOW, starter=starter)
    assert load_procedure(context.db, CSS, "ar").machine_translated
    assert load_procedure(context.db, CSS, "en").machine_translated
    assert not load_procedure(context.db, CSS, "fr").machine_translated
    context.close()

    reviewed = dict(data, reviews=_all_reviewed(data, "ar"), version=2)
    starter.write_bytes(catalogue_bytes(reviewed))
    context = open_context(tmp_path / "h2", clock=lambda: NOW, starter=starter)
    assert not load_procedure(context.db, CSS, "ar").machine_translated
    assert load_procedure(context.db, CSS, "en").machine_translated  # English is still the machine's
    with context.db.engine.begin() as connection:  # the French of one step changes
        connection.exec_driver_sql(
            "UPDATE steps SET text = json_set(text, '$.fr', 'Allez sur le site ameli.fr.') WHERE position = 0")
    assert load_procedure(context.db, CSS, "ar").machine_translated
    # ...and publishing keeps the review, now "needs review" against the new French
    exported = export_content(context.db)
    step_key = f"procedure/{CSS}/steps/0/text"
    assert exported["reviews"]["ar"][step_key]["source"] != source_hash("Allez sur le site ameli.fr.")
    context.close()


def test_publish_leaves_out_reviews_of_texts_that_are_gone(tmp_path, home):
    data = mini_catalogue(reviews=_all_reviewed(mini_catalogue(), "ar"))
    starter = tmp_path / "c.json"
    starter.write_bytes(catalogue_bytes(data))
    context = open_context(home, clock=lambda: NOW, starter=starter)
    assert f"procedure/{CSS}/title" in export_content(context.db)["reviews"]["ar"]
    with context.db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE procedures SET title = json_remove(title, '$.ar') WHERE slug = ?", (CSS,))
    exported = export_content(context.db)
    assert f"procedure/{CSS}/title" not in exported.get("reviews", {}).get("ar", {})
    envelope = {key: data[key] for key in ("format", "format_version", "version", "published_at", "expires_at")}
    parse_bundle(catalogue_bytes({**envelope, **exported}))  # what is published is valid
    context.close()
