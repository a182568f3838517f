"""Fixtures shared by core and UI tests: a temporary KIOSK_HOME and a small valid catalogue."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = dt.datetime(2026, 11, 25, 10, 0, 0)


def _text(fr: str, ar: str | None = None) -> dict[str, str]:
    values = {"fr": fr, "en": f"{fr} (en)"}
    if ar:
        values["ar"] = ar
    return values


MINI_CATALOGUE = {
    "format": "kiosk-catalogue",
    "format_version": 1,
    "version": 1,
    "published_at": "2026-11-01T00:00:00Z",
    "expires_at": "2027-05-01T00:00:00Z",
    "languages": [
        {"code": "fr", "name": "Français", "direction": "ltr"},
        {"code": "en", "name": "English", "direction": "ltr"},
        {"code": "ar", "name": "العربية", "direction": "rtl"},
    ],
    "sites": [{"slug": "roseraie", "name": {"fr": "La Roseraie"}}],
    "categories": [
        {"slug": "health", "title": _text("Santé", "الصحة"), "pictogram": "category-health"},
        {"slug": "papers", "title": _text("Papiers", "الوثائق"), "pictogram": "category-papers"},
    ],
    "documents": [
        {"slug": "proof-of-address", "title": _text("Justificatif de domicile"),
         "what": _text("Un papier qui prouve où vous habitez."), "pictogram": "proof-of-address"},
    ],
    "partners": [
        {"slug": "caf", "name": "CAF", "site_web": "https://www.caf.fr", "sites": ["roseraie"]},
    ],
    "procedures": [
        {"slug": "complementaire-sante-solidaire", "category": "health",
         "title": _text("Complémentaire santé solidaire", "التأمين الصحي التكميلي"),
         "summary": _text("Une aide pour payer vos dépenses de santé."), "mode": "both",
         "keywords": {"fr": ["CMU", "mutuelle"]},
         "documents": [{"document": "proof-of-address"}],
         "steps": [{"kind": "online", "text": _text("Allez sur ameli.fr."), "url": "https://www.ameli.fr"},
                   {"kind": "on_site", "text": _text("Allez à la CAF."), "partner": "caf"}],
         "partners": ["caf"],
         "sources": [{"url": "https://www.service-public.fr/particuliers/vosdroits/F10027",
                      "checked_on": "2026-11-25"}]},
        {"slug": "carte-identite", "category": "papers",
         "title": _text("Carte d'identité", "بطاقة الهوية"),
         "summary": _text("Demander une carte d'identité."), "mode": "both",
         "keywords": {"fr": ["papiers", "CNI"]},
         "documents": [], "steps": [],
         "sources": [{"url": "https://www.service-public.fr/particuliers/vosdroits/F1341",
                      "checked_on": "2026-11-25"}]},
    ],
    "announcements": [
        {"slug": "hello", "text": _text("Bienvenue"), "valid_from": "2026-11-01",
         "valid_until": "2026-12-31", "sites": ["roseraie"]},
    ],
}


def mini_catalogue(**changes) -> dict:
    """A deep copy of the small valid catalogue, with top-level keys replaced."""
    data = copy.deepcopy(MINI_CATALOGUE)
    data.update(changes)
    return data


def catalogue_bytes(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty KIOSK_HOME for this test."""
    path = tmp_path / "home"
    monkeypatch.setenv("KIOSK_HOME", str(path))
    return path


@pytest.fixture
def mini_starter(tmp_path: Path) -> Path:
    path = tmp_path / "mini.json"
    path.write_bytes(catalogue_bytes(mini_catalogue()))
    return path


@pytest.fixture
def context(home: Path, mini_starter: Path):
    """A kiosk on the small catalogue, with a fixed clock."""
    from kiosk.context import open_context

    ctx = open_context(home, clock=lambda: NOW, starter=mini_starter)
    yield ctx
    ctx.close()
