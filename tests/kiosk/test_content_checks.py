"""The content checks (issue 14 item 2, issue 12 item 3): placeholders, unreachable partners,
unofficial or old main sources, past dates, long sentences and long words."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.editing import check_item
from kiosk.editing.checks import check_catalogue
from kiosk.editing.content import CATALOGUE_CHECKS, TEXT_CHECKS, partners_sent_to
from kiosk.sources import checked_against, is_official, main_sources, page_date
from tests.conftest import mini_catalogue

TODAY = dt.date(2026, 11, 25)
LANGUAGES = [("fr", "Français"), ("en", "English"), ("ar", "العربية")]
SP = "https://www.service-public.fr/particuliers/vosdroits/F1341"


def _procedure(**changes) -> dict:
    item = mini_catalogue()["procedures"][1]
    item["sources"] = [{"url": SP, "checked_on": "2026-11-20", "modified_on": "2026-03-12"}]
    item.update(changes)
    return item


def _found(kind: str, item: dict, check: str, today: dt.date = TODAY) -> list[tuple[str, str, str | None]]:
    return [(p.severity, p.where[2], p.lang) for p in check_item(kind, item, LANGUAGES, today) if p.check == check]


# --- placeholders ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "France Services (espace le plus proche, à identifier)",
    "Adresse à vérifier",
    "A VERIFIER",
    "Horaires : à compléter.",
    "Tarif (à confirmer)",
    "Adresse à préciser",
    "TODO: traduire",
    "Téléphone : XXX",
    "02 41 xx xx xx",
    "?",
    "Téléphone : ?",
    "Coût (?)",
    "…",
    "Pièces : ...",
    "Combien ??",
    "Mairie [?]",
])
def test_placeholders_are_errors_wherever_residents_read(text):
    item = _procedure(summary={"fr": "Résumé.", "ar": text})
    assert _found("procedure", item, "placeholder") == [("error", "summary", "ar")]
    partner = {"slug": "p", "name": text, "site_web": "https://www.caf.fr", "sites": []}
    assert _found("partner", partner, "placeholder") == [("error", "name", None)]


@pytest.mark.parametrize("text", [
    "Avez-vous un compte ameli ?",
    "Pas de compte ? Créez-en un.",
    "هل لديك حساب؟",
    "Ouvrez https://www.ameli.fr/?lang=fr puis connectez-vous.",
    "Et ainsi de suite…",
    "Vérifiez l'adresse à la mairie.",
    "Une boîte aux lettres",
    "Il a vérifié le dossier.",
    "La Mission Locale aide les jeunes à trouver un emploi.",
    "Remplissez le formulaire à compléter puis signez-le.",
    "Peut servir à calculer le prix (à confirmer en mairie).",
])
def test_real_questions_and_sentences_are_not_placeholders(text):
    item = _procedure(summary={"fr": text})
    assert _found("procedure", item, "placeholder") == []


def test_placeholders_in_steps_notes_and_links_are_found_but_not_in_helper_notes():
    item = _procedure(
        steps=[{"kind": "online", "text": {"fr": "Allez sur le site."}},
               {"kind": "on_site", "text": {"fr": "Allez au guichet (à identifier)."}}],
        documents=[{"document": "proof-of-address", "note": {"fr": "TODO"}}],
        links=[{"label": {"fr": "?"}, "url": "https://www.caf.fr"}],
        helper_notes={"fr": "Adresse à vérifier avec la mairie."},
        to_check=["Horaires à vérifier"])
    assert sorted(_found("procedure", item, "placeholder")) == [
        ("error", "documents.0.note", "fr"), ("error", "links.0.label", "fr"), ("error", "steps.1.text", "fr")]


# --- partners residents are sent to --------------------------------------------------------------


def test_a_partner_residents_are_sent_to_needs_an_address_a_phone_or_a_website():
    data = mini_catalogue()
    data["partners"][0] = {"slug": "caf", "name": "CAF", "sites": ["roseraie"]}
    problems = [p for p in check_catalogue(data, TODAY) if p.check == "unreachable-partner"]
    assert [(p.severity, p.where) for p in problems] == [("error", ("partner", "caf", "adresse"))]
    assert "complementaire-sante-solidaire" in problems[0].message
    for field, value in (("adresse", "2 rue de la Gare"), ("telephone", "3230"), ("site_web", "https://www.caf.fr")):
        data["partners"][0] = {"slug": "caf", "name": "CAF", "sites": ["roseraie"], field: value}
        assert not [p for p in check_catalogue(data, TODAY) if p.check == "unreachable-partner"]


def test_a_partner_only_drafts_send_residents_to_is_not_an_error():
    data = mini_catalogue()
    data["partners"][0] = {"slug": "caf", "name": "CAF", "sites": ["roseraie"]}
    data["procedures"][0]["status"] = "draft"
    assert partners_sent_to(data) == {}
    assert not [p for p in check_catalogue(data, TODAY) if p.check == "unreachable-partner"]


def test_partners_are_sent_to_by_steps_and_by_the_procedure():
    data = mini_catalogue()
    data["procedures"][0]["steps"][1].pop("partner")
    assert partners_sent_to(data) == {"caf": ("complementaire-sante-solidaire",)}
    data["procedures"][0]["partners"] = []
    assert partners_sent_to(data) == {}


# --- main sources ---------------------------------------------------------------------------------


@pytest.mark.parametrize("url, official", [
    (SP, True),
    ("https://service-public.fr/particuliers", True),
    ("https://www.ants.gouv.fr/", True),
    ("https://www.impots.gouv.fr/particulier", True),
    ("https://www.caf.fr/allocataires", True),
    ("https://www.ameli.fr/maine-et-loire", True),
    ("https://www.angers.fr/vivre-a-angers/", True),
    ("https://www.mda.maine-et-loire.fr/", True),
    ("https://www.francetravail.fr/", True),
    ("https://www.info-retraite.fr/", True),
    ("https://lasaulce.fr/carte-vitale", False),
    ("https://gouv.fr.example.com/", False),
    ("https://notgouv.fr/", False),
    ("https://www.caf.fr.evil.net/", False),
    ("https://angers.villactu.fr/", False),
    ("ftp://www.caf.fr/", False),
    ("https://www.ac-nantes.fr/bourses", True),
    ("https://clg-henri-bosco.ac-nice.fr/bourses", True),
    ("https://ac-nantes.fr.evil.net/", False),
    ("https://fac-nantes.fr/", False),
    ("https://www.banque-france.fr/surendettement", True),
])
def test_official_sites_are_one_list(url, official):
    assert is_official(url) is official


def test_a_main_source_that_is_not_official_is_an_error_but_a_later_one_is_not():
    item = _procedure(sources=[{"url": "https://lasaulce.fr/carte-vitale", "checked_on": "2026-11-20"},
                               {"url": SP, "checked_on": "2026-11-20", "modified_on": "2026-03-12"}])
    assert _found("procedure", item, "unofficial-source") == [("error", "sources.0.url", None)]
    item["sources"].reverse()
    assert _found("procedure", item, "unofficial-source") == []


def test_a_main_source_more_than_a_year_old_is_to_review():
    item = _procedure()
    item["sources"][0]["modified_on"] = "2025-11-25"
    assert _found("procedure", item, "to-review") == []          # twelve months exactly
    item["sources"][0]["modified_on"] = "2025-11-24"
    assert _found("procedure", item, "to-review") == [("warning", "sources.0.modified_on", None)]
    assert _found("procedure", item, "to-review", today=dt.date(2026, 2, 1)) == []
    assert _found("procedure", item, "to-review", today=dt.date(2027, 2, 28)) != []


def test_a_main_source_without_a_page_date_is_a_warning():
    item = _procedure(sources=[{"url": SP, "checked_on": "2026-11-20"}])
    assert _found("procedure", item, "no-page-date") == [("warning", "sources.0.modified_on", None)]


def test_the_page_date_and_site_residents_see():
    sources = [{"url": "https://www.service-public.fr/particuliers/vosdroits/F1", "checked_on": "2026-11-25",
                "modified_on": "2026-03-12"},
               {"url": "https://www.caf.fr/", "checked_on": "2026-11-25", "modified_on": "2020-01-01"}]
    assert main_sources(sources) == sources[:1]
    assert page_date(sources) == dt.date(2026, 3, 12)   # the second source is not a main one
    assert checked_against(sources) == ("service-public.fr", dt.date(2026, 3, 12))
    assert checked_against([{"url": SP, "checked_on": "2026-11-25"}]) == ("service-public.fr", None)
    assert checked_against([]) == ("", None)


# --- past dates, long sentences, long words -------------------------------------------------------


@pytest.mark.parametrize("text, past", [
    ("Les chèques sont envoyés jusqu'au 28 février 2026.", True),
    ("Depuis le 1er janvier 2026, le plafond a changé.", True),
    ("Demande possible avant le 24/11/2026.", True),
    ("En octobre 2026, la CAF écrit aux familles.", True),
    ("En novembre 2026, la CAF écrit aux familles.", False),  # the month is not over
    ("Demande possible avant le 25/11/2026.", False),
    ("Jusqu'au 31 décembre 2026.", False),
    ("Le 31 février 2020 n'existe pas.", False),
    ("Appelez le 3230.", False),
])
def test_a_date_already_past_is_a_warning(text, past):
    item = _procedure(summary={"fr": text})
    assert bool(_found("procedure", item, "past-date")) is past


def test_past_dates_follow_the_injected_day():
    item = _procedure(summary={"fr": "Jusqu'au 31 décembre 2026."})
    assert _found("procedure", item, "past-date", today=dt.date(2027, 1, 1)) == [("warning", "summary", "fr")]


def test_a_french_sentence_over_twenty_words_is_a_warning():
    twenty = " ".join(["mot"] * 19) + " fin."
    item = _procedure(summary={"fr": twenty + " " + twenty, "en": " ".join(["word"] * 30) + "."})
    assert _found("procedure", item, "long-sentence") == []
    item["summary"]["fr"] = " ".join(["mot"] * 21) + "."
    assert _found("procedure", item, "long-sentence") == [("warning", "summary", "fr")]
    item["summary"]["fr"] = "Première ligne courte\n" + " ".join(["l'aide"] * 20)
    assert _found("procedure", item, "long-sentence") == []


@pytest.mark.parametrize("text, long", [
    ("https://www.service-public.fr/particuliers/vosdroits/F1234?x=" + "a" * 200, True),
    ("Anticonstitutionnellementanticonstitutionnellement", True),
    ("(" + "x" * 41 + ")", True),
    ("x" * 40, False),
    ("Un texte ordinaire.", False),
])
def test_a_word_over_forty_characters_is_a_warning_in_any_language(text, long):
    item = _procedure(summary={"fr": "Résumé.", "ar": text})
    assert bool(_found("procedure", item, "long-word")) is long


def test_the_seams_for_the_glossary_and_term_base_checks():
    """Issue 14 items 3-4 add theirs to these lists; a check added there runs on every text."""
    seen = []
    TEXT_CHECKS.append(lambda report, path, lang, text, today: seen.append((path, lang)))
    CATALOGUE_CHECKS.append(lambda content, today, report_on: report_on("partner", "caf")(
        "warning", "name", "{name}: term base.", None, "term-base"))
    try:
        problems = check_catalogue(mini_catalogue(), TODAY)
    finally:
        TEXT_CHECKS.pop()
        CATALOGUE_CHECKS.pop()
    assert ("title", "ar") in seen and ("name", None) in seen
    assert [(p.where, p.message) for p in problems if p.check == "term-base"] == [
        (("partner", "caf", "name"), "CAF: term base.")]
