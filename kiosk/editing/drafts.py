"""Drafts: every kind of catalogue item as a plain dataclass, read from and written as the file does.

``to_json()`` gives an item exactly as the catalogue file writes it (stripped texts, empty
translations and empty optional fields left out); ``from_json()`` reads it back. Two drafts with
the same ``to_json()`` say the same thing: that is how the editor knows there are unsaved changes.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

Texts = dict[str, str]

KINDS = ("procedure", "partner", "announcement", "category", "document")
#: The catalogue file's list of each kind.
PLURAL = {"procedure": "procedures", "partner": "partners", "announcement": "announcements",
          "category": "categories", "document": "documents"}
STEP_KINDS = ("online", "on_site", "document", "phone")
MODES = ("online", "on_site", "both")
#: The answers of an "is this for me?" question, and how many questions a procedure may have.
ANSWERS = ("yes", "no")
MAX_QUESTIONS = 6
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SLUG_MAX = 80


def _texts(values: Any) -> Texts:
    """A LocalText as stored: stripped values, empty ones left out (they fall back to French)."""
    if not isinstance(values, dict):
        return {}
    return {lang: text.strip() for lang, text in values.items()
            if isinstance(text, str) and text.strip()}


def compact(item: dict[str, Any], *required: str) -> dict[str, Any]:
    """``item`` without its empty optional fields (as ``kiosk.publish`` writes the file)."""
    return {k: v for k, v in item.items() if k in required or v not in (None, "", [], {}, False)}


def _words(values: Iterable[Any]) -> list[str]:
    """A list of short strings: stripped, empty ones and repeats left out."""
    return list(dict.fromkeys(v.strip() for v in values if isinstance(v, str) and v.strip()))


@dataclass
class Source:
    """An official page a fact was checked against, and the day it was read (YYYY-MM-DD)."""

    url: str = ""
    checked_on: str = ""
    title: str = ""
    fiche_id: str = ""
    modified_on: str = ""

    def to_json(self) -> dict[str, Any]:
        return compact({"url": self.url.strip(), "title": self.title.strip(),
                         "checked_on": self.checked_on.strip(), "fiche_id": self.fiche_id.strip(),
                         "modified_on": self.modified_on.strip()}, "url", "checked_on")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Source:
        return cls(url=data.get("url", ""), checked_on=data.get("checked_on", ""),
                   title=data.get("title", ""), fiche_id=data.get("fiche_id", ""),
                   modified_on=data.get("modified_on", ""))


@dataclass
class Link:
    label: Texts = field(default_factory=dict)
    url: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"label": _texts(self.label), "url": self.url.strip()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Link:
        return cls(label=dict(data.get("label", {})), url=data.get("url", ""))


@dataclass
class StepDraft:
    kind: str = "online"
    text: Texts = field(default_factory=dict)
    url: str = ""
    #: The slug of the partner where this step is done, or "".
    partner: str = ""

    def to_json(self) -> dict[str, Any]:
        return compact({"kind": self.kind, "text": _texts(self.text), "url": self.url.strip(),
                         "partner": self.partner}, "kind", "text")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StepDraft:
        return cls(kind=data.get("kind", "online"), text=dict(data.get("text", {})),
                   url=data.get("url", ""), partner=data.get("partner", ""))


@dataclass
class NeededDocument:
    """A shared document a procedure asks for, with what this procedure needs of it."""

    document: str = ""
    note: Texts = field(default_factory=dict)
    optional: bool = False

    def to_json(self) -> dict[str, Any]:
        return compact({"document": self.document, "note": _texts(self.note),
                         "optional": self.optional}, "document")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NeededDocument:
        return cls(document=data.get("document", ""), note=dict(data.get("note", {})),
                   optional=bool(data.get("optional", False)))


@dataclass
class QuestionDraft:
    """An "is this for me?" question: the answer that keeps the procedure, the advice otherwise."""

    question: Texts = field(default_factory=dict)
    relevant_if: str = "yes"
    otherwise: Texts = field(default_factory=dict)
    #: The slug of a partner who can help otherwise, or "".
    partner: str = ""

    def to_json(self) -> dict[str, Any]:
        return compact({"question": _texts(self.question), "relevant_if": self.relevant_if,
                        "otherwise": _texts(self.otherwise), "partner": self.partner},
                       "question", "relevant_if", "otherwise")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QuestionDraft:
        return cls(question=dict(data.get("question", {})), relevant_if=data.get("relevant_if", "yes"),
                   otherwise=dict(data.get("otherwise", {})), partner=data.get("partner", ""))


class _Draft:
    """What every draft offers."""

    KIND: ClassVar[str]
    slug: str

    def to_json(self) -> dict[str, Any]:
        raise NotImplementedError

    @classmethod
    def from_json(cls, data: dict[str, Any]):
        raise NotImplementedError

    def label(self) -> str:
        """How a person names it: its French title (or name)."""
        raise NotImplementedError

    def normalized(self):
        """The same draft as it will be stored (stripped, empty values left out)."""
        return type(self).from_json(self.to_json())

    def same_as(self, other: _Draft | None) -> bool:
        return other is not None and self.to_json() == other.to_json()


@dataclass
class ProcedureDraft(_Draft):
    """Every field of a procedure (see ``$defs/procedure`` in data/catalogue.schema.json).

    Texts are ``{language code: text}``; ``slug`` is "" until the first save gives it one from
    the French title.
    """

    KIND: ClassVar[str] = "procedure"

    slug: str = ""
    category: str = ""
    status: str = "published"
    featured: bool = False
    title: Texts = field(default_factory=dict)
    summary: Texts = field(default_factory=dict)
    audience: Texts = field(default_factory=dict)
    mode: str = "online"
    cost: Texts = field(default_factory=dict)
    duration: Texts = field(default_factory=dict)
    online_service: str = ""
    links: list[Link] = field(default_factory=list)
    keywords: dict[str, list[str]] = field(default_factory=dict)
    documents: list[NeededDocument] = field(default_factory=list)
    steps: list[StepDraft] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    helper_notes: Texts = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)
    to_check: list[str] = field(default_factory=list)
    eligibility: list[QuestionDraft] = field(default_factory=list)

    def label(self) -> str:
        return self.title.get("fr", "").strip() or self.slug

    def to_json(self) -> dict[str, Any]:
        keywords = {lang: _words(words) for lang, words in self.keywords.items()}
        return compact({
            "slug": self.slug, "category": self.category, "title": _texts(self.title),
            "summary": _texts(self.summary), "audience": _texts(self.audience), "mode": self.mode,
            "cost": _texts(self.cost), "duration": _texts(self.duration),
            "online_service": self.online_service.strip(),
            "links": [link.to_json() for link in self.links],
            "keywords": {lang: words for lang, words in keywords.items() if words},
            "documents": [item.to_json() for item in self.documents],
            "steps": [step.to_json() for step in self.steps],
            "partners": list(dict.fromkeys(p for p in self.partners if p)),
            "helper_notes": _texts(self.helper_notes),
            "sources": [source.to_json() for source in self.sources],
            "to_check": _words(self.to_check),
            "status": None if self.status == "published" else self.status,
            "featured": self.featured,
            "eligibility": [question.to_json() for question in self.eligibility],
        }, "slug", "category", "title", "summary", "mode", "documents", "steps", "sources")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ProcedureDraft:
        return cls(
            slug=data.get("slug", ""), category=data.get("category", ""),
            status=data.get("status", "published"), featured=bool(data.get("featured", False)),
            title=dict(data.get("title", {})),
            summary=dict(data.get("summary", {})), audience=dict(data.get("audience") or {}),
            mode=data.get("mode", "online"), cost=dict(data.get("cost") or {}),
            duration=dict(data.get("duration") or {}), online_service=data.get("online_service", ""),
            links=[Link.from_json(item) for item in data.get("links", [])],
            keywords={lang: list(words) for lang, words in data.get("keywords", {}).items()},
            documents=[NeededDocument.from_json(item) for item in data.get("documents", [])],
            steps=[StepDraft.from_json(item) for item in data.get("steps", [])],
            partners=list(data.get("partners", [])), helper_notes=dict(data.get("helper_notes") or {}),
            sources=[Source.from_json(item) for item in data.get("sources", [])],
            to_check=list(data.get("to_check", [])),
            eligibility=[QuestionDraft.from_json(item) for item in data.get("eligibility", [])],
        )


@dataclass
class PartnerDraft(_Draft):
    """A local partner, with data·inclusion's field names; hours in OSM ``opening_hours`` syntax."""

    KIND: ClassVar[str] = "partner"

    slug: str = ""
    name: str = ""
    description: Texts = field(default_factory=dict)
    adresse: str = ""
    complement_adresse: str = ""
    code_postal: str = ""
    commune: str = ""
    telephone: str = ""
    courriel: str = ""
    site_web: str = ""
    horaires_accueil: str = ""
    horaires_texte: str = ""
    thematiques: list[str] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    to_check: list[str] = field(default_factory=list)

    _PLAIN: ClassVar[tuple[str, ...]] = (
        "adresse", "complement_adresse", "code_postal", "commune", "telephone", "courriel",
        "site_web", "horaires_accueil", "horaires_texte")

    def label(self) -> str:
        return self.name.strip() or self.slug

    def to_json(self) -> dict[str, Any]:
        return compact({
            "slug": self.slug, "name": self.name.strip(), "description": _texts(self.description),
            **{name: getattr(self, name).strip() for name in self._PLAIN},
            "thematiques": _words(self.thematiques), "sites": _words(self.sites),
            "sources": [source.to_json() for source in self.sources],
            "to_check": _words(self.to_check),
        }, "slug", "name", "sites")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PartnerDraft:
        return cls(
            slug=data.get("slug", ""), name=data.get("name", ""),
            description=dict(data.get("description") or {}),
            **{name: data.get(name) or "" for name in cls._PLAIN},
            thematiques=list(data.get("thematiques", [])), sites=list(data.get("sites", [])),
            sources=[Source.from_json(item) for item in data.get("sources", [])],
            to_check=list(data.get("to_check", [])),
        )


