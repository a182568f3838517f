"""Importing service-public.fr fiches (DILA XML) as drafts, and re-imports flagging for review."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, update

from kiosk import models as m
from kiosk.apply import apply_bundle
from kiosk.bundle import parse_bundle
from kiosk.catalogue import load_procedure
from kiosk.context import open_context
from kiosk.editing import list_items
from kiosk.importers import approve, import_fiches, mark_reviewed, procedures_to_review, review_of
from kiosk.importers.dila import parse_fiche
from kiosk.importers.vocabulary import DOCUMENT_KEYWORDS, document_for
from kiosk.paths import starter_catalogue
from kiosk.publish import catalogue_json, export_content
from kiosk.search import search
from tests.conftest import NOW, catalogue_bytes, mini_catalogue

FICHES = Path(__file__).parent.parent / "fixtures" / "fiches"
#: The category each fixture fiche belongs in, by the keywords of its title.
CATEGORIES = {"F1341": "papers", "F1636": "work", "F16507": "death", "F2882": "work",
              "F33667": "housing"}


def starter_not_following_fixtures(folder: Path) -> Path:
    """The real starter catalogue, with no procedure following a fixture fiche yet.

    The starter's procedures cite their fiche as main source (carte-identite follows F1341,
    prime-activite F2882, apres-un-deces F16507), which makes a later import of that fiche update
    them rather than create a draft. These tests meet each fixture fiche for the first time.
    """
    data = json.loads(starter_catalogue().read_text(encoding="utf-8"))
    fixtures = {path.stem for path in FICHES.glob("F*.xml")}
    for item in data["procedures"]:
        for source in item.get("sources", []):
            if source.get("fiche_id") in fixtures:
                del source["fiche_id"]
    path = folder / "starter-not-following-fixtures.json"
    path.write_bytes(catalogue_bytes(data))
    return path


@pytest.fixture
def kiosk(home, tmp_path):
    """A kiosk on the real starter catalogue (its shared documents and partners), following no fixture fiche."""
    context = open_context(home, clock=lambda: NOW, starter=starter_not_following_fixtures(tmp_path))
    yield context
    context.close()


def fiche_xml(fiche_id: str = "F99999", body: str = "", *, important: str | None = "2025-01-01T00:00:00",
              dc_date: str = "modified 2025-02-01", title: str = "Passeport : première demande",
              schema: str = "../Schemas/3.3/Publication.xsd") -> bytes:
    """A small fiche in DILA's format."""
    important_attr = f' dateDerniereModificationImportante="{important}"' if important else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<Publication xmlns:dc="http://purl.org/dc/elements/1.1/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="{fiche_id}" '
            f'xsi:noNamespaceSchemaLocation="{schema}"{important_attr} '
            f'spUrl="https://www.service-public.fr/particuliers/vosdroits/{fiche_id}">'
            f"<dc:title>{title}</dc:title><dc:date>{dc_date}</dc:date>"
            f"<Introduction><Texte><Paragraphe>Une introduction.</Paragraphe></Texte></Introduction>"
            f"{body}</Publication>").encode("utf-8")


def procedure(context, slug: str) -> dict:
    return next(p for p in export_content(context.db)["procedures"] if p["slug"] == slug)


def created_slug(report, fiche_id: str) -> str:
    return next(e.slug for e in report.created if e.kind == "procedure" and e.source == fiche_id)


# --- every fixture fiche -------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(path.name for path in FICHES.glob("F*.xml")))
def test_every_fixture_fiche_becomes_a_draft(kiosk, name):
    fiche = parse_fiche((FICHES / name).read_bytes(), name)
    report = import_fiches(kiosk, FICHES / name)
    slug = created_slug(report, fiche.id)
    p = procedure(kiosk, slug)
    assert p["status"] == "draft" and p["category"] == CATEGORIES[fiche.id]
    assert p["title"] == {"fr": fiche.title} and p["summary"]["fr"]
    online = [step for step in p["steps"] if step["kind"] == "online"]
    assert fiche.services and len(online) >= 1
    assert {step["url"] for step in online} == {s.url for s in fiche.services}
    source = p["sources"][0]
    assert source["fiche_id"] == fiche.id and source["url"].endswith(f"/vosdroits/{fiche.id}")
    assert source["checked_on"] == NOW.date().isoformat()
    assert source["modified_on"] == fiche.version_date.isoformat()
    # Drafts are never shown to residents, nor found by their search.
    assert load_procedure(kiosk.db, slug, "fr") is None
    assert slug not in [r.slug for r in search(kiosk.db, fiche.title, "fr")]
    assert [item.slug for item in procedures_to_review(kiosk.db)] == [slug]


