"""What screens and commands ask of the catalogue, as plain data objects.

Screens never query the database: they call these functions (off the UI thread where they may
take longer than a frame) and get frozen dataclasses back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, selectinload

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


def procedures_in(db: Database, category_slug: str, lang: str, *, offset: int = 0,
                  limit: int | None = None) -> tuple[list[ProcedureCard], int]:
    """A page of a category's published procedures in catalogue order, and how many there are."""
    where = (m.Category.slug == category_slug, m.Procedure.status == "published")
    with db.session() as session:
        total = session.scalar(select(func.count()).select_from(m.Procedure).join(m.Category).where(*where))
        rows = session.execute(
            select(m.Procedure.slug, m.Procedure.title, m.Procedure.summary, m.Procedure.mode)
            .join(m.Category).where(*where)
            .order_by(m.Procedure.position).offset(offset).limit(limit)
        )
        cards = [ProcedureCard(r.slug, localize(r.title, lang), localize(r.summary, lang), r.mode) for r in rows]
        return cards, total or 0


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


# --- one procedure, as the procedure, guide and take-away screens show it ----------------------


@dataclass(frozen=True)
class DocumentView:
    """A document a resident is asked for, with its plain explanation."""

    slug: str
    title: Localized
    what: Localized
    looks_like: Localized
    where_to_get: Localized
    pictogram: str


@dataclass(frozen=True)
class ChecklistItem:
    """A document in a procedure's checklist, with what this procedure needs of it."""

    document: DocumentView
    note: Localized
    optional: bool


@dataclass(frozen=True)
class PartnerView:
    """A local partner, with its data·inclusion fields."""

    slug: str
    name: str
    description: Localized
    address: str
    telephone: str
    email: str
    website: str
    opening_hours: str
    opening_hours_text: str
    themes: tuple[str, ...]
    to_check: tuple[str, ...]


@dataclass(frozen=True)
class StepView:
    kind: str
    text: Localized
    url: str
    partner: PartnerView | None


@dataclass(frozen=True)
class ProcedureView:
    slug: str
    category_slug: str
    category: Localized
    category_pictogram: str
    title: Localized
    summary: Localized
    audience: Localized
    mode: str
    cost: Localized
    duration: Localized
    online_service: str
    checklist: tuple[ChecklistItem, ...]
    steps: tuple[StepView, ...]
    partners: tuple[PartnerView, ...]
    helper_notes: Localized
    checked_on: dt.date | None
    to_check: tuple[str, ...]

    def has_fallback(self) -> bool:
        """Whether any text shown is the French one, for want of a translation."""
        texts = [self.title, self.summary, self.audience, self.cost, self.duration]
        texts += [item.document.title for item in self.checklist] + [item.note for item in self.checklist]
        texts += [step.text for step in self.steps]
        return any(text.fallback for text in texts)


def _document_view(d: m.Document, lang: str) -> DocumentView:
    return DocumentView(d.slug, localize(d.title, lang), localize(d.what, lang),
                        localize(d.looks_like, lang), localize(d.where_to_get, lang), d.pictogram)


def _partner_view(p: m.Partner, lang: str) -> PartnerView:
    town = " ".join(part for part in (p.code_postal, p.commune) if part)
    address = ", ".join(part for part in (p.adresse, p.complement_adresse, town) if part)
    return PartnerView(
        slug=p.slug, name=p.name, description=localize(p.description, lang), address=address,
        telephone=p.telephone or "", email=p.courriel or "", website=p.site_web or "",
        opening_hours=p.horaires_accueil or "", opening_hours_text=p.horaires_texte or "",
        themes=tuple(p.thematiques), to_check=tuple(p.to_check),
    )


def load_procedure(db: Database, slug: str, lang: str) -> ProcedureView | None:
    """Everything about one published procedure in ``lang``; None when there is no such procedure."""
    with db.session() as session:
        p = session.scalars(
            select(m.Procedure)
            .where(m.Procedure.slug == slug, m.Procedure.status == "published")
            .options(
                joinedload(m.Procedure.category),
                selectinload(m.Procedure.documents).joinedload(m.ProcedureDocument.document),
                selectinload(m.Procedure.steps).joinedload(m.Step.partner),
                selectinload(m.Procedure.partners).joinedload(m.ProcedurePartner.partner),
            )
        ).first()
        if p is None:
            return None
        checked = [dt.date.fromisoformat(s["checked_on"]) for s in p.sources if s.get("checked_on")]
        return ProcedureView(
            slug=p.slug,
            category_slug=p.category.slug,
            category=localize(p.category.title, lang),
            category_pictogram=p.category.pictogram,
            title=localize(p.title, lang),
            summary=localize(p.summary, lang),
            audience=localize(p.audience, lang),
            mode=p.mode,
            cost=localize(p.cost, lang),
            duration=localize(p.duration, lang),
            online_service=p.online_service or "",
            checklist=tuple(
                ChecklistItem(_document_view(item.document, lang), localize(item.note, lang), item.optional)
                for item in p.documents
            ),
            steps=tuple(
                StepView(s.kind, localize(s.text, lang), s.url or "",
                         _partner_view(s.partner, lang) if s.partner else None)
                for s in p.steps
            ),
            partners=tuple(_partner_view(link.partner, lang) for link in p.partners),
            helper_notes=localize(p.helper_notes, lang),
            checked_on=max(checked) if checked else None,
            to_check=tuple(p.to_check),
        )


def load_document(db: Database, slug: str, lang: str) -> DocumentView | None:
    with db.session() as session:
        d = session.scalars(select(m.Document).where(m.Document.slug == slug)).first()
        return None if d is None else _document_view(d, lang)


def partners(db: Database, site: str, lang: str) -> list[PartnerView]:
    """The partners of this site (a partner naming no site serves all), by name."""
    with db.session() as session:
        rows = session.scalars(select(m.Partner).order_by(m.Partner.name))
        return [_partner_view(p, lang) for p in rows if not p.sites or site in p.sites]


def site_name(db: Database, site: str, lang: str) -> Localized:
    with db.session() as session:
        row = session.get(m.Site, site)
        return localize(row.name if row else None, lang)


def sync_history(db: Database, limit: int = 20) -> list[m.SyncAttempt]:
    """The last sync attempts, newest first (for the admin screen)."""
    with db.session() as session:
        return list(session.scalars(
            select(m.SyncAttempt).order_by(m.SyncAttempt.at.desc(), m.SyncAttempt.id.desc()).limit(limit)))
