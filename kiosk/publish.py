"""Publishing the catalogue in the database as a signed central catalogue (DESIGN.md 4.3).

The assistant's side of a sync: ``export_content`` is the inverse of ``kiosk.apply`` (database
rows back to the catalogue.json format); ``publish`` puts the envelope in front with the next
version, checks the result as a kiosk will, signs it and writes ``catalogue.json`` and
``catalogue.json.sig`` atomically. Until both files are in place, the previous publication stays.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, literal_column, select, update

from kiosk import models as m
from kiosk.bundle import DEFAULT_EXPIRES_IN_DAYS, FORMAT, FORMAT_VERSION, MAX_EXPIRES_IN_DAYS, parse_bundle
from kiosk.context import Context
from kiosk.database import Database
from kiosk.errors import KioskError
from kiosk.fetch import CATALOGUE_FILENAME, SIGNATURE_SUFFIX
from kiosk.messages import QT_TRANSLATE_NOOP, Message
from kiosk.reviews import kept_reviews
from kiosk.signing import load_private_key, sign

#: The translation context of what publishing says (the editor shows it in French: kiosk.messages).
PUBLISHING = "Publishing"


@dataclass(frozen=True)
class Publication:
    """What ``publish`` wrote."""

    version: int
    sha256: str
    published_at: dt.datetime
    expires_at: dt.datetime
    catalogue: Path
    signature: Path


def publish(context: Context, key_path: Path, out: Path, *,
            expires_in_days: int = DEFAULT_EXPIRES_IN_DAYS) -> Publication:
    """Write the catalogue in use as ``out/catalogue.json`` and its signature, one version up.

    The new version, its sha256 and its dates become those of the local catalogue, so that the
    next publication is one version up again.

    Raises:
        KioskError: the key is not a publisher key, ``out`` is missing or cannot be written, or
            the catalogue would not pass a kiosk's checks. The previous publication is untouched.
    """
    if not 1 <= expires_in_days <= MAX_EXPIRES_IN_DAYS:
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
            "Publishing", "A catalogue expires in 1 to {most} days, not {days}."),
            most=MAX_EXPIRES_IN_DAYS, days=expires_in_days))
    key = load_private_key(key_path)
    if not out.is_dir():
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
            "Publishing", "The folder {folder} does not exist; create it (or mount the share) first."), folder=out))
    with context.db.session() as session:
        info = session.get(m.CatalogueInfo, 1)
    if info is None:
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP("Publishing", "There is no catalogue to publish.")))
    published_at = context.clock().replace(microsecond=0)
    expires_at = published_at + dt.timedelta(days=expires_in_days)
    envelope = {"format": FORMAT, "format_version": FORMAT_VERSION, "version": info.version + 1,
                "published_at": _iso(published_at), "expires_at": _iso(expires_at)}
    raw = catalogue_json({**envelope, **export_content(context.db)})
    try:
        bundle = parse_bundle(raw)  # never publish what every kiosk would refuse
    except KioskError as error:
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
            "Publishing", "The catalogue cannot be published: {reason}"), reason=error.text)) from None

    catalogue, signature = out / CATALOGUE_FILENAME, out / (CATALOGUE_FILENAME + SIGNATURE_SUFFIX)
    temporary = [_write_temporary(out, catalogue.name, raw)]
    try:
        temporary.append(_write_temporary(out, signature.name, sign(key, raw)))
        # Recorded before the renames: should they fail, a version number is skipped, never reused.
        _record(context.db, info.version, bundle.version, bundle.sha256, published_at, expires_at, out)
        # The catalogue first: until its signature follows, a kiosk finds the signature it knows
        # (nothing new) or a mismatch (refused), and keeps the catalogue it has.
        os.replace(temporary[0], catalogue)
        try:
            os.replace(temporary[1], signature)
        except OSError as error:
            raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
                "Publishing", "{path} was written but its signature could not be ({reason}); publish again."),
                path=catalogue, reason=error.strerror or error)) from None
    except OSError as error:
        raise _cannot_write(out, error) from None
    finally:
        for path in temporary:
            path.unlink(missing_ok=True)
    _sync_folder(out)
    return Publication(bundle.version, bundle.sha256, published_at, expires_at, catalogue, signature)


def catalogue_json(data: dict[str, Any]) -> bytes:
    """The bytes of a catalogue.json: UTF-8, compact (a 5,000-procedure catalogue is ~50 MB)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def export_content(db: Database) -> dict[str, Any]:
    """The catalogue content of the database in the catalogue.json format, without the envelope.

    The inverse of ``kiosk.apply``: applying the result gives the same content back. Optional
    fields that are empty are left out, as the schema allows.
    """
    with db.engine.connect() as connection:
        return content_of(connection)