def test_identity_card_fiche_checklist_as_on_the_official_page(kiosk):
    report = import_fiches(kiosk, FICHES / "F1341.xml")
    p = procedure(kiosk, created_slug(report, "F1341"))
    needed = {item["document"]: item for item in p["documents"]}
    # Asked for in every situation: required; the passport only when you have one: optional.
    assert not needed["proof-of-address"].get("optional") and not needed["id-photo"].get("optional")
    assert "moins de 6 mois" in needed["id-photo"]["note"]["fr"]
    assert needed["passport"]["optional"] and "passeport valide" in needed["passport"]["note"]["fr"]
    assert {"birth-certificate", "ants-pre-application"} <= set(needed)
    # Nothing of the list is dropped: what matches no shared document becomes one to explain.
    documents = {d["slug"]: d for d in export_content(kiosk.db)["documents"]}
    fiche = parse_fiche((FICHES / "F1341.xml").read_bytes(), "F1341.xml")
    for piece in fiche.pieces:
        slug = document_for(piece.text, set(DOCUMENT_KEYWORDS))
        if slug is None:
            slug = next(s for s in needed if documents[s]["what"]["fr"] == piece.text)
        assert slug in needed, piece.text
    new = [documents[s] for s in needed if s not in DOCUMENT_KEYWORDS]
    assert len(new) == 1 and new[0]["title"]["fr"].startswith("Justificatif de nationalité française")
    assert new[0]["pictogram"] == "document"
    assert new[0]["to_check"] == ["Document importé d'une fiche : explication à écrire"]
    assert new[0]["sources"][0]["fiche_id"] == "F1341"
    # Steps: the online pre-application, where to go (no invented address), the phone line.
    texts = [(step["kind"], step["text"]["fr"]) for step in p["steps"]]
    assert ("online", "Pré-demande de carte d'identité") in texts
    assert ("on_site", "Où s'adresser : Mairie délivrant des cartes d'identité") in texts
    assert any(kind == "phone" and "34 00" in text for kind, text in texts)
    assert p["mode"] == "both" and p["cost"] == {"fr": "Gratuit"}
    assert p["online_service"].startswith("https://passeport.ants.gouv.fr/Vos-demarches/")


def test_unemployment_fiche_links_where_to_go_to_a_known_partner(kiosk):
    report = import_fiches(kiosk, FICHES / "F1636.xml")
    p = procedure(kiosk, created_slug(report, "F1636"))
    steps = {step["text"]["fr"]: step for step in p["steps"]}
    assert steps["S'inscrire à Pôle emploi"]["url"] == "https://candidat.pole-emploi.fr/inscription/preambule"
    france_services = steps["Où s'adresser : France Services / Maison de services au public"]
    assert france_services["partner"] == "france-services-angers"
    assert p["partners"] == ["france-services-angers"]
    assert "partner" not in steps["Où s'adresser : Pôle emploi"]  # no partner announced by that name
    assert steps["Où s'adresser : Pôle emploi pour demandeurs d'emploi - 3949"]["kind"] == "phone"
    # No list of documents in this fiche: said, not guessed.
    assert p["documents"] == []
    assert any("pas de liste de pièces" in note for note in p["to_check"])


def test_check_box_lists_and_forms_with_a_cerfa_number(kiosk):
    body = ('<Texte><Chapitre><Titre><Paragraphe>Comment faire</Paragraphe></Titre>'
            '<ServiceEnLigne ID="R1" URL="https://www.formulaires.service-public.fr/gf/cerfa_12100.do" '
            'type="Formulaire" numerocerfa="12100*02"><Titre>Demande de passeport</Titre></ServiceEnLigne>'
            '<Liste type="caseACocher"><Item><Paragraphe>Justificatif de domicile de moins de 1 an</Paragraphe></Item>'
            '<Item><Paragraphe>Un <LienExterne URL="https://x.fr">timbre fiscal</LienExterne></Paragraphe></Item>'
            "<Item><Paragraphe>Dernier avis d'imposition</Paragraphe></Item>"
            '<Item><Paragraphe>Livret de famille</Paragraphe></Item>'
            '<Item><Paragraphe>Votre <MiseEnEvidence>RIB</MiseEnEvidence></Paragraphe></Item>'
            "<Item><Paragraphe>Attestation de la mutuelle</Paragraphe></Item></Liste>"
            '<Liste type="puce"><Item><Paragraphe>Une liste à puces hors des pièces</Paragraphe></Item></Liste>'
            "</Chapitre></Texte>")
    path = Path(kiosk.home) / "F99999.xml"
    path.write_bytes(fiche_xml(body=body, important=None))
    report = import_fiches(kiosk, path)
    p = procedure(kiosk, created_slug(report, "F99999"))
    assert p["steps"][0] == {"kind": "online", "text": {"fr": "Demande de passeport (formulaire cerfa n° 12100*02)"},
                             "url": "https://www.formulaires.service-public.fr/gf/cerfa_12100.do"}
    slugs = [item["document"] for item in p["documents"]]
    assert slugs[:5] == ["proof-of-address", "stamp-duty", "tax-notice", "family-record-book", "bank-details"]
    assert len(slugs) == 6 and not any(item.get("optional") for item in p["documents"])
    assert [e.slug for e in report.created if e.kind == "document"] == [slugs[5]]
    # Without an important-change date, the fiche's dc:date ("modified 2025-02-01") dates it.
    assert p["sources"][0]["modified_on"] == "2025-02-01"


