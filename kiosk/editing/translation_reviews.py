"""The editor's list of translations waiting for review, and marking them reviewed (issue 15, item 3).

A text's state comes from ``kiosk.reviews``: machine-assisted (no review), reviewed, or "needs
review" (reviewed against a French that has changed since: an edit of the French in the editor
is enough, nothing else is written).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, insert, select

from kiosk import models as m
from kiosk.database import Database
from kiosk.errors import KioskError
from kiosk.messages import QT_TRANSLATE_NOOP, Message
from kiosk.publish import content_of
from kiosk.reviews import BY_MAX, MISSING, catalogue_texts, source_hash, state
from kiosk.safety import unsafe_character

#: The translation context of the refusals below.
REVIEWS = "Reviews"


@dataclass(frozen=True)
class TextState:
    """One text in one language, as the review list shows it."""

    key: str
    #: What the text is ("procedure rsa: step 2 of 5").
    what: str
    french: str
    translation: str
    #: ``kiosk.reviews``: "machine", "reviewed", "needs-review" (never "missing": not listed).
    state: str
    by: str = ""
    on: str = ""


def translation_states(db: Database, lang: str) -> list[TextState]:
    """Every text translated into ``lang``, with its state, in the catalogue's order."""
    with db.engine.connect() as connection:
        content = content_of(connection)
        reviews = {r.key: {"by": r.by, "on": r.on.isoformat(), "source": r.source} for r in connection.execute(
            select(m.TranslationReview.__table__).where(m.TranslationReview.lang == lang))}
    found = []
    for text in catalogue_texts(content):
        review = reviews.get(text.key)
        current = state(text, lang, review)
        if current != MISSING:
            found.append(TextState(text.key, text.what, text.french, text.values[lang], current,
                                   (review or {}).get("by", ""), (review or {}).get("on", "")))
    return found


def mark_reviewed(db: Database, lang: str, keys: Iterable[str], by: str, today: dt.date) -> int:
    """Mark the texts ``keys`` in ``lang`` reviewed by ``by`` today, against their French of now.

    Returns how many were marked (texts with no translation in ``lang`` are not).

    Raises:
        KioskError: ``by`` is empty, too long or holds a character a catalogue may not hold.
    """
    by = by.strip()
    if not by or len(by) > BY_MAX or unsafe_character(by) is not None or "\n" in by:
        raise KioskError(Message(REVIEWS, QT_TRANSLATE_NOOP(
            "Reviews", "Write who reviewed, as initials or a role, in 1 to {most} characters."), most=BY_MAX))
    wanted = set(keys)
    table = m.TranslationReview.__table__
    with db.engine.begin() as connection:
        texts = [text for text in catalogue_texts(content_of(connection))
                 if text.key in wanted and text.values.get(lang)]
        for text in texts:
            connection.execute(delete(table).where(table.c.lang == lang, table.c.key == text.key))
            connection.execute(insert(table).values(lang=lang, key=text.key, by=by, on=today,
                                                    source=source_hash(text.french)))
    return len(texts)
