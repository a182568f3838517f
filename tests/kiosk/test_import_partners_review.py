"""A partners file never overwrites the assistant's own partners (issue 13, item 2): a different
value becomes a review flag, accepted or kept in the editor; only a partner the import created,
never edited since, is updated directly."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from sqlalchemy import select

from kiosk import models as m
from kiosk.editing import history, load_item, revert, save_draft
from kiosk.errors import KioskError
from kiosk.importers import (accept_partner_values, import_partners, keep_partner_values, partner_review_of,
                             partners_to_review)
from kiosk.publish import export_content
from tests.conftest import NOW, catalogue_bytes, mini_catalogue
from tests.kiosk.test_import_partners import partner, sample, write

LATER = NOW + dt.timedelta(hours=1)
SLUG = "centre-social-le-tournesol"


def own_record(slug: str, **values) -> dict:
    """A record of the kiosk's own export (source "kiosk", id = slug): it points at a hand-written partner."""
    return {"source": "kiosk", "id": slug, "nom": values.pop("nom", "CAF"), **values}


def catalogue_partners(context) -> list[dict]:
    return export_content(context.db)["partners"]


def test_a_record_pointing_at_a_hand_written_partner_only_raises_a_flag(context, tmp_path):
    before = catalogue_partners(context)
    report = import_partners(context, write(tmp_path, [own_record(
        "caf", telephone="0899000000", site_web="https://evil.example", adresse="1 rue Ailleurs")]))
    assert catalogue_partners(context) == before  # residents see nothing of it
    assert [(e.slug, e.reason) for e in report.flagged] == [("caf", (
        "Written or edited by the assistant: other values kept for review (adresse, telephone, site_web)."))]
    assert report.updated == [] and report.created == []
    item = partner_review_of(context.db, "caf")
    assert item.fields == ("adresse", "telephone", "site_web")
    assert item.current == {"adresse": "", "telephone": "", "site_web": "https://www.caf.fr"}
    assert item.offered == {"adresse": "1 rue Ailleurs", "telephone": "0899000000", "site_web": "https://evil.example"}
    assert (item.source, item.flagged_on) == ("kiosk", NOW.date())


def test_an_imported_partner_edited_since_is_flagged_not_overwritten(context, tmp_path):
    import_partners(context, write(tmp_path, sample()))
    draft = load_item(context.db, "partner", SLUG)
    draft.telephone = "02 41 00 00 00"  # the assistant's own number
    save_draft(context.db, draft, NOW)
    structure, service = sample()
    structure.update(telephone="+33241999999", commune="Trélazé")
    report = import_partners(context, write(tmp_path, [structure, service]))
    assert report.updated == []
    assert [e.slug for e in report.flagged] == [SLUG]
    p = partner(context, SLUG)
    assert (p["telephone"], p["commune"]) == ("02 41 00 00 00", "Angers")  # not even the untouched commune
    assert partner_review_of(context.db, SLUG).offered == {"commune": "Trélazé", "telephone": "+33241999999"}


@pytest.mark.parametrize("edit", ["translation", "sites", "reverted by a catalogue"])
def test_any_change_to_an_imported_partner_counts_as_an_edit(context, tmp_path, edit):
    import_partners(context, write(tmp_path, sample()))
    draft = load_item(context.db, "partner", SLUG)
    if edit == "translation":
        draft.description = {**draft.description, "en": "A social centre."}
        save_draft(context.db, draft, NOW)
    elif edit == "sites":
        draft.sites = []
        save_draft(context.db, draft, NOW)
    else:  # changed elsewhere and published: a catalogue swap brings it in
        from kiosk.apply import apply_bundle
        from kiosk.bundle import parse_bundle
        content = export_content(context.db)
        for item in content["partners"]:
            if item["slug"] == SLUG:
                item["telephone"] = "0241000000"
        apply_bundle(context.db, parse_bundle(catalogue_bytes(mini_catalogue(version=2, **content))),
                     source="test", now=NOW)
    before = partner(context, SLUG)
    structure, service = sample()
    structure.update(adresse="3 place Nouvelle")
    report = import_partners(context, write(tmp_path, [structure, service]))
    assert partner(context, SLUG) == before
    assert [e.slug for e in report.flagged] == [SLUG]


def test_accepting_takes_the_values_as_an_edit_that_can_be_taken_back(context, tmp_path):
    import_partners(context, write(tmp_path, [own_record("caf", telephone="0241000000",
                                                         horaires_accueil="Mo-Fr 09:00-12:00")]))
    assert [i.slug for i in partners_to_review(context.db)] == ["caf"]
    assert accept_partner_values(context.db, "caf", LATER) is True
    p = partner(context, "caf")
    assert (p["telephone"], p["horaires_accueil"]) == ("0241000000", "Mo-Fr 09:00-12:00")
    assert partners_to_review(context.db) == []
    [entry] = history(context.db, "partner", "caf")
    assert set(entry.changes) == {"telephone", "horaires_accueil"}
    revert(context.db, entry.id, LATER)
    assert "telephone" not in partner(context, "caf")
    assert accept_partner_values(context.db, "caf", LATER) is False  # nothing waits any more
    with pytest.raises(KioskError, match="no partner"):
        accept_partner_values(context.db, "nobody", LATER)