# --- folders and zips ----------------------------------------------------------------------------


def test_a_folder_of_fiches_in_one_go(kiosk, tmp_path):
    folder = tmp_path / "vosdroits"
    folder.mkdir()
    for path in FICHES.glob("F*.xml"):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "N358.xml").write_text("<Publication ID='N358'/>")  # a folder of fiches: not a fiche
    report = import_fiches(kiosk, folder)
    assert sorted(e.source for e in report.created if e.kind == "procedure") == sorted(CATEGORIES)
    assert len(report.skipped) == 1 and "N358.xml" in report.skipped[0].reason


def test_the_dataset_zip(kiosk, tmp_path):
    path = tmp_path / "vosdroits-latest.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for fiche in FICHES.glob("F*.xml"):
            archive.write(fiche, fiche.name)
        archive.writestr("arborescence.xml", "<Arborescence/>")
    report = import_fiches(kiosk, path)
    assert len([e for e in report.created if e.kind == "procedure"]) == 5
    assert "arborescence.xml" in report.skipped[0].reason


# --- re-imports ----------------------------------------------------------------------------------


def changed_copy(folder: Path) -> Path:
    """F1341 as DILA might publish it later: a new date and an online service renamed and moved."""
    text = (FICHES / "F1341.xml").read_text(encoding="utf-8")
    text = text.replace('dateDerniereModificationImportante="2018-01-04T00:00:00"',
                        'dateDerniereModificationImportante="2025-07-01T00:00:00"')
    text = text.replace("<Titre>Pré-demande de carte d'identité</Titre>",
                        "<Titre>Pré-demande de carte d'identité en ligne</Titre>")
    text = text.replace("https://passeport.ants.gouv.fr/Vos-demarches/Realiser-une-pre-demande-de-carte-nationale-d-identite-CNI",
                        "https://ants.gouv.fr/pre-demande-cni")
    assert text.count("ants.gouv.fr/pre-demande-cni") == 2
    path = folder / "F1341.xml"
    path.write_text(text, encoding="utf-8")
    return path


def test_reimporting_the_same_fiche_changes_nothing(kiosk):
    import_fiches(kiosk, FICHES / "F1341.xml")
    before = export_content(kiosk.db)
    report = import_fiches(kiosk, FICHES / "F1341.xml")
    assert report.created == report.updated == report.flagged == []
    assert report.skipped[0].reason == "Unchanged since the last import."
    assert export_content(kiosk.db) == before


