"""Typed SQLAlchemy models: catalogue content and local data (DESIGN.md section 3).

Catalogue content is replaced wholesale when a catalogue is applied; local data (settings, PINs,
sync history, statistics) is never touched by that. Every text a person reads is a ``LocalText``:
a JSON object with one value per language code, French always present.

The full-text index ``search_index`` is an FTS5 virtual table created by the migrations and filled
by ``kiosk.search``; it is not mapped here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (JSON, Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer,
                        MetaData, String, Text, UniqueConstraint, false)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

LocalText = dict[str, str]

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        LocalText: JSON,
        dict[str, Any]: JSON,
        list[str]: JSON,
        list[dict[str, Any]]: JSON,
        dict[str, list[str]]: JSON,
    }


# --- catalogue content -------------------------------------------------------------------------


class CatalogueInfo(Base):
    """The applied catalogue's envelope: one row, id 1."""

    __tablename__ = "catalogue_info"

    id: Mapped[int] = mapped_column(primary_key=True)
    format_version: Mapped[int]
    version: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[dt.datetime] = mapped_column(DateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(Text)


class Language(Base):
    __tablename__ = "languages"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    direction: Mapped[str] = mapped_column(String(3))
    position: Mapped[int]


class Site(Base):
    __tablename__ = "sites"

    slug: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[LocalText]


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int]
    title: Mapped[LocalText]
    description: Mapped[LocalText | None]
    pictogram: Mapped[str] = mapped_column(String(80))

    procedures: Mapped[list[Procedure]] = relationship(
        back_populates="category", order_by="Procedure.position"
    )