def test_keeping_the_assistants_values_is_remembered(context, tmp_path):
    record = own_record("caf", telephone="0899000000")
    import_partners(context, write(tmp_path, [record]))
    assert keep_partner_values(context.db, "caf") is True
    assert partner_review_of(context.db, "caf") is None
    assert keep_partner_values(context.db, "caf") is False
    report = import_partners(context, write(tmp_path, [record]))  # the same value: no new flag
    assert report.flagged == [] and partner_review_of(context.db, "caf") is None
    report = import_partners(context, write(tmp_path, [{**record, "telephone": "0899000001"}]))
    assert [e.slug for e in report.flagged] == ["caf"]
    assert partner_review_of(context.db, "caf").offered == {"telephone": "0899000001"}
    assert "telephone" not in partner(context, "caf")


def test_flags_are_local_data_kept_by_a_catalogue_swap_and_never_published(context, tmp_path):
    import_partners(context, write(tmp_path, [own_record("caf", telephone="0899000000")]))
    assert m.PartnerReview.__table__ not in m.CATALOGUE_TABLES
    from kiosk.apply import apply_bundle
    from kiosk.bundle import parse_bundle
    apply_bundle(context.db, parse_bundle(catalogue_bytes(mini_catalogue(version=2))), source="test", now=NOW)
    assert partner_review_of(context.db, "caf").offered == {"telephone": "0899000000"}
    assert "0899000000" not in str(export_content(context.db))


def test_a_partner_imported_before_the_kiosk_kept_track_is_flagged(context, tmp_path):
    import_partners(context, write(tmp_path, sample()))
    with context.db.session() as session, session.begin():
        session.scalars(select(m.PartnerOrigin)).one().imported = None  # as migration 0007 leaves them
    structure, service = sample()
    structure.update(telephone="+33241999999")
    report = import_partners(context, write(tmp_path, [structure, service]))
    assert [e.slug for e in report.flagged] == [SLUG] and report.updated == []


def test_a_catalogue_swap_that_leaves_the_partner_as_it_was_is_not_an_edit(context, tmp_path):
    from kiosk.apply import apply_bundle
    from kiosk.bundle import parse_bundle
    import_partners(context, write(tmp_path, sample()))
    apply_bundle(context.db, parse_bundle(catalogue_bytes(mini_catalogue(version=2, **export_content(context.db)))),
                 source="test", now=NOW)
    structure, service = sample()
    structure.update(telephone="+33241999999")
    report = import_partners(context, write(tmp_path, [structure, service]))
    assert [e.reason for e in report.updated] == ["Updated: telephone."] and report.flagged == []


def test_the_command_line_says_what_was_flagged(tmp_path):
    from tests.kiosk.test_import_partners import kiosk_command
    home = tmp_path / "home"
    record = {"source": "kiosk", "id": "caf-maine-et-loire", "nom": "Caf", "telephone": "0899000000"}
    out = kiosk_command("import", "partners", str(write(tmp_path, [record])), home=home)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("0 created, 0 updated, 1 flagged for review, 0 skipped.")
    assert "Flagged for review:\n  partner caf-maine-et-loire -> caf-maine-et-loire: Written or edited by the " \
           "assistant: other values kept for review (name, telephone)." in out.stdout
    record["telephone"] = "0899000001"  # another value: flagged again, in the JSON too
    out = kiosk_command("import", "partners", str(write(tmp_path, [record])), "--json", home=home)
    assert [e["slug"] for e in json.loads(out.stdout)["flagged"]] == ["caf-maine-et-loire"]


def test_a_partner_deleted_since_its_import_is_not_brought_back(context, tmp_path):
    from kiosk.editing import delete_item
    path = write(tmp_path, sample())
    import_partners(context, path)
    delete_item(context.db, "partner", SLUG, NOW)
    before = catalogue_partners(context)
    report = import_partners(context, path)  # once raised an IntegrityError (the origin row was still there)
    assert [(e.slug, e.reason.split(";")[0]) for e in report.skipped] == [
        (SLUG, "Deleted from the catalogue since it was imported")]
    assert report.created == [] and catalogue_partners(context) == before
    [entry] = history(context.db, "partner", SLUG)
    revert(context.db, entry.id, LATER)  # brought back: followed again, as it was when imported
    structure, service = sample()
    structure.update(telephone="+33241999999")
    report = import_partners(context, write(tmp_path, [structure, service]))
    assert [e.reason for e in report.updated] == ["Updated: telephone."]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_in_place_of_a_file_is_refused_at_once(context, tmp_path):
    from kiosk.importers import import_fiches
    os.mkfifo(tmp_path / "di.json")  # reading it would wait for a writer for ever
    before = catalogue_partners(context)
    with pytest.raises(KioskError, match="is not a file"):
        import_partners(context, tmp_path / "di.json")
    os.mkfifo(tmp_path / "F1341.xml")
    with pytest.raises(KioskError, match="is not a file"):
        import_fiches(context, tmp_path / "F1341.xml")
    assert catalogue_partners(context) == before
