"""The editor's core: drafts, saving with history, checks, import and publication (issue 6)."""

from __future__ import annotations

import datetime as dt
import errno
import json
import sqlite3
from pathlib import Path

import pytest

from kiosk import editing
from kiosk.editing import publishing
from kiosk import publish as publish_module
from kiosk.catalogue import catalogue_status, load_procedure
from kiosk.context import open_context
from kiosk.editing import (AnnouncementDraft, CategoryDraft, DocumentDraft, Link, NeededDocument,
                           PartnerDraft, ProcedureDraft, PublicationRefused, Source, StepDraft,
                           changes_since_publication, check_draft, delete_item, history,
                           import_catalogue, list_items, load_draft, load_item, new_slug,
                           preview_copy, publish_catalogue, revert, save_draft, slugify, validate)
from kiosk.errors import KioskError
from kiosk.publish import export_content
from kiosk.search import search
from kiosk.settings import set_setting
from kiosk.signing import generate_key_pair
from kiosk.sync import run_sync
from tests.conftest import NOW, catalogue_bytes, mini_catalogue

TODAY = NOW.date()
LATER = NOW + dt.timedelta(hours=1)


def three_steps() -> ProcedureDraft:
    return ProcedureDraft(
        category="health",
        title={"fr": "Carte Vitale", "ar": "البطاقة الصحية"},
        summary={"fr": "Obtenir sa carte Vitale.", "ar": "الحصول على البطاقة الصحية."},
        mode="online",
        keywords={"fr": ["sécu", "carte verte"]},
        documents=[NeededDocument("proof-of-address", {"fr": "De moins de 3 mois"})],
        steps=[StepDraft("online", {"fr": "Ouvrez ameli.fr.", "ar": "افتح ameli.fr."}, "https://www.ameli.fr"),
               StepDraft("document", {"fr": "Ajoutez une photo.", "ar": "أضف صورة."}),
               StepDraft("on_site", {"fr": "Allez à la CAF.", "ar": "اذهب إلى CAF."}, partner="caf")],
        partners=["caf"],
        sources=[Source("https://www.ameli.fr/assure/remboursements/etre-bien-rembourse/carte-vitale",
                        "2026-11-20")],
    )


@pytest.fixture
def keys(tmp_path) -> Path:
    private, _public = generate_key_pair(tmp_path / "keys")
    return private