def test_a_changed_fiche_flags_its_procedure_without_touching_the_text(kiosk, tmp_path):
    slug = created_slug(import_fiches(kiosk, FICHES / "F1341.xml"), "F1341")
    # The assistant rewrites the title in plain words and publishes the procedure.
    with kiosk.db.engine.begin() as connection:
        connection.execute(update(m.Procedure).where(m.Procedure.slug == slug)
                           .values(title={"fr": "Demander sa première carte d'identité"}))
    approve(kiosk.db, slug)
    before = procedure(kiosk, slug)

    report = import_fiches(kiosk, changed_copy(tmp_path))

    assert [(e.slug, e.reason) for e in report.flagged] == [
        (slug, "Official fiche changed on 2025-07-01, to review: services en ligne.")]
    after = procedure(kiosk, slug)
    for key in ("title", "summary", "steps", "documents", "sources", "status", "online_service"):
        assert after.get(key) == before.get(key), key
    assert after["to_check"] == before.get("to_check", []) + [
        "Fiche officielle F1341 modifiée le 01/07/2025 : à relire (services en ligne)."]
    assert load_procedure(kiosk.db, slug, "fr").title.text == "Demander sa première carte d'identité"
    [item] = procedures_to_review(kiosk.db)
    assert item.slug == slug and item.flagged and item.changes == ("services en ligne",)
    assert item.message() == "Fiche officielle modifiée le 01/07/2025, à relire : services en ligne"
    assert {"title": "Pré-demande de carte d'identité en ligne", "url": "https://ants.gouv.fr/pre-demande-cni",
            "cerfa": ""} in item.official["services"]
    assert item.previous["services"][0]["title"] == "Pré-demande de carte d'identité"

    again = import_fiches(kiosk, changed_copy(tmp_path))
    assert again.flagged == [] and again.skipped[0].reason.startswith("Already flagged for review")
    older = import_fiches(kiosk, FICHES / "F1341.xml")
    assert older.skipped[0].reason == "Older than the version flagged for review (2025-07-01)."

    approval = approve(kiosk.db, slug)
    assert approval.review_cleared and not approval.published
    cleared = procedure(kiosk, slug)
    assert cleared.get("to_check") == before.get("to_check") and cleared["title"] == before["title"]
    assert cleared["sources"][0]["modified_on"] == "2025-07-01"
    assert procedures_to_review(kiosk.db) == []
    assert import_fiches(kiosk, changed_copy(tmp_path)).skipped[0].reason == "Unchanged since the last import."


def test_approving_a_draft_publishes_it_for_residents(kiosk):
    slug = created_slug(import_fiches(kiosk, FICHES / "F2882.xml"), "F2882")
    approval = approve(kiosk.db, slug)
    assert approval.published and not approval.review_cleared
    view = load_procedure(kiosk.db, slug, "fr")
    assert view is not None and not any(note.startswith("Brouillon importé") for note in view.to_check)
    assert slug in [r.slug for r in search(kiosk.db, "prime activite salarie", "fr")]
    with pytest.raises(Exception, match="no procedure 'nope'"):
        approve(kiosk.db, "nope")


def test_marking_a_flagged_draft_reviewed_keeps_it_a_draft(kiosk, tmp_path):
    slug = created_slug(import_fiches(kiosk, FICHES / "F1341.xml"), "F1341")
    import_fiches(kiosk, changed_copy(tmp_path))
    assert review_of(kiosk.db, slug).flagged
    assert [item.to_review for item in list_items(kiosk.db, "procedure") if item.slug == slug] == [True]

    assert mark_reviewed(kiosk.db, slug) is True

    after = procedure(kiosk, slug)
    assert after["status"] == "draft" and after["sources"][0]["modified_on"] == "2025-07-01"
    assert not any(note.startswith("Fiche officielle F1341") for note in after.get("to_check", []))
    item = review_of(kiosk.db, slug)
    assert item is not None and not item.flagged  # still a draft to approve
    assert [item.to_review for item in list_items(kiosk.db, "procedure") if item.slug == slug] == [False]
    assert mark_reviewed(kiosk.db, slug) is False  # nothing left to clear
    with pytest.raises(Exception, match="no procedure 'nope'"):
        mark_reviewed(kiosk.db, "nope")


def _kiosk_following(home: Path, tmp_path: Path, modified_on: str):
    """The small catalogue, its identity-card procedure written from fiche F1341 as of a date."""
    data = mini_catalogue()
    data["procedures"][1]["sources"] = [{
        "url": "https://www.service-public.fr/particuliers/vosdroits/F1341", "checked_on": "2025-01-01",
        "fiche_id": "F1341", "modified_on": modified_on}]
    starter = tmp_path / "following.json"
    starter.write_bytes(catalogue_bytes(data))
    return open_context(home, clock=lambda: NOW, starter=starter)


def test_a_hand_written_procedure_starts_following_its_fiche(home, tmp_path):
    context = _kiosk_following(home, tmp_path, "2019-01-01")
    before = export_content(context.db)
    report = import_fiches(context, FICHES / "F1341.xml")
    assert report.created == [] and [e.slug for e in report.updated] == ["carte-identite"]
    assert export_content(context.db) == before  # its text is the assistant's
    assert procedures_to_review(context.db) == []
    context.close()


