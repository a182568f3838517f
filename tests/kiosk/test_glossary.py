"""The glossary and the term base (issue 14, items 3 and 4): format, database, reads, checks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kiosk.apply import apply_bundle
from kiosk.bundle import parse_bundle
from kiosk.catalogue import load_document, load_glossary_entry, load_procedure
from kiosk.editing.checks import check_catalogue
from kiosk.errors import KioskError
from kiosk.glossary import GlossaryTerm, forms_for, found_in, normalized
from kiosk.publish import export_content
from kiosk.text import Localized
from tests.conftest import NOW, catalogue_bytes, mini_catalogue

TODAY = dt.date(2026, 12, 3)
STARTER = Path(__file__).resolve().parents[2] / "data" / "catalogue.json"

CAF = {"slug": "caf", "term": {"fr": "CAF", "ar": "CAF"},
       "also": {"fr": ["Caisse d'allocations familiales"], "ar": ["صندوق المنح العائلية"]},
       "explanation": {"fr": "La caisse qui verse les aides.", "ar": "الصندوق الذي يدفع المساعدات."},
       "sources": [{"url": "https://www.caf.fr/", "checked_on": "2026-12-03"}]}
PROOF = {"slug": "justificatif-de-domicile", "document": "proof-of-address",
         "term": {"fr": "justificatif de domicile", "ar": "إثبات السكن"}}
MEDIATOR = {"slug": "digital-mediator", "term": {"fr": "médiateur numérique", "ar": "الوسيط الرقمي",
                                                  "tr": "dijital destek görevlisi"},
            "also": {"fr": ["médiatrice numérique"]}, "wrong": {"tr": ["arabulucu"], "ar": ["الحرق"]}}


def _term(entry: dict, lang: str) -> GlossaryTerm:
    return GlossaryTerm(entry["slug"], Localized(entry["term"].get(lang, entry["term"]["fr"]), lang),
                        entry.get("document", ""), forms_for(entry["term"], entry.get("also"), lang))


# --- finding words --------------------------------------------------------------------------


@pytest.mark.parametrize("text, found", [
    ("Prévenez la CAF.", True),
    ("prévenez la caf", True),
    ("La Caisse d’allocations familiales verse l'aide.", True),   # typographic apostrophe
    ("La CAISSE D'ALLOCATIONS FAMILIALES", True),
    ("Un CAFé en terrasse.", False),                                # whole words only
    ("Le site caf.fr", True),
    ("CAFARD", False),
])
def test_a_word_is_found_whole_whatever_its_case_and_accents(text, found):
    assert bool(found_in([_term(CAF, "fr")], [text])) is found


def test_the_french_word_is_found_inside_another_language_and_the_language_s_own():
    terms = [_term(CAF, "ar")]
    assert found_in(terms, ["اتصل بـ CAF لطلب المساعدة."])[0].slug == "caf"
    assert found_in(terms, ["اتصل بصندوق المنح العائلية."]) == ()  # joined to a letter: not a whole word
    assert found_in(terms, ["اتصل بـ صندوق المنح العائلية."])[0].slug == "caf"
    assert found_in([_term(CAF, "ar")], ["نص بلا كلمة."]) == ()


def test_words_come_once_in_the_order_they_first_appear():
    terms = [_term(CAF, "fr"), _term(PROOF, "fr")]
    found = found_in(terms, ["Un justificatif de domicile pour la CAF.", "La CAF encore."])
    assert [term.slug for term in found] == ["justificatif-de-domicile", "caf"]


def test_normalized_drops_case_accents_and_arabic_short_vowels():
    assert normalized("Étrangers  EN\u00a0France") == "etrangers en france"
    assert normalized("الْوَسِيط") == normalized("الوسيط")


# --- the format -------------------------------------------------------------------------------


def test_a_catalogue_without_a_glossary_is_still_valid_and_exports_without_one(context):
    assert "glossary" not in export_content(context.db)


def test_a_glossary_entry_naming_a_missing_document_is_refused():
    bad = mini_catalogue(glossary=[dict(PROOF, document="no-such-document")])
    with pytest.raises(KioskError, match="no-such-document"):
        parse_bundle(catalogue_bytes(bad))


@pytest.mark.parametrize("entry", [
    {"slug": "caf", "term": {"fr": "CAF"}},                               # neither explained nor a document
    {"slug": "caf", "term": {"en": "CAF"}, "explanation": {"fr": "x"}},  # no French
    {"slug": "Bad Slug", "term": {"fr": "CAF"}, "explanation": {"fr": "x"}},
    dict(CAF, explanation={"fr": "x" * 4001}),
])
def test_a_glossary_entry_of_the_wrong_shape_is_refused(entry):
    with pytest.raises(KioskError):
        parse_bundle(catalogue_bytes(mini_catalogue(glossary=[entry])))


def test_two_glossary_entries_with_one_slug_are_refused():
    with pytest.raises(KioskError, match="two glossary entries"):
        parse_bundle(catalogue_bytes(mini_catalogue(glossary=[CAF, CAF])))


def _apply(context, **changes):
    data = mini_catalogue(version=2, **changes)
    apply_bundle(context.db, parse_bundle(catalogue_bytes(data)), source="test", now=NOW)
    return data


def test_applied_then_exported_the_glossary_and_terms_come_back_unchanged(context):
    data = _apply(context, glossary=[CAF, PROOF], terms=[MEDIATOR])
    exported = export_content(context.db)
    assert exported["glossary"] == data["glossary"]
    assert exported["terms"] == data["terms"]


def test_the_procedure_and_document_screens_get_the_words_of_their_texts(context):
    procedures = mini_catalogue()["procedures"]
    procedures[0]["summary"] = {"fr": "Demandez-la à la CAF avec un justificatif de domicile.",
                                "ar": "اطلبها من CAF."}
    procedures[0]["documents"] = []
    procedures[1]["summary"] = {"fr": "Avec un justificatif de domicile."}
    procedures[1]["documents"] = [{"document": "proof-of-address"}]
    _apply(context, procedures=procedures, glossary=[CAF, PROOF],
           documents=[dict(mini_catalogue()["documents"][0],
                           what={"fr": "Une facture. Un justificatif de domicile n'est pas la CAF."})])
    french = load_procedure(context.db, "complementaire-sante-solidaire", "fr")
    assert [(t.slug, t.label.text, t.document) for t in french.glossary] == [
        ("caf", "CAF", ""), ("justificatif-de-domicile", "justificatif de domicile", "proof-of-address")]
    arabic = load_procedure(context.db, "complementaire-sante-solidaire", "ar")
    assert [t.slug for t in arabic.glossary] == ["caf"]
    # A document of the checklist has its "i" button: no second button for it.
    assert load_procedure(context.db, "carte-identite", "fr").glossary == ()
    # The document does not offer itself.
    assert [t.slug for t in load_document(context.db, "proof-of-address", "fr").glossary] == ["caf"]


def test_a_glossary_entry_is_read_in_the_screen_s_language_with_the_french_fallback(context):
    _apply(context, glossary=[CAF, PROOF])
    entry = load_glossary_entry(context.db, "caf", "ar")
    assert entry.explanation.text == CAF["explanation"]["ar"] and not entry.explanation.fallback
    english = load_glossary_entry(context.db, "caf", "en")
    assert english.explanation.fallback and english.explanation.text == CAF["explanation"]["fr"]
    assert load_glossary_entry(context.db, "justificatif-de-domicile", "fr").document == "proof-of-address"
    assert load_glossary_entry(context.db, "nothing", "fr") is None


# --- the checks -------------------------------------------------------------------------------


def _checked(**changes) -> list[tuple[str, tuple[str, str, str], str | None]]:
    return [(p.check, p.where, p.lang) for p in check_catalogue(mini_catalogue(**changes), TODAY)
            if p.check in ("no-glossary-entry", "term-base")]


def test_an_acronym_without_a_glossary_entry_is_a_warning_once_an_item():
    procedures = mini_catalogue()["procedures"]
    procedures[0]["summary"] = {"fr": "Allez à la CPAM. La CPAM répond.", "ar": "اذهب إلى CPAM."}
    found = _checked(procedures=procedures)
    assert ("no-glossary-entry", ("procedure", "complementaire-sante-solidaire", "summary"), "fr") in found
    assert [where for _, where, _ in found].count(("procedure", "complementaire-sante-solidaire", "summary")) == 1
    # The partner named "CAF" is one too, until the glossary explains it (in any of its forms).
    assert ("no-glossary-entry", ("partner", "caf", "name"), None) in found
    assert ("no-glossary-entry", ("partner", "caf", "name"), None) not in _checked(glossary=[CAF])


def test_everyday_capitals_and_web_addresses_are_not_acronyms():
    procedures = mini_catalogue()["procedures"]
    procedures[0]["summary"] = {"fr": "Un PDF, un SMS, un QR code, le site CAF.fr et un mot en Capitale."}
    found = _checked(procedures=procedures, glossary=[CAF])
    assert not [f for f in found if f[1][0] == "procedure"]


def test_a_wrong_translation_is_a_warning_where_the_french_uses_the_term():
    procedures = mini_catalogue()["procedures"]
    procedures[0]["summary"] = {"fr": "Le médiateur numérique vous aide.", "tr": "Arabulucu size yardım eder."}
    procedures[0]["audience"] = {"fr": "Un conciliateur de justice.", "tr": "Bir adli arabulucu."}
    found = _checked(procedures=procedures, terms=[MEDIATOR])
    where = ("procedure", "complementaire-sante-solidaire", "summary")
    assert ("term-base", where, "tr") in found
    # A legal mediator in French: "arabulucu" is the right word there.
    assert not [f for f in found if f[1][2] == "audience"]


def test_an_arabic_wrong_word_is_found_with_a_letter_joined_in_front():
    procedures = mini_catalogue()["procedures"]
    procedures[0]["summary"] = {"fr": "Votre médiatrice numérique.", "ar": "اتصل بالحرق."}
    assert [f[2] for f in _checked(procedures=procedures, terms=[MEDIATOR]) if f[0] == "term-base"] == ["ar"]


# --- the starter catalogue ------------------------------------------------------------------


def test_the_starter_glossary_explains_in_every_language_with_sources():
    data = json.loads(STARTER.read_text(encoding="utf-8"))
    # Every language the catalogue offers (nine since issue 15).
    languages = {language["code"] for language in data["languages"]}
    assert len(languages) == 9
    documents = {document["slug"] for document in data["documents"]}
    explained = [entry for entry in data["glossary"] if "explanation" in entry]
    assert len(explained) >= 18 and len(data["glossary"]) >= 20
    for entry in data["glossary"]:
        assert set(entry["term"]) == languages, entry["slug"]
        if "document" in entry:
            assert entry["document"] in documents
        else:
            assert set(entry["explanation"]) == languages, entry["slug"]
            assert entry["sources"], entry["slug"]
    slugs = {term["slug"] for term in data["terms"]}
    assert {"digital-mediator", "custody", "cremation", "survivor-pension"} <= slugs


@pytest.mark.parametrize("form, text, found", [
    ("C++ (x)", "Le langage C++ (x) ici.", True),   # read as letters, never as a pattern
    (".*", "n'importe quoi", False),
    ("\u0301\u0301", "n'importe quoi", False),        # nothing left once accents are dropped
    ("   ", "   ", False),
    ("a" * 120, "b" * 4000, False),
])
def test_the_worst_forms_a_catalogue_can_hold_are_read_as_plain_words(form, text, found):
    entry = {"slug": "odd", "term": {"fr": form}}
    assert bool(found_in([_term(entry, "fr")], [text])) is found


def test_a_published_catalogue_keeps_the_glossary_and_terms(context, tmp_path):
    from kiosk.publish import publish
    from kiosk.signing import generate_key_pair

    data = _apply(context, glossary=[CAF, PROOF], terms=[MEDIATOR])
    private, _public = generate_key_pair(tmp_path / "keys")
    out = tmp_path / "out"
    out.mkdir()
    publication = publish(context, private, out)
    published = json.loads(publication.catalogue.read_bytes())
    assert published["glossary"] == data["glossary"] and published["terms"] == data["terms"]


def test_the_starter_glossary_passes_the_checks_of_resident_text():
    """Placeholders, past dates, long French sentences and words: as for every text residents read."""
    from kiosk.editing.content import TEXT_CHECKS

    found = []
    data = json.loads(STARTER.read_text(encoding="utf-8"))
    for entry in data["glossary"]:
        for field in ("term", "explanation"):
            for lang, text in entry.get(field, {}).items():
                for check in TEXT_CHECKS:
                    check(lambda severity, path, template, lang, name, **fields: found.append(
                        (entry["slug"], path, lang, name)), field, lang, text, TODAY)
    assert found == []