@dataclass
class AnnouncementDraft(_Draft):
    """An "info flash" for the home screen, shown from ``valid_from`` to ``valid_until``."""

    KIND: ClassVar[str] = "announcement"

    slug: str = ""
    text: Texts = field(default_factory=dict)
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    sites: list[str] = field(default_factory=list)

    def label(self) -> str:
        first = self.text.get("fr", "").strip().split("\n")[0]
        return (first[:60] + "…" if len(first) > 60 else first) or self.slug

    def to_json(self) -> dict[str, Any]:
        return compact({
            "slug": self.slug, "text": _texts(self.text),
            "valid_from": self.valid_from.isoformat() if self.valid_from else "",
            "valid_until": self.valid_until.isoformat() if self.valid_until else "",
            "sites": _words(self.sites)}, "slug", "text", "valid_from", "valid_until")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AnnouncementDraft:
        return cls(slug=data.get("slug", ""), text=dict(data.get("text", {})),
                   valid_from=as_date(data.get("valid_from")), valid_until=as_date(data.get("valid_until")),
                   sites=list(data.get("sites", [])))


@dataclass
class CategoryDraft(_Draft):
    """A life-event category of the home screen."""

    KIND: ClassVar[str] = "category"

    slug: str = ""
    title: Texts = field(default_factory=dict)
    description: Texts = field(default_factory=dict)
    pictogram: str = ""

    def label(self) -> str:
        return self.title.get("fr", "").strip() or self.slug

    def to_json(self) -> dict[str, Any]:
        return compact({"slug": self.slug, "title": _texts(self.title),
                         "description": _texts(self.description), "pictogram": self.pictogram.strip()},
                        "slug", "title", "pictogram")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CategoryDraft:
        return cls(slug=data.get("slug", ""), title=dict(data.get("title", {})),
                   description=dict(data.get("description") or {}), pictogram=data.get("pictogram", ""))


