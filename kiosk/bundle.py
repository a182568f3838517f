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
from kiosk.messages import QT_TRANSLATE_NOOP, Message
from kiosk.paths import catalogue_schema
from kiosk.reviews import check_reviews
from kiosk.safety import (MAX_NUMBER_DIGITS, BadNumber, fits_qr, loads, may_hold_unsafe, qr_capacity, strings,
                          unsafe_character, web_addresses)

#: The translation context of the refusals below (the editor shows them in French: kiosk.messages).
CATALOGUE = "Catalogue"

FORMAT = "kiosk-catalogue"
FORMAT_VERSION = 1
#: How long a published catalogue stays current (its expires_at), in days: by default, at most.
DEFAULT_EXPIRES_IN_DAYS = 180
MAX_EXPIRES_IN_DAYS = 3650

# Why a character is refused, by kiosk.safety.Unsafe.kind ({where}: a place in the file,
# {character}: U+XXXX and its name). The editor's checks say the same of a field.
UNSAFE = {
    "bidi": QT_TRANSLATE_NOOP(
        "Catalogue", "{where} holds the invisible character {character}, which can reverse text on screen, "
                     "in the QR code and on paper; the kiosk places its own direction marks. Remove it."),
    "control": QT_TRANSLATE_NOOP(
        "Catalogue", "{where} holds the control character {character}, which screens and printers cannot "
                     "show. Remove it."),
    "surrogate": QT_TRANSLATE_NOOP(
        "Catalogue", "{where} holds half of a character ({character}, a lone surrogate), which no text can "
                     "hold. Write the whole character."),
}


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
        data = loads(raw.decode("utf-8"))
    except BadNumber as error:
        raise KioskError(Message(CATALOGUE, QT_TRANSLATE_NOOP(
            "Catalogue", "The catalogue holds the number {number}: no field of a catalogue needs a number of "
                         "more than {digits} digits, nor one that is not finite."),
            number=error.literal, digits=MAX_NUMBER_DIGITS)) from error
    except UnicodeDecodeError as error:
        raise KioskError(Message(CATALOGUE, QT_TRANSLATE_NOOP(
            "Catalogue", "The catalogue is not UTF-8 text ({reason})."), reason=error.reason)) from error
    except json.JSONDecodeError as error:
        raise KioskError(Message(CATALOGUE, QT_TRANSLATE_NOOP(
            "Catalogue", "The catalogue is not valid JSON (line {line}, column {column}: {reason})."),
            line=error.lineno, column=error.colno, reason=error.msg)) from error
    except RecursionError as error:
        raise KioskError(Message(CATALOGUE, QT_TRANSLATE_NOOP(
            "Catalogue", "The catalogue is nested too deeply to be a catalogue."))) from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise KioskError(Message(CATALOGUE, QT_TRANSLATE_NOOP(
            "Catalogue", "The file is not a kiosk catalogue (its \"format\" is not \"kiosk-catalogue\").")))
    if data.get("format_version") != FORMAT_VERSION:
        raise KioskError(Message(CATALOGUE, QT_TRANSLATE_NOOP(
            "Catalogue", "The catalogue has format version {found}; this kiosk reads version {version}. "
                         "Update the kiosk software."), found=repr(data.get("format_version")), version=FORMAT_VERSION))
    if may_hold_unsafe(raw):
        _check_characters(data)  # before the schema: a lone surrogate is no text the validator can read
    error = next(_validator().iter_errors(data), None)
    if error is not None:
        where = "/".join(str(part) for part in error.instance_path) or Message(
            CATALOGUE, QT_TRANSLATE_NOOP("Catalogue", "the top level"))
        raise KioskError(Message(CATALOGUE, QT_TRANSLATE_NOOP(
            "Catalogue", "The catalogue does not follow its schema at {where}: {detail}."),
            where=where, detail=_short(error.message)))
    _check_addresses(data)
    _check_references(data)
    check_reviews(data)
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


def _check_characters(data: dict[str, Any]) -> None:
    """No string holds a character a kiosk cannot show safely (kiosk.safety)."""
    for path, text in strings(data):
        unsafe = unsafe_character(text)
        if unsafe is not None:
            raise KioskError(Message(CATALOGUE, UNSAFE[unsafe.kind], where=_place(path), character=unsafe.code))


