"""Who checked what: the translation state of every text residents read (issue 15, item 3).

Every text a resident reads has a key naming its place in the catalogue, stable where the
catalogue has slugs: ``procedure/rsa/summary``, ``procedure/rsa/steps/2/text`` (steps have no
slug: their position), ``procedure/rsa/documents/rib/note`` (``rib_2``: the same document asked
for a second time), ``document/rib/what``,
``glossary/caf/explanation``. ``catalogue_texts`` lists them all; it is the one walk over the
catalogue's resident texts that the reviews, ``kiosk translations`` and the editor share.

The catalogue's optional top-level ``reviews`` holds, per language and key, who reviewed the
translation (initials or a role), when, and a hash of the French it was reviewed against::

    "reviews": {"ar": {"procedure/rsa/summary": {"by": "AB", "on": "2026-12-01", "source": "9f2c..."}}}

A translation without a review is machine-assisted. A review whose ``source`` is not the hash of
today's French is "needs review": editing the French of a reviewed text sends its translations
back to review with no bookkeeping, and a step moved to another position is to review again too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kiosk.errors import KioskError
from kiosk.messages import QT_TRANSLATE_NOOP, Message
from kiosk.text import FALLBACK_LANGUAGE

# The translation context of the refusals below (shown by the editor in French).
CATALOGUE = "Catalogue"

MACHINE = "machine"
REVIEWED = "reviewed"
NEEDS_REVIEW = "needs-review"
# No translation in that language: residents read the French (the screen says so).
MISSING = "missing"

# The longest texts the schema allows (``short_text`` and ``long_text``).
SHORT, LONG = 300, 4000
#: The "is this for me?" question and its advice (the schema's question_text and advice_text).
QUESTION, ADVICE = 200, 600
# Hex digits of the French text's sha256 kept in a review: 64 bits, no collision by chance.
SOURCE_DIGITS = 16
# Who reviewed: initials or a role ("AB", "interprète ISM").
BY_MAX = 40


# Texts with a value per language that residents read, by kind of item, with their limits.
# Helper notes (French, for mediators), keywords (search words) and the term base are not.
_FIELDS: dict[str, tuple[tuple[str, int], ...]] = {
    "category": (("title", SHORT), ("description", SHORT)),
    "document": (("title", SHORT), ("what", LONG), ("looks_like", LONG), ("where", LONG)),
    "partner": (("description", LONG),),
    "procedure": (("title", SHORT), ("summary", LONG), ("audience", LONG), ("cost", SHORT), ("duration", SHORT)),
    "announcement": (("text", LONG),),
    "glossary": (("term", SHORT), ("explanation", LONG)),
}
_LISTS = {"category": "categories", "document": "documents", "partner": "partners",
          "procedure": "procedures", "announcement": "announcements", "glossary": "glossary"}
_WHAT = {"title": "title", "description": "description", "what": "what it is", "looks_like": "what it looks like",
         "where": "where to get it", "summary": "summary", "audience": "who it is for", "cost": "cost",
         "duration": "how long it takes", "text": "text", "term": "word", "explanation": "explanation"}


@dataclass(frozen=True)
class CatalogueText:
    """One text residents read: its key, its values per language, its length limit, what it is."""

    key: str
    values: dict[str, str]
    limit: int
    # What the text is, for a translator ("procedure rsa: step 2 of 5").
    what: str

    @property
    def french(self) -> str:
        return self.values.get(FALLBACK_LANGUAGE, "")


def source_hash(french: str) -> str:
    """What a review records of the French it was made against."""
    return hashlib.sha256(french.encode("utf-8")).hexdigest()[:SOURCE_DIGITS]


def _local(value: Any) -> dict[str, str] | None:
    return value if isinstance(value, dict) and isinstance(value.get(FALLBACK_LANGUAGE), str) else None


def item_texts(kind: str, item: dict[str, Any]) -> Iterator[CatalogueText]:
    """The resident texts of one item of the catalogue file (a procedure, a document...)."""
    slug = item.get("slug", "")
    for name, limit in _FIELDS[kind]:
        values = _local(item.get(name))
        if values is not None:
            yield CatalogueText(f"{kind}/{slug}/{name}", values, limit, f"{kind} {slug}: {_WHAT[name]}")
    if kind != "procedure":
        return
    steps = item.get("steps", [])
    for i, step in enumerate(steps):
        if (values := _local(step.get("text"))) is not None:
            yield CatalogueText(f"procedure/{slug}/steps/{i}/text", values, LONG,
                                f"procedure {slug}: step {i + 1} of {len(steps)}")
    seen: dict[str, int] = {}
    for needed in item.get("documents", []):
        # A document asked for twice (two identity papers) is "<slug>_2" the second time: slugs
        # have no "_".
        document = needed["document"]
        seen[document] = seen.get(document, 0) + 1
        name = document if seen[document] == 1 else f"{document}_{seen[document]}"
        if (values := _local(needed.get("note"))) is not None:
            yield CatalogueText(f"procedure/{slug}/documents/{name}/note", values, SHORT,
                                f"procedure {slug}: what it needs of the document {document}")
    for i, link in enumerate(item.get("links", [])):
        if (values := _local(link.get("label"))) is not None:
            yield CatalogueText(f"procedure/{slug}/links/{i}/label", values, SHORT,
                                f"procedure {slug}: the label of link {i + 1}")
    questions = item.get("eligibility", [])
    for i, question in enumerate(questions):
        for name, limit, what in (("question", QUESTION, "the question"), ("otherwise", ADVICE, "the advice otherwise")):
            if (values := _local(question.get(name))) is not None:
                yield CatalogueText(f"procedure/{slug}/eligibility/{i}/{name}", values, limit,
                                    f"procedure {slug}: 'is this for me?' question {i + 1} of {len(questions)}, {what}")


def catalogue_texts(content: dict[str, Any]) -> Iterator[CatalogueText]:
    """Every text residents read in a catalogue (the file's format), in the file's order."""
    for kind in ("category", "document", "partner", "procedure", "announcement", "glossary"):
        for item in content.get(_LISTS[kind], []):
            yield from item_texts(kind, item)


def procedure_texts(procedure: dict[str, Any], documents: dict[str, dict[str, Any]]) -> Iterator[CatalogueText]:
    """The texts a procedure's screens show: its own, its steps', its documents'."""
    yield from item_texts("procedure", procedure)
    for needed in procedure.get("documents", []):
        document = documents.get(needed["document"])
        if document is not None:
            yield from item_texts("document", document)


def state(text: CatalogueText, lang: str, review: dict[str, Any] | None) -> str:
    """``MACHINE``, ``REVIEWED``, ``NEEDS_REVIEW`` or ``MISSING`` for ``text`` in ``lang``."""
    if not text.values.get(lang):
        return MISSING
    if review is None:
        return MACHINE
    return REVIEWED if review.get("source") == source_hash(text.french) else NEEDS_REVIEW


def machine_translated(texts: Iterator[CatalogueText] | list[CatalogueText], lang: str,
                       reviews: dict[str, dict[str, Any]]) -> bool:
    """Whether a resident reading ``texts`` in ``lang`` reads a translation no person checked."""
    if lang == FALLBACK_LANGUAGE:
        return False
    return any(state(text, lang, reviews.get(text.key)) in (MACHINE, NEEDS_REVIEW) for text in texts)


def kept_reviews(content: dict[str, Any], reviews: dict[str, dict[str, dict[str, Any]]]
                 ) -> dict[str, dict[str, dict[str, Any]]]:
    """``reviews`` without what no longer applies (a deleted step, a language no longer offered, a
    translation removed), sorted, as the catalogue file holds them: what publishing writes."""
    languages = [lang["code"] for lang in content.get("languages", []) if lang["code"] != FALLBACK_LANGUAGE]
    texts = {text.key: text for text in catalogue_texts(content)}
    kept: dict[str, dict[str, dict[str, Any]]] = {}
    for lang in sorted(languages):
        entries = {key: reviews[lang][key] for key in sorted(reviews.get(lang, {}))
                   if key in texts and texts[key].values.get(lang)}
        if entries:
            kept[lang] = entries
    return kept


def check_reviews(content: dict[str, Any]) -> None:
    """The ``reviews`` of a catalogue name its languages (not French) and texts it has.

    Raises:
        KioskError: the first review that does not, in one sentence.
    """
    reviews = content.get("reviews")
    if not reviews:
        return
    languages = {lang["code"] for lang in content["languages"]} - {FALLBACK_LANGUAGE}
    texts = {text.key: text for text in catalogue_texts(content)}
    for lang, entries in reviews.items():
        if lang not in languages:
            raise KioskError(Message(CATALOGUE, QT_TRANSLATE_NOOP(
                "Catalogue", "The reviews name the language {lang}, which the catalogue does not translate into."),
                lang=repr(lang)))
        for key in entries:
            if key not in texts:
                raise KioskError(Message(CATALOGUE, QT_TRANSLATE_NOOP(
                    "Catalogue", "The reviews in {lang} name the text {key}, which is not in the catalogue."),
                    lang=lang, key=repr(key)))
            if not texts[key].values.get(lang):
                raise KioskError(Message(CATALOGUE, QT_TRANSLATE_NOOP(
                    "Catalogue", "The reviews in {lang} name the text {key}, which has no translation in {lang}."),
                    lang=lang, key=repr(key)))
