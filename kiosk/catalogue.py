"""What screens and commands ask of the catalogue, as plain data objects.

Screens never query the database: they call these functions (off the UI thread where they may
take longer than a frame) and get frozen dataclasses back. They read through plain SQL
(``Database.read``), so that the kiosk shows its home screen without loading SQLAlchemy; the
tables are those of kiosk/models.py, whose JSON columns arrive here as text.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, replace

from kiosk.database import Database, json_value
from kiosk.glossary import GlossaryTerm, forms_for, found_in
from kiosk.reviews import machine_translated, procedure_texts
from kiosk.sources import checked_against
from kiosk.text import Localized, localize, plain_line


def _localized(value: str | None, lang: str) -> Localized:
    return localize(json_value(value), lang)


def _datetime(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


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
class SyncRecord:
    """One line of the sync history."""

    at: dt.datetime
    source: str
    outcome: str
    reason: str
    version: int | None


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
    with db.read() as connection:
        rows = connection.execute("SELECT code, name, direction FROM languages ORDER BY position")
        return [LanguageInfo(r["code"], r["name"], r["direction"]) for r in rows]


def categories(db: Database, lang: str) -> list[CategoryCard]:
    """The life-event categories in catalogue order, with their count of published procedures."""
    with db.read() as connection:
        rows = connection.execute(
            "SELECT c.slug, c.title, c.description, c.pictogram, count(p.id) AS n "
            "FROM categories c LEFT JOIN procedures p ON p.category_id = c.id AND p.status = 'published' "
            "GROUP BY c.id ORDER BY c.position")
        return [CategoryCard(r["slug"], _localized(r["title"], lang), _localized(r["description"], lang),
                             r["pictogram"], r["n"]) for r in rows]


def procedures_in(db: Database, category_slug: str, lang: str, *, offset: int = 0,
                  limit: int | None = None) -> tuple[list[ProcedureCard], int]:
    """A page of a category's published procedures in catalogue order, and how many there are."""
    published_in = ("FROM procedures p JOIN categories c ON c.id = p.category_id "
                    "WHERE c.slug = ? AND p.status = 'published'")
    with db.read() as connection:
        total = connection.execute(f"SELECT count(*) {published_in}", (category_slug,)).fetchone()[0]
        rows = connection.execute(
            f"SELECT p.slug, p.title, p.summary, p.mode {published_in} ORDER BY p.position LIMIT ? OFFSET ?",
            (category_slug, -1 if limit is None else limit, offset))
        cards = [ProcedureCard(r["slug"], _localized(r["title"], lang), _localized(r["summary"], lang),
                               r["mode"]) for r in rows]
        return cards, total


def announcements(db: Database, site: str, today: dt.date, lang: str, *,
                  until: dt.date | None = None) -> list[AnnouncementView]:
    """Announcements valid today for this site (an announcement naming no site is for all).

    With ``until``: those valid on at least one day from ``today`` to ``until`` (the info flash
    takes those of the rest of the month).
    """
    with db.read() as connection:
        rows = connection.execute(
            "SELECT slug, text, sites FROM announcements WHERE valid_from <= ? AND valid_until >= ? "
            "ORDER BY valid_from DESC, slug", ((until or today).isoformat(), today.isoformat()))
        return [AnnouncementView(r["slug"], _localized(r["text"], lang))
                for r in rows if not (sites := json_value(r["sites"])) or site in sites]


def featured_procedures(db: Database) -> list[str]:
    """The slugs of the published procedures marked for the info flash, in catalogue order."""
    with db.read() as connection:
        rows = connection.execute(
            "SELECT p.slug FROM procedures p JOIN categories c ON c.id = p.category_id "
            "WHERE p.featured AND p.status = 'published' ORDER BY c.position, p.position")
        return [r["slug"] for r in rows]


def site_slugs(db: Database) -> list[str]:
    """The sites the catalogue serves."""
    with db.read() as connection:
        return [r["slug"] for r in connection.execute("SELECT slug FROM sites ORDER BY slug")]


def catalogue_status(db: Database, now: dt.datetime) -> CatalogueStatus | None:
    """The applied catalogue's envelope and counts; None when no catalogue is loaded."""
    with db.read() as connection:
        info = connection.execute(
            "SELECT version, sha256, published_at, expires_at, source FROM catalogue_info WHERE id = 1"
        ).fetchone()
        if info is None:
            return None
        counts = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("procedures", "categories", "partners", "languages", "documents")}
        expires_at = _datetime(info["expires_at"])
        return CatalogueStatus(
            version=info["version"],
            sha256=info["sha256"],
            published_at=_datetime(info["published_at"]),
            expires_at=expires_at,
            outdated=now >= expires_at,
            source=info["source"],
            counts=counts,
        )


