"""Swapping a validated catalogue into the database, all or nothing (DESIGN.md 4.4 rule 6).

The catalogue tables are emptied and refilled, and the search index rebuilt, inside one SQLite
transaction: a crash at any instant leaves either the old or the new catalogue. Local data
(settings, PINs, sync history, statistics) is not touched.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, delete, insert

from kiosk import models as m
from kiosk.bundle import CatalogueBundle
from kiosk.database import Database
from kiosk.search import rebuild_index


def apply_bundle(db: Database, bundle: CatalogueBundle, *, source: str, now: dt.datetime) -> None:
    """Replace the catalogue content with ``bundle`` in one transaction."""
    with db.engine.begin() as connection:
        for table in m.CATALOGUE_TABLES:
            connection.execute(delete(table))
        _insert_content(connection, bundle.data)
        connection.execute(insert(m.CatalogueInfo.__table__), [{
            "id": 1,
            "format_version": bundle.data["format_version"],
            "version": bundle.version,
            "sha256": bundle.sha256,
            "published_at": bundle.published_at,
            "expires_at": bundle.expires_at,
            "applied_at": now,
            "source": source,
        }])
        rebuild_index(connection)


def _rows(table: Any, rows: list[dict[str, Any]], connection: Connection) -> None:
    if rows:
        connection.execute(insert(table.__table__), rows)


def _insert_content(connection: Connection, data: dict[str, Any]) -> None:
    _rows(m.Language, [
        {"code": lang["code"], "name": lang["name"], "direction": lang["direction"], "position": i}
        for i, lang in enumerate(data["languages"])
    ], connection)
    _rows(m.Site, [{"slug": s["slug"], "name": s["name"]} for s in data["sites"]], connection)

    category_ids = {c["slug"]: i for i, c in enumerate(data["categories"], start=1)}
    _rows(m.Category, [
        {"id": category_ids[c["slug"]], "slug": c["slug"], "position": i, "title": c["title"],
         "description": c.get("description"), "pictogram": c["pictogram"]}
        for i, c in enumerate(data["categories"])
    ], connection)

    document_ids = {d["slug"]: i for i, d in enumerate(data["documents"], start=1)}
    _rows(m.Document, [
        {"id": document_ids[d["slug"]], "slug": d["slug"], "title": d["title"], "what": d["what"],
         "looks_like": d.get("looks_like"), "where_to_get": d.get("where"),
         "pictogram": d["pictogram"], "sources": d.get("sources", []), "to_check": d.get("to_check", [])}
        for d in data["documents"]
    ], connection)

    partner_fields = ("name", "description", "adresse", "complement_adresse", "code_postal", "commune",
                      "telephone", "courriel", "site_web", "horaires_accueil", "horaires_texte")
    partner_ids = {p["slug"]: i for i, p in enumerate(data["partners"], start=1)}
    _rows(m.Partner, [
        {"id": partner_ids[p["slug"]], "slug": p["slug"],
         **{field: p.get(field) for field in partner_fields},
         "thematiques": p.get("thematiques", []), "sites": p.get("sites", []),
         "sources": p.get("sources", []), "to_check": p.get("to_check", [])}
        for p in data["partners"]
    ], connection)

    procedures, steps, documents, partners, questions = [], [], [], [], []
    position_in_category: dict[str, int] = {}
    for procedure_id, p in enumerate(data["procedures"], start=1):
        position = position_in_category.get(p["category"], 0)
        position_in_category[p["category"]] = position + 1
        procedures.append({
            "id": procedure_id, "slug": p["slug"], "category_id": category_ids[p["category"]],
            "position": position, "status": p.get("status", "published"), "featured": p.get("featured", False),
            "title": p["title"], "summary": p["summary"], "audience": p.get("audience"),
            "mode": p["mode"], "cost": p.get("cost"), "duration": p.get("duration"),
            "online_service": p.get("online_service"), "links": p.get("links", []),
            "keywords": p.get("keywords", {}), "helper_notes": p.get("helper_notes"),
            "sources": p["sources"], "to_check": p.get("to_check", []),
        })
        steps += [
            {"procedure_id": procedure_id, "position": i, "kind": s["kind"], "text": s["text"],
             "url": s.get("url"), "partner_id": partner_ids.get(s.get("partner", ""))}
            for i, s in enumerate(p["steps"])
        ]
        documents += [
            {"procedure_id": procedure_id, "position": i, "document_id": document_ids[d["document"]],
             "note": d.get("note"), "optional": d.get("optional", False)}
            for i, d in enumerate(p["documents"])
        ]
        partners += [
            {"procedure_id": procedure_id, "partner_id": partner_ids[slug], "position": i}
            for i, slug in enumerate(dict.fromkeys(p.get("partners", [])))
        ]
        questions += [
            {"procedure_id": procedure_id, "position": i, "question": q["question"],
             "relevant_if": q["relevant_if"], "otherwise": q["otherwise"],
             "partner_id": partner_ids[q["partner"]] if "partner" in q else None}
            for i, q in enumerate(p.get("eligibility", []))
        ]
    _rows(m.Procedure, procedures, connection)
    _rows(m.Step, steps, connection)
    _rows(m.ProcedureDocument, documents, connection)
    _rows(m.ProcedurePartner, partners, connection)
    _rows(m.EligibilityQuestion, questions, connection)

    _rows(m.Announcement, [
        {"slug": a["slug"], "text": a["text"], "valid_from": dt.date.fromisoformat(a["valid_from"]),
         "valid_until": dt.date.fromisoformat(a["valid_until"]), "sites": a.get("sites", [])}
        for a in data["announcements"]
    ], connection)

    _rows(m.GlossaryEntry, [
        {"slug": g["slug"], "term": g["term"], "also": g.get("also", {}), "explanation": g.get("explanation"),
         "document_id": document_ids[g["document"]] if "document" in g else None,
         "sources": g.get("sources", []), "to_check": g.get("to_check", [])}
        for g in data.get("glossary", [])
    ], connection)
    _rows(m.Term, [
        {"slug": t["slug"], "term": t["term"], "also": t.get("also", {}), "wrong": t.get("wrong", {}), "note": t.get("note")}
        for t in data.get("terms", [])
    ], connection)
    _rows(m.TranslationReview, [
        {"lang": lang, "key": key, "by": r["by"], "on": dt.date.fromisoformat(r["on"]), "source": r["source"]}
        for lang, entries in data.get("reviews", {}).items() for key, r in entries.items()
    ], connection)