class Document(Base):
    """A document residents are asked for (pièce justificative), shared between procedures."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[LocalText]
    what: Mapped[LocalText]
    looks_like: Mapped[LocalText | None]
    where_to_get: Mapped[LocalText | None]
    pictogram: Mapped[str] = mapped_column(String(80))
    sources: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    to_check: Mapped[list[str]] = mapped_column(default=list)


class Partner(Base):
    """A local service; field names follow data·inclusion."""

    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[LocalText | None]
    adresse: Mapped[str | None] = mapped_column(String(300))
    complement_adresse: Mapped[str | None] = mapped_column(String(300))
    code_postal: Mapped[str | None] = mapped_column(String(5))
    commune: Mapped[str | None] = mapped_column(String(100))
    telephone: Mapped[str | None] = mapped_column(String(40))
    courriel: Mapped[str | None] = mapped_column(String(200))
    site_web: Mapped[str | None] = mapped_column(Text)
    horaires_accueil: Mapped[str | None] = mapped_column(Text)
    horaires_texte: Mapped[str | None] = mapped_column(Text)
    thematiques: Mapped[list[str]] = mapped_column(default=list)
    sites: Mapped[list[str]] = mapped_column(default=list)
    sources: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    to_check: Mapped[list[str]] = mapped_column(default=list)


class Procedure(Base):
    __tablename__ = "procedures"
    # A category's published procedures in order, and their count, from the index alone: the
    # rows themselves (their texts in five languages) are large.
    __table_args__ = (Index("ix_procedures_listing", "category_id", "status", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    position: Mapped[int]
    status: Mapped[str] = mapped_column(String(10), default="published")
    #: Shown on the A4 info flash (``kiosk flash``), with a QR code to its checklist.
    featured: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    title: Mapped[LocalText]
    summary: Mapped[LocalText]
    audience: Mapped[LocalText | None]
    mode: Mapped[str] = mapped_column(String(10))
    cost: Mapped[LocalText | None]
    duration: Mapped[LocalText | None]
    online_service: Mapped[str | None] = mapped_column(Text)
    links: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    keywords: Mapped[dict[str, list[str]]] = mapped_column(default=dict)
    helper_notes: Mapped[LocalText | None]
    sources: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    to_check: Mapped[list[str]] = mapped_column(default=list)

    category: Mapped[Category] = relationship(back_populates="procedures")
    steps: Mapped[list[Step]] = relationship(order_by="Step.position", cascade="all, delete-orphan")
    documents: Mapped[list[ProcedureDocument]] = relationship(
        order_by="ProcedureDocument.position", cascade="all, delete-orphan"
    )
    partners: Mapped[list[ProcedurePartner]] = relationship(
        order_by="ProcedurePartner.position", cascade="all, delete-orphan"
    )
    eligibility: Mapped[list[EligibilityQuestion]] = relationship(
        order_by="EligibilityQuestion.position", cascade="all, delete-orphan"
    )


class ProcedureDocument(Base):
    """A document a procedure asks for, with what this procedure needs of it."""

    __tablename__ = "procedure_documents"

    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedures.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    note: Mapped[LocalText | None]
    optional: Mapped[bool] = mapped_column(Boolean, default=False)

    document: Mapped[Document] = relationship()


class Step(Base):
    __tablename__ = "steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedures.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(10))
    text: Mapped[LocalText]
    url: Mapped[str | None] = mapped_column(Text)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"))

    partner: Mapped[Partner | None] = relationship()


class ProcedurePartner(Base):
    """A partner who can help with a procedure ("who nearby can help")."""

    __tablename__ = "procedure_partners"

    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedures.id", ondelete="CASCADE"), primary_key=True
    )
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), primary_key=True)
    position: Mapped[int]

    partner: Mapped[Partner] = relationship()


class EligibilityQuestion(Base):
    """An "is this for me?" question of a procedure: yes or no, and what to do otherwise.

    ``relevant_if`` ("yes" or "no") is the answer that keeps the procedure relevant; the other
    answer ends the questions with ``otherwise`` and, when there is one, the partner's card.
    """

    __tablename__ = "eligibility_questions"
    __table_args__ = (CheckConstraint("relevant_if IN ('yes', 'no')", name="relevant_if"),)

    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedures.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    question: Mapped[LocalText]
    relevant_if: Mapped[str] = mapped_column(String(3))
    otherwise: Mapped[LocalText]
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"))


class Announcement(Base):
    """An "info flash" shown on the home screen between two dates."""

    __tablename__ = "announcements"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    text: Mapped[LocalText]
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    sites: Mapped[list[str]] = mapped_column(default=list)


class GlossaryEntry(Base):
    """A word residents may not know (CAF, avis d'imposition...), explained, or pointing to a document."""

    __tablename__ = "glossary_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    term: Mapped[LocalText]
    also: Mapped[dict[str, list[str]]] = mapped_column(default=dict)
    explanation: Mapped[LocalText | None]
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    sources: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    to_check: Mapped[list[str]] = mapped_column(default=list)


class Term(Base):
    """The term base: a key term's one translation per language, and translations not to use."""

    __tablename__ = "terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    term: Mapped[LocalText]
    also: Mapped[dict[str, list[str]]] = mapped_column(default=dict)
    wrong: Mapped[dict[str, list[str]]] = mapped_column(default=dict)
    note: Mapped[str | None] = mapped_column(Text)


class TranslationReview(Base):
    """Who reviewed a translation, when, and against which French (``kiosk.reviews``)."""

    __tablename__ = "translation_reviews"
    __table_args__ = (UniqueConstraint("lang", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lang: Mapped[str] = mapped_column(String(3))
    key: Mapped[str] = mapped_column(String(300))
    by: Mapped[str] = mapped_column(String(40))
    on: Mapped[dt.date] = mapped_column(Date)
    #: The first 16 hex digits of the sha256 of the French reviewed against.
    source: Mapped[str] = mapped_column(String(16))


#: Catalogue tables, children first: the order in which a catalogue swap empties them.
CATALOGUE_TABLES = [
    TranslationReview.__table__,
    GlossaryEntry.__table__,
    Term.__table__,
    EligibilityQuestion.__table__,
    ProcedurePartner.__table__,
    ProcedureDocument.__table__,
    Step.__table__,
    Procedure.__table__,
    Announcement.__table__,
    Partner.__table__,
    Document.__table__,
    Category.__table__,
    Site.__table__,
    Language.__table__,
    CatalogueInfo.__table__,
]


# --- local data (kept across catalogue swaps) --------------------------------------------------
# Settings, PINs, sync history, statistics; on the assistant's PC also what the importers know
# about the official sources (FicheReview, PartnerOrigin, PartnerReview).


class Setting(Base):
    """One declared setting's value (see ``kiosk.settings``)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Pin(Base):
    """A PIN for an elevated mode, as a salted slow hash, with its lockout state."""

    __tablename__ = "pins"

    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    hash: Mapped[str] = mapped_column(String(300))
    failures: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SyncAttempt(Base):
    """One attempt to sync the central catalogue (DESIGN.md 4.4 rule 7)."""

    __tablename__ = "sync_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    source: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int | None] = mapped_column(Integer)


class SyncSource(Base):
    """The signature last verified over the catalogue in use, and where it came from: one row, id 1.

    A sync that finds the very same signature again knows there is nothing new without fetching
    catalogue.json; over HTTP it asks for the signature conditionally (``etag`` and
    ``last_modified`` of the signature file), so an unchanged catalogue costs one small round
    trip. The row counts only while ``source`` is the same, ``sha256`` is still the applied
    catalogue's and ``signed_by``, the key that verified it, is still trusted.
    """

    __tablename__ = "sync_source"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(100))
    signed_by: Mapped[str] = mapped_column(String(100))
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(100))


class FicheReview(Base):
    """The official fiche a procedure follows, and whether it changed since (editor-side data).

    Local data, kept across catalogue swaps and never published: kiosks only ever see the
    procedure itself (its ``sources`` name the fiche and the date of the version its text is
    based on; a flagged procedure also carries a ``to_check`` note for mediators). Keyed by the
    procedure's slug, since a swap gives catalogue rows new ids.

    ``official`` holds what the kiosk takes from the fiche (title, summary, online services,
    documents, where to go, a fingerprint of the rest) as of ``modified_on``, the version the
    procedure's text is based on; None when the procedure was written by hand before it followed
    the fiche. A newer version that differs raises the review flag: ``review_since`` (the day it
    was imported), its date ``review_modified_on``, ``review_changes`` (e.g. ["titre",
    "services en ligne"]) and its values ``review_official``, kept aside for the editor.
    """

    __tablename__ = "fiche_reviews"

    procedure_slug: Mapped[str] = mapped_column(String(80), primary_key=True)
    fiche_id: Mapped[str] = mapped_column(String(8), unique=True)
    modified_on: Mapped[dt.date | None] = mapped_column(Date)
    official: Mapped[dict[str, Any] | None]
    imported_on: Mapped[dt.date] = mapped_column(Date)
    review_since: Mapped[dt.date | None] = mapped_column(Date)
    review_modified_on: Mapped[dt.date | None] = mapped_column(Date)
    review_changes: Mapped[list[str]] = mapped_column(default=list)
    review_official: Mapped[dict[str, Any] | None]


class PartnerOrigin(Base):
    """Where an imported partner comes from in data·inclusion (editor-side data, never published).

    ``source`` and ``external_id`` are the record's data·inclusion ``source`` and ``id``, and
    ``date_maj`` its date of change there; ``extra`` keeps the structure fields the kiosk does not
    use (SIRET, INSEE code, coordinates, source link), so that an export gives them back.
    Partners written by hand have no row: they are exported with the source "kiosk".

    ``imported`` is the partner as the import that created it, or its latest direct update, left
    it (its fields as ``PartnerReview`` names them). While the partner still says exactly that,
    nobody has edited it since, and a newer record updates it directly; once it differs (an
    edit in the editor, a catalogue from elsewhere), or when it is None (the partner was not
    created by an import, or before the kiosk kept track), a different value in a record only
    raises a review flag (``PartnerReview``).
    """

    __tablename__ = "partner_origins"
    __table_args__ = (UniqueConstraint("source", "external_id"),)

    partner_slug: Mapped[str] = mapped_column(String(80), primary_key=True)
    source: Mapped[str] = mapped_column(String(100))
    external_id: Mapped[str] = mapped_column(String(300))
    date_maj: Mapped[dt.date | None] = mapped_column(Date)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    imported: Mapped[dict[str, Any] | None]


class PartnerReview(Base):
    """Values a data·inclusion record offers for a partner the assistant wrote or edited
    (editor-side data, kept across catalogue swaps, never published).

    An import never changes such a partner: each field whose value in the record differs is
    kept aside here, in ``offered`` ({field: value}, fields as the importer reads them:
    "name", "description" (French), "adresse", "complement_adresse", "code_postal", "commune",
    "telephone", "courriel", "site_web", "hours", "thematiques"), from the day ``flagged_on``,
    until the assistant accepts them or keeps the partner's own. ``kept`` remembers the offered
    values the assistant chose not to take, so that the same value does not raise the flag again.
    Keyed by the partner's slug, since a swap gives catalogue rows new ids.
    """

    __tablename__ = "partner_reviews"

    partner_slug: Mapped[str] = mapped_column(String(80), primary_key=True)
    source: Mapped[str] = mapped_column(String(100))
    flagged_on: Mapped[dt.date | None] = mapped_column(Date)
    offered: Mapped[dict[str, Any]] = mapped_column(default=dict)
    kept: Mapped[dict[str, Any]] = mapped_column(default=dict)


class EditRecord(Base):
    """One save in the assistant's editor (editor-side data, never published).

    ``kind`` is what was saved ("procedure", "partner", "announcement", "category", "document")
    and ``slug`` which one; ``before`` and ``after`` are that item as the catalogue file writes
    it (None: it did not exist before, or was deleted); ``changes`` names the fields that
    changed. Taking an item back to an earlier version saves ``before`` again, as a new record.
    """

    __tablename__ = "edit_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))
    slug: Mapped[str] = mapped_column(String(80), index=True)
    action: Mapped[str] = mapped_column(String(10))
    changes: Mapped[list[str]] = mapped_column(default=list)
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]


#: The events a statistics counter may count (``kiosk.stats.Event`` names them in code). The CHECK
#: constraints below, and migrations 0003, 0009 ("desk") and 0012 ("is this for me?"), list the
#: same values; tests/kiosk/test_stats.py checks it.
STAT_EVENTS = ("viewed", "guide_started", "guide_finished", "taken_away", "printed",
               "helpful_yes", "helpful_no", "category_viewed", "search_empty", "desk",
               "probably_for_me", "probably_not_for_me")


def _stat_slug_check(column: str) -> str:
    return (f"typeof({column}) = 'text' AND length({column}) <= 80 "
            f"AND {column} NOT GLOB '*[^a-z0-9-]*'")


class StatCounter(Base):
    """An anonymous aggregate counter (DESIGN.md section 6): no time of day, no free text.

    Empty strings stand for "not about a procedure / category / language". The CHECK constraints
    make sure that no column can hold text a resident typed, whatever code writes to the table:
    a calendar day and nothing more, one of ``STAT_EVENTS``, slugs of ``[a-z0-9-]`` (at most 80),
    a language code of ``[a-z]`` (at most 3), a whole count from 0.
    """

    __tablename__ = "stat_counters"
    __table_args__ = (
        # date() gives back exactly its argument only for a valid 'YYYY-MM-DD' (no time of day), and
        # NULL for anything else: IS, not =, since a CHECK that gives NULL passes.
        CheckConstraint("day IS date(day)", name="day"),
        CheckConstraint("event IN (" + ", ".join(f"'{e}'" for e in STAT_EVENTS) + ")", name="event"),
        CheckConstraint(_stat_slug_check("procedure_slug"), name="procedure_slug"),
        CheckConstraint(_stat_slug_check("category_slug"), name="category_slug"),
        CheckConstraint("typeof(language) = 'text' AND length(language) <= 3 "
                        "AND language NOT GLOB '*[^a-z]*'", name="language"),
        # typeof: SQLite would keep a text "count" as text, and text compares above any number.
        CheckConstraint("typeof(count) = 'integer' AND count >= 0", name="count"),
    )

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    event: Mapped[str] = mapped_column(String(20), primary_key=True)
    procedure_slug: Mapped[str] = mapped_column(String(80), primary_key=True, default="")
    category_slug: Mapped[str] = mapped_column(String(80), primary_key=True, default="")
    language: Mapped[str] = mapped_column(String(3), primary_key=True, default="")
    count: Mapped[int] = mapped_column(default=0)