@dataclass
class DocumentDraft(_Draft):
    """A document residents are asked for, explained in plain words; shared between procedures."""

    KIND: ClassVar[str] = "document"

    slug: str = ""
    title: Texts = field(default_factory=dict)
    what: Texts = field(default_factory=dict)
    looks_like: Texts = field(default_factory=dict)
    where: Texts = field(default_factory=dict)
    pictogram: str = ""
    sources: list[Source] = field(default_factory=list)
    to_check: list[str] = field(default_factory=list)

    def label(self) -> str:
        return self.title.get("fr", "").strip() or self.slug

    def to_json(self) -> dict[str, Any]:
        return compact({
            "slug": self.slug, "title": _texts(self.title), "what": _texts(self.what),
            "looks_like": _texts(self.looks_like), "where": _texts(self.where),
            "pictogram": self.pictogram.strip(), "sources": [s.to_json() for s in self.sources],
            "to_check": _words(self.to_check)}, "slug", "title", "what", "pictogram")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DocumentDraft:
        return cls(slug=data.get("slug", ""), title=dict(data.get("title", {})),
                   what=dict(data.get("what", {})), looks_like=dict(data.get("looks_like") or {}),
                   where=dict(data.get("where") or {}), pictogram=data.get("pictogram", ""),
                   sources=[Source.from_json(item) for item in data.get("sources", [])],
                   to_check=list(data.get("to_check", [])))


DRAFTS: dict[str, type[_Draft]] = {
    cls.KIND: cls for cls in (ProcedureDraft, PartnerDraft, AnnouncementDraft, CategoryDraft, DocumentDraft)
}
Draft = ProcedureDraft | PartnerDraft | AnnouncementDraft | CategoryDraft | DocumentDraft


def as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def draft_from_json(kind: str, data: dict[str, Any]) -> Draft:
    return DRAFTS[kind].from_json(data)


# --- slugs -------------------------------------------------------------------------------------


def slugify(text: str, limit: int = 60) -> str:
    """``text`` as a slug: ASCII letters and digits joined by hyphens ("" when none are left)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] if "-" in slug[:limit] else slug[:limit]
    return slug
