"""Full-text search of procedures (DESIGN.md section 3).

One SQLite FTS5 table, ``search_index``, holds a row per procedure and language, with three
columns ranked in this order: the title, the keywords (synonyms, old names, abbreviations and the
category's title) and the body (summary, audience and the documents' titles), with bm25
weights 10, 6 and 1 set in the index's configuration by the migration. A word of up to three
letters looks at titles and keywords only, and a single letter (the first keystroke) at titles
only, in catalogue order: it matches most of a large catalogue, and ranking all of that takes
longer than a frame for an order that means nothing yet. Titles and keywords are searched first;
the bodies only when those give fewer results than asked for (a body match weighs a tenth of a
title match, so it would rarely come first, and ranking every body that matches a common word
costs several milliseconds on a large catalogue). The tokenizer is
``unicode61 remove_diacritics 2``, so case and accents never matter, and every word of a query
is matched as a prefix, so results come as the resident types.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.database import Database, json_value
from kiosk.text import localize

if TYPE_CHECKING:
    from sqlalchemy import Connection

#: Longest query considered; the rest is ignored (a resident never types more).
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 8
MAX_WORD_CHARS = 40
#: Words this short (a resident who has just started typing, or an acronym) match titles and
#: keywords only.
SHORT_WORD = 3
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class SearchResult:
    slug: str
    title: str
    category: str
    category_slug: str


def query_words(query: str) -> list[str]:
    """The words of a query, as the index will match them (never written anywhere)."""
    words = _WORD.findall(query[:MAX_QUERY_CHARS].casefold())
    longer = [word for word in words if len(word) > 1]
    return [word[:MAX_WORD_CHARS] for word in (longer or words)][:MAX_QUERY_WORDS]


def search(db: Database, query: str, lang: str, *, limit: int = 20) -> list[SearchResult]:
    """Procedures matching ``query`` in ``lang`` (or in French), best first.

    Every word must match; when that finds nothing, any word may.
    """
    words = query_words(query)
    if not words:
        return []
    # \w+ words hold no quote: nothing to escape. In the body a short word matches everything.
    terms = [f'"{word}"*' if len(word) > SHORT_WORD else f'{{title keywords}} : "{word}"*' for word in words]
    with db.read() as connection:
        if len(words) == 1 and len(words[0]) == 1:  # the first keystroke
            found = _slugs(connection, f'{{title}} : "{words[0]}"*', lang, limit, ranked=False)
            return _results(connection, found[:limit], lang)
        titles = [f'{{title keywords}} : "{word}"*' for word in words]
        found = _slugs(connection, " AND ".join(titles), lang, limit)
        if len(found) < limit and titles != terms:
            found = _slugs(connection, " AND ".join(terms), lang, limit)
        if not found and len(terms) > 1:
            found = _slugs(connection, " OR ".join(terms), lang, limit)
        return _results(connection, found[:limit], lang)


def _slugs(connection: sqlite3.Connection, match: str, lang: str, limit: int, *, ranked: bool = True) -> list[str]:
    # A procedure has up to two matching rows (its language and French): the better one counts.
    rows = connection.execute(
        "SELECT slug FROM search_index WHERE search_index MATCH ? AND lang IN (?, 'fr') "
        f"{'ORDER BY rank' if ranked else ''} LIMIT ?",
        (match, lang, 2 * limit),
    )
    return list(dict.fromkeys(row["slug"] for row in rows))


def _results(connection: sqlite3.Connection, slugs: list[str], lang: str) -> list[SearchResult]:
    if not slugs:
        return []
    rows = connection.execute(
        "SELECT p.slug, p.title, c.slug AS category_slug, c.title AS category_title "
        "FROM procedures p JOIN categories c ON c.id = p.category_id "
        f"WHERE p.status = 'published' AND p.slug IN ({', '.join('?' * len(slugs))})", slugs)
    by_slug = {row["slug"]: row for row in rows}
    return [
        SearchResult(slug=slug, title=localize(json_value(row["title"]), lang).text,
                     category=localize(json_value(row["category_title"]), lang).text,
                     category_slug=row["category_slug"])
        for slug in slugs if (row := by_slug.get(slug)) is not None
    ]


def rebuild_index(connection: Connection) -> None:
    """Refill the index from the published procedures, inside the caller's (SQLAlchemy) transaction."""
    def rows(sql: str) -> list:
        return connection.exec_driver_sql(sql).all()

    def local(value: str | None) -> dict:
        return json_value(value) or {}

    connection.exec_driver_sql("DELETE FROM search_index")
    documents = {row.id: local(row.title) for row in rows("SELECT id, title FROM documents")}
    document_ids: dict[int, list[int]] = {}
    for row in rows("SELECT procedure_id, document_id FROM procedure_documents ORDER BY procedure_id, position"):
        document_ids.setdefault(row.procedure_id, []).append(row.document_id)
    categories = {row.id: local(row.title) for row in rows("SELECT id, title FROM categories")}
    languages = [row.code for row in rows("SELECT code FROM languages")]

    entries = []
    procedures = rows("SELECT id, slug, category_id, title, summary, audience, keywords FROM procedures "
                      "WHERE status = 'published'")
    for p in procedures:
        category, title, keywords_by_lang = categories[p.category_id], local(p.title), local(p.keywords)
        texts = [local(p.summary), local(p.audience)] + [documents[d] for d in document_ids.get(p.id, [])]
        for lang in languages:
            keywords = keywords_by_lang.get(lang, [])
            if lang != "fr" and lang not in title and not keywords:
                continue  # nothing in this language: the French row serves it
            entries.append((
                p.slug,
                lang,
                title.get(lang, ""),
                " ".join([*keywords, category.get(lang, "")]),
                " ".join(t.get(lang, "") for t in texts),
            ))
    if entries:
        connection.exec_driver_sql(
            "INSERT INTO search_index (slug, lang, title, keywords, body) VALUES (?, ?, ?, ?, ?)", entries)
