"""What the assistant has to review, and approving it (the editor's core API).

Three things wait for the assistant: drafts (imported fiches, never shown to residents),
procedures whose official fiche changed since their text was written (flagged by a re-import),
and partners for which a data·inclusion record offers other values than the assistant's own
(flagged by ``import_partners``, which never overwrites them): accepted or kept in the editor.
A flagged procedure that is published stays published, with its text as the assistant wrote it:
its ``to_check`` note tells mediators that the official page has changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import models as m
from kiosk.database import Database
from kiosk.errors import KioskError
from kiosk.importers.fiches import review_note_prefix
from kiosk.importers.partners import hours_columns
from kiosk.search import rebuild_index

#: How the note of a freshly imported draft starts; approving the draft removes it.
DRAFT_NOTE_PREFIX = "Brouillon importé le "


@dataclass(frozen=True)
class ReviewItem:
    """A procedure waiting for the assistant.

    Attributes:
        slug, title, status: the procedure (French title; "draft" or "published").
        fiche_id: the service-public.fr fiche it follows, if any.
        flagged_on: the day a newer version of the fiche was imported (None: not flagged).
        changed_on: that version's official date of change.
        changes: what differs, in French ("titre", "services en ligne", "pièces", ...; "fiche
            entière" when the text was written before the kiosk followed the fiche).
        official: the new version's values (title, summary, services, pieces, places), to show.
        previous: the values of the version the text is based on (None when not known).
    """

    slug: str
    title: str
    status: str
    fiche_id: str | None
    flagged_on: dt.date | None
    changed_on: dt.date | None
    changes: tuple[str, ...]
    official: dict[str, Any] | None
    previous: dict[str, Any] | None

    @property
    def flagged(self) -> bool:
        return self.flagged_on is not None

    def message(self) -> str:
        """One French line for the editor's list."""
        if self.flagged:
            when = f" le {self.changed_on:%d/%m/%Y}" if self.changed_on else ""
            return f"Fiche officielle modifiée{when}, à relire : {', '.join(self.changes)}"
        return "Brouillon à relire avant publication"


@dataclass(frozen=True)
class Approval:
    """What ``approve`` changed."""

    slug: str
    published: bool
    review_cleared: bool


def procedures_to_review(db: Database) -> list[ReviewItem]:
    """Flagged procedures (oldest flag first), then drafts (by slug)."""
    with db.session() as session:
        rows = {row.procedure_slug: row for row in session.scalars(select(m.FicheReview))}
        procedures = session.execute(
            select(m.Procedure.slug, m.Procedure.title, m.Procedure.status).order_by(m.Procedure.slug))
        items = []
        for slug, title, status in procedures:
            row = rows.get(slug)
            flagged = row is not None and row.review_official is not None
            if not flagged and status != "draft":
                continue
            items.append(ReviewItem(
                slug=slug, title=title.get("fr", ""), status=status,
                fiche_id=row.fiche_id if row else None,
                flagged_on=row.review_since if flagged else None,
                changed_on=row.review_modified_on if flagged else None,
                changes=tuple(row.review_changes) if flagged else (),
                official=row.review_official if flagged else None,
                previous=row.official if row else None))
    return sorted(items, key=lambda item: (not item.flagged, item.flagged_on or dt.date.min, item.slug))


def review_of(db: Database, slug: str) -> ReviewItem | None:
    """What waits for the assistant on ``slug`` (a flag or a draft); None when nothing does."""
    return next((item for item in procedures_to_review(db) if item.slug == slug), None)


def mark_reviewed(db: Database, slug: str) -> bool:
    """The assistant has read the new official version and the text is right: clear the flag.

    The procedure stays as it is (published or draft); the fiche's source gets the new version's
    date and the flag's ``to_check`` note goes (see ``approve``). Returns whether there was a flag.

    Raises:
        KioskError: there is no such procedure.
    """
    with db.session() as session, session.begin():
        _, cleared = _clear_flag(session, slug)
    return cleared


def approve(db: Database, slug: str) -> Approval:
    """The assistant has reviewed ``slug``: publish it (if a draft) and clear its review flag.

    Clearing the flag takes the new official version as the one the text is based on: the
    fiche's source gets its date, and the ``to_check`` notes of the import and of the flag go.

    Raises:
        KioskError: there is no such procedure.
    """
    with db.session() as session, session.begin():
        procedure, cleared = _clear_flag(session, slug)
        published = procedure.status != "published"
        if published:
            procedure.status = "published"
            procedure.to_check = [note for note in procedure.to_check
                                  if not note.startswith(DRAFT_NOTE_PREFIX)]
        session.flush()
        if published or cleared:
            rebuild_index(session.connection())
    return Approval(slug, published, cleared)


def _clear_flag(session: Session, slug: str) -> tuple[m.Procedure, bool]:
    """The procedure ``slug``, its review flag cleared if it had one; and whether it had one.

    Raises:
        KioskError: there is no such procedure.
    """
    procedure = session.scalars(select(m.Procedure).where(m.Procedure.slug == slug)).first()
    if procedure is None:
        raise KioskError(f"There is no procedure {slug!r} in the catalogue.")
    row = session.get(m.FicheReview, slug)
    if row is None or row.review_official is None:
        return procedure, False
    _take_new_version(procedure, row)
    return procedure, True


def _take_new_version(procedure: m.Procedure, row: m.FicheReview) -> None:
    row.official, row.modified_on = row.review_official, row.review_modified_on
    sources = []
    for source in procedure.sources:
        if source.get("fiche_id") == row.fiche_id:
            source = {**source, "checked_on": row.review_since.isoformat()}
            if row.review_modified_on:
                source["modified_on"] = row.review_modified_on.isoformat()
        sources.append(source)
    procedure.sources = sources
    prefix = review_note_prefix(row.fiche_id)
    procedure.to_check = [note for note in procedure.to_check if not note.startswith(prefix)]
    row.review_since = row.review_modified_on = row.review_official = None
    row.review_changes = []


# --- partners ------------------------------------------------------------------------------------


#: The partner fields a record may offer, in the order the editor shows them.
PARTNER_FIELDS = ("name", "description", "adresse", "complement_adresse", "code_postal", "commune",
                  "telephone", "courriel", "site_web", "hours", "thematiques")


@dataclass(frozen=True)
class PartnerReviewItem:
    """A partner of the assistant's for which a data·inclusion record offers other values.

    Attributes:
        slug, name: the partner.
        source: the record's data·inclusion source ("kiosk" for a record of the kiosk's own export).
        flagged_on: the day of the import that offered them.
        current, offered: {field: value}, the partner's value now and the record's, for each
            field in ``fields`` (``PARTNER_FIELDS`` order; "hours" stands for the opening hours,
            "description" for the French one).
    """

    slug: str
    name: str
    source: str
    flagged_on: dt.date | None
    fields: tuple[str, ...]
    current: dict[str, Any]
    offered: dict[str, Any]


def _current(partner: m.Partner, field: str) -> Any:
    if field == "hours":
        return partner.horaires_accueil or partner.horaires_texte or ""
    if field == "description":
        return (partner.description or {}).get("fr", "")
    return getattr(partner, field) or ([] if field == "thematiques" else "")


def partners_to_review(db: Database) -> list[PartnerReviewItem]:
    """Partners with values offered by an import and not answered yet, oldest flag first."""
    with db.session() as session:
        rows = {row.partner_slug: row for row in session.scalars(
            select(m.PartnerReview).where(m.PartnerReview.flagged_on.is_not(None)))}
        partners = session.scalars(select(m.Partner).where(m.Partner.slug.in_(list(rows)))).all()
        items = []
        for partner in partners:
            row = rows[partner.slug]
            fields = tuple(f for f in PARTNER_FIELDS if f in row.offered)
            if fields:
                items.append(PartnerReviewItem(
                    partner.slug, partner.name, row.source, row.flagged_on, fields,
                    {f: _current(partner, f) for f in fields}, {f: row.offered[f] for f in fields}))
    return sorted(items, key=lambda item: (item.flagged_on or dt.date.min, item.slug))


def partner_review_of(db: Database, slug: str) -> PartnerReviewItem | None:
    """The values waiting for the assistant on the partner ``slug``; None when none do."""
    return next((item for item in partners_to_review(db) if item.slug == slug), None)


def offered_draft(draft: Any, offered: dict[str, Any]) -> Any:
    """A partner draft (``kiosk.editing.PartnerDraft``) with the ``offered`` values taken."""
    for field, value in offered.items():
        if field == "hours":
            accueil, texte = hours_columns(value)
            draft.horaires_accueil, draft.horaires_texte = accueil or "", texte or ""
        elif field == "description":
            draft.description = {**draft.description, "fr": value}
        elif field == "thematiques":
            draft.thematiques = list(value)
        elif field in PARTNER_FIELDS:
            setattr(draft, field, value)
    return draft


def accept_partner_values(db: Database, slug: str, now: dt.datetime) -> bool:
    """The assistant takes the values a record offered for ``slug``: saved as an edit (in the
    history, so it can be taken back), then the flag is cleared. Returns whether there were any.

    Raises:
        KioskError: there is no such partner, or the values cannot be saved.
    """
    from kiosk.editing.store import load_item, save_draft  # the editor's saving, history included

    item = partner_review_of(db, slug)
    if item is None:
        if load_item(db, "partner", slug) is None:
            raise KioskError(f"There is no partner {slug!r} in the catalogue.")
        return False
    save_draft(db, offered_draft(load_item(db, "partner", slug), item.offered), now)
    with db.session() as session, session.begin():
        row = session.get(m.PartnerReview, slug)
        row.offered, row.flagged_on = {}, None
    return True


def keep_partner_values(db: Database, slug: str) -> bool:
    """The assistant keeps the partner's own values: the flag is cleared, and the same offered
    values will not raise it again. Returns whether there was a flag."""
    with db.session() as session, session.begin():
        row = session.get(m.PartnerReview, slug)
        if row is None or not row.offered:
            return False
        row.kept = {**row.kept, **row.offered}
        row.offered, row.flagged_on = {}, None
    return True
