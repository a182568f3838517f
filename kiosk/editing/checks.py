"""Checks that explain: what stops a publication (errors) and what deserves a look (warnings).

Every check works on items in the catalogue file's format, so the same checks serve the whole
saved catalogue (``validate``) and the item being typed (``check_draft``). A ``Problem`` names
its place, (kind, slug, field), so the editor can lead to the field.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import jsonschema_rs

from kiosk.database import Database
from kiosk.editing.drafts import PLURAL, SLUG, Draft, as_date, draft_from_json
from kiosk.editing.store import choices
from kiosk.hours import parse_hours
from kiosk.paths import catalogue_schema, resource
from kiosk.publish import export_content
from kiosk.stats import local_day


@dataclass(frozen=True)
class Problem:
    """Something to fix (``severity`` "error": publishing is refused) or to look at ("warning").

    ``where`` is (kind, slug, field); ``field`` names the place in the form: "title",
    "steps.1.text" (the second step's text), "code_postal"... ``lang`` is the language a missing
    translation is missing in.
    """

    severity: str
    where: tuple[str, str, str]
    message: str
    lang: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_POSTCODE = re.compile(r"^[0-9]{5}$")
_PHONE_SEPARATORS = re.compile(r"[\s.\-()/]")
_PHONES = (re.compile(r"^0[1-9][0-9]{8}$"),       # 02 41 05 46 00
           re.compile(r"^\+33[1-9][0-9]{8}$"),     # +33 2 41 05 46 00
           re.compile(r"^\+[1-9][0-9]{7,14}$"),    # other countries
           re.compile(r"^[13][0-9]{2,3}$"))        # 3646, 3949, 115: short national numbers


def valid_url(text: str) -> bool:
    """An http(s) address a phone can open: a scheme, a host with a dot, no spaces."""
    if not re.fullmatch(r"https?://[^\s]+", text or ""):
        return False
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return False
    return "." in host.strip(".") or host == "localhost"


def valid_phone(text: str) -> bool:
    return any(pattern.match(_PHONE_SEPARATORS.sub("", text)) for pattern in _PHONES)


def valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def valid_postcode(text: str) -> bool:
    return bool(_POSTCODE.match(text))


@cache
def _def_validator(name: str) -> jsonschema_rs.Draft202012Validator:
    schema = json.loads(catalogue_schema().read_text(encoding="utf-8"))
    return jsonschema_rs.Draft202012Validator({"$defs": schema["$defs"], "$ref": f"#/$defs/{name}"})


_ORDINAL_FIELDS = {"steps": "step", "documents": "document", "links": "link", "sources": "source"}
#: Texts of each kind a resident reads (helper notes are for mediators, in French).
_RESIDENT_TEXTS = {
    "procedure": ("title", "summary", "audience", "cost", "duration"),
    "partner": ("description",),
    "announcement": ("text",),
    "category": ("title", "description"),
    "document": ("title", "what", "looks_like", "where"),
}
_NAMES = {"title": "title", "summary": "summary", "audience": "who it is for", "cost": "cost",
          "duration": "duration", "helper_notes": "helper notes", "description": "description",
          "text": "text", "what": "what it is", "looks_like": "what it looks like",
          "where": "where to get it", "note": "note", "label": "label", "code_postal": "postcode",
          "commune": "town", "adresse": "street address", "complement_adresse": "address complement",
          "telephone": "phone", "courriel": "e-mail", "site_web": "website",
          "horaires_accueil": "opening hours", "horaires_texte": "opening hours as published",
          "thematiques": "themes", "sites": "neighbourhoods", "valid_from": "first day",
          "valid_until": "last day", "online_service": "online service", "to_check": "still to check",
          "status": "shown on kiosks", "mode": "online or at an office", "checked_on": "day read"}


def field_name(path: str) -> str:
    """A field path as a person reads it: "steps.1.text" -> "step 2, text"."""
    parts = path.split(".")
    words = []
    index = 0
    while index < len(parts):
        part = parts[index]
        if part in _ORDINAL_FIELDS and index + 1 < len(parts) and parts[index + 1].isdigit():
            words.append(f"{_ORDINAL_FIELDS[part]} {int(parts[index + 1]) + 1}")
            index += 2
            continue
        words.append(_NAMES.get(part, part.replace("_", " ")))
        index += 1
    return ", ".join(words)


class _Checker:
    """The checks of one item (in the catalogue file's format)."""

    def __init__(self, kind: str, data: dict[str, Any], languages: list[tuple[str, str]],
                 today: dt.date) -> None:
        self.kind, self.data, self.today = kind, data, today
        self.slug = data.get("slug", "")
        self.languages = languages  # (code, name) but French
        self.problems: list[Problem] = []
        self.name = draft_from_json(kind, data).label() or f"this {kind}"

    def add(self, severity: str, field_path: str, message: str, lang: str | None = None) -> None:
        self.problems.append(Problem(severity, (self.kind, self.slug, field_path), message, lang))

    def error(self, field_path: str, message: str) -> None:
        self.add("error", field_path, message)

    def warning(self, field_path: str, message: str, lang: str | None = None) -> None:
        self.add("warning", field_path, message, lang)

    # shared checks

    def french(self, path: str, value: Any, *, required: bool) -> None:
        """A text needs its French value (when it is required, or given in another language)."""
        has_any = isinstance(value, dict) and any(isinstance(v, str) and v.strip() for v in value.values())
        if (required or has_any) and not (isinstance(value, dict) and str(value.get("fr", "")).strip()):
            what = field_name(path)
            self.error(path, f"{self.name}: the {what} is empty in French." if required
                       else f"{self.name}: the {what} has no French text (French is always needed).")

    def url(self, path: str, value: Any, *, required: bool = False) -> None:
        if value in (None, ""):
            if required:
                self.error(path, f"{self.name}: give the address of the {field_name(path)} (https://…).")
            return
        if not valid_url(str(value)):
            self.error(path, f"{self.name}: {value!r} in {field_name(path)} is not a web address; "
                             "it should start with https:// and have no spaces.")

    def sources(self, *, required: bool) -> None:
        sources = self.data.get("sources", [])
        if required and not sources:
            self.error("sources", f"{self.name}: say where the facts come from: add the official page "
                                  "it was checked against and the day you read it.")
        for i, source in enumerate(sources):
            self.url(f"sources.{i}.url", source.get("url"), required=True)
            if as_date(source.get("checked_on")) is None:
                self.error(f"sources.{i}.checked_on", f"{self.name}: give the day source {i + 1} was "
                                                      "read (YYYY-MM-DD).")

    def translations(self, texts: list[tuple[str, Any]]) -> None:
        """One warning per language, naming the texts not translated into it."""
        for code, name in self.languages:
            missing = [path for path, value in texts
                       if isinstance(value, dict) and str(value.get("fr", "")).strip()
                       and not str(value.get(code, "")).strip()]
            if missing:
                shown = ", ".join(field_name(path) for path in missing[:6])
                more = f" and {len(missing) - 6} more" if len(missing) > 6 else ""
                self.warning(missing[0], f"{self.name}: not translated into {name}: {shown}{more}. "
                                         "Residents will read French there.", lang=code)

    def schema(self) -> None:
        """Whatever else the catalogue's schema refuses (once per field already reported)."""
        reported = {problem.where[2] for problem in self.problems if problem.is_error}
        data = {**self.data, "slug": self.slug or "new"}  # a new item gets its slug when saved
        for error in _def_validator(self.kind).iter_errors(data):
            path = ".".join(str(part) for part in error.instance_path)
            if any(path == seen or path.startswith(seen + ".") or (path and seen.startswith(path + "."))
                   for seen in reported):
                continue
            reported.add(path)
            message = error.message if len(error.message) <= 160 else error.message[:160] + "…"
            where = field_name(path) if path else "the whole item"
            self.error(path, f"{self.name}: {where} does not follow the catalogue format ({message}).")

    # per kind

    def check(self) -> list[Problem]:
        getattr(self, f"_{self.kind}")()
        self.schema()
        return self.problems

    def _procedure(self) -> None:
        d = self.data
        if not d.get("category"):
            self.error("category", f"{self.name}: choose the category residents find it in.")
        self.french("title", d.get("title"), required=True)
        self.french("summary", d.get("summary"), required=True)
        for name in ("audience", "cost", "duration", "helper_notes"):
            self.french(name, d.get(name), required=False)
        self.url("online_service", d.get("online_service"))
        steps = d.get("steps", [])
        if not steps:
            self.warning("steps", f"{self.name}: there are no steps, so residents get no step-by-step guide.")
        for i, step in enumerate(steps):
            text = step.get("text", {})
            if not any(str(v).strip() for v in text.values()):
                self.error(f"steps.{i}.text", f"{self.name}: step {i + 1} has no text; write it or remove the step.")
            else:
                self.french(f"steps.{i}.text", text, required=True)
            self.url(f"steps.{i}.url", step.get("url"))
        for i, link in enumerate(d.get("links", [])):
            self.french(f"links.{i}.label", link.get("label"), required=True)
            self.url(f"links.{i}.url", link.get("url"), required=True)
        for i, item in enumerate(d.get("documents", [])):
            self.french(f"documents.{i}.note", item.get("note"), required=False)
        self.sources(required=True)
        texts: list[tuple[str, Any]] = [(name, d.get(name)) for name in _RESIDENT_TEXTS["procedure"]]
        texts += [(f"steps.{i}.text", s.get("text")) for i, s in enumerate(steps)]
        texts += [(f"documents.{i}.note", item.get("note")) for i, item in enumerate(d.get("documents", []))]
        texts += [(f"links.{i}.label", link.get("label")) for i, link in enumerate(d.get("links", []))]
        self.translations(texts)

    def _partner(self) -> None:
        d = self.data
        if not d.get("name", "").strip():
            self.error("name", "A partner has no name.")
        self.french("description", d.get("description"), required=False)
        postcode, town, street = d.get("code_postal", ""), d.get("commune", ""), d.get("adresse", "")
        if postcode and not valid_postcode(postcode):
            self.error("code_postal", f"{self.name}: the postcode {postcode!r} should be five digits, "
                                      "such as 49000.")
        if street and not (postcode and town):
            self.warning("code_postal" if not postcode else "commune",
                         f"{self.name}: the address has no {'postcode' if not postcode else 'town'}; "
                         "add it so residents can find the place.")
        if "\n" in street:
            self.error("adresse", f"{self.name}: write the street address on one line; "
                                  "use the address complement for the rest.")
        phone = d.get("telephone", "")
        if phone and not valid_phone(phone):
            self.error("telephone", f"{self.name}: {phone!r} is not a phone number; write ten digits "
                                    "such as 02 41 05 46 00 (or a short number such as 3230).")
        email = d.get("courriel", "")
        if email and not valid_email(email):
            self.error("courriel", f"{self.name}: {email!r} is not an e-mail address.")
        self.url("site_web", d.get("site_web"))
        hours = d.get("horaires_accueil", "")
        if hours and parse_hours(hours) is None:
            shown = "the published text" if d.get("horaires_texte") else "these words as written"
            self.warning("horaires_accueil",
                         f"{self.name}: the opening hours {hours!r} cannot be read as opening hours, so "
                         f"kiosks cannot say \"open now\" and show {shown} instead.")
        self.sources(required=False)
        self.translations([("description", d.get("description"))])

    def _announcement(self) -> None:
        d = self.data
        self.french("text", d.get("text"), required=True)
        start, end = as_date(d.get("valid_from")), as_date(d.get("valid_until"))
        if start is None:
            self.error("valid_from", f"{self.name}: give the first day the announcement is shown.")
        if end is None:
            self.error("valid_until", f"{self.name}: give the last day the announcement is shown.")
        if start and end and end < start:
            self.error("valid_until", f"{self.name}: the last day ({end.isoformat()}) is before the first "
                                      f"({start.isoformat()}).")
        elif end and end < self.today:
            self.warning("valid_until", f"{self.name}: expired on {end.isoformat()}; kiosks no longer show "
                                        "it. Change its dates or delete it.")
        self.translations([("text", d.get("text"))])

    def _category(self) -> None:
        d = self.data
        self.french("title", d.get("title"), required=True)
        self.french("description", d.get("description"), required=False)
        self._pictogram(d.get("pictogram", ""))
        self.translations([(name, d.get(name)) for name in _RESIDENT_TEXTS["category"]])

    def _document(self) -> None:
        d = self.data
        self.french("title", d.get("title"), required=True)
        self.french("what", d.get("what"), required=True)
        for name in ("looks_like", "where"):
            self.french(name, d.get(name), required=False)
        self._pictogram(d.get("pictogram", ""))
        self.sources(required=False)
        self.translations([(name, d.get(name)) for name in _RESIDENT_TEXTS["document"]])

    def _pictogram(self, name: str) -> None:
        if not name:
            self.error("pictogram", f"{self.name}: choose a pictogram.")
        elif SLUG.match(name) and not resource("assets", "pictograms", f"{name}.svg").exists():
            self.warning("pictogram", f"{self.name}: there is no pictogram called {name!r}; kiosks show "
                                      "an empty space.")


def check_item(kind: str, data: dict[str, Any], languages: list[tuple[str, str]],
               today: dt.date) -> list[Problem]:
    """The problems of one item (``data`` in the catalogue file's format), errors first.

    ``languages`` are the catalogue's (code, name) pairs; French is left out of the translation
    checks by itself.
    """
    others = [(code, name) for code, name in languages if code != "fr"]
    problems = _Checker(kind, data, others, today).check()
    return sorted(problems, key=lambda p: not p.is_error)


def check_draft(db: Database, draft: Draft, today: dt.date) -> list[Problem]:
    """The problems of a draft, as ``validate`` will find them once it is saved."""
    languages = [(code, name) for code, name, _ in choices(db).languages]
    return check_item(draft.KIND, draft.to_json(), languages, today)


def validate(db: Database, today: dt.date | None = None) -> list[Problem]:
    """Every problem of the catalogue in the database, errors first, in catalogue order.

    ``today`` (the kiosk's local day) decides which announcements have expired.
    """
    if today is None:
        today = local_day(dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))
    content = export_content(db)
    languages = [(lang["code"], lang["name"]) for lang in content["languages"]]
    problems: list[Problem] = []
    for kind in ("category", "procedure", "document", "partner", "announcement"):
        for item in content[PLURAL[kind]]:
            problems += check_item(kind, item, languages, today)
    return sorted(problems, key=lambda p: not p.is_error)
