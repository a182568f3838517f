"""The official pages a catalogue's facts come from: which are main, which sites are official, their dates.

Each source of a procedure, document or partner has two dates (data/catalogue.schema.json):
``modified_on``, the page's own date (the "Vérifié le" / "Mis à jour le" a service-public.fr
page shows, or the day the copy was made when the page gives none), and ``checked_on``, the day
the catalogue's text was checked against that page.

The **main source** of an item is its first source: the official page the text follows, whose
date residents see ("Checked against service-public.fr (page of 12 March 2026)"). The sources
after it support single facts. ``main_sources`` is the one place that says so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

#: How many of an item's first sources are its main ones.
MAIN_SOURCES = 1

#: The official sites, in one place: a host is official when it is one of these or ends with
#: "." and one of them ("www.caf.fr", "www.ants.gouv.fr"). Public services and bodies with a
#: public-service mission only: a town hall of elsewhere, a press article or a lawyer's page is not.
OFFICIAL_DOMAINS = (
    "gouv.fr",                   # every ministry and State service: ants, impots, legifrance, MDPH...
    "service-public.fr",         # DILA: the official fiches
    "ameli.fr",                  # Assurance maladie
    "caf.fr",                    # Caisses d'allocations familiales
    "msa.fr",                    # Mutualité sociale agricole
    "francetravail.fr",          # France Travail
    "pole-emploi.fr",            # France Travail's former name, still on official pages
    "info-retraite.fr",          # the retirement schemes' joint service
    "lassuranceretraite.fr",     # Assurance retraite
    "agirc-arrco.fr",            # complementary pensions
    "urssaf.fr",
    "justice.fr",                # the Ministry of Justice's portal for the public
    "viatrajectoire.fr",         # the public platform for places in care homes (regional health agencies)
    "cnil.fr",
    "defenseurdesdroits.fr",
    "angers.fr",                 # the city of Angers
    "angersloiremetropole.fr",   # its metropolitan authority
    "maine-et-loire.fr",         # the département (MDA, APA, RSA)
    "paysdelaloire.fr",          # the region
    "europa.eu",                 # the European Union's official pages
    "securite-sociale.fr",       # the Sécurité sociale's own sites
    "banque-france.fr",          # Banque de France: over-indebtedness files, its public counters
    "mesquestionsdargent.fr",    # Banque de France's public portal on money questions
    "haute-vienne.fr",           # a département's page on the national care-home dossier (none stored for Maine-et-Loire)
)
#: Hosts of the Education nationale's académies and their schools (ac-nantes.fr, clg-x.ac-nice.fr).
OFFICIAL_HOST_PATTERN = re.compile(r"(^|\.)ac-[a-z-]+\.fr$")


def host_of(url: str) -> str:
    """The host of ``url`` in lower case, without "www." ("" when there is none)."""
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def is_official(url: str) -> bool:
    """Whether ``url`` is on an official site (``OFFICIAL_DOMAINS``), over http(s)."""
    if not url.lower().startswith(("https://", "http://")):
        return False
    host = host_of(url)
    return (any(host == domain or host.endswith("." + domain) for domain in OFFICIAL_DOMAINS)
            or OFFICIAL_HOST_PATTERN.search(host) is not None)


def main_sources(sources: Sequence[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """The main sources among ``sources`` (in the catalogue file's format)."""
    return list(sources or ())[:MAIN_SOURCES]


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def page_date(sources: Sequence[dict[str, Any]] | None) -> dt.date | None:
    """The oldest page date (``modified_on``) among the main sources; None when none gives one."""
    dates = [date for source in main_sources(sources) if (date := _date(source.get("modified_on")))]
    return min(dates) if dates else None


def checked_against(sources: Sequence[dict[str, Any]] | None) -> tuple[str, dt.date | None]:
    """What residents are told: the main source's site ("service-public.fr") and ``page_date``.

    ("", None) when there is no source.
    """
    main = main_sources(sources)
    return (host_of(str(main[0].get("url", ""))) if main else ""), page_date(sources)
