"""What screens and commands ask of the catalogue, as plain data objects.

Screens never query the database: they call these functions (off the UI thread where they may
take longer than a frame) and get frozen dataclasses back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from kiosk import models as m
from kiosk.database import Database
from kiosk.text import Localized, localize


@dataclass(frozen=True)
class LanguageInfo:
    code: str
    name: str
    direction: str


@dataclass(frozen=True)
class CategoryCard:
    slug: str
    title: Localized
    description: Localized
    pictogram: str
    procedure_count: int


@dataclass(frozen=True)
class ProcedureCard:
    slug: str
    title: Localized
    summary: Localized
    mode: str


@dataclass(frozen=True)
class AnnouncementView:
    slug: str
    text: Localized


@dataclass(frozen=True)
class CatalogueStatus:
    version: int
    sha256: str
    published_at: dt.datetime
    expires_at: dt.datetime
    outdated: bool
    source: str
    counts: dict[str, int]


def languages(db: Database) -> list[LanguageInfo]:
    with db.session() as session:
        rows = session.scalars(select(m.Language).order_by(m.Language.position))
        return [LanguageInfo(r.code, r.name, r.direction) for r in rows]


def categories(db: Database, lang: str) -> list[CategoryCard]:
    """The life-event categories in catalogue order, with their count of published procedures."""
    counts = (
        select(m.Procedure.category_id, func.count().label("n"))
        .where(m.Procedure.status == "published")
        .group_by(m.Procedure.category_id)
        .subquery()
    )
    with db.session() as session:
        rows = session.execute(
            select(m.Category, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.category_id == m.Category.id)
            .order_by(m.Category.position)
        )
        return [
            CategoryCard(c.slug, localize(c.title, lang), localize(c.description, lang), c.pictogram, n)
            for c, n in rows
        ]


def procedures_in(db: Database, category_slug: str, lang: str) -> list[ProcedureCard]:
    with db.session() as session:
        rows = session.scalars(
            select(m.Procedure)
            .join(m.Category)
            .where(m.Category.slug == category_slug, m.Procedure.status == "published")
            .order_by(m.Procedure.position)
        )
        return [
            ProcedureCard(p.slug, localize(p.title, lang), localize(p.summary, lang), p.mode) for p in rows
        ]


def announcements(db: Database, site: str, today: dt.date, lang: str) -> list[AnnouncementView]:
    """Announcements valid today for this site (an announcement naming no site is for all)."""
    with db.session() as session:
        rows = session.scalars(
            select(m.Announcement)
            .where(m.Announcement.valid_from <= today, m.Announcement.valid_until >= today)
            .order_by(m.Announcement.valid_from.desc(), m.Announcement.slug)
        )
        return [
            AnnouncementView(a.slug, localize(a.text, lang)) for a in rows if not a.sites or site in a.sites
        ]


def catalogue_status(db: Database, now: dt.datetime) -> CatalogueStatus | None:
    """The applied catalogue's envelope and counts; None when no catalogue is loaded."""
    with db.session() as session:
        info = session.get(m.CatalogueInfo, 1)
        if info is None:
            return None

        def count(model: type[m.Base]) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        return CatalogueStatus(
            version=info.version,
            sha256=info.sha256,
            published_at=info.published_at,
            expires_at=info.expires_at,
            outdated=now >= info.expires_at,
            source=info.source,
            counts={
                "procedures": count(m.Procedure),
                "categories": count(m.Category),
                "partners": count(m.Partner),
                "languages": count(m.Language),
                "documents": count(m.Document),
            },
        )


def last_sync(db: Database) -> m.SyncAttempt | None:
    with db.session() as session:
        return session.scalars(select(m.SyncAttempt).order_by(m.SyncAttempt.at.desc(), m.SyncAttempt.id.desc())).first()
