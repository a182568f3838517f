"""A small catalogue of partners with known hours, and a clock the test can move."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.context import open_context
from tests.conftest import NOW, catalogue_bytes, mini_catalogue

#: The staff's note on the mediator: it must never reach the screen.
STAFF_NOTE = "Horaires relevés sur l'affiche de l'accueil, à confirmer par téléphone."

PARTNERS = [
    {"slug": "maison-quartier-roseraie", "name": "Maison de quartier de La Roseraie",
     "description": {"fr": "Un médiateur numérique vous aide.", "en": "A digital mediator helps you.",
                     "ar": "CAF و ameli: يساعدك وسيط رقمي."},
     "adresse": "1 bis rue Bergson", "code_postal": "49000", "commune": "Angers",
     "telephone": "02 41 00 00 00",
     "horaires_accueil": "Mo-Fr 09:00-12:00,14:00-17:00; PH off",
     "thematiques": ["numerique--acceder-a-des-services-en-ligne", "remobilisation--lien-social"],
     "sites": ["roseraie"], "to_check": [STAFF_NOTE]},
    {"slug": "caf", "name": "CAF", "telephone": "3230",
     "description": {"fr": "Les allocations familiales."},
     "horaires_accueil": "le lundi de 9h à 12h", "horaires_texte": "Le lundi de 9 h à 12 h",
     "thematiques": ["famille--soutien-a-la-parentalite"], "sites": ["roseraie"]},
    {"slug": "cpam", "name": "CPAM", "telephone": "3646", "description": {"fr": "L'assurance maladie.", "ar": "التأمين الصحي."},
     "thematiques": ["sante--acces-aux-soins"], "sites": ["roseraie"]},
    {"slug": "france-services", "name": "France Services", "site_web": "https://www.france-services.gouv.fr",
     "description": {"fr": "Un agent vous aide pour vos démarches."},
     "horaires_accueil": "Tu 09:00-12:00",
     "thematiques": ["acces-aux-droits-et-citoyennete--accompagnement-dans-les-demarches-administratives"],
     "sites": ["roseraie"]},
    {"slug": "ailleurs", "name": "Ailleurs", "telephone": "02 41 00 00 01", "thematiques": ["numerique--acceder-a-du-materiel"],
     "sites": ["monplaisir"]},
]


class Clock:
    """The context's clock, set by the test (naive UTC)."""

    def __init__(self, now: dt.datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def write_catalogue(path: Path, partners: list[dict]) -> Path:
    data = mini_catalogue(partners=partners,
                          sites=[{"slug": "roseraie", "name": {"fr": "La Roseraie"}},
                                 {"slug": "monplaisir", "name": {"fr": "Monplaisir"}}])
    path.write_bytes(catalogue_bytes(data))
    return path


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def partners_context(home, tmp_path, clock):
    """A kiosk whose partners are PARTNERS, on the test's clock."""
    context = open_context(home, clock=clock, starter=write_catalogue(tmp_path / "partners.json", PARTNERS))
    yield context
    context.close()


def card_text(source: str, **values: str) -> str:
    """A partner card's sentence as the card shows it, in whatever interface language is installed."""
    return QCoreApplication.translate("PartnerCard", source).format(**values)
