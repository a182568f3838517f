"""Storing drafts: saving, deleting and taking back items, each save recorded; lists for the editor.

Saving keeps work in progress: it refuses only what cannot be stored (an unknown category,
document, partner or site, a bad slug, missing dates). Each save is one transaction: the item,
its ``EditRecord`` (before, after, which fields changed) and the search index.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from kiosk import models as m
from kiosk.database import Database
from kiosk.editing.drafts import (ANSWERS, MAX_QUESTIONS, MODES, SLUG, SLUG_MAX, STEP_KINDS, AnnouncementDraft, Draft,
                                  ProcedureDraft, as_date, compact, draft_from_json, slugify)
from kiosk.errors import KioskError
from kiosk.messages import QT_TRANSLATE_NOOP, Message
from kiosk.search import rebuild_index


#: The translation context of what saving refuses.
SAVING = "Saving"
#: The kinds of item as refusals name them.
_KIND_NAMES = {"procedure": QT_TRANSLATE_NOOP("Saving", "procedure"),
               "partner": QT_TRANSLATE_NOOP("Saving", "partner"),
               "announcement": QT_TRANSLATE_NOOP("Saving", "announcement"),
               "category": QT_TRANSLATE_NOOP("Saving", "category"),
               "document": QT_TRANSLATE_NOOP("Saving", "document"),
               "site": QT_TRANSLATE_NOOP("Saving", "site")}
_OWNERS = {"procedure": QT_TRANSLATE_NOOP("Saving", "The procedure {slug}"),
           "partner": QT_TRANSLATE_NOOP("Saving", "The partner {slug}"),
           "announcement": QT_TRANSLATE_NOOP("Saving", "The announcement {slug}")}


def _kind_name(kind: str) -> Message:
    return Message(SAVING, _KIND_NAMES[kind])


def _owner(kind: str, slug: str) -> Message:
    return Message(SAVING, _OWNERS[kind], slug=repr(slug))


def new_slug(db: Database, kind: str, title: str) -> str:
    """A slug made from ``title`` that no item of ``kind`` has yet ("caf-2" after "caf")."""
    base = slugify(title) or kind
    with db.engine.connect() as connection:
        return _free_slug(connection, kind, base)


def _free_slug(connection: Connection, kind: str, base: str) -> str:
    model = _MODELS[kind]
    taken = set(connection.scalars(select(model.slug).where(model.slug.like(f"{base}%"))))
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


# --- reading and writing items ------------------------------------------------------------------

_MODELS: dict[str, Any] = {"procedure": m.Procedure, "partner": m.Partner, "announcement": m.Announcement,
                           "category": m.Category, "document": m.Document}
#: What a procedure's rows own, deleted with it or before it is written again.
_PROCEDURE_CHILDREN = (m.Step, m.ProcedureDocument, m.ProcedurePartner, m.EligibilityQuestion)
_PARTNER_COLUMNS = ("name", "description", "adresse", "complement_adresse", "code_postal", "commune",
                    "telephone", "courriel", "site_web", "horaires_accueil", "horaires_texte")


def _read(connection: Connection, kind: str, slug: str) -> dict[str, Any] | None:
    """One item as the catalogue file writes it (what ``kiosk.publish`` would export), or None."""
    model = _MODELS[kind]
    row = connection.execute(select(model.__table__).where(model.slug == slug)).first()
    if row is None:
        return None
    if kind == "procedure":
        return _procedure_json(connection, row)
    if kind == "partner":
        return compact({"slug": row.slug, **{name: getattr(row, name) for name in _PARTNER_COLUMNS},
                         "thematiques": row.thematiques, "sites": row.sites, "sources": row.sources,
                         "to_check": row.to_check}, "sites")
    if kind == "announcement":
        return compact({"slug": row.slug, "text": row.text, "valid_from": row.valid_from.isoformat(),
                         "valid_until": row.valid_until.isoformat(), "sites": row.sites})
    if kind == "category":
        return compact({"slug": row.slug, "title": row.title, "description": row.description,
                         "pictogram": row.pictogram})
    return compact({"slug": row.slug, "title": row.title, "what": row.what, "looks_like": row.looks_like,
                     "where": row.where_to_get, "pictogram": row.pictogram, "sources": row.sources,
                     "to_check": row.to_check})


def _procedure_json(connection: Connection, row: Any) -> dict[str, Any]:
    pid = row.id
    category = connection.scalar(select(m.Category.slug).where(m.Category.id == row.category_id))
    steps = connection.execute(
        select(m.Step.kind, m.Step.text, m.Step.url, m.Partner.slug.label("partner"))
        .outerjoin(m.Partner, m.Step.partner_id == m.Partner.id)
        .where(m.Step.procedure_id == pid).order_by(m.Step.position))
    needed = connection.execute(
        select(m.Document.slug, m.ProcedureDocument.note, m.ProcedureDocument.optional)
        .join(m.Document, m.ProcedureDocument.document_id == m.Document.id)
        .where(m.ProcedureDocument.procedure_id == pid).order_by(m.ProcedureDocument.position))
    helpers = connection.scalars(
        select(m.Partner.slug).join(m.ProcedurePartner, m.ProcedurePartner.partner_id == m.Partner.id)
        .where(m.ProcedurePartner.procedure_id == pid).order_by(m.ProcedurePartner.position))
    questions = connection.execute(
        select(m.EligibilityQuestion.question, m.EligibilityQuestion.relevant_if,
               m.EligibilityQuestion.otherwise, m.Partner.slug.label("partner"))
        .outerjoin(m.Partner, m.EligibilityQuestion.partner_id == m.Partner.id)
        .where(m.EligibilityQuestion.procedure_id == pid).order_by(m.EligibilityQuestion.position))
    return compact({
        "slug": row.slug, "category": category, "title": row.title, "summary": row.summary,
        "audience": row.audience, "mode": row.mode, "cost": row.cost, "duration": row.duration,
        "online_service": row.online_service, "links": row.links, "keywords": row.keywords,
        "documents": [compact({"document": d.slug, "note": d.note, "optional": d.optional}, "document")
                      for d in needed],
        "steps": [compact({"kind": s.kind, "text": s.text, "url": s.url, "partner": s.partner}, "kind", "text")
                  for s in steps],
        "partners": list(helpers), "helper_notes": row.helper_notes, "sources": row.sources,
        "to_check": row.to_check, "status": None if row.status == "published" else row.status,
        "featured": row.featured,
        "eligibility": [compact({"question": q.question, "relevant_if": q.relevant_if, "otherwise": q.otherwise,
                                 "partner": q.partner}, "question", "relevant_if", "otherwise")
                        for q in questions],
    }, "documents", "steps", "sources")


def _ids(connection: Connection, model: Any, slugs: Iterable[str], what: str, owner: Message) -> dict[str, int]:
    wanted = set(slugs)
    if not wanted:
        return {}
    key = getattr(model, "id", model.slug)  # sites have no number
    found = {r[0]: r[1] for r in connection.execute(select(model.slug, key).where(model.slug.in_(wanted)))}
    missing = sorted(wanted - found.keys())
    if missing:
        raise KioskError(Message(SAVING, QT_TRANSLATE_NOOP(
            "Saving", "{owner} refers to the {what} {slug}, which is not in the catalogue; choose another {what} "
                      "or create it first."), owner=owner, what=_kind_name(what), slug=repr(missing[0])))
    return found


def _write(connection: Connection, kind: str, data: dict[str, Any], existing: bool) -> None:
    """Store ``data`` (one item in the file's format); ``existing``: replace the item of that slug."""
    slug = data["slug"]
    if kind == "procedure":
        _write_procedure(connection, data, existing)
        return
    if kind == "partner":
        values = {name: data.get(name) for name in _PARTNER_COLUMNS}
        values.update(thematiques=data.get("thematiques", []), sites=data.get("sites", []),
                      sources=data.get("sources", []), to_check=data.get("to_check", []))
        _ids(connection, m.Site, values["sites"], "site", _owner("partner", slug))
    elif kind == "announcement":
        start, end = as_date(data.get("valid_from")), as_date(data.get("valid_until"))
        if start is None or end is None:
            raise KioskError(Message(SAVING, QT_TRANSLATE_NOOP(
                "Saving", "An announcement needs the first and the last day it is shown.")))
        values = {"text": data["text"], "valid_from": start, "valid_until": end, "sites": data.get("sites", [])}
        _ids(connection, m.Site, values["sites"], "site", _owner("announcement", slug))
    elif kind == "category":
        values = {"title": data["title"], "description": data.get("description"),
                  "pictogram": data.get("pictogram", "")}
        if not existing:
            values["position"] = _next_position(connection, m.Category.position)
    else:
        values = {"title": data["title"], "what": data["what"], "looks_like": data.get("looks_like"),
                  "where_to_get": data.get("where"), "pictogram": data.get("pictogram", ""),
                  "sources": data.get("sources", []), "to_check": data.get("to_check", [])}
    model = _MODELS[kind]
    if existing:
        connection.execute(update(model.__table__).where(model.slug == slug).values(**values))
    else:
        connection.execute(insert(model.__table__).values(slug=slug, **values))


def _next_position(connection: Connection, column: Any, *where: Any) -> int:
    highest = connection.scalar(select(func.max(column)).where(*where))
    return 0 if highest is None else highest + 1


def _write_procedure(connection: Connection, data: dict[str, Any], existing: bool) -> None:
    slug = data["slug"]
    owner = _owner("procedure", slug)
    if data.get("mode") not in MODES:
        raise KioskError(Message(SAVING, QT_TRANSLATE_NOOP(
            "Saving", "{owner} must be done online, at an office, or both: choose one."), owner=owner))
    if any(step.get("kind") not in STEP_KINDS for step in data["steps"]):
        raise KioskError(Message(SAVING, QT_TRANSLATE_NOOP(
            "Saving", "Each step of the procedure {slug} is done online, on site, with a document or by phone: "
                      "choose one."), slug=repr(slug)))
    if not data.get("category"):
        raise KioskError(Message(SAVING, QT_TRANSLATE_NOOP("Saving", "Choose the category of the procedure {slug}."),
                                 slug=repr(slug)))
    category = _ids(connection, m.Category, [data["category"]], "category", owner)
    documents = _ids(connection, m.Document, [d["document"] for d in data["documents"]], "document", owner)
    questions = data.get("eligibility", [])
    if len(questions) > MAX_QUESTIONS:
        raise KioskError(Message(SAVING, QT_TRANSLATE_NOOP(
            "Saving", "{owner} has {count} \"is this for me?\" questions; it may have {most} at most."),
            owner=owner, count=len(questions), most=MAX_QUESTIONS))
    if any(q.get("relevant_if") not in ANSWERS for q in questions):
        raise KioskError(Message(SAVING, QT_TRANSLATE_NOOP(
            "Saving", "For each \"is this for me?\" question of {owner}, choose the answer that keeps the "
                      "procedure for the resident: yes or no."), owner=owner))
    partners = _ids(connection, m.Partner, [s["partner"] for s in data["steps"] if s.get("partner")]
                    + list(data.get("partners", [])) + [q["partner"] for q in questions if q.get("partner")],
                    "partner", owner)
    category_id = category[data["category"]]
    values = {
        "category_id": category_id, "status": data.get("status", "published"),
        "featured": bool(data.get("featured", False)), "title": data["title"],
        "summary": data["summary"], "audience": data.get("audience"), "mode": data["mode"],
        "cost": data.get("cost"), "duration": data.get("duration"),
        "online_service": data.get("online_service"), "links": data.get("links", []),
        "keywords": data.get("keywords", {}), "helper_notes": data.get("helper_notes"),
        "sources": data.get("sources", []), "to_check": data.get("to_check", []),
    }
    table = m.Procedure.__table__
    old = connection.execute(select(table.c.id, table.c.category_id).where(table.c.slug == slug)).first()
    if old is not None and existing:
        pid = old.id
        if old.category_id != category_id:  # moved: last of its new category
            values["position"] = _next_position(connection, m.Procedure.position,
                                                m.Procedure.category_id == category_id)
        connection.execute(update(table).where(table.c.id == pid).values(**values))
        for child in _PROCEDURE_CHILDREN:
            connection.execute(delete(child.__table__).where(child.procedure_id == pid))
    else:
        values["position"] = _next_position(connection, m.Procedure.position,
                                            m.Procedure.category_id == category_id)
        pid = connection.execute(insert(table).values(slug=slug, **values)).inserted_primary_key[0]
    steps = [{"procedure_id": pid, "position": i, "kind": s["kind"], "text": s["text"],
              "url": s.get("url"), "partner_id": partners.get(s.get("partner", ""))}
             for i, s in enumerate(data["steps"])]
    needed = [{"procedure_id": pid, "position": i, "document_id": documents[d["document"]],
               "note": d.get("note"), "optional": d.get("optional", False)}
              for i, d in enumerate(data["documents"])]
    helpers = [{"procedure_id": pid, "partner_id": partners[p], "position": i}
               for i, p in enumerate(dict.fromkeys(data.get("partners", [])))]
    asked = [{"procedure_id": pid, "position": i, "question": q["question"], "relevant_if": q["relevant_if"],
              "otherwise": q.get("otherwise", {}), "partner_id": partners.get(q.get("partner", ""))}
             for i, q in enumerate(questions)]
    for model, rows in ((m.Step, steps), (m.ProcedureDocument, needed), (m.ProcedurePartner, helpers),
                        (m.EligibilityQuestion, asked)):
        if rows:
            connection.execute(insert(model.__table__), rows)


def _users(connection: Connection, kind: str, slug: str) -> list[str]:
    """The procedures that refer to this partner, document or category (which cannot go then)."""
    p = m.Procedure
    if kind == "partner":
        pid = select(m.Partner.id).where(m.Partner.slug == slug).scalar_subquery()
        query = select(p.slug).where(p.id.in_(select(m.Step.procedure_id).where(m.Step.partner_id == pid))
                                     | p.id.in_(select(m.ProcedurePartner.procedure_id)
                                                .where(m.ProcedurePartner.partner_id == pid))
                                     | p.id.in_(select(m.EligibilityQuestion.procedure_id)
                                                .where(m.EligibilityQuestion.partner_id == pid)))
    elif kind == "document":
        did = select(m.Document.id).where(m.Document.slug == slug).scalar_subquery()
        query = select(p.slug).where(p.id.in_(select(m.ProcedureDocument.procedure_id)
                                              .where(m.ProcedureDocument.document_id == did)))
    elif kind == "category":
        query = select(p.slug).join(m.Category).where(m.Category.slug == slug)
    else:
        return []
    return sorted(connection.scalars(query))


def _remove(connection: Connection, kind: str, slug: str) -> None:
    users = _users(connection, kind, slug)
    if users:
        template = (QT_TRANSLATE_NOOP("Saving", "The {kind} {slug} cannot be deleted: the procedure {user} still "
                                                "refers to it. Change it first.") if len(users) == 1 else
                    QT_TRANSLATE_NOOP("Saving", "The {kind} {slug} cannot be deleted: the procedure {user} and "
                                                "{more} more still refer to it. Change them first."))
        raise KioskError(Message(SAVING, template, kind=_kind_name(kind), slug=repr(slug), user=repr(users[0]),
                                 more=len(users) - 1))
    model = _MODELS[kind]
    if kind == "procedure":
        pid = select(model.id).where(model.slug == slug).scalar_subquery()
        for child in _PROCEDURE_CHILDREN:
            connection.execute(delete(child.__table__).where(child.procedure_id == pid))
    connection.execute(delete(model.__table__).where(model.slug == slug))


# --- saving, deleting, history ------------------------------------------------------------------


@dataclass(frozen=True)
class Saved:
    """What a save, a deletion or a revert did.

    ``action`` is "created", "changed", "deleted" or "reverted"; ``changes`` names the fields that
    changed ("steps (order)" when only their order did); ``record_id`` is the history record, None
    when nothing changed (then nothing was written).
    """

    kind: str
    slug: str
    action: str
    changes: tuple[str, ...]
    record_id: int | None


def changed_fields(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    """The top-level fields that differ between two versions of an item, in the file's order."""
    before, after = before or {}, after or {}
    names = list(dict.fromkeys([*after, *before]))
    changed = []
    for name in names:
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        if isinstance(old, list) and isinstance(new, list) and len(old) == len(new) and \
                sorted(map(_canonical, old)) == sorted(map(_canonical, new)):
            changed.append(f"{name} (order)")
        else:
            changed.append(name)
    return [name for name in changed if name != "slug"] or (["slug"] if "slug" in changed else [])


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def load_item(db: Database, kind: str, slug: str) -> Draft | None:
    """The item of ``kind`` with this slug as a draft, or None."""
    with db.engine.connect() as connection:
        data = _read(connection, kind, slug)
    return None if data is None else draft_from_json(kind, data)


def load_draft(db: Database, slug: str) -> ProcedureDraft | None:
    """The procedure with this slug as a draft (published or not), or None."""
    return load_item(db, "procedure", slug)  # type: ignore[return-value]


def save_draft(db: Database, draft: Draft, now: dt.datetime) -> Saved:
    """Store ``draft`` in one transaction: the item, its history record, the search index.

    A draft with no slug is a new item: it gets one from its French title (or name). The draft's
    ``slug`` is set to the one used.

    Raises:
        KioskError: it cannot be stored (an unknown category, document, partner or site, a bad
            slug, missing dates); nothing was changed.
    """
    kind = draft.KIND
    if not draft.slug:
        draft.slug = new_slug(db, kind, draft.label() if kind != "announcement" else
                              "info-" + slugify(draft.text.get("fr", ""), 40))
    data = draft.to_json()
    return _store(db, kind, data, now, action=None)


def _check_slug(kind: str, slug: str) -> None:
    if not SLUG.match(slug) or len(slug) > SLUG_MAX:
        raise KioskError(Message(SAVING, QT_TRANSLATE_NOOP(
            "Saving", "{slug} cannot name a {kind}: use lower-case letters, digits and hyphens (at most {most}), "
                      "such as \"carte-vitale\"."), slug=repr(slug), kind=_kind_name(kind), most=SLUG_MAX))


def _store(db: Database, kind: str, data: dict[str, Any] | None, now: dt.datetime, *,
           action: str | None, slug: str | None = None) -> Saved:
    """Write ``data`` (None: delete the item ``slug``) and record it, in one transaction."""
    slug = slug or data["slug"]
    _check_slug(kind, slug)
    with db.engine.begin() as connection:
        saved = store_in(connection, kind, data, now, action=action, slug=slug)
        if saved.record_id is not None and kind in ("procedure", "category", "document"):
            rebuild_index(connection)  # titles the search index holds
    return saved


def store_in(connection: Connection, kind: str, data: dict[str, Any] | None, now: dt.datetime, *,
             action: str | None, slug: str | None = None) -> Saved:
    """``_store`` inside the caller's transaction, which rebuilds the search index once it is done
    (``kiosk translations import`` saves many items in one transaction)."""
    slug = slug or data["slug"]
    before = _read(connection, kind, slug)
    if data is None:
        if before is None:
            return Saved(kind, slug, action or "deleted", (), None)
        _remove(connection, kind, slug)
        after = None
    else:
        _write(connection, kind, data, existing=before is not None)
        after = _read(connection, kind, slug)
    if before == after:
        return Saved(kind, slug, action or "changed", (), None)
    action = action or ("created" if before is None else "deleted" if after is None else "changed")
    changes = changed_fields(before, after) if before is not None and after is not None else []
    record_id = connection.execute(insert(m.EditRecord.__table__).values(
        at=now, kind=kind, slug=slug, action=action, changes=changes, before=before, after=after,
    )).inserted_primary_key[0]
    return Saved(kind, slug, action, tuple(changes), record_id)


def delete_item(db: Database, kind: str, slug: str, now: dt.datetime) -> Saved:
    """Delete an item, recorded in the history (so it can be taken back).

    Raises:
        KioskError: a procedure still refers to it (a partner, document or category).
    """
    return _store(db, kind, None, now, action=None, slug=slug)


#: The items whose order the residents see: categories on the home screen, procedures in theirs.
ORDERED = ("category", "procedure")


def move_item(db: Database, kind: str, slug: str, step: int) -> bool:
    """Move a category among the categories, or a procedure within its category, ``step``
    places (-1: up, 1: down). Returns False when it is already first or last (nothing moves).

    The order is not part of an item's history (its saves): it shows in the summary of what
    changed since the last publication.
    """
    if kind not in ORDERED or step not in (-1, 1):
        raise ValueError("move_item() moves a category or a procedure one place up (-1) or down (1)")
    model = m.Category if kind == "category" else m.Procedure
    with db.engine.begin() as connection:
        row = connection.execute(select(model.__table__).where(model.slug == slug)).first()
        if row is None:
            return False
        siblings = select(model.id, model.position).order_by(model.position, model.id)
        if kind == "procedure":
            siblings = siblings.where(m.Procedure.category_id == row.category_id)
        order = [r.id for r in connection.execute(siblings)]
        here = order.index(row.id)
        if not 0 <= here + step < len(order):
            return False
        order[here], order[here + step] = order[here + step], order[here]
        for position, item_id in enumerate(order):  # numbered again: no two share a position
            connection.execute(update(model.__table__).where(model.id == item_id).values(position=position))
    return True


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: dt.datetime
    kind: str
    slug: str
    action: str
    changes: tuple[str, ...]
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def title(self) -> str:
        """How the item was called (after the save, or before a deletion)."""
        data = self.after or self.before or {}
        return (draft_from_json(self.kind, data).label() if data else "") or self.slug


def history(db: Database, kind: str | None = None, slug: str | None = None,
            limit: int = 500) -> list[HistoryEntry]:
    """Saves, newest first; of one kind, or one item, when given."""
    query = select(m.EditRecord.__table__).order_by(m.EditRecord.at.desc(), m.EditRecord.id.desc()).limit(limit)
    if kind is not None:
        query = query.where(m.EditRecord.kind == kind)
    if slug is not None:
        query = query.where(m.EditRecord.slug == slug)
    with db.engine.connect() as connection:
        return [HistoryEntry(r.id, r.at, r.kind, r.slug, r.action, tuple(r.changes), r.before, r.after)
                for r in connection.execute(query)]


def revert(db: Database, record_id: int, now: dt.datetime) -> Saved:
    """Take an item back to what it was just before the save ``record_id``, recorded as a new save.

    Taking back a creation deletes the item again; taking back a deletion restores it.

    Raises:
        KioskError: no such record, or the earlier version can no longer be stored (it refers to
            something deleted since).
    """
    with db.session() as session:
        record = session.get(m.EditRecord, record_id)
    if record is None:
        raise KioskError(Message(SAVING, QT_TRANSLATE_NOOP("Saving", "That version is not in the history.")))
    return _store(db, record.kind, record.before, now, action="reverted", slug=record.slug)


# --- lists for the editor ----------------------------------------------------------------------


@dataclass(frozen=True)
class ItemSummary:
    """A line of the editor's list: the item, its French title and a short detail."""

    kind: str
    slug: str
    title: str
    detail: str = ""
    draft: bool = False
    #: A procedure whose official fiche changed since its text was written, or a partner for which
    #: a partners file offers other values (kiosk.importers).
    to_review: bool = False


def fold(text: str) -> str:
    """``text`` for matching: no case, no accents."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def list_items(db: Database, kind: str, query: str = "") -> list[ItemSummary]:
    """Every item of ``kind`` in catalogue order, or those matching ``query`` (any language)."""
    words = fold(query).split()
    with db.engine.connect() as connection:
        if kind == "procedure":
            categories = {r.id: r.title.get("fr", r.slug)
                          for r in connection.execute(select(m.Category.id, m.Category.slug, m.Category.title))}
            flagged = {r.procedure_slug for r in connection.execute(
                select(m.FicheReview.procedure_slug).where(m.FicheReview.review_since.is_not(None)))}
            rows = connection.execute(
                select(m.Procedure.slug, m.Procedure.title, m.Procedure.keywords, m.Procedure.category_id,
                       m.Procedure.status)
                .join(m.Category, m.Procedure.category_id == m.Category.id)
                .order_by(m.Category.position, m.Procedure.position, m.Procedure.id))
            items = [(ItemSummary(kind, r.slug, r.title.get("fr", "") or r.slug, categories[r.category_id],
                                  r.status != "published", r.slug in flagged),
                      [r.slug, *r.title.values(), *(w for ws in r.keywords.values() for w in ws)])
                     for r in rows]
        elif kind == "partner":
            rows = connection.execute(select(m.Partner.slug, m.Partner.name, m.Partner.commune)
                                      .order_by(m.Partner.name))
            flagged = {r.partner_slug for r in connection.execute(
                select(m.PartnerReview.partner_slug).where(m.PartnerReview.flagged_on.is_not(None)))}
            items = [(ItemSummary(kind, r.slug, r.name, r.commune or "", to_review=r.slug in flagged), [r.slug, r.name])
                     for r in rows]
        elif kind == "announcement":
            rows = connection.execute(select(m.Announcement.__table__)
                                      .order_by(m.Announcement.valid_from.desc(), m.Announcement.slug))
            items = [(ItemSummary(kind, r.slug, AnnouncementDraft(text=r.text).label() or r.slug,
                                  f"{r.valid_from.isoformat()} → {r.valid_until.isoformat()}"),
                      [r.slug, *r.text.values()]) for r in rows]
        else:
            model = _MODELS[kind]
            order = model.position if kind == "category" else model.id
            rows = connection.execute(select(model.slug, model.title).order_by(order))
            items = [(ItemSummary(kind, r.slug, r.title.get("fr", "") or r.slug), [r.slug, *r.title.values()])
                     for r in rows]
    if not words:
        return [item for item, _ in items]
    return [item for item, texts in items
            if all(any(word in fold(text) for text in texts) for word in words)]


@dataclass(frozen=True)
class Choices:
    """What the editor's forms offer to choose from: (slug, French title) pairs and languages."""

    languages: list[tuple[str, str, str]]  # code, name, direction
    categories: list[tuple[str, str]]
    documents: list[tuple[str, str]]
    partners: list[tuple[str, str]]
    sites: list[tuple[str, str]]


def choices(db: Database) -> Choices:
    with db.engine.connect() as connection:
        def titled(model: Any, order: Any) -> list[tuple[str, str]]:
            return [(r.slug, r.title.get("fr", "") or r.slug)
                    for r in connection.execute(select(model.slug, model.title).order_by(order))]

        return Choices(
            languages=[(r.code, r.name, r.direction) for r in connection.execute(
                select(m.Language.code, m.Language.name, m.Language.direction).order_by(m.Language.position))],
            categories=titled(m.Category, m.Category.position),
            documents=titled(m.Document, m.Document.id),
            partners=[(r.slug, r.name) for r in connection.execute(
                select(m.Partner.slug, m.Partner.name).order_by(m.Partner.name))],
            sites=[(r.slug, r.name.get("fr", "") or r.slug) for r in connection.execute(
                select(m.Site.slug, m.Site.name))],
        )
