"""What the catalogue shows residents: partners they cannot reach are kept for the assistant, never shown."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from kiosk.catalogue import catalogue_status, load_procedure, partners
from kiosk.context import open_context
from tests.conftest import NOW, MINI_CATALOGUE, catalogue_bytes, mini_catalogue

#: A partner nobody could confirm: a name, a town and notes for the assistant, nothing to find it by.
UNCONFIRMED = {"slug": "unconfirmed", "name": "Relais introuvable", "commune": "Angers",
               "courriel": "accueil@example.org", "sites": ["roseraie"], "to_check": ["Adresse à vérifier."]}


def _open(home: Path, tmp_path: Path, *extra: dict):
    """A kiosk whose catalogue has the mini catalogue's partners, ``extra`` ones, and a procedure
    that sends residents to each of them (as a step's place and as a partner who can help)."""
    data = mini_catalogue(partners=copy.deepcopy(MINI_CATALOGUE["partners"]) + [dict(p) for p in extra])
    procedure = data["procedures"][0]
    for partner in extra:
        procedure["steps"].append({"kind": "on_site", "text": {"fr": "Allez-y."}, "partner": partner["slug"]})
        procedure["partners"].append(partner["slug"])
    path = tmp_path / "catalogue.json"
    path.write_bytes(catalogue_bytes(data))
    return open_context(home, clock=lambda: NOW, starter=path)


def test_partner_without_address_phone_or_website_is_not_shown(home: Path, tmp_path: Path):
    context = _open(home, tmp_path, UNCONFIRMED)
    try:
        assert catalogue_status(context.db, NOW).counts["partners"] == 2  # kept for the assistant
        assert [p.slug for p in partners(context.db, "roseraie", "fr")] == ["caf"]
        view = load_procedure(context.db, "complementaire-sante-solidaire", "fr")
        assert [p.slug for p in view.partners] == ["caf"]
        assert [s.partner.slug if s.partner else None for s in view.steps] == [None, "caf", None]
        assert view.steps[2].text.text == "Allez-y."  # the step itself stays
    finally:
        context.close()


@pytest.mark.parametrize("field, value", [("adresse", "1 bis rue Bergson"), ("telephone", "02 41 05 40 00"),
                                          ("site_web", "https://www.angers.fr")])
def test_one_way_to_reach_a_partner_is_enough(home: Path, tmp_path: Path, field: str, value: str):
    context = _open(home, tmp_path, {**UNCONFIRMED, field: value})
    try:
        assert [p.slug for p in partners(context.db, "roseraie", "fr")] == ["caf", "unconfirmed"]
        view = load_procedure(context.db, "complementaire-sante-solidaire", "fr")
        assert [p.slug for p in view.partners] == ["caf", "unconfirmed"]
        assert view.steps[2].partner.slug == "unconfirmed"
    finally:
        context.close()


def test_blank_details_do_not_count(home: Path, tmp_path: Path):
    context = _open(home, tmp_path, {**UNCONFIRMED, "adresse": "  ", "telephone": " "})
    try:
        assert [p.slug for p in partners(context.db, "roseraie", "fr")] == ["caf"]
    finally:
        context.close()



def test_starter_catalogue_sends_residents_only_to_partners_they_can_reach(home: Path):
    context = open_context(home, clock=lambda: NOW)
    try:
        data = json.loads(Path(__file__).parents[2].joinpath("data", "catalogue.json").read_text("utf-8"))
        shown = {p.slug for p in partners(context.db, "roseraie", "fr")}
        for procedure in data["procedures"]:
            sent_to = set(procedure.get("partners", [])) | {s["partner"] for s in procedure["steps"] if s.get("partner")}
            assert sent_to <= shown, (procedure["slug"], sent_to - shown)
    finally:
        context.close()