def _check_addresses(data: dict[str, Any]) -> None:
    """Every web address fits a QR code at the kiosk's error correction level."""
    for path, url in web_addresses(data):
        if not fits_qr(url):
            raise KioskError(Message(CATALOGUE, QT_TRANSLATE_NOOP(
                "Catalogue", "The web address at {where} is {size} bytes long: too long for a QR code, which "
                             "holds at most {limit}. Use a shorter address."),
                where=_place(path), size=len(url.encode("utf-8")), limit=qr_capacity()))


def _place(path: tuple[str | int, ...]) -> str:
    return "/".join(str(part) for part in path)


def _check_references(data: dict[str, Any]) -> None:
    """Slugs are unique and every reference names something that exists."""
    plural = {"sites": QT_TRANSLATE_NOOP("Catalogue", "sites"),
              "categories": QT_TRANSLATE_NOOP("Catalogue", "categories"),
              "documents": QT_TRANSLATE_NOOP("Catalogue", "documents"),
              "partners": QT_TRANSLATE_NOOP("Catalogue", "partners"),
              "procedures": QT_TRANSLATE_NOOP("Catalogue", "procedures"),
              "announcements": QT_TRANSLATE_NOOP("Catalogue", "announcements"),
              "glossary": QT_TRANSLATE_NOOP("Catalogue", "glossary entries"),
              "terms": QT_TRANSLATE_NOOP("Catalogue", "terms")}
    refers = {"sites": QT_TRANSLATE_NOOP("Catalogue", "{where} refers to the site {slug}, which is not in the catalogue."),
              "categories": QT_TRANSLATE_NOOP("Catalogue", "{where} refers to the category {slug}, which is not in the catalogue."),
              "documents": QT_TRANSLATE_NOOP("Catalogue", "{where} refers to the document {slug}, which is not in the catalogue."),
              "partners": QT_TRANSLATE_NOOP("Catalogue", "{where} refers to the partner {slug}, which is not in the catalogue.")}
    owners = {"partners": QT_TRANSLATE_NOOP("Catalogue", "The partner {slug}"),
              "announcements": QT_TRANSLATE_NOOP("Catalogue", "The announcement {slug}")}
    known: dict[str, set[str]] = {}
    for kind in plural:
        seen: set[str] = set()
        for item in data.get(kind, []):  # the glossary and terms are optional
            if item["slug"] in seen:
                raise KioskError(Message(CATALOGUE, QT_TRANSLATE_NOOP(
                    "Catalogue", "The catalogue has two {kind} with the slug {slug}."),
                    kind=Message(CATALOGUE, plural[kind]), slug=repr(item["slug"])))
            seen.add(item["slug"])
        known[kind] = seen
    codes = [language["code"] for language in data["languages"]]
    if "fr" not in codes:
        raise KioskError(Message(CATALOGUE, QT_TRANSLATE_NOOP(
            "Catalogue", "The catalogue does not offer French, which every kiosk needs.")))
    if len(set(codes)) != len(codes):
        raise KioskError(Message(CATALOGUE, QT_TRANSLATE_NOOP("Catalogue", "The catalogue lists a language twice.")))

    def require(kind: str, slug: str, where: Message) -> None:
        if slug not in known[kind]:
            raise KioskError(Message(CATALOGUE, refers[kind], where=where, slug=repr(slug)))

    for procedure in data["procedures"]:
        where = Message(CATALOGUE, QT_TRANSLATE_NOOP("Catalogue", "The procedure {slug}"), slug=repr(procedure["slug"]))
        require("categories", procedure["category"], where)
        for item in procedure["documents"]:
            require("documents", item["document"], where)
        for step in procedure["steps"]:
            if "partner" in step:
                require("partners", step["partner"], where)
        for slug in procedure.get("partners", []):
            require("partners", slug, where)
        for number, question in enumerate(procedure.get("eligibility", []), start=1):
            if "partner" in question:
                require("partners", question["partner"], where)
            unknown = sorted((set(question["question"]) | set(question["otherwise"])) - set(codes))
            if unknown:
                raise KioskError(Message(CATALOGUE, QT_TRANSLATE_NOOP(
                    "Catalogue", "{where} has question {number} in the language {code}, which the catalogue "
                                 "does not offer."), where=where, number=number, code=repr(unknown[0])))
    for entry in data.get("glossary", []):
        if "document" in entry:
            require("documents", entry["document"], Message(CATALOGUE, QT_TRANSLATE_NOOP(
                "Catalogue", "The glossary entry {slug}"), slug=repr(entry["slug"])))
    for kind in ("partners", "announcements"):
        for item in data[kind]:
            for site in item.get("sites", []):
                require("sites", site, Message(CATALOGUE, owners[kind], slug=repr(item["slug"])))