def has_catalogue(db: Database) -> bool:
    """Whether a catalogue has been applied (the starter one at least)."""
    with db.read() as connection:
        return connection.execute("SELECT 1 FROM catalogue_info WHERE id = 1").fetchone() is not None


def sync_history(db: Database, limit: int = 20) -> list[SyncRecord]:
    """The last sync attempts, newest first (for the admin screen)."""
    with db.read() as connection:
        rows = connection.execute(
            "SELECT at, source, outcome, reason, version FROM sync_history ORDER BY at DESC, id DESC LIMIT ?",
            (limit,))
        # plain_line again: rows recorded before reasons were made plain may hold terminal escapes.
        return [SyncRecord(_datetime(r["at"]), plain_line(r["source"]), r["outcome"], plain_line(r["reason"]),
                           r["version"]) for r in rows]


def last_sync(db: Database) -> SyncRecord | None:
    history = sync_history(db, 1)
    return history[0] if history else None


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
    #: The glossary words found in its texts (filled by ``load_document`` only).
    glossary: tuple[GlossaryTerm, ...] = ()


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
class QuestionView:
    """An "is this for me?" question: the procedure stays relevant when the answer is ``relevant_if``
    (True: yes); otherwise the resident reads ``otherwise``, with ``partner``'s card if reachable."""

    question: Localized
    relevant_if: bool
    otherwise: Localized
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
    #: What residents are told the text was checked against: the main source's site
    #: ("service-public.fr") and its page's date (kiosk.sources.checked_against).
    source_site: str = ""
    page_date: dt.date | None = None
    #: The glossary words found anywhere in the procedure's texts, in order of appearance.
    glossary: tuple[GlossaryTerm, ...] = ()
    #: Some text of the procedure, its steps or its documents is shown in a translation no person
    #: reviewed against today's French (``kiosk.reviews``); never in French.
    machine_translated: bool = False
    #: The "is this for me?" questions, in order (none: the procedure screen offers none).
    questions: tuple[QuestionView, ...] = ()

    def resident_texts(self) -> list[str]:
        """Every catalogue text of the procedure that residents read, as shown."""
        texts = [self.title, self.summary, self.audience, self.cost, self.duration]
        texts += [item.document.title for item in self.checklist] + [item.note for item in self.checklist]
        texts += [step.text for step in self.steps]
        return [text.text for text in texts]

    def has_fallback(self) -> bool:
        """Whether any text shown is the French one, for want of a translation."""
        texts = [self.title, self.summary, self.audience, self.cost, self.duration]
        texts += [item.document.title for item in self.checklist] + [item.note for item in self.checklist]
        texts += [step.text for step in self.steps]
        return any(text.fallback for text in texts)


_DOCUMENT = "d.slug, d.title, d.what, d.looks_like, d.where_to_get, d.pictogram"
_PARTNER = ("pa.slug, pa.name, pa.description, pa.adresse, pa.complement_adresse, pa.code_postal, "
            "pa.commune, pa.telephone, pa.courriel, pa.site_web, pa.horaires_accueil, pa.horaires_texte, "
            "pa.thematiques, pa.sites, pa.to_check")


def _document_view(r: sqlite3.Row, lang: str) -> DocumentView:
    return DocumentView(r["slug"], _localized(r["title"], lang), _localized(r["what"], lang),
                        _localized(r["looks_like"], lang), _localized(r["where_to_get"], lang), r["pictogram"])


def _reachable(r: sqlite3.Row) -> bool:
    """Whether residents can find or call the partner: a street address, a phone or a website.

    A partner whose details could not be confirmed stays in the catalogue for the assistant (with its
    ``to_check`` notes) but is never shown to residents: a name alone sends them nowhere.
    """
    return any((r["adresse"] or "").strip() or (r[field] or "").strip() for field in ("telephone", "site_web"))


def _partner_view(r: sqlite3.Row, lang: str) -> PartnerView:
    town = " ".join(part for part in (r["code_postal"], r["commune"]) if part)
    address = ", ".join(part for part in (r["adresse"], r["complement_adresse"], town) if part)
    return PartnerView(
        slug=r["slug"], name=r["name"], description=_localized(r["description"], lang), address=address,
        telephone=r["telephone"] or "", email=r["courriel"] or "", website=r["site_web"] or "",
        opening_hours=r["horaires_accueil"] or "", opening_hours_text=r["horaires_texte"] or "",
        themes=tuple(json_value(r["thematiques"]) or ()), to_check=tuple(json_value(r["to_check"]) or ()),
    )