def content_of(connection: Connection) -> dict[str, Any]:
    """``export_content`` read through ``connection``: inside a writer's transaction, it sees the
    writer's changes (the importers check that what they wrote can still be published)."""
    return _Exporter(connection).content()


def _iso(value: dt.datetime) -> str:
    return value.isoformat(timespec="seconds") + "Z"


def _compact(item: dict[str, Any], *required: str) -> dict[str, Any]:
    """``item`` without its empty optional fields (None, "", [], {}, False)."""
    return {k: v for k, v in item.items() if k in required or v not in (None, "", [], {}, False)}


class _Exporter:
    """Reads every catalogue table once and rebuilds the file's nesting."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def _rows(self, model: type[m.Base], *order: Any) -> list[Any]:
        return list(self._c.execute(select(model.__table__).order_by(*order)))

    def content(self) -> dict[str, Any]:
        languages = self._rows(m.Language, m.Language.position)
        sites = self._rows(m.Site, literal_column("rowid"))  # the file's order, kept by insertion
        categories = self._rows(m.Category, m.Category.position)
        documents = self._rows(m.Document, m.Document.id)
        partners = self._rows(m.Partner, m.Partner.id)
        announcements = self._rows(m.Announcement, m.Announcement.id)
        glossary = self._rows(m.GlossaryEntry, m.GlossaryEntry.id)
        terms = self._rows(m.Term, m.Term.id)
        document_slugs = {r.id: r.slug for r in documents}
        content = _compact({
            "languages": [{"code": r.code, "name": r.name, "direction": r.direction} for r in languages],
            "sites": [{"slug": r.slug, "name": r.name} for r in sites],
            "categories": [_compact({"slug": r.slug, "title": r.title, "description": r.description,
                                     "pictogram": r.pictogram}) for r in categories],
            "documents": [_compact({
                "slug": r.slug, "title": r.title, "what": r.what, "looks_like": r.looks_like,
                "where": r.where_to_get, "pictogram": r.pictogram, "sources": r.sources,
                "to_check": r.to_check}) for r in documents],
            "partners": [_compact({
                "slug": r.slug, "name": r.name, "description": r.description, "adresse": r.adresse,
                "complement_adresse": r.complement_adresse, "code_postal": r.code_postal,
                "commune": r.commune, "telephone": r.telephone, "courriel": r.courriel,
                "site_web": r.site_web, "horaires_accueil": r.horaires_accueil,
                "horaires_texte": r.horaires_texte, "thematiques": r.thematiques, "sites": r.sites,
                "sources": r.sources, "to_check": r.to_check}, "sites") for r in partners],
            "procedures": self._procedures({r.id: r.slug for r in categories},
                                           {r.id: r.slug for r in documents},
                                           {r.id: r.slug for r in partners}),
            "announcements": [_compact({
                "slug": r.slug, "text": r.text, "valid_from": r.valid_from.isoformat(),
                "valid_until": r.valid_until.isoformat(), "sites": r.sites}) for r in announcements],
            "glossary": [_compact({
                "slug": r.slug, "term": r.term, "also": r.also, "explanation": r.explanation,
                "document": document_slugs.get(r.document_id), "sources": r.sources,
                "to_check": r.to_check}) for r in glossary],
            "terms": [_compact({"slug": r.slug, "term": r.term, "also": r.also, "wrong": r.wrong,
                                "note": r.note})
                      for r in terms],
        }, "languages", "sites", "categories", "documents", "partners", "procedures", "announcements")
        # Reviews of texts that are gone (a step deleted, a translation removed) are left out:
        # every kiosk refuses a review naming a text the catalogue does not have.
        reviews: dict[str, dict[str, dict[str, str]]] = defaultdict(dict)
        for r in self._rows(m.TranslationReview, m.TranslationReview.lang, m.TranslationReview.key):
            reviews[r.lang][r.key] = {"by": r.by, "on": r.on.isoformat(), "source": r.source}
        return _compact({**content, "reviews": kept_reviews(content, reviews)}, *content)

    def _procedures(self, categories: dict[int, str], documents: dict[int, str],
                    partners: dict[int, str]) -> list[dict[str, Any]]:
        steps: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for r in self._rows(m.Step, m.Step.procedure_id, m.Step.position):
            steps[r.procedure_id].append(_compact({
                "kind": r.kind, "text": r.text, "url": r.url,
                "partner": partners.get(r.partner_id) if r.partner_id is not None else None}))
        needed: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for r in self._rows(m.ProcedureDocument, m.ProcedureDocument.procedure_id,
                            m.ProcedureDocument.position):
            needed[r.procedure_id].append(_compact({
                "document": documents[r.document_id], "note": r.note, "optional": r.optional}))
        helpers: dict[int, list[str]] = defaultdict(list)
        for r in self._rows(m.ProcedurePartner, m.ProcedurePartner.procedure_id,
                            m.ProcedurePartner.position):
            helpers[r.procedure_id].append(partners[r.partner_id])
        questions: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for r in self._rows(m.EligibilityQuestion, m.EligibilityQuestion.procedure_id,
                            m.EligibilityQuestion.position):
            questions[r.procedure_id].append(_compact({
                "question": r.question, "relevant_if": r.relevant_if, "otherwise": r.otherwise,
                "partner": partners.get(r.partner_id) if r.partner_id is not None else None},
                "question", "relevant_if", "otherwise"))
        # Grouped by category, each in its own order: apply numbers positions within a category.
        rows = self._c.execute(
            select(m.Procedure.__table__)
            .join(m.Category.__table__, m.Procedure.category_id == m.Category.id)
            .order_by(m.Category.position, m.Procedure.position, m.Procedure.id))
        return [_compact({
            "slug": r.slug, "category": categories[r.category_id], "title": r.title,
            "summary": r.summary, "audience": r.audience, "mode": r.mode, "cost": r.cost,
            "duration": r.duration, "online_service": r.online_service, "links": r.links,
            "keywords": r.keywords, "documents": needed[r.id], "steps": steps[r.id],
            "partners": helpers[r.id], "helper_notes": r.helper_notes, "sources": r.sources,
            "to_check": r.to_check, "status": None if r.status == "published" else r.status,
            "featured": r.featured,
            "eligibility": questions[r.id],
        }, "documents", "steps", "sources") for r in rows]


def _write_temporary(folder: Path, name: str, data: bytes) -> Path:
    """``data`` in a new file beside ``folder/name``, flushed to disk, readable by a web server."""
    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    except OSError as error:
        raise _cannot_write(folder, error) from None
    path = Path(temporary)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(path, 0o644)  # mkstemp makes it private; kiosks and web servers must read it
    except OSError as error:
        path.unlink(missing_ok=True)
        raise _cannot_write(folder, error) from None
    return path


def _record(db: Database, old_version: int, version: int, sha256: str, published_at: dt.datetime,
            expires_at: dt.datetime, out: Path) -> None:
    """Make the publication the local catalogue's envelope, unless another one got there first."""
    with db.engine.begin() as connection:
        changed = connection.execute(
            update(m.CatalogueInfo.__table__)
            .where(m.CatalogueInfo.id == 1, m.CatalogueInfo.version == old_version)
            .values(version=version, sha256=sha256, published_at=published_at,
                    expires_at=expires_at, source=f"published to {out}")).rowcount
    if changed != 1:
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
            "Publishing", "The catalogue changed while it was being published; publish again.")))


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entries, so the new names survive a power cut (POSIX only)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _cannot_write(folder: Path, error: OSError) -> KioskError:
    return KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
        "Publishing", "The catalogue cannot be written to {folder} ({reason}); the previous publication "
                      "was left as it is."), folder=folder, reason=error.strerror or error))
