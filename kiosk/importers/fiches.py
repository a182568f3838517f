"""``import_fiches``: service-public.fr fiches in, as draft procedures or review flags.

A fiche met for the first time becomes a draft procedure (never shown to residents until
``kiosk.importers.review.approve``), in French only:

- title; summary from the introduction; the cost from a "Coût" chapter; a link to the fiche;
- one "online" step per online service (its title, "formulaire cerfa n° X" when it has one, its
  address), then one step per "where to go" box, "Où s'adresser : <its title>" ("phone" for a
  call centre, else "on_site"), linked to a partner of the catalogue whose slug its name
  announces (``Caf`` -> ``caf-maine-et-loire``), never with an invented address;
- the documents to bring, each matched to a shared document by keyword
  (``vocabulary.DOCUMENT_KEYWORDS``) or else made a new document to explain; one asked for only
  in some situations is optional, with a note naming them;
- its source: the fiche's address, title, id, the import date and the official date.

A fiche the catalogue already follows is never written over: when a newer version differs in
what the kiosk takes from it, the procedure is flagged for review (a ``FicheReview`` row keeps
what changed and the new values; a ``to_check`` note tells mediators). A fiche that is the first
source of exactly one hand-written procedure is followed from then on, the same way.

All of one import is one transaction, checked as ``kiosk publish`` would check the catalogue.
A folder or zip with one bad fiche is refused whole, naming it: nothing is imported.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk import models as m
from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.importers.dila import FICHE_FILE, Fiche, Place, changed_parts, parse_fiche
from kiosk.importers.report import ImportEntry, ImportReport, ensure_publishable
from kiosk.importers.sources import (MAX_FICHE_BYTES, Member, folder_files, is_zip, read_file,
                                     read_folder, read_zip)
from kiosk.importers.vocabulary import (category_for, document_for, normalize, shorten, slugify,
                                        unique_slug)
from kiosk.search import rebuild_index
from kiosk.stats import local_day

#: Limits of the catalogue schema for one procedure.
MAX_STEPS = 60
MAX_DOCUMENTS = 60
IMPORTED_DOCUMENT_NOTE = "Document importé d'une fiche : explication à écrire"
IMPORTED_DOCUMENT_PICTOGRAM = "document"
_URL = re.compile(r"https?://\S+")


def review_note_prefix(fiche_id: str) -> str:
    """How the ``to_check`` note of a flagged procedure starts (found and removed by ``approve``)."""
    return f"Fiche officielle {fiche_id} modifiée"


def import_fiches(context: Context, path: Path) -> ImportReport:
    """Import the fiche at ``path``: one XML file, a folder of them, or the dataset's zip.

    Raises:
        KioskError: ``path`` or one of its fiches cannot be read or is not a fiche, or the
            catalogue could not be published afterwards. Nothing is imported then.
    """
    members, others = _read(path)
    fiches = [parse_fiche(member.data, member.name) for member in members]  # all, before writing
    report = ImportReport()
    if others:
        report.skipped.append(ImportEntry(
            "file", path.name, None,
            f"{len(others)} files that are not fiches pratiques (named F followed by digits and "
            f".xml) were left aside: {', '.join(others[:5])}{', …' if len(others) > 5 else ''}."))
    today = local_day(context.clock())
    with context.db.session() as session, session.begin():
        importer = _Importer(session, today, report)
        seen: set[str] = set()
        for fiche in fiches:
            if fiche.id in seen:
                report.skipped.append(ImportEntry(
                    "procedure", fiche.id, None,
                    f"Fiche {fiche.id} is there twice; the first copy was imported."))
                continue
            seen.add(fiche.id)
            importer.add(fiche)
        session.flush()
        connection = session.connection()
        ensure_publishable(connection)
        if importer.published_changed:
            rebuild_index(connection)
    return report


def _read(path: Path) -> tuple[Iterator[Member], list[str]]:
    """The fiches at ``path``, read one at a time, and the names of the other files there."""
    if path.is_dir():
        files, others = folder_files(path, FICHE_FILE)
        if not files:
            raise KioskError(f"There is no fiche (a file named like F1341.xml) in {path}; "
                             "nothing was imported.")
        return (Member(f"{member.name} in {path.name}", member.data)
                for member in read_folder(files, MAX_FICHE_BYTES)), others
    if is_zip(path):
        names, others, members = read_zip(path, FICHE_FILE, MAX_FICHE_BYTES)
        if not names:
            raise KioskError(f"There is no fiche (a file named like F1341.xml) in {path.name}; "
                             "nothing was imported.")
        return (Member(f"{member.name} in {path.name}", member.data) for member in members), others
    return iter([Member(path.name, read_file(path, MAX_FICHE_BYTES))]), []


def _same(old: dict[str, Any] | None, new: dict[str, Any]) -> bool:
    """Whether two ``Fiche.official_values`` hold the same content (whatever their dates)."""
    return old is not None and not changed_parts(old, new)


def _date(text: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


class _Importer:
    """Writes fiches into the session of one import, and says what it did in the report."""

    def __init__(self, session: Session, today: dt.date, report: ImportReport) -> None:
        self._s = session
        self._today = today
        self._report = report
        self.published_changed = False
        self._categories = {c.slug: c.id for c in session.scalars(select(m.Category))}
        self._documents = {d.slug: d for d in session.scalars(select(m.Document))}
        self._titles = {normalize(d.title.get("fr", "")): d.slug for d in self._documents.values()}
        self._partners = list(session.scalars(select(m.Partner).order_by(m.Partner.slug)))
        self._slugs = set(session.scalars(select(m.Procedure.slug)))
        #: Hand-written procedures by the fiche they were written from (their first source).
        self._written_from: dict[str, list[str]] = {}
        for slug, sources in session.execute(select(m.Procedure.slug, m.Procedure.sources)
                                             .order_by(m.Procedure.slug)):
            if sources and sources[0].get("fiche_id"):
                self._written_from.setdefault(sources[0]["fiche_id"], []).append(slug)

    # --- which procedure a fiche belongs to ----------------------------------------------------

    def add(self, fiche: Fiche) -> None:
        row = self._s.scalars(select(m.FicheReview).where(m.FicheReview.fiche_id == fiche.id)).first()
        procedure = self._procedure(row.procedure_slug) if row is not None else None
        if row is not None and procedure is None:  # its procedure left the catalogue since
            self._s.delete(row)
            self._s.flush()
            row = None
        if row is not None:
            self._follow(fiche, procedure, row)
            return
        written_from = self._written_from.get(fiche.id, [])
        if len(written_from) > 1:
            self._report.skipped.append(ImportEntry("procedure", fiche.id, None, (
                f"The procedures {', '.join(written_from)} are all written from fiche {fiche.id}; "
                "keep it as the first source of one of them only, then import again.")))
        elif written_from:
            self._adopt(fiche, self._procedure(written_from[0]))
        else:
            self._create(fiche)

    def _procedure(self, slug: str) -> m.Procedure | None:
        return self._s.scalars(select(m.Procedure).where(m.Procedure.slug == slug)).first()

    def _adopt(self, fiche: Fiche, procedure: m.Procedure) -> None:
        """Start following the fiche a hand-written procedure was written from."""
        checked = _date(procedure.sources[0].get("modified_on"))
        row = m.FicheReview(procedure_slug=procedure.slug, fiche_id=fiche.id, modified_on=checked,
                            official=None, imported_on=self._today, review_changes=[])
        self._s.add(row)
        new = fiche.version_date
        if checked is not None and new is not None and new <= checked:
            row.official = fiche.official_values()
            self._report.updated.append(ImportEntry("procedure", fiche.id, procedure.slug, (
                f"The procedure now follows fiche {fiche.id}, unchanged since the version its text "
                f"was checked against ({checked.isoformat()}).")))
        else:
            self._flag(fiche, procedure, row, ["fiche entière"])

    def _follow(self, fiche: Fiche, procedure: m.Procedure, row: m.FicheReview) -> None:
        """A new copy of a fiche already followed: flag what changed, never write over the text."""
        new, new_date = fiche.official_values(), fiche.version_date
        skip = None
        if row.review_official is not None:
            if _same(row.review_official, new):
                skip = f"Already flagged for review since {row.review_since.isoformat()}."
            elif new_date and row.review_modified_on and new_date < row.review_modified_on:
                skip = (f"Older than the version flagged for review "
                        f"({row.review_modified_on.isoformat()}).")
        elif new_date and row.modified_on and new_date < row.modified_on:
            skip = f"Older than the version already imported ({row.modified_on.isoformat()})."
        if skip is None and _same(row.official, new):
            if row.review_official is not None:
                self._clear_flag(procedure, row)
                self._report.updated.append(ImportEntry("procedure", fiche.id, procedure.slug, (
                    "The official fiche is back to the version the text is based on; the review "
                    "flag was removed.")))
                return
            if new_date and (row.modified_on is None or new_date > row.modified_on):
                row.modified_on, row.official = new_date, new
                self._report.updated.append(ImportEntry("procedure", fiche.id, procedure.slug, (
                    f"The fiche has a newer date ({new_date.isoformat()}) but nothing the kiosk "
                    "takes from it changed.")))
                return
            skip = "Unchanged since the last import."
        if skip is not None:
            self._report.skipped.append(ImportEntry("procedure", fiche.id, procedure.slug, skip))
            return
        self._flag(fiche, procedure, row, changed_parts(row.official, new))

    def _flag(self, fiche: Fiche, procedure: m.Procedure, row: m.FicheReview,
              changes: list[str]) -> None:
        row.review_since, row.review_modified_on = self._today, fiche.version_date
        row.review_changes, row.review_official = changes, fiche.official_values()
        when = f" le {fiche.version_date:%d/%m/%Y}" if fiche.version_date else ""
        note = shorten(f"{review_note_prefix(fiche.id)}{when} : à relire ({', '.join(changes)}).", 500)
        prefix = review_note_prefix(fiche.id)
        procedure.to_check = [t for t in procedure.to_check if not t.startswith(prefix)] + [note]
        self.published_changed |= procedure.status == "published"
        on = f" on {fiche.version_date.isoformat()}" if fiche.version_date else ""
        self._report.flagged.append(ImportEntry("procedure", fiche.id, procedure.slug, (
            f"Official fiche changed{on}, to review: {', '.join(changes)}.")))

    def _clear_flag(self, procedure: m.Procedure, row: m.FicheReview) -> None:
        prefix = review_note_prefix(row.fiche_id)
        procedure.to_check = [t for t in procedure.to_check if not t.startswith(prefix)]
        row.review_since = row.review_modified_on = row.review_official = None
        row.review_changes = []
        self.published_changed |= procedure.status == "published"

    # --- a new draft -----------------------------------------------------------------------------

    def _create(self, fiche: Fiche) -> None:
        category = category_for(fiche.title, fiche.theme, set(self._categories))
        if category is None:
            raise KioskError("The catalogue has no category to put the fiches in; nothing was imported.")
        slug = unique_slug(slugify(fiche.title), lambda s: s in self._slugs, fiche.id.lower())
        self._slugs.add(slug)
        position = self._s.scalar(select(func.coalesce(func.max(m.Procedure.position) + 1, 0))
                                  .where(m.Procedure.category_id == self._categories[category]))
        source = self._source(fiche)
        notes = [f"Brouillon importé le {self._today:%d/%m/%Y} de la fiche {fiche.id} de "
                 "service-public.fr : textes à simplifier et à traduire, étapes à remettre dans "
                 "l'ordre, avant publication."]
        procedure = m.Procedure(
            slug=slug, category_id=self._categories[category], position=position, status="draft",
            title={"fr": shorten(fiche.title, 300)}, summary={"fr": shorten(fiche.summary, 4000)},
            audience=None, cost={"fr": shorten(fiche.cost, 300)} if fiche.cost else None,
            duration=None, helper_notes=None,
            online_service=next((s.url for s in fiche.services
                                 if s.kind == "Téléservice" and _URL.fullmatch(s.url)), None),
            links=[{"label": {"fr": "La fiche sur service-public.fr"}, "url": fiche.url}],
            keywords={"fr": list(fiche.keywords)} if fiche.keywords else {},
            sources=[source], to_check=notes,
        )
        self._steps(fiche, procedure, notes)
        self._checklist(fiche, procedure, source, notes)
        procedure.mode = _mode(procedure)
        procedure.to_check = [shorten(note, 500) for note in notes][:50]
        self._s.add(procedure)
        self._s.add(m.FicheReview(procedure_slug=slug, fiche_id=fiche.id,
                                  modified_on=fiche.version_date, official=fiche.official_values(),
                                  imported_on=self._today, review_changes=[]))
        self._s.flush()
        self._report.created.append(ImportEntry("procedure", fiche.id, slug, (
            f"New draft in {category}: {len(procedure.steps)} steps, "
            f"{len(procedure.documents)} documents.")))

    def _source(self, fiche: Fiche) -> dict[str, Any]:
        source = {"url": fiche.url, "title": shorten(fiche.title, 300),
                  "checked_on": self._today.isoformat(), "fiche_id": fiche.id}
        if fiche.version_date:
            source["modified_on"] = fiche.version_date.isoformat()
        return source

    def _steps(self, fiche: Fiche, procedure: m.Procedure, notes: list[str]) -> None:
        steps: list[m.Step] = []
        for service in fiche.services:
            text = service.title + (f" (formulaire cerfa n° {service.cerfa})" if service.cerfa else "")
            url = service.url if _URL.fullmatch(service.url) and len(service.url) <= 2000 else None
            if service.url and url is None:
                notes.append(f"Adresse du service en ligne « {shorten(service.title, 100)} » "
                             f"illisible dans la fiche : {shorten(service.url, 200)}")
            steps.append(m.Step(position=0, kind="online", text={"fr": shorten(text, 4000)}, url=url))
        helpers: list[m.Partner] = []
        for place in fiche.places:
            partner = self._partner_for(place)
            url = place.url if _URL.fullmatch(place.url) and len(place.url) <= 2000 else None
            steps.append(m.Step(position=0, kind="phone" if place.by_phone else "on_site",
                                text={"fr": shorten(f"Où s'adresser : {place.title}", 4000)},
                                url=url, partner_id=partner.id if partner else None))
            if partner is not None and partner not in helpers:
                helpers.append(partner)
        if len(steps) > MAX_STEPS:
            dropped = [step.text["fr"] for step in steps[MAX_STEPS:]]
            notes.append(f"{len(dropped)} étapes de la fiche non reprises (au plus {MAX_STEPS}) : "
                         + " ; ".join(dropped))
        for position, step in enumerate(steps[:MAX_STEPS]):
            step.position = position
        procedure.steps = steps[:MAX_STEPS]
        procedure.partners = [m.ProcedurePartner(partner_id=p.id, position=i)
                              for i, p in enumerate(helpers[:30])]

    def _partner_for(self, place: Place) -> m.Partner | None:
        """The partner whose slug the place's name or local code announces, when just one does."""
        main = re.split(r" - | / | : |\(", place.title)[0]
        for candidate in (slugify(main), slugify(place.pivot.replace("_", "-")) if place.pivot else ""):
            if len(candidate) < 3:
                continue
            found = [p for p in self._partners
                     if p.slug == candidate or p.slug.startswith(candidate + "-")]
            if len(found) == 1:
                return found[0]
        return None

    def _checklist(self, fiche: Fiche, procedure: m.Procedure, source: dict[str, Any],
                   notes: list[str]) -> None:
        slugs = [self._document_for(piece.text, fiche, source) for piece in fiche.pieces]
        always = fiche.requirement.always(lambda index: slugs[index])
        texts: dict[str, str] = {}
        cases: dict[str, list[str]] = {}
        for slug, piece in zip(slugs, fiche.pieces):
            texts.setdefault(slug, piece.text)
            where = " › ".join(piece.cases[-2:]) if len(piece.cases) > 2 else " › ".join(piece.cases[-1:])
            if where and where not in cases.setdefault(slug, []):
                cases[slug].append(where)
        items = []
        for position, slug in enumerate(list(texts)[:MAX_DOCUMENTS]):
            document = self._documents[slug]
            note = texts[slug] if normalize(texts[slug]) != normalize(document.title["fr"]) else ""
            optional = slug not in always
            if optional and cases.get(slug):
                note = f"{note} (selon votre situation : {' ; '.join(cases[slug])})".strip()
            items.append(m.ProcedureDocument(position=position, document_id=document.id,
                                             note={"fr": shorten(note, 300)} if note else None,
                                             optional=optional))
        if len(texts) > MAX_DOCUMENTS:
            notes.append(f"{len(texts) - MAX_DOCUMENTS} pièces de la fiche non reprises (au plus "
                         f"{MAX_DOCUMENTS}) : " + " ; ".join(list(texts.values())[MAX_DOCUMENTS:]))
        if not fiche.pieces:
            notes.append("La fiche ne donne pas de liste de pièces à fournir : vérifier s'il faut "
                         "apporter des documents.")
        procedure.documents = items

    def _document_for(self, text: str, fiche: Fiche, source: dict[str, Any]) -> str:
        """The slug of the shared document an item names; a new document to explain otherwise."""
        title = shorten(text, 120)
        slug = document_for(text, set(self._documents)) or self._titles.get(normalize(title))
        if slug is not None:
            return slug
        slug = unique_slug(slugify(title, 70), lambda s: s in self._documents)
        document = m.Document(slug=slug, title={"fr": title}, what={"fr": shorten(text, 4000)},
                              looks_like=None, where_to_get=None,
                              pictogram=IMPORTED_DOCUMENT_PICTOGRAM, sources=[dict(source)],
                              to_check=[IMPORTED_DOCUMENT_NOTE])
        self._s.add(document)
        self._s.flush()
        self._documents[slug] = document
        self._titles[normalize(title)] = slug
        self._report.created.append(ImportEntry("document", fiche.id, slug, (
            f"New document from fiche {fiche.id}, its explanation to be written: {title}")))
        return slug


def _mode(procedure: m.Procedure) -> str:
    kinds = {step.kind for step in procedure.steps}
    online, on_site = "online" in kinds, bool(kinds & {"on_site", "phone"})
    return "both" if online and on_site else "online" if online else "on_site"
