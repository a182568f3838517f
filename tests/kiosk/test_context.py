"""Starting a kiosk: the starter catalogue, and local data kept across catalogue swaps."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import models as m
from kiosk.apply import apply_bundle
from kiosk.bundle import parse_bundle
from kiosk.catalogue import announcements, catalogue_status, categories, procedures_in
from kiosk.context import open_context
from kiosk.database import database_path
from kiosk.errors import KioskError
from kiosk.search import search
from kiosk.settings import SETTINGS, get_setting, set_setting
from tests.conftest import NOW, catalogue_bytes, mini_catalogue


def test_starter_loaded_once(context):
    status = catalogue_status(context.db, NOW)
    assert status.version == 1 and status.source == "starter"
    assert status.counts["procedures"] == 2
    context.close()
    again = open_context(context.home, clock=lambda: NOW, starter=Path("/nonexistent.json"))
    assert catalogue_status(again.db, NOW).version == 1  # not read again
    again.close()


def test_real_starter_catalogue_loads(home: Path):
    context = open_context(home, clock=lambda: NOW)
    status = catalogue_status(context.db, NOW)
    assert status.counts["procedures"] >= 20 and status.counts["languages"] >= 5
    context.close()


def test_invalid_starter_is_refused_and_loads_nothing(home: Path, tmp_path: Path):
    data = mini_catalogue()
    del data["categories"]
    bad = tmp_path / "bad.json"
    bad.write_bytes(catalogue_bytes(data))
    with pytest.raises(KioskError, match="starter catalogue .* is not valid"):
        open_context(home, starter=bad)
    import sqlite3

    connection = sqlite3.connect(database_path(home))
    assert connection.execute("SELECT count(*) FROM procedures").fetchone()[0] == 0
    connection.close()


def test_missing_starter_is_refused(home: Path, tmp_path: Path):
    with pytest.raises(KioskError, match="cannot be read"):
        open_context(home, starter=tmp_path / "missing.json")


def test_swap_replaces_content_and_keeps_local_data(context):
    set_setting(context.db, "site", "belle-beille")
    with context.db.session() as session, session.begin():
        session.add(m.SyncAttempt(at=NOW, source="x", outcome="failed", reason="test"))
    data = mini_catalogue(version=2)
    data["procedures"] = data["procedures"][:1]
    data["procedures"][0]["title"]["fr"] = "Nouvelle complémentaire"
    apply_bundle(context.db, parse_bundle(catalogue_bytes(data)), source="test", now=NOW)

    assert catalogue_status(context.db, NOW).version == 2
    assert [c.slug for c in procedures_in(context.db, "health", "fr")[0]] == ["complementaire-sante-solidaire"]
    assert procedures_in(context.db, "papers", "fr") == ([], 0)
    assert search(context.db, "carte", "fr") == []
    assert search(context.db, "nouvelle", "fr")[0].slug == "complementaire-sante-solidaire"
    assert get_setting(context.db, "site") == "belle-beille"
    with context.db.session() as session:
        assert session.scalars(select(m.SyncAttempt.reason)).all() == ["test"]


def test_categories_fall_back_to_french(context):
    cards = categories(context.db, "uk")
    assert [c.title.text for c in cards] == ["Santé", "Papiers"]
    assert all(c.title.fallback for c in cards)
    assert [c.procedure_count for c in cards] == [1, 1]


def test_announcements_by_date_and_site(context):
    today = NOW.date()
    assert [a.slug for a in announcements(context.db, "roseraie", today, "fr")] == ["hello"]
    assert announcements(context.db, "elsewhere", today, "fr") == []
    assert announcements(context.db, "roseraie", today.replace(year=2027), "fr") == []


def test_every_declared_setting_has_a_default_of_its_type(context):
    for name, declared in SETTINGS.items():
        assert declared.description
        assert isinstance(declared.default, declared.type)
        assert get_setting(context.db, name) == declared.default


def test_load_procedure_in_arabic_with_fallbacks(context):
    from kiosk.catalogue import load_procedure

    view = load_procedure(context.db, "complementaire-sante-solidaire", "ar")
    assert view.title.text == "التأمين الصحي التكميلي" and not view.title.fallback
    assert view.summary.fallback and view.summary.lang == "fr"
    assert view.has_fallback()
    assert [s.kind for s in view.steps] == ["online", "on_site"]
    assert view.steps[1].partner.slug == "caf"
    assert view.checklist[0].document.slug == "proof-of-address"
    assert [p.slug for p in view.partners] == ["caf"]
    assert str(view.checked_on) == "2026-11-25"


def test_unknown_or_draft_procedure_is_none(context):
    from kiosk.catalogue import load_procedure

    assert load_procedure(context.db, "no-such-thing", "fr") is None