@pytest.fixture
def share(tmp_path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


# --- drafts are the catalogue file's items -------------------------------------------------------


def test_every_item_loads_as_the_publisher_exports_it(context):
    content = export_content(context.db)
    for kind, plural in editing.PLURAL.items():
        for item in content[plural]:
            draft = load_item(context.db, kind, item["slug"])
            assert draft.to_json() == item, (kind, item["slug"])


def test_the_starter_catalogue_round_trips_and_saving_it_unchanged_records_nothing(home):
    context = open_context(home, clock=lambda: NOW)
    try:
        for item in export_content(context.db)["procedures"]:
            draft = load_draft(context.db, item["slug"])
            assert ProcedureDraft.from_json(item).to_json() == item
            saved = save_draft(context.db, draft, NOW)
            assert saved.record_id is None and saved.changes == ()
        assert history(context.db) == []
    finally:
        context.close()


def test_drafts_compare_as_stored():
    draft = three_steps()
    same = three_steps()
    same.title["en"] = "   "  # an empty translation is no translation
    same.summary["fr"] += "  \n"
    assert draft.same_as(same)
    same.steps.reverse()
    assert not draft.same_as(same)


# --- saving ----------------------------------------------------------------------------------


def test_a_new_procedure_in_french_and_arabic_is_saved_found_and_recorded(context):
    draft = three_steps()
    saved = save_draft(context.db, draft, NOW)
    assert (saved.action, saved.slug) == ("created", "carte-vitale")
    assert draft.slug == "carte-vitale"
    assert load_draft(context.db, "carte-vitale").to_json() == draft.to_json()
    assert [r.slug for r in search(context.db, "vitale", "fr")] == ["carte-vitale"]
    assert [r.slug for r in search(context.db, "carte verte", "fr")][0] == "carte-vitale"
    view = load_procedure(context.db, "carte-vitale", "ar")
    assert [s.text.text for s in view.steps] == ["افتح ameli.fr.", "أضف صورة.", "اذهب إلى CAF."]
    assert view.steps[2].partner.slug == "caf"
    [entry] = history(context.db, slug="carte-vitale")
    assert (entry.action, entry.before, entry.at) == ("created", None, NOW)
    assert entry.after == draft.to_json()
    assert entry.title() == "Carte Vitale"


def test_reordering_steps_is_recorded_as_an_order_change(context):
    draft = three_steps()
    save_draft(context.db, draft, NOW)
    draft.steps = [draft.steps[2], draft.steps[0], draft.steps[1]]
    saved = save_draft(context.db, draft, LATER)
    assert saved.changes == ("steps (order)",)
    texts = [s.text.text for s in load_procedure(context.db, "carte-vitale", "fr").steps]
    assert texts == ["Allez à la CAF.", "Ouvrez ameli.fr.", "Ajoutez une photo."]


def test_a_change_names_its_fields_and_keeps_the_procedure_in_its_place(context):
    draft = load_draft(context.db, "complementaire-sante-solidaire")
    draft.title["ar"] = "تأمين"
    draft.cost = {"fr": "Gratuit"}
    saved = save_draft(context.db, draft, NOW)
    assert (saved.action, saved.changes) == ("changed", ("title", "cost"))
    assert [c["slug"] for c in export_content(context.db)["procedures"]] == \
        ["complementaire-sante-solidaire", "carte-identite"]


def test_moving_to_another_category_puts_it_last_there(context):
    draft = three_steps()
    draft.category = "papers"
    save_draft(context.db, draft, NOW)
    moved = load_draft(context.db, "complementaire-sante-solidaire")
    moved.category = "papers"
    save_draft(context.db, moved, LATER)
    papers = [p["slug"] for p in export_content(context.db)["procedures"] if p["category"] == "papers"]
    assert papers == ["carte-identite", "carte-vitale", "complementaire-sante-solidaire"]


def test_the_order_residents_see_is_changed_and_summarised(context):
    draft = three_steps()
    draft.category = "papers"
    save_draft(context.db, draft, NOW)
    editing.ensure_baseline(context)
    papers = lambda: [p["slug"] for p in export_content(context.db)["procedures"] if p["category"] == "papers"]
    categories = lambda: [c["slug"] for c in export_content(context.db)["categories"]]
    assert papers() == ["carte-identite", "carte-vitale"]
    first = categories()[0]

    assert editing.move_item(context.db, "procedure", "carte-vitale", -1) is True
    assert papers() == ["carte-vitale", "carte-identite"]
    assert editing.move_item(context.db, "procedure", "carte-vitale", -1) is False  # already first
    assert editing.move_item(context.db, "category", first, 1) is True
    assert categories()[1] == first
    assert editing.move_item(context.db, "category", categories()[-1], 1) is False  # already last
    with pytest.raises(ValueError):
        editing.move_item(context.db, "partner", "caf", 1)

    lines = publishing.summary_lines(changes_since_publication(context))
    assert "categories in a new order" in lines
    assert any(line.startswith("procedures in a new order in: ") for line in lines)
    # Moved back: nothing left to publish.
    editing.move_item(context.db, "procedure", "carte-vitale", 1)
    editing.move_item(context.db, "category", first, -1)
    assert changes_since_publication(context) == []


def test_what_cannot_be_stored_is_refused_and_nothing_changes(context):
    before = export_content(context.db)
    for change, words in [
        (dict(category="nowhere"), "category 'nowhere'"),
        (dict(category=""), "Choose the category"),
        (dict(documents=[NeededDocument("passport")]), "document 'passport'"),
        (dict(partners=["mairie"]), "partner 'mairie'"),
        (dict(slug="Carte Vitale"), "lower-case letters"),
        (dict(mode="by pigeon"), "online, at an office"),
    ]:
        draft = three_steps()
        for name, value in change.items():
            setattr(draft, name, value)
        with pytest.raises(KioskError, match=words):
            save_draft(context.db, draft, NOW)
    assert export_content(context.db) == before
    assert history(context.db) == []


def test_work_in_progress_is_saved_even_with_errors(context):
    draft = three_steps()
    draft.steps.append(StepDraft("online", {}))
    draft.sources = []
    save_draft(context.db, draft, NOW)
    assert len(load_draft(context.db, "carte-vitale").steps) == 4
    errors = [p for p in validate(context.db, TODAY) if p.is_error]
    assert {p.where for p in errors} == {("procedure", "carte-vitale", "steps.3.text"),
                                         ("procedure", "carte-vitale", "sources")}


def test_new_slugs_are_ascii_and_unique(context):
    assert slugify("Complémentaire santé : l'aide ") == "complementaire-sante-l-aide"
    assert slugify("بطاقة") == ""
    assert new_slug(context.db, "procedure", "Carte d'identité") == "carte-d-identite"
    assert new_slug(context.db, "partner", "CAF") == "caf-2"
    assert new_slug(context.db, "procedure", "بطاقة") == "procedure"
    arabic = three_steps()
    arabic.title = {"ar": "بطاقة"}
    assert save_draft(context.db, arabic, NOW).slug == "procedure"
    assert save_draft(context.db, ProcedureDraft.from_json({**arabic.to_json(), "slug": ""}), NOW).slug \
        == "procedure-2"


def test_partners_announcements_categories_and_documents_are_saved(context):
    partner = PartnerDraft(name="Mairie de quartier", adresse="3 rue de la Roseraie", code_postal="49100",
                           commune="Angers", telephone="02 41 05 40 00",
                           horaires_accueil="Mo-Fr 09:00-12:00,14:00-17:00", sites=["roseraie"],
                           thematiques=["papiers"])
    assert save_draft(context.db, partner, NOW).slug == "mairie-de-quartier"
    assert load_item(context.db, "partner", "mairie-de-quartier").to_json() == partner.to_json()

    news = AnnouncementDraft(text={"fr": "Fermé le 24 décembre"}, valid_from=dt.date(2026, 12, 1),
                             valid_until=dt.date(2026, 12, 24), sites=["roseraie"])
    assert save_draft(context.db, news, NOW).slug == "info-ferme-le-24-decembre"
    with pytest.raises(KioskError, match="first and the last day"):
        save_draft(context.db, AnnouncementDraft(text={"fr": "x"}), NOW)

    category = CategoryDraft(title={"fr": "Logement"}, pictogram="category-housing")
    assert save_draft(context.db, category, NOW).slug == "logement"
    assert [c["slug"] for c in export_content(context.db)["categories"]] == ["health", "papers", "logement"]

    document = DocumentDraft(title={"fr": "Avis d'imposition"}, what={"fr": "La lettre des impôts."},
                             pictogram="tax-notice")
    assert save_draft(context.db, document, NOW).slug == "avis-d-imposition"
    assert {e.kind for e in history(context.db)} == {"partner", "announcement", "category", "document"}


def test_deleting_what_a_procedure_uses_is_refused(context):
    with pytest.raises(KioskError, match="complementaire-sante-solidaire"):
        delete_item(context.db, "partner", "caf", NOW)
    with pytest.raises(KioskError, match="still refer"):
        delete_item(context.db, "document", "proof-of-address", NOW)
    with pytest.raises(KioskError, match="carte-identite"):
        delete_item(context.db, "category", "papers", NOW)
    saved = delete_item(context.db, "procedure", "carte-identite", NOW)
    assert saved.action == "deleted"
    assert load_draft(context.db, "carte-identite") is None
    assert search(context.db, "identite", "fr") == []
    delete_item(context.db, "category", "papers", LATER)


# --- history ------------------------------------------------------------------------------------


def test_a_procedure_is_taken_back_to_an_earlier_version(context):
    draft = three_steps()
    save_draft(context.db, draft, NOW)
    draft.title["fr"] = "Carte Vitale (nouvelle)"
    draft.steps.pop()
    changed = save_draft(context.db, draft, LATER)
    assert changed.changes == ("title", "steps")
    entries = history(context.db, "procedure", "carte-vitale")
    assert [e.action for e in entries] == ["changed", "created"]

    back = revert(context.db, entries[0].id, LATER + dt.timedelta(minutes=5))
    assert (back.action, back.changes) == ("reverted", ("title", "steps"))
    again = load_draft(context.db, "carte-vitale")
    assert again.title["fr"] == "Carte Vitale" and len(again.steps) == 3
    assert history(context.db, slug="carte-vitale")[0].action == "reverted"

    # Taking back the creation deletes it; taking back that deletion restores it.
    gone = revert(context.db, entries[1].id, LATER + dt.timedelta(minutes=6))
    assert load_draft(context.db, "carte-vitale") is None and gone.action == "reverted"
    revert(context.db, gone.record_id, LATER + dt.timedelta(minutes=7))
    assert load_draft(context.db, "carte-vitale").to_json() == again.to_json()
    assert [r.slug for r in search(context.db, "vitale", "fr")] == ["carte-vitale"]


def test_an_earlier_version_that_refers_to_something_gone_is_refused(context):
    draft = load_draft(context.db, "carte-identite")
    draft.documents = [NeededDocument("proof-of-address")]
    first = save_draft(context.db, draft, NOW)
    save_draft(context.db, PartnerDraft(name="Mairie", sites=["roseraie"]), NOW)
    draft.partners = ["mairie"]
    second = save_draft(context.db, draft, LATER)
    delete_item(context.db, "procedure", "carte-identite", LATER)
    revert(context.db, history(context.db, slug="carte-identite")[0].id, LATER)  # back again
    draft = load_draft(context.db, "carte-identite")
    draft.partners = []
    save_draft(context.db, draft, LATER)
    delete_item(context.db, "partner", "mairie", LATER)
    with pytest.raises(KioskError, match="partner 'mairie'"):
        revert(context.db, history(context.db, slug="carte-identite")[0].id, LATER)
    assert first.record_id < second.record_id
    with pytest.raises(KioskError, match="not in the history"):
        revert(context.db, 10_000, LATER)


# --- lists ----------------------------------------------------------------------------------------


def test_lists_and_search_ignore_case_and_accents(context):
    assert [i.slug for i in list_items(context.db, "procedure")] == \
        ["complementaire-sante-solidaire", "carte-identite"]
    assert [i.slug for i in list_items(context.db, "procedure", "COMPLEMENTAIRE")] == \
        ["complementaire-sante-solidaire"]
    assert [i.slug for i in list_items(context.db, "procedure", "cni")] == ["carte-identite"]
    assert [i.slug for i in list_items(context.db, "procedure", "جواز")] == []
    assert [i.slug for i in list_items(context.db, "procedure", "الهوية")] == ["carte-identite"]
    assert list_items(context.db, "procedure")[0].detail == "Santé"
    assert [i.title for i in list_items(context.db, "partner")] == ["CAF"]
    assert [i.slug for i in list_items(context.db, "announcement", "bienvenue")] == ["hello"]
    assert [i.slug for i in list_items(context.db, "category")] == ["health", "papers"]
    assert [i.slug for i in list_items(context.db, "document")] == ["proof-of-address"]


# --- checks ---------------------------------------------------------------------------------------


def _where(problems, severity=None):
    return {(p.where, p.lang) for p in problems if severity is None or p.severity == severity}


def test_the_starter_catalogue_has_no_errors(home):
    context = open_context(home, clock=lambda: NOW)
    try:
        assert [p for p in validate(context.db, TODAY) if p.is_error] == []
    finally:
        context.close()


def test_missing_translations_are_one_warning_per_language(context):
    draft = three_steps()
    problems = [p for p in check_draft(context.db, draft, TODAY) if p.check == "translation"]
    assert [(p.severity, p.lang) for p in problems] == [("warning", "en"), ("warning", "ar")]
    warning = problems[0]
    assert warning.where == ("procedure", "", "title")
    assert "English" in warning.message and "step 3" in warning.message and "note" in warning.message
    draft.title["en"] = "Health card"
    draft.summary["en"] = "Get your health card."
    problems = [p for p in check_draft(context.db, draft, TODAY) if p.check == "translation"]
    assert [p.where[2] for p in problems] == ["steps.0.text", "documents.0.note"]


def test_errors_in_a_procedure_lead_to_their_fields(context):
    draft = three_steps()
    for step in draft.steps:
        step.text["en"] = "x"
    draft.title["en"] = draft.summary["en"] = "x"
    draft.documents[0].note["en"] = "x"
    draft.steps[1].text = {}
    draft.steps[0].url = "www.ameli.fr"
    draft.online_service = "https://ameli"
    draft.audience = {"ar": "للجميع"}
    draft.sources = []
    draft.links = [Link({"fr": "Le site"}, "ftp://x.fr")]
    problems = check_draft(context.db, draft, TODAY)
    assert _where(problems, "error") == {
        (("procedure", "", "steps.1.text"), None), (("procedure", "", "steps.0.url"), None),
        (("procedure", "", "online_service"), None), (("procedure", "", "audience"), None),
        (("procedure", "", "sources"), None), (("procedure", "", "links.0.url"), None),
    }
    messages = {p.where[2]: p.message for p in problems}
    assert "step 2 has no text" in messages["steps.1.text"]
    assert "https://" in messages["steps.0.url"]
    assert "French" in messages["audience"]


def test_partner_checks(context):
    partner = PartnerDraft(slug="mairie", name="Mairie", adresse="3 rue X", code_postal="4900",
                           commune="Angers", telephone="02 41 05", courriel="mairie@", site_web="mairie.fr",
                           horaires_accueil="le matin", sites=["roseraie"])
    problems = check_draft(context.db, partner, TODAY)
    assert _where(problems, "error") == {((("partner", "mairie", name)), None)
                                         for name in ("code_postal", "telephone", "courriel", "site_web")}
    assert _where(problems, "warning") == {(("partner", "mairie", "horaires_accueil"), None)}
    good = PartnerDraft(slug="mairie", name="Mairie", adresse="3 rue X", code_postal="49000",
                        commune="Angers", telephone="+33 2 41 05 40 00", courriel="mairie@angers.fr",
                        site_web="https://www.angers.fr", horaires_accueil="Mo-Fr 09:00-12:00",
                        sites=["roseraie"])
    assert check_draft(context.db, good, TODAY) == []
    for phone in ("0241054000", "02.41.05.40.00", "3230", "115", "+44 20 7946 0958"):
        assert editing.valid_phone(phone), phone
    no_town = PartnerDraft(slug="mairie", name="Mairie", adresse="3 rue X", sites=["roseraie"])
    assert _where(check_draft(context.db, no_town, TODAY)) == {(("partner", "mairie", "code_postal"), None)}


def test_announcement_checks(context):
    expired = AnnouncementDraft(slug="old", text={"fr": "Fermé", "en": "Closed", "ar": "مغلق"},
                                valid_from=dt.date(2026, 10, 1), valid_until=dt.date(2026, 10, 31))
    [warning] = check_draft(context.db, expired, TODAY)
    assert warning.where == ("announcement", "old", "valid_until") and "expired on 2026-10-31" in warning.message
    backwards = AnnouncementDraft(slug="x", text={"fr": "A", "en": "A", "ar": "A"},
                                  valid_from=dt.date(2026, 12, 2), valid_until=dt.date(2026, 12, 1))
    assert [p.where[2] for p in check_draft(context.db, backwards, TODAY)] == ["valid_until"]
    assert check_draft(context.db, backwards, TODAY)[0].is_error


def test_validate_covers_the_whole_catalogue(context):
    save_draft(context.db, PartnerDraft(name="Mairie", horaires_accueil="sur rendez-vous",
                                        telephone="12", sites=["roseraie"]), NOW)
    problems = validate(context.db, dt.date(2027, 1, 1))
    assert (("partner", "mairie", "telephone"), None) in _where(problems, "error")
    assert (("partner", "mairie", "horaires_accueil"), None) in _where(problems, "warning")
    assert (("announcement", "hello", "valid_until"), None) in _where(problems, "warning")
    assert (("procedure", "carte-identite", "steps"), None) in _where(problems, "warning")
    assert (("procedure", "carte-identite", "summary"), "ar") in _where(problems, "warning")
    severities = [p.severity for p in problems]
    assert severities == sorted(severities)  # errors first


# Importing a catalogue: tests/kiosk/test_editing_import.py


# --- publication ----------------------------------------------------------------------------------


def test_publish_backs_up_signs_writes_and_says_what_changed(context, keys, share, tmp_path):
    set_setting(context.db, "publisher_key", str(keys))
    set_setting(context.db, "publish_folder", str(share))
    editing.ensure_baseline(context)  # as the editor does when it opens
    save_draft(context.db, three_steps(), NOW)
    partner = load_item(context.db, "partner", "caf")
    partner.telephone = "3230"
    save_draft(context.db, partner, NOW)

    done = publish_catalogue(context, today=TODAY)
    assert done.version == 2
    assert json.loads((share / "catalogue.json").read_bytes())["version"] == 2
    assert (share / "catalogue.json.sig").exists()
    assert done.backup.parent == context.home / "backups"
    assert done.backup.name.startswith("editor-2-20261125T100000")
    backup = sqlite3.connect(done.backup)
    assert backup.execute("SELECT count(*) FROM procedures WHERE slug = 'carte-vitale'").fetchone() == (1,)
    backup.close()
    assert {(c.kind, c.slug, c.action, c.fields) for c in done.changes} == {
        ("procedure", "carte-vitale", "added", ()), ("partner", "caf", "changed", ("telephone",))}
    assert editing.summary_lines(done.changes)[0] == "procedure added: Carte Vitale"
    assert any(p.lang == "en" for p in done.warnings)  # warnings do not stop a publication
    assert changes_since_publication(context) == []

    # A kiosk that trusts the key syncs it, and finds the new procedure.
    from kiosk.signing import load_private_key, public_key_text
    kiosk_home = tmp_path / "kiosk"
    kiosk = open_context(kiosk_home, clock=lambda: NOW, starter=tmp_path / "mini.json")
    try:
        set_setting(kiosk.db, "trusted_keys", [public_key_text(load_private_key(keys).public_key())])
        assert run_sync(kiosk, str(share / "catalogue.json")).outcome == "applied"
        assert [r.slug for r in search(kiosk.db, "vitale", "ar")] == ["carte-vitale"]
    finally:
        kiosk.close()

    again = publish_catalogue(context, today=TODAY)
    assert again.version == 3 and again.changes == []


def test_what_changed_is_counted_from_the_first_opening_of_the_editor(context):
    everything = changes_since_publication(context)  # nothing known yet: all of it is new
    assert {(c.kind, c.action) for c in everything} >= {("procedure", "added"), ("partner", "added")}
    editing.ensure_baseline(context)
    assert changes_since_publication(context) == []
    delete_item(context.db, "procedure", "carte-identite", NOW)
    [change] = changes_since_publication(context)
    assert (change.kind, change.slug, change.action, change.title) == \
        ("procedure", "carte-identite", "removed", "Carte d'identité")
    assert editing.summary_lines([change]) == ["procedure removed: Carte d'identité"]
    assert editing.summary_lines([]) == ["Nothing changed since the last publication."]


def test_publishing_with_errors_is_refused_and_writes_nothing(context, keys, share):
    draft = three_steps()
    draft.steps[0].text = {}
    save_draft(context.db, draft, NOW)
    with pytest.raises(PublicationRefused) as refused:
        publish_catalogue(context, key=keys, out=share, today=TODAY)
    assert refused.value.problems[0].where == ("procedure", "carte-vitale", "steps.0.text")
    assert "1 problem must be fixed" in str(refused.value)
    assert list(share.iterdir()) == []
    assert not (context.home / "backups").exists()


def test_publication_needs_its_settings(context):
    with pytest.raises(KioskError, match="publisher key"):
        publish_catalogue(context, today=TODAY)
    set_setting(context.db, "publisher_key", "/somewhere/publisher.key")
    with pytest.raises(KioskError, match="publication folder"):
        publish_catalogue(context, today=TODAY)


def _published(share: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(share.iterdir())}


def test_bad_key_missing_folder_and_full_disks_leave_the_previous_publication(context, keys, share,
                                                                               tmp_path, monkeypatch):
    editing.ensure_baseline(context)
    publish_catalogue(context, key=keys, out=share, today=TODAY)
    previous = _published(share)
    save_draft(context.db, three_steps(), NOW)

    not_a_key = tmp_path / "publisher.pub"
    not_a_key.write_text("hello\n")
    with pytest.raises(KioskError, match="not a publisher key"):
        publish_catalogue(context, key=not_a_key, out=share, today=TODAY)
    with pytest.raises(KioskError, match="does not exist"):
        publish_catalogue(context, key=keys, out=tmp_path / "unmounted", today=TODAY)

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(publish_module.os, "fsync", full)
    with pytest.raises(KioskError, match="No space left on device.*previous publication was left"):
        publish_catalogue(context, key=keys, out=share, today=TODAY)
    monkeypatch.undo()
    assert _published(share) == previous
    assert sorted(p.name for p in share.iterdir()) == ["catalogue.json", "catalogue.json.sig"]

    class FullConnection:
        def __init__(self, real):
            self._real = real

        def backup(self, _target):
            raise sqlite3.OperationalError("database or disk is full")

        def close(self):
            self._real.close()

    real_connect = sqlite3.connect
    monkeypatch.setattr(publishing.sqlite3, "connect", lambda path: FullConnection(real_connect(path)))
    with pytest.raises(KioskError, match="could not be backed up.*nothing was published"):
        publish_catalogue(context, key=keys, out=share, today=TODAY)
    monkeypatch.undo()
    assert _published(share) == previous
    assert not list((context.home / "backups").glob("*.tmp"))

    done = publish_catalogue(context, key=keys, out=share, today=TODAY)
    assert done.changes[0].slug == "carte-vitale"


def test_old_backups_are_pruned(context, keys, share, monkeypatch):
    monkeypatch.setattr(publishing, "BACKUPS_KEPT", 2)
    for _ in range(3):
        publish_catalogue(context, key=keys, out=share, today=TODAY)
    assert len(list((context.home / "backups").glob("editor-*.sqlite3"))) == 2


# --- preview ---------------------------------------------------------------------------------------


def test_preview_shows_an_unsaved_draft_in_a_copy(context):
    draft = three_steps()
    draft.status = "draft"
    preview = preview_copy(context, draft)
    try:
        view = load_procedure(preview.context.db, preview.slug, "ar")
        assert preview.slug == "carte-vitale" and view.title.text == "البطاقة الصحية"
    finally:
        preview.context.close()
    assert load_draft(context.db, "carte-vitale") is None
    assert draft.slug == ""
