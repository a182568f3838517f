"""data·inclusion structures and services in, the partners out as data·inclusion v1 JSON."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import jsonschema_rs
import pytest
from sqlalchemy import select

from kiosk import models as m
from kiosk.catalogue import partners
from kiosk.context import open_context
from kiosk.errors import KioskError
from kiosk.importers import export_partners, import_partners
from kiosk.importers.partners import v1_themes
from kiosk.publish import export_content
from tests.conftest import NOW

SCHEMAS = Path(__file__).parent.parent / "fixtures" / "data-inclusion"


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))


def from_examples(name: str) -> dict:
    """A record made of the first example of every field of the published schema."""
    return {key: spec["examples"][0] for key, spec in schema(name)["properties"].items()
            if spec.get("examples")}


def sample() -> list[dict]:
    structure = {**from_examples("structure"), "adresse": "12 rue de la Roseraie",
                 "code_postal": "49100", "commune": "Angers", "code_insee": "49007",
                 "latitude": 47.45, "longitude": -0.55}
    service = {**from_examples("service"), "id": "emplois-de-linclusion--s1",
               "structure_id": structure["id"],
               "thematiques": ["numerique--acquerir-un-equipement",
                               "numerique--acceder-a-des-services-en-ligne"]}
    return [structure, service]


def write(folder: Path, data, name: str = "di.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def partner(context, slug: str) -> dict:
    return next(p for p in export_content(context.db)["partners"] if p["slug"] == slug)


def origins(context) -> list[tuple]:
    with context.db.session() as session:
        return [(o.partner_slug, o.source, o.external_id, o.date_maj, o.extra)
                for o in session.scalars(select(m.PartnerOrigin).order_by(m.PartnerOrigin.partner_slug))]


def validate(records: list[dict]) -> None:
    structures = jsonschema_rs.validator_for(schema("structure"), validate_formats=True)
    services = jsonschema_rs.validator_for(schema("service"), validate_formats=True)
    for record in records:
        validator = services if "structure_id" in record else structures
        errors = [error.message for error in validator.iter_errors(record)]
        assert errors == [], (record["id"], errors)


def test_the_sample_follows_the_published_schemas():
    validate(sample())


def test_a_structure_and_its_services_become_a_partner(context, tmp_path):
    report = import_partners(context, write(tmp_path, sample()))
    assert [(e.kind, e.source, e.slug) for e in report.created] == [
        ("partner", "emplois-de-linclusion--17", "centre-social-le-tournesol")]
    p = partner(context, "centre-social-le-tournesol")
    assert p["name"] == "Centre social Le Tournesol" and p["description"]["fr"].startswith("L’association 3027")
    assert (p["adresse"], p["code_postal"], p["commune"]) == ("12 rue de la Roseraie", "49100", "Angers")
    assert (p["telephone"], p["courriel"]) == ("+33123456789", "exemple@inclusion.gouv.fr")
    assert p["horaires_accueil"] == "Mo-Fr 08:30-12:30; PH off" and "horaires_texte" not in p
    assert p["thematiques"] == ["numerique--acquerir-un-equipement", "numerique--acceder-a-des-services-en-ligne"]
    assert p["sites"] == ["roseraie"]
    assert p["sources"] == [{"url": "https://dora.inclusion.beta.gouv.fr/structures/ass-pour-droit-a-l-i-nhes",
                             "title": "data·inclusion (emplois-de-linclusion)",
                             "checked_on": "2026-11-25", "modified_on": "2025-02-14"}]
    [(slug, source, external_id, date_maj, extra)] = origins(context)
    assert (slug, source, external_id, str(date_maj)) == (
        "centre-social-le-tournesol", "emplois-de-linclusion", "emplois-de-linclusion--17", "2025-02-14")
    assert extra["siret"] == "13003013300016" and extra["latitude"] == 47.45


def test_older_field_names_and_free_text_hours(context, tmp_path):
    record = {"id": "ccas-49", "source": "soliguide", "nom": "Épicerie solidaire du CCAS",
              "presentation_resume": "Aide alimentaire pour les familles.", "date_maj": "2024-10-01T08:00:00",
              "telephone": "02 41 05 49 49",  # shown to residents: they can reach it
              "horaires_ouverture": "lundi au vendredi 9h-11h45/14h-16h30 (16h le vendredi).",
              "thematiques": ["equipement-et-alimentation--alimentation"], "typologie": "CCAS",
              "accessibilite": "https://acceslibre.beta.gouv.fr/app/49-angers/a/epicerie/erp/x/"}
    import_partners(context, write(tmp_path, {"items": [record], "total": 1, "page": 1}))
    p = partner(context, "epicerie-solidaire-du-ccas")
    assert p["description"] == {"fr": "Aide alimentaire pour les familles."}
    assert "horaires_accueil" not in p
    assert p["horaires_texte"] == "lundi au vendredi 9h-11h45/14h-16h30 (16h le vendredi)."
    assert p["thematiques"] == ["equipement-et-alimentation--alimentation"]
    [shown] = [view for view in partners(context.db, "roseraie", "fr") if view.slug == p["slug"]]
    assert shown.opening_hours == "" and shown.opening_hours_text.startswith("lundi au vendredi")
    [exported] = [r for r in export_partners(context) if r["id"] == "ccas-49"]
    assert exported["date_maj"] == "2024-10-01"
    assert exported["accessibilite_lieu"] == record["accessibilite"]


def test_api_search_results_and_separate_lists(context, tmp_path):
    structure, service = sample()
    import_partners(context, write(tmp_path, {"structures": [structure], "services": []}))
    report = import_partners(context, write(tmp_path, {"items": [{"service": service, "distance": 2}]}))
    assert [(e.kind, e.reason) for e in report.skipped] == [
        ("service", "Its structure 'emplois-de-linclusion--17' is not in this file; import the "
                    "structures and their services together.")]
    report = import_partners(context, write(tmp_path, {"items": [structure, {"service": service}]}))
    assert [(e.slug, e.reason) for e in report.updated] == [("centre-social-le-tournesol", "Updated: thematiques.")]


def test_a_value_the_catalogue_cannot_hold_is_left_out_and_said(context, tmp_path):
    structure, _ = sample()
    structure.update(code_postal="4910", site_web="www.example.org")
    import_partners(context, write(tmp_path, [structure]))
    p = partner(context, "centre-social-le-tournesol")
    assert "code_postal" not in p and "site_web" not in p
    assert p["to_check"] == [
        "data·inclusion : code postal « 4910 » laissé de côté (il ne convient pas) : à vérifier.",
        "data·inclusion : site web « www.example.org » laissé de côté (il ne convient pas) : à vérifier."]


def test_a_newer_record_updates_a_partner_it_created_and_nobody_edited(context, tmp_path):
    import_partners(context, write(tmp_path, sample()))
    structure, service = sample()
    structure.update(telephone="+33241000000", description="Un centre social ouvert à tous.",
                     date_maj="2025-06-01")
    report = import_partners(context, write(tmp_path, [structure, service]))
    assert [e.reason for e in report.updated] == ["Updated: description, telephone."]
    assert report.flagged == []
    p = partner(context, "centre-social-le-tournesol")
    assert p["description"] == {"fr": "Un centre social ouvert à tous."}
    assert p["telephone"] == "+33241000000"
    assert str(origins(context)[0][3]) == "2025-06-01"
    # Still never edited: the next record updates it directly again.
    structure.update(telephone="+33241000001")
    report = import_partners(context, write(tmp_path, [structure, service]))
    assert [e.reason for e in report.updated] == ["Updated: telephone."]
    assert partner(context, "centre-social-le-tournesol")["telephone"] == "+33241000001"


# An edited or hand-written partner is flagged, never overwritten: tests/kiosk/test_import_partners_review.py


def test_partners_round_trip_through_export_and_import(context, tmp_path):
    import_partners(context, write(tmp_path, sample()))
    first = export_partners(context)
    validate(first)
    content, known = export_content(context.db), origins(context)

    report = import_partners(context, write(tmp_path, first, "export.json"))

    assert report.created == report.updated == report.flagged == []
    assert {e.reason for e in report.skipped} == {"Unchanged."} and len(report.skipped) == 2
    assert export_content(context.db) == content and origins(context) == known
    assert export_partners(context) == first
    mine = [r for r in first if r["source"] == "kiosk"]
    assert [(r["id"], r["nom"]) for r in mine] == [("caf", "CAF")]


def test_the_starter_partners_export_valid_and_import_back_unchanged(home, tmp_path):
    context = open_context(home, clock=lambda: NOW)
    records = export_partners(context)
    validate(records)
    structures = [r for r in records if "structure_id" not in r]
    assert len(structures) == len(export_content(context.db)["partners"]) >= 10
    services = [r for r in records if "structure_id" in r]
    assert all(set(r["thematiques"]) <= v1_themes() for r in services)
    # A partner with both OpenStreetMap hours and their published text keeps both.
    with context.db.engine.begin() as connection:
        connection.execute(m.Partner.__table__.update().where(m.Partner.slug == "caf-maine-et-loire")
                           .values(horaires_accueil="Mo-Fr 08:30-12:00", horaires_texte="Le matin en semaine"))
    records, before = export_partners(context), export_content(context.db)
    report = import_partners(context, write(tmp_path, records))
    assert report.created == report.updated == []
    assert export_content(context.db) == before
    context.close()


@pytest.mark.parametrize("raw, words", [
    (b"", "not valid JSON at line 1, column 1"),
    (b"{\"items\": [", "not valid JSON"),
    (b"\xff\xfe not utf8", "it is not UTF-8 text"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b"42", "expected an array of structures and services"),
    (b"{\"structure\": 1}", "expected an array of structures and services"),
    (b"{\"structures\": {}}", '"structures" and "services" must be arrays'),
    (b"[1, 2]", "record 1 is not an object"),
    (b"[{\"nom\": \"Sans identifiant\"}]", "structure 3 has no 'id'"),
    (b"[{\"id\": \"a\", \"nom\": 5}]", "structure 3 has no 'nom'"),
    (b"[{\"id\": \"a\", \"nom\": \"Abc\", \"telephone\": 612345678}]", "structure 'a': 'telephone' is not text"),
    (b"[{\"id\": \"a\", \"nom\": \"Abc\", \"thematiques\": \"sante\"}]", "'thematiques' is not a list of texts"),
    (b"[{\"id\": \"s\", \"nom\": \"Svc\", \"structure_id\": null}]", "service 3 has no 'structure_id'"),
])
def test_json_of_the_wrong_shape_is_refused_whole(context, tmp_path, raw, words):
    good = json.dumps(sample()).encode()
    path = tmp_path / "di.json"
    path.write_bytes(good[:-1] + b"," + raw[1:-1] + b"]" if raw.startswith(b"[{") else raw)  # after good ones
    before = export_content(context.db)
    with pytest.raises(KioskError) as caught:
        import_partners(context, path)
    message = str(caught.value)
    assert message.startswith("di.json is not data·inclusion JSON (") and words in message
    assert message.endswith("; nothing was imported.") and "\n" not in message
    assert export_content(context.db) == before and origins(context) == []


def test_a_duplicate_structure_is_imported_once(context, tmp_path):
    structure, service = sample()
    report = import_partners(context, write(tmp_path, [structure, copy.deepcopy(structure), service]))
    assert len(report.created) == 1 and "twice" in report.skipped[0].reason


# --- the command line ----------------------------------------------------------------------------


def kiosk_command(*args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          env={"KIOSK_HOME": str(home), "PATH": "/usr/bin:/bin"}, timeout=120)


def test_command_line_import_and_export_partners(tmp_path):
    home = tmp_path / "home"
    out = kiosk_command("import", "partners", str(write(tmp_path, sample())), "--json", home=home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [e["slug"] for e in data["created"]] == ["centre-social-le-tournesol"]

    exported = tmp_path / "partners.json"
    assert kiosk_command("export", "partners", "--out", str(exported), home=home).returncode == 0
    records = json.loads(exported.read_text(encoding="utf-8"))
    validate(records)
    printed = kiosk_command("export", "partners", home=home)
    assert printed.returncode == 0 and json.loads(printed.stdout) == records

    again = kiosk_command("import", "partners", str(exported), home=home)
    assert again.returncode == 0 and again.stdout.startswith("0 created, 0 updated, 0 flagged for review,")

    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    refused = kiosk_command("import", "partners", str(bad), "--json", home=home)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.startswith("kiosk: bad.json is not data·inclusion JSON") and refused.stderr.count("\n") == 1
    assert kiosk_command("export", home=home).returncode == 2