def test_a_hand_written_procedure_older_than_its_fiche_is_flagged(home, tmp_path):
    context = _kiosk_following(home, tmp_path, "2017-06-01")
    report = import_fiches(context, FICHES / "F1341.xml")
    assert [(e.slug, e.reason) for e in report.flagged] == [
        ("carte-identite", "Official fiche changed on 2018-01-04, to review: fiche entière.")]
    [item] = procedures_to_review(context.db)
    assert item.status == "published" and item.previous is None and item.official["title"]
    assert load_procedure(context.db, "carte-identite", "fr") is not None  # still shown
    context.close()


# --- the command line ----------------------------------------------------------------------------


def kiosk_command(*args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          env={"KIOSK_HOME": str(home), "PATH": "/usr/bin:/bin"}, timeout=120)


def test_command_line_import_fiche(tmp_path):
    home = tmp_path / "home"
    out = kiosk_command("import", "fiche", str(FICHES / "F33667.xml"), "--json", home=home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"created", "updated", "flagged", "skipped"}
    assert data["created"] == [{"kind": "procedure", "source": "F33667",
                                "slug": "cheque-energie-gaz-chaleur-electricite",
                                "reason": "New draft in housing: 2 steps, 0 documents."}]
    again = kiosk_command("import", "fiche", str(FICHES / "F33667.xml"), home=home)
    assert again.returncode == 0 and again.stdout.startswith("0 created, 0 updated, 0 flagged for review, 1 skipped.")

    bad = tmp_path / "F1.xml"
    bad.write_text("<Publication ID='F1'><dc:title>")
    refused = kiosk_command("import", "fiche", str(bad), "--json", home=home)
    assert refused.returncode == 1 and refused.stdout == ""
    assert re.fullmatch(r"kiosk: F1\.xml is not well-formed XML \(.*\); nothing was imported\.\n", refused.stderr)
    assert kiosk_command("import", home=home).returncode == 2
    assert kiosk_command("import", "fiche", home=home).returncode == 2


def test_review_state_is_local_data_kept_across_a_catalogue_swap(kiosk):
    """What the importer knows of a fiche is editor-side: never published, kept by a sync."""
    slug = created_slug(import_fiches(kiosk, FICHES / "F1341.xml"), "F1341")
    content = export_content(kiosk.db)
    assert set(procedure(kiosk, slug)) <= set(content["procedures"][0]) | {"status", "cost", "links"}
    envelope = {"format": "kiosk-catalogue", "format_version": 1, "version": 2,
                "published_at": "2026-11-25T00:00:00Z", "expires_at": "2027-05-01T00:00:00Z"}
    apply_bundle(kiosk.db, parse_bundle(catalogue_json({**envelope, **content})), source="test", now=NOW)
    with kiosk.db.session() as session:
        [row] = session.scalars(select(m.FicheReview))
    assert (row.procedure_slug, row.fiche_id) == (slug, "F1341")
    assert m.FicheReview.__table__ not in m.CATALOGUE_TABLES
    assert import_fiches(kiosk, FICHES / "F1341.xml").skipped[0].reason == "Unchanged since the last import."


# --- the vocabulary ------------------------------------------------------------------------------


def test_keyword_tables_name_what_the_starter_catalogue_has():
    from kiosk.importers.vocabulary import CATEGORY_KEYWORDS, FALLBACK_CATEGORY
    from kiosk.paths import starter_catalogue

    starter = json.loads(starter_catalogue().read_text(encoding="utf-8"))
    assert set(DOCUMENT_KEYWORDS) <= {d["slug"] for d in starter["documents"]}
    categories = {c["slug"] for c in starter["categories"]}
    assert {slug for slug, _ in CATEGORY_KEYWORDS} | {FALLBACK_CATEGORY} == categories


@pytest.mark.parametrize("text, slug", [
    ("Justificatif de domicile de moins de 3 mois", "proof-of-address"),
    ("Pièce d’identité ou passeport", "identity-document"),
    ("Ancienne carte d'identité", "old-identity-card"),
    ("2 photos d'identité", "id-photo"),
    ("Timbre fiscal de 86 €", "stamp-duty"),
    ("Dernier avis d'impôt sur le revenu", "tax-notice"),
    ("LIVRET DE FAMILLE", "family-record-book"),
    ("Copie intégrale de l'acte de naissance", "birth-certificate"),
    ("Un RIB à votre nom", "bank-details"),
    ("Ribambelle de papiers", None),
    ("Attestation de la mutuelle", None),
])
def test_documents_are_recognised_by_keyword(text, slug):
    assert document_for(text, set(DOCUMENT_KEYWORDS)) == slug