def load_procedure(db: Database, slug: str, lang: str) -> ProcedureView | None:
    """Everything about one published procedure in ``lang``; None when there is no such procedure."""
    with db.read() as connection:
        p = connection.execute(
            "SELECT p.*, c.slug AS category_slug, c.title AS category_title, c.pictogram AS category_pictogram "
            "FROM procedures p JOIN categories c ON c.id = p.category_id "
            "WHERE p.slug = ? AND p.status = 'published'", (slug,)).fetchone()
        if p is None:
            return None
        checklist = connection.execute(
            f"SELECT {_DOCUMENT}, pd.note, pd.optional FROM procedure_documents pd "
            "JOIN documents d ON d.id = pd.document_id WHERE pd.procedure_id = ? ORDER BY pd.position",
            (p["id"],)).fetchall()
        steps = connection.execute(
            f"SELECT s.kind, s.text, s.url, pa.id IS NOT NULL AS has_partner, {_PARTNER} FROM steps s "
            "LEFT JOIN partners pa ON pa.id = s.partner_id WHERE s.procedure_id = ? ORDER BY s.position",
            (p["id"],)).fetchall()
        partners_ = connection.execute(
            f"SELECT {_PARTNER} FROM procedure_partners pp JOIN partners pa ON pa.id = pp.partner_id "
            "WHERE pp.procedure_id = ? ORDER BY pp.position", (p["id"],)).fetchall()
        questions = connection.execute(
            f"SELECT q.question, q.relevant_if, q.otherwise, pa.id IS NOT NULL AS has_partner, {_PARTNER} "
            "FROM eligibility_questions q LEFT JOIN partners pa ON pa.id = q.partner_id "
            "WHERE q.procedure_id = ? ORDER BY q.position", (p["id"],)).fetchall()
        terms = _glossary_terms(connection, lang)
        machine = _machine_translated(connection, p, checklist, steps, lang)
    sources = json_value(p["sources"]) or ()
    checked = [dt.date.fromisoformat(source["checked_on"]) for source in sources if source.get("checked_on")]
    source_site, page_date = checked_against(sources)
    view = ProcedureView(
        slug=p["slug"],
        category_slug=p["category_slug"],
        category=_localized(p["category_title"], lang),
        category_pictogram=p["category_pictogram"],
        title=_localized(p["title"], lang),
        summary=_localized(p["summary"], lang),
        audience=_localized(p["audience"], lang),
        mode=p["mode"],
        cost=_localized(p["cost"], lang),
        duration=_localized(p["duration"], lang),
        online_service=p["online_service"] or "",
        checklist=tuple(ChecklistItem(_document_view(r, lang), _localized(r["note"], lang), bool(r["optional"]))
                        for r in checklist),
        steps=tuple(StepView(r["kind"], _localized(r["text"], lang), r["url"] or "",
                             _partner_view(r, lang) if r["has_partner"] and _reachable(r) else None)
                    for r in steps),
        partners=tuple(_partner_view(r, lang) for r in partners_ if _reachable(r)),
        helper_notes=_localized(p["helper_notes"], lang),
        checked_on=max(checked) if checked else None,
        to_check=tuple(json_value(p["to_check"]) or ()),
        source_site=source_site,
        page_date=page_date,
        machine_translated=machine,
        questions=tuple(QuestionView(_localized(r["question"], lang), r["relevant_if"] == "yes",
                                     _localized(r["otherwise"], lang),
                                     _partner_view(r, lang) if r["has_partner"] and _reachable(r) else None)
                        for r in questions),
    )
    # A document of the checklist has its own "i" button already.
    in_checklist = {item.document.slug for item in view.checklist}
    return replace(view, glossary=tuple(term for term in found_in(terms, view.resident_texts())
                                        if term.document not in in_checklist or not term.document))


def _machine_translated(connection: sqlite3.Connection, p: sqlite3.Row, checklist: list[sqlite3.Row],
                        steps: list[sqlite3.Row], lang: str) -> bool:
    """Whether a text of the procedure, its steps or its documents is read in ``lang`` in a
    translation nobody reviewed against today's French."""
    if lang == "fr":
        return False
    procedure = {"slug": p["slug"], "links": json_value(p["links"]) or [],
                 **{name: json_value(p[name]) for name in ("title", "summary", "audience", "cost", "duration")},
                 "steps": [{"text": json_value(r["text"])} for r in steps],
                 "documents": [{"document": r["slug"], "note": json_value(r["note"])} for r in checklist]}
    documents = {r["slug"]: {"slug": r["slug"], "title": json_value(r["title"]), "what": json_value(r["what"]),
                             "looks_like": json_value(r["looks_like"]), "where": json_value(r["where_to_get"])}
                 for r in checklist}
    texts = list(procedure_texts(procedure, documents))
    keys = [text.key for text in texts]
    reviews = {}
    for start in range(0, len(keys), 500):  # SQLite's limit of bound parameters
        part = keys[start:start + 500]
        reviews.update({r["key"]: {"source": r["source"]} for r in connection.execute(
            f"SELECT key, source FROM translation_reviews WHERE lang = ? AND key IN ({','.join('?' * len(part))})",
            (lang, *part))})
    return machine_translated(texts, lang, reviews)


