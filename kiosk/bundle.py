"""The central catalogue file (DESIGN.md 4.3): parse, validate, check references.

``parse_bundle`` turns the exact bytes of a ``catalogue.json`` into a ``CatalogueBundle`` or raises
``KioskError`` with one sentence saying what is wrong. Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

import jsonschema_rs

from kiosk.errors import KioskError
from kiosk.paths import catalogue_schema

FORMAT = "kiosk-catalogue"
FORMAT_VERSION = 1
#: How long a published catalogue stays current (its expires_at), in days: by default, at most.
DEFAULT_EXPIRES_IN_DAYS = 180
MAX_EXPIRES_IN_DAYS = 3650


@dataclass(frozen=True)
class CatalogueBundle:
    """A validated catalogue: its content, the sha256 of its exact bytes and its dates (UTC)."""

    data: dict[str, Any]
    sha256: str
    version: int
    published_at: dt.datetime
    expires_at: dt.datetime


@cache
def _validator() -> jsonschema_rs.Draft202012Validator:
    schema = json.loads(catalogue_schema().read_text(encoding="utf-8"))
    return jsonschema_rs.Draft202012Validator(schema)


def parse_bundle(raw: bytes) -> CatalogueBundle:
    """Parse and validate the bytes of a catalogue.json.

    Raises:
        KioskError: not JSON, too deeply nested, fails the schema, or refers to something missing.
    """
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise KioskError(f"The catalogue is not UTF-8 text ({error.reason}).") from error
    except json.JSONDecodeError as error:
        raise KioskError(
            f"The catalogue is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from error
    except RecursionError as error:
        raise KioskError("The catalogue is nested too deeply to be a catalogue.") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise KioskError("The file is not a kiosk catalogue (its \"format\" is not \"kiosk-catalogue\").")
    if data.get("format_version") != FORMAT_VERSION:
        raise KioskError(
            f"The catalogue has format version {data.get('format_version')!r}; "
            f"this kiosk reads version {FORMAT_VERSION}. Update the kiosk software."
        )
    error = next(_validator().iter_errors(data), None)
    if error is not None:
        where = "/".join(str(part) for part in error.instance_path) or "the top level"
        raise KioskError(f"The catalogue does not follow its schema at {where}: {_short(error.message)}.")
    _check_references(data)
    return CatalogueBundle(
        data=data,
        sha256=hashlib.sha256(raw).hexdigest(),
        version=data["version"],
        published_at=parse_utc(data["published_at"]),
        expires_at=parse_utc(data["expires_at"]),
    )


def parse_utc(text: str) -> dt.datetime:
    """An ISO 8601 date-time as a naive UTC datetime (how the database stores them)."""
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return value


def _short(message: str, limit: int = 200) -> str:
    return message if len(message) <= limit else message[:limit] + "…"


def _check_references(data: dict[str, Any]) -> None:
    """Slugs are unique and every reference names something that exists."""
    singular = {"sites": "site", "categories": "category", "documents": "document",
                "partners": "partner", "procedures": "procedure", "announcements": "announcement"}
    known: dict[str, set[str]] = {}
    for kind, name in singular.items():
        seen: set[str] = set()
        for item in data[kind]:
            if item["slug"] in seen:
                raise KioskError(f"The catalogue has two {kind} with the slug {item['slug']!r}.")
            seen.add(item["slug"])
        known[kind] = seen
    codes = [language["code"] for language in data["languages"]]
    if "fr" not in codes:
        raise KioskError("The catalogue does not offer French, which every kiosk needs.")
    if len(set(codes)) != len(codes):
        raise KioskError("The catalogue lists a language twice.")

    def require(kind: str, slug: str, where: str) -> None:
        if slug not in known[kind]:
            raise KioskError(f"{where} refers to the {singular[kind]} {slug!r}, "
                             "which is not in the catalogue.")

    for procedure in data["procedures"]:
        where = f"The procedure {procedure['slug']!r}"
        require("categories", procedure["category"], where)
        for item in procedure["documents"]:
            require("documents", item["document"], where)
        for step in procedure["steps"]:
            if "partner" in step:
                require("partners", step["partner"], where)
        for slug in procedure.get("partners", []):
            require("partners", slug, where)
    for kind in ("partners", "announcements"):
        for item in data[kind]:
            for site in item.get("sites", []):
                require("sites", site, f"The {singular[kind]} {item['slug']!r}")
