"""What the assistant has to review, and approving it (the editor's core API).

Two things wait for the assistant: drafts (imported fiches, never shown to residents), and
procedures whose official fiche changed since their text was written (flagged by a re-import).
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