def load_document(db: Database, slug: str, lang: str) -> DocumentView | None:
    """A document with the glossary words of its texts (but the entries that open this document)."""
    with db.read() as connection:
        row = connection.execute(f"SELECT {_DOCUMENT} FROM documents d WHERE d.slug = ?", (slug,)).fetchone()
        if row is None:
            return None
        terms = [term for term in _glossary_terms(connection, lang) if term.document != slug]
    view = _document_view(row, lang)
    return replace(view, glossary=found_in(terms, [view.what.text, view.looks_like.text, view.where_to_get.text]))


# --- the glossary -----------------------------------------------------------------------------


@dataclass(frozen=True)
class GlossaryView:
    """A glossary entry explained, as the glossary screen shows it."""

    slug: str
    title: Localized
    explanation: Localized
    #: The document that explains the word, if any ("" otherwise).
    document: str
    #: Other glossary words found in the explanation.
    glossary: tuple[GlossaryTerm, ...]


def _glossary_terms(connection: sqlite3.Connection, lang: str) -> list[GlossaryTerm]:
    rows = connection.execute(
        "SELECT g.slug, g.term, g.also, d.slug AS document FROM glossary_entries g "
        "LEFT JOIN documents d ON d.id = g.document_id ORDER BY g.id")
    terms = []
    for r in rows:
        term = json_value(r["term"]) or {}
        terms.append(GlossaryTerm(r["slug"], localize(term, lang), r["document"] or "",
                                  forms_for(term, json_value(r["also"]), lang)))
    return terms


def glossary_terms(db: Database, lang: str) -> list[GlossaryTerm]:
    """Every glossary entry, with the forms to find in texts of ``lang``."""
    with db.read() as connection:
        return _glossary_terms(connection, lang)


def load_glossary_entry(db: Database, slug: str, lang: str) -> GlossaryView | None:
    """One glossary entry in ``lang``; None when there is no such entry."""
    with db.read() as connection:
        row = connection.execute(
            "SELECT g.slug, g.term, g.explanation, d.slug AS document FROM glossary_entries g "
            "LEFT JOIN documents d ON d.id = g.document_id WHERE g.slug = ?", (slug,)).fetchone()
        if row is None:
            return None
        terms = [term for term in _glossary_terms(connection, lang) if term.slug != slug]
    explanation = _localized(row["explanation"], lang)
    return GlossaryView(row["slug"], _localized(row["term"], lang), explanation, row["document"] or "",
                        found_in(terms, [explanation.text]))


def partners(db: Database, site: str, lang: str) -> list[PartnerView]:
    """The partners of this site (a partner naming no site serves all) that residents can reach, by name."""
    with db.read() as connection:
        rows = connection.execute(f"SELECT {_PARTNER} FROM partners pa ORDER BY pa.name").fetchall()
    return [_partner_view(r, lang) for r in rows
            if _reachable(r) and (not (sites := json_value(r["sites"])) or site in sites)]


#: The partner whose digital mediator works in the neighbourhood centre itself: shown first.
MEDIATOR = "maison-quartier-roseraie"
#: data·inclusion codes of partners who help with procedures: every "numerique--..." one, and
#: help with administrative procedures (older and current code).
HELPING_PREFIXES = ("numerique--",)
HELPING_CODES = (
    "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
    "acces-aux-droits-et-citoyennete--accompagnement-dans-les-demarches-administratives",
)


def helpers(all_partners: list[PartnerView]) -> list[PartnerView]:
    """The mediator first, then partners helping with digital matters, then with procedures.

    The Help screen lists them; the info flash gives the first one's hours.
    """

    def rank(partner: PartnerView) -> int | None:
        if partner.slug == MEDIATOR:
            return 0
        if any(code.startswith(HELPING_PREFIXES) for code in partner.themes):
            return 1
        if any(code in HELPING_CODES for code in partner.themes):
            return 2
        return None

    ranked = [(rank(p), index, p) for index, p in enumerate(all_partners)]
    return [p for r, _, p in sorted((r, i, p) for r, i, p in ranked if r is not None)]


def site_name(db: Database, site: str, lang: str) -> Localized:
    with db.read() as connection:
        row = connection.execute("SELECT name FROM sites WHERE slug = ?", (site,)).fetchone()
        return _localized(row["name"] if row else None, lang)
